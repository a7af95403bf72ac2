/**
 * The default FileStore: a local directory.
 *
 * Layout under `dir`:
 * - `ab/cd/<sha256>`: a blob, in folders named after the first two byte pairs of its hash (no
 *   folder grows past a few thousand entries);
 * - `uploads/<uploadId>`: the bytes of a pending upload, appended in place;
 * - `tmp/`: blobs being written by `put`.
 *
 * Durability: a blob is written to a temporary file, fsynced, renamed into place and its folder
 * fsynced, so after `put`/`commitUpload` returns it survives a crash or power loss, and a crash
 * before leaves no partial blob under its name. An append is fsynced before it returns.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
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

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

/** fsync of a directory, so that a rename or create in it is durable. */
async function syncDir(path: string): Promise<void> {
  const h = await open(path, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

async function writeAll(h: FileHandle, chunk: Uint8Array): Promise<void> {
  let done = 0;
  while (done < chunk.length) {
    const { bytesWritten } = await h.write(chunk, done, chunk.length - done);
    done += bytesWritten;
  }
}

function readStream(path: string, range: ByteRange | undefined): Readable {
  const start = range?.offset ?? 0;
  const end = range?.length === undefined ? undefined : start + range.length - 1;
  if (end !== undefined && end < start) return Readable.from([]);
  return createReadStream(path, end === undefined ? { start } : { start, end });
}

export interface LocalFileStoreOptions {
  /** Root directory; created when missing. */
  readonly dir: string;
}

/**
 * @example
 * const files = await LocalFileStore.open({ dir: './data/files' });
 * const { sha256 } = await files.put(Readable.from([Buffer.from('hello')]));
 */
export class LocalFileStore implements FileStore {
  readonly engine = 'local';

  private constructor(private readonly dir: string) {}

  static async open(opts: LocalFileStoreOptions): Promise<LocalFileStore> {
    await mkdir(join(opts.dir, 'uploads'), { recursive: true });
    await mkdir(join(opts.dir, 'tmp'), { recursive: true });
    return new LocalFileStore(opts.dir);
  }

  /** Path of a blob: `<dir>/ab/cd/<sha256>`. */
  blobPath(sha256: string): string {
    checkSha256(sha256);
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private uploadPath(uploadId: string): string {
    checkUploadId(uploadId);
    return join(this.dir, 'uploads', uploadId);
  }

  async put(data: AsyncIterable<Uint8Array>): Promise<BlobInfo> {
    const tmp = join(this.dir, 'tmp', randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const h = await open(tmp, 'wx');
    try {
      for await (const chunk of data) {
        hash.update(chunk);
        size += chunk.length;
        await writeAll(h, chunk);
      }
      await h.sync();
    } catch (err) {
      await h.close();
      await unlink(tmp).catch(() => {});
      throw err;
    }
    await h.close();
    const info = { sha256: hash.digest('hex'), size };
    await this.place(tmp, info.sha256);
    return info;
  }

  /** Moves a complete, fsynced file to its blob path (or drops it when the blob exists). */
  private async place(from: string, sha256: string): Promise<void> {
    const to = this.blobPath(sha256);
    if ((await sizeOf(to)) !== undefined) {
      await unlink(from);
      return;
    }
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    await syncDir(dirname(to));
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable | undefined> {
    const path = this.blobPath(sha256);
    if ((await sizeOf(path)) === undefined) return undefined;
    return readStream(path, range);
  }

  async stat(sha256: string): Promise<BlobInfo | undefined> {
    const size = await sizeOf(this.blobPath(sha256));
    return size === undefined ? undefined : { sha256, size };
  }

  async delete(sha256: string): Promise<boolean> {
    try {
      await unlink(this.blobPath(sha256));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async appendUpload(
    uploadId: string,
    offset: number,
    data: AsyncIterable<Uint8Array>,
    onProgress?: (size: number) => void,
  ): Promise<number> {
    const path = this.uploadPath(uploadId);
    const current = (await sizeOf(path)) ?? 0;
    if (offset !== current) throw new UploadOffsetError(current);
    const h = await open(path, 'a');
    let size = current;
    try {
      for await (const chunk of data) {
        await writeAll(h, chunk);
        size += chunk.length;
        onProgress?.(size);
      }
    } finally {
      // Whatever arrived is kept (and durable) so that the client can resume after it.
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    }
    if (current === 0) await syncDir(dirname(path));
    return size;
  }

  async uploadSize(uploadId: string): Promise<number> {
    return (await sizeOf(this.uploadPath(uploadId))) ?? 0;
  }

  async readUpload(uploadId: string, range: ByteRange): Promise<Readable | undefined> {
    const path = this.uploadPath(uploadId);
    if ((await sizeOf(path)) === undefined) return undefined;
    return readStream(path, range);
  }

  async commitUpload(uploadId: string, expect: CommitExpectation = {}): Promise<BlobInfo> {
    const path = this.uploadPath(uploadId);
    if ((await sizeOf(path)) === undefined) throw new UploadNotFoundError(uploadId);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
    const info = { sha256: hash.digest('hex'), size };
    if (
      (expect.sha256 !== undefined && expect.sha256 !== info.sha256) ||
      (expect.size !== undefined && expect.size !== info.size)
    ) {
      throw new BlobMismatchError(expect, info);
    }
    // Appends fsynced the data already; the rename is made durable by place().
    await this.place(path, info.sha256);
    return info;
  }

  async abortUpload(uploadId: string): Promise<void> {
    await unlink(this.uploadPath(uploadId)).catch((err: unknown) => {
      if (!isMissing(err)) throw err;
    });
  }

  async close(): Promise<void> {}
}
