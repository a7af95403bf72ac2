/**
 * FileStore on any S3-compatible service (AWS S3, MinIO, Ceph RGW, R2...).
 *
 * Keys under the configured prefix:
 * - `blobs/<sha256>`: a blob;
 * - `uploads/<uploadId>/<offset, 15 digits>`: one piece of a pending upload (at most `partSize`
 *   bytes), so that every node of a cluster can append to, read and commit any upload.
 *
 * An append buffers at most `partSize` bytes in memory before it writes them as a piece; a
 * failing input (client disconnect) still writes what arrived. A commit reads the pieces twice:
 * once to hash them (the key is the hash), once to copy them into the blob, with one PUT up to
 * `partSize` and a multipart upload above. Durability is the service's: a blob exists once its
 * PUT or multipart completion has answered.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type FetchLike, S3Client } from './s3-client.ts';
import {
  type BlobInfo,
  BlobMismatchError,
  type ByteRange,
  type CommitExpectation,
  checkSha256,
  checkUploadId,
  type FileStore,
  UploadNotFoundError,
  UploadOffsetError,
} from './types.ts';

export interface S3FileStoreOptions {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly forcePathStyle: boolean;
  /** Prefix of every key, e.g. `parley/`. Default none. */
  readonly prefix?: string;
  /** Piece and multipart part size in bytes; S3 needs at least 5 MiB for multipart. Default 8 MiB. */
  readonly partSize?: number;
  readonly fetch?: FetchLike;
}

interface Piece {
  readonly key: string;
  readonly offset: number;
  readonly size: number;
}

/** Collects an input into buffers of exactly `size` bytes (the last one shorter). */
async function* rechunk(data: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const chunk of data) {
    let c = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (held + c.length >= size) {
      const take = size - held;
      parts.push(c.subarray(0, take));
      yield Buffer.concat(parts);
      parts = [];
      held = 0;
      c = c.subarray(take);
    }
    if (c.length > 0) {
      parts.push(Buffer.from(c));
      held += c.length;
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}

export class S3FileStore implements FileStore {
  readonly engine = 's3';
  private readonly s3: S3Client;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(opts: S3FileStoreOptions) {
    this.s3 = new S3Client(opts);
    this.prefix = opts.prefix ?? '';
    this.partSize = opts.partSize ?? 8 * 1024 * 1024;
  }

  private blobKey(sha256: string): string {
    checkSha256(sha256);
    return `${this.prefix}blobs/${sha256}`;
  }

  private uploadPrefix(uploadId: string): string {
    checkUploadId(uploadId);
    return `${this.prefix}uploads/${uploadId}/`;
  }

  private async pieces(uploadId: string): Promise<Piece[]> {
    const prefix = this.uploadPrefix(uploadId);
    const listed = await this.s3.list(prefix);
    return listed
      .map((o) => ({ key: o.key, offset: Number(o.key.slice(prefix.length)), size: o.size }))
      .filter((p) => Number.isSafeInteger(p.offset))
      .sort((a, b) => a.offset - b.offset);
  }

  async put(data: AsyncIterable<Uint8Array>): Promise<BlobInfo> {
    // Small blobs (thumbnails) go up in one PUT; larger ones through a pending upload.
    const it = rechunk(data, this.partSize)[Symbol.asyncIterator]();
    const first = await it.next();
    const second = first.done ? first : await it.next();
    if (second.done) {
      const body = first.done ? Buffer.alloc(0) : first.value;
      const info = { sha256: createHash('sha256').update(body).digest('hex'), size: body.length };
      if ((await this.s3.headObject(this.blobKey(info.sha256))) === undefined) {
        await this.s3.putObject(this.blobKey(info.sha256), body);
      }
      return info;
    }
    const id = `put-${randomUUID()}`;
    const rest = async function* () {
      yield first.value as Buffer;
      yield second.value;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
    };
    try {
      await this.appendUpload(id, 0, rest());
      return await this.commitUpload(id);
    } catch (err) {
      await this.abortUpload(id).catch(() => {});
      throw err;
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable | undefined> {
    if (range?.length === 0) {
      return (await this.stat(sha256)) === undefined ? undefined : Readable.from([]);
    }
    return this.s3.getObject(this.blobKey(sha256), range);
  }

  async stat(sha256: string): Promise<BlobInfo | undefined> {
    const head = await this.s3.headObject(this.blobKey(sha256));
    return head === undefined ? undefined : { sha256, size: head.size };
  }

  async delete(sha256: string): Promise<boolean> {
    const key = this.blobKey(sha256);
    if ((await this.s3.headObject(key)) === undefined) return false;
    await this.s3.deleteObject(key);
    return true;
  }

  async appendUpload(
    uploadId: string,
    offset: number,
    data: AsyncIterable<Uint8Array>,
    onProgress?: (size: number) => void,
  ): Promise<number> {
    const prefix = this.uploadPrefix(uploadId);
    const current = (await this.pieces(uploadId)).reduce((n, p) => n + p.size, 0);
    if (offset !== current) throw new UploadOffsetError(current);
    let size = current;
    const write = async (piece: Buffer): Promise<void> => {
      await this.s3.putObject(`${prefix}${String(size).padStart(15, '0')}`, piece);
      size += piece.length;
      onProgress?.(size);
    };
    // Pieces are written as they fill; on a failing input the partial piece is written too.
    let held: Buffer[] = [];
    let heldBytes = 0;
    try {
      for await (const chunk of data) {
        held.push(Buffer.from(chunk));
        heldBytes += chunk.length;
        while (heldBytes >= this.partSize) {
          const all = Buffer.concat(held);
          await write(all.subarray(0, this.partSize));
          const rest = all.subarray(this.partSize);
          held = rest.length > 0 ? [rest] : [];
          heldBytes = rest.length;
        }
      }
    } finally {
      if (heldBytes > 0) await write(Buffer.concat(held));
    }
    return size;
  }

  async uploadSize(uploadId: string): Promise<number> {
    return (await this.pieces(uploadId)).reduce((n, p) => n + p.size, 0);
  }

  async readUpload(uploadId: string, range: ByteRange): Promise<Readable | undefined> {
    const pieces = await this.pieces(uploadId);
    if (pieces.length === 0) return undefined;
    const start = range.offset;
    const end = range.length === undefined ? Number.MAX_SAFE_INTEGER : start + range.length;
    const s3 = this.s3;
    async function* bytes(): AsyncGenerator<Uint8Array> {
      for (const p of pieces) {
        const from = Math.max(start, p.offset);
        const to = Math.min(end, p.offset + p.size);
        if (from >= to) continue;
        const body = await s3.getObject(p.key, { offset: from - p.offset, length: to - from });
        if (body === undefined) throw new UploadNotFoundError(uploadId);
        yield* body;
      }
    }
    return Readable.from(bytes());
  }

  async commitUpload(uploadId: string, expect: CommitExpectation = {}): Promise<BlobInfo> {
    const pieces = await this.pieces(uploadId);
    if (pieces.length === 0) throw new UploadNotFoundError(uploadId);
    const hash = createHash('sha256');
    let size = 0;
    for (const p of pieces) {
      const body = await this.s3.getObject(p.key);
      if (body === undefined) throw new UploadNotFoundError(uploadId);
      for await (const chunk of body as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
      }
    }
    const info = { sha256: hash.digest('hex'), size };
    if (
      (expect.sha256 !== undefined && expect.sha256 !== info.sha256) ||
      (expect.size !== undefined && expect.size !== info.size)
    ) {
      throw new BlobMismatchError(expect, info);
    }
    const key = this.blobKey(info.sha256);
    if ((await this.s3.headObject(key)) === undefined) await this.copyInto(key, pieces, size);
    await this.abortUpload(uploadId);
    return info;
  }

  /** Writes the pieces' bytes as one object: one PUT up to partSize, multipart above. */
  private async copyInto(key: string, pieces: readonly Piece[], size: number): Promise<void> {
    const s3 = this.s3;
    async function* all(): AsyncGenerator<Uint8Array> {
      for (const p of pieces) {
        const body = await s3.getObject(p.key);
        if (body === undefined) throw new Error(`piece ${p.key} vanished`);
        yield* body;
      }
    }
    if (size <= this.partSize) {
      const parts: Buffer[] = [];
      for await (const c of all()) parts.push(Buffer.from(c));
      await s3.putObject(key, Buffer.concat(parts));
      return;
    }
    const mpu = await s3.createMultipart(key);
    try {
      const etags: string[] = [];
      for await (const part of rechunk(all(), this.partSize)) {
        etags.push(await s3.uploadPart(key, mpu, etags.length + 1, part));
      }
      await s3.completeMultipart(key, mpu, etags);
    } catch (err) {
      await s3.abortMultipart(key, mpu).catch(() => {});
      throw err;
    }
  }

  async abortUpload(uploadId: string): Promise<void> {
    for (const p of await this.pieces(uploadId)) await this.s3.deleteObject(p.key);
  }

  async close(): Promise<void> {}
}
