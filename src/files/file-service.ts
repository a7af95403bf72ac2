/**
 * Files for users: uploads (simple and resumable), downloads with access control, the relay of
 * files still uploading, SHA-256 dedup, image thumbnails and the expiry sweep. The bytes are in
 * a FileStore engine, the records in `store.files`; the HTTP side is src/api/routes-files.ts and
 * the behaviour is described in docs/files.md.
 *
 * Access rule: a file is shared in one conversation, chosen at upload (the uploader must be in
 * it). It may be downloaded by its uploader and by whoever is in that conversation when they
 * download: the two users of a one-to-one conversation, the current members of a group.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { Code, ParleyError } from '@parley/protocol';
import type { Config } from '../config/schema.ts';
import { tokenHash } from '../logic/passwords.ts';
import type { Logger } from '../observability/logger.ts';
import { c2cConvId, groupConvId, parseConvId } from '../store/conv-id.ts';
import type { FileRecord, Store } from '../store/types.ts';
import { describeImage, MAX_IMAGE_BYTES, THUMBNAIL_TYPES } from './thumbnails.ts';
import { BlobMismatchError, type FileStore, UploadOffsetError } from './types.ts';

export interface FileServiceDeps {
  readonly store: Store;
  readonly files: FileStore;
  readonly config: Config;
  readonly log: Logger;
}

/** Which conversation an upload is shared in: a conversation id, or a peer user, or a group. */
export interface ConvTarget {
  readonly conv?: string | undefined;
  readonly to?: string | undefined;
  readonly group?: string | undefined;
}

export interface NewUpload extends ConvTarget {
  readonly name: string;
  readonly mime: string;
  /** Size in bytes, when known in advance (required for resumable uploads). */
  readonly size?: number | undefined;
  /** SHA-256 of the content, hex, when known: content the server holds completes at once. */
  readonly sha256?: string | undefined;
}

/** A download: the bytes from `start` to `end` (inclusive) of `total` (undefined: unknown yet). */
export interface Download {
  readonly record: FileRecord;
  readonly start: number;
  readonly end: number | undefined;
  readonly total: number | undefined;
  readonly partial: boolean;
  readonly body: Readable;
}

const PROGRESS_WRITE_MS = 200;
const RELAY_POLL_MS = 100;
const SWEEP_BATCH = 500;

/** Counts the bytes of `data` and fails with FILE_TOO_LARGE past `limit`. */
async function* limited(data: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let n = 0;
  for await (const chunk of data) {
    n += chunk.length;
    if (n > limit) throw new ParleyError(Code.FILE_TOO_LARGE, `more than ${limit} bytes`);
    yield chunk;
  }
}

function newFileId(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether `mime` matches the comma list `allowed` (type/subtype, type/*, or *). */
export function typeAllowed(mime: string, allowed: string): boolean {
  const m = mime.toLowerCase();
  return allowed
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .some((a) => a === '*' || a === '*/*' || a === m || (a.endsWith('/*') && m.startsWith(a.slice(0, -1))));
}

export class FileService {
  readonly #progress = new EventEmitter();
  /** Bytes readable per upload in progress on this node (ahead of the throttled store writes). */
  readonly #live = new Map<string, number>();
  /** Uploads with a chunk being written or being completed: one at a time per upload. */
  readonly #appending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly d: FileServiceDeps) {
    this.#progress.setMaxListeners(0);
  }

  get engine(): FileStore {
    return this.d.files;
  }

  /** Runs the expiry sweep every `files.sweepIntervalMs`. */
  start(): void {
    this.#timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.d.log.warn({ err }, 'file sweep failed'));
    }, this.d.config['files.sweepIntervalMs']);
    this.#timer.unref();
  }

  async close(): Promise<void> {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#progress.emit('closed');
  }

  /** The user a login token stands for; TOKEN_INVALID / TOKEN_EXPIRED / USER_DISABLED. */
  async userOf(token: string): Promise<string> {
    if (token === '')
      throw new ParleyError(Code.TOKEN_INVALID, 'send the login token as Authorization: Bearer <token>');
    const rec = await this.d.store.tokens.get(tokenHash(token));
    if (rec === undefined) throw new ParleyError(Code.TOKEN_INVALID);
    if (rec.expiresAt <= Date.now()) throw new ParleyError(Code.TOKEN_EXPIRED);
    const user = await this.d.store.users.get(rec.uid);
    if (user === undefined) throw new ParleyError(Code.TOKEN_INVALID);
    if (user.disabled) throw new ParleyError(Code.USER_DISABLED);
    return rec.uid;
  }

  /** The conversation id of `t`, checked to be one `uid` is in. */
  async conversationFor(uid: string, t: ConvTarget): Promise<string> {
    const given = [t.conv, t.to, t.group].filter((v) => v !== undefined && v !== '');
    if (given.length !== 1) {
      throw new ParleyError(Code.BAD_REQUEST, 'name the conversation: one of conv, to or group', 'conv');
    }
    const convId = t.conv || (t.to ? c2cConvId(uid, t.to) : groupConvId(t.group ?? ''));
    const c = parseConvId(convId);
    if (c === undefined) throw new ParleyError(Code.BAD_REQUEST, `not a conversation id: ${convId}`, 'conv');
    if (c.type === 'c2c') {
      if (uid !== c.a && uid !== c.b)
        throw new ParleyError(Code.CONV_NOT_FOUND, 'not your conversation', 'conv');
      const peer = uid === c.a ? c.b : c.a;
      if ((await this.d.store.users.get(peer)) === undefined) {
        throw new ParleyError(Code.USER_NOT_FOUND, `no user ${peer}`, 'to');
      }
    } else if ((await this.d.store.groups.member(c.groupId, uid)) === undefined) {
      throw new ParleyError(Code.NOT_GROUP_MEMBER, `not a member of group ${c.groupId}`, 'group');
    }
    return convId;
  }

  /** Whether `uid` may download `rec`: its uploader, or someone in its conversation now. */
  async canSee(uid: string, rec: FileRecord): Promise<boolean> {
    if (uid === rec.ownerUid) return true;
    const c = parseConvId(rec.convId);
    if (c === undefined) return false;
    if (c.type === 'c2c') return uid === c.a || uid === c.b;
    return (await this.d.store.groups.member(c.groupId, uid)) !== undefined;
  }

  private checkType(mime: string): void {
    if (!/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(mime)) {
      throw new ParleyError(Code.BAD_REQUEST, `not a content type: ${mime}`, 'content-type');
    }
    if (!typeAllowed(mime, this.d.config['files.allowedTypes'])) {
      throw new ParleyError(Code.FILE_TYPE_REFUSED, `${mime} is not accepted here`, 'content-type');
    }
  }

  private checkSize(size: number): void {
    const max = this.d.config['files.maxBytes'];
    if (size > max) throw new ParleyError(Code.FILE_TOO_LARGE, `${size} bytes; the limit is ${max}`, 'size');
  }

  private expiryAfterUse(now: number): number {
    const ttl = this.d.config['files.ttlMs'];
    return ttl === 0 ? 0 : now + ttl;
  }

  /**
   * Starts an upload. When `sha256` and `size` name content the server holds, the file is
   * complete at once (dedup) and no bytes need to be sent.
   */
  async create(uid: string, req: NewUpload): Promise<FileRecord> {
    this.checkType(req.mime);
    if (req.size !== undefined) this.checkSize(req.size);
    const sha = req.sha256?.toLowerCase() ?? '';
    if (sha !== '' && !/^[0-9a-f]{64}$/.test(sha)) {
      throw new ParleyError(Code.BAD_REQUEST, 'sha256 must be 64 hex digits', 'sha256');
    }
    const convId = await this.conversationFor(uid, req);
    const now = Date.now();
    const rec: FileRecord = {
      fileId: newFileId(),
      ownerUid: uid,
      convId,
      name: req.name.slice(0, 255),
      mime: req.mime.toLowerCase(),
      size: req.size ?? 0,
      sha256: sha,
      width: 0,
      height: 0,
      thumbSha256: '',
      state: 'uploading',
      uploadedBytes: 0,
      createdAt: now,
      updatedAt: now,
      expiresAt: now + this.d.config['files.uploadTtlMs'],
    };
    await this.d.store.files.create(rec);
    // Completing from a declared hash alone would hand the content to anyone who learned its
    // hash: only a user who may already see a file with that content skips the bytes.
    if (sha !== '' && req.size !== undefined) {
      const known = await this.d.store.files.findComplete(sha);
      if (known !== undefined && known.size === req.size && (await this.canSee(uid, known))) {
        const blob = await this.d.files.stat(sha);
        if (blob !== undefined && blob.size === req.size) return this.finish(rec, blob.sha256, blob.size);
      }
    }
    return rec;
  }

  /** The record of an upload of `uid`'s, or FILE_NOT_FOUND. */
  private async ownUpload(uid: string, fileId: string): Promise<FileRecord> {
    const rec = await this.d.store.files.get(fileId);
    if (rec === undefined || rec.ownerUid !== uid)
      throw new ParleyError(Code.FILE_NOT_FOUND, `no upload ${fileId}`);
    return rec;
  }

  /**
   * Appends a chunk at `offset` to `uid`'s upload; returns the bytes held after it. A chunk cut
   * off midway keeps what arrived (see `status` to resume).
   */
  async append(
    uid: string,
    fileId: string,
    offset: number,
    data: AsyncIterable<Uint8Array>,
    length?: number,
  ): Promise<number> {
    const rec = await this.ownUpload(uid, fileId);
    if (rec.state === 'complete') {
      throw new ParleyError(Code.UPLOAD_OFFSET_MISMATCH, `upload ${fileId} is complete (${rec.size} bytes)`);
    }
    const limit = Math.min(
      this.d.config['files.maxBytes'],
      rec.size > 0 ? rec.size : Number.MAX_SAFE_INTEGER,
    );
    if (length !== undefined && offset + length > limit) {
      this.checkSize(offset + length);
      throw new ParleyError(
        Code.BAD_REQUEST,
        `the chunk ends past the declared size ${rec.size}`,
        'content-range',
      );
    }
    if (this.#appending.has(fileId)) {
      throw new ParleyError(
        Code.UPLOAD_OFFSET_MISMATCH,
        `another chunk of ${fileId} is being written; ask the status`,
      );
    }
    this.#appending.add(fileId);
    let lastWrite = 0;
    let written = Promise.resolve();
    const onProgress = (size: number): void => {
      this.#live.set(fileId, size);
      this.#progress.emit(fileId);
      const now = Date.now();
      if (now - lastWrite >= PROGRESS_WRITE_MS) {
        lastWrite = now;
        written = written.then(() => this.recordProgress(fileId, size)).catch(() => {});
      }
    };
    try {
      return await this.d.files.appendUpload(fileId, offset, limited(data, limit - offset), onProgress);
    } catch (err) {
      if (err instanceof UploadOffsetError) {
        throw new ParleyError(
          Code.UPLOAD_OFFSET_MISMATCH,
          `the upload holds ${err.size} bytes; send from offset ${err.size}`,
        );
      }
      throw err;
    } finally {
      this.#appending.delete(fileId);
      await written;
      const size = await this.d.files.uploadSize(fileId).catch(() => undefined);
      if (size !== undefined) await this.recordProgress(fileId, size).catch(() => {});
      this.#live.delete(fileId);
      this.#progress.emit(fileId);
    }
  }

  private recordProgress(fileId: string, size: number): Promise<void> {
    const now = Date.now();
    return this.d.store.files.progress(fileId, size, now, now + this.d.config['files.uploadTtlMs']);
  }

  /** An upload's record with the bytes actually held (resume from `uploadedBytes`). */
  async status(uid: string, fileId: string): Promise<FileRecord> {
    const rec = await this.ownUpload(uid, fileId);
    if (rec.state === 'complete') return rec;
    return { ...rec, uploadedBytes: await this.d.files.uploadSize(fileId) };
  }

  /** Finishes `uid`'s upload: checks size and hash, stores the blob, describes images. */
  async complete(uid: string, fileId: string): Promise<FileRecord> {
    const rec = await this.ownUpload(uid, fileId);
    if (rec.state === 'complete') return rec;
    if (this.#appending.has(fileId))
      throw new ParleyError(Code.UPLOAD_INCOMPLETE, 'a chunk is still being written');
    // Busy while completing: a chunk arriving now is refused instead of being acknowledged and
    // then left out of the content (the set holds uploads being written or completed).
    this.#appending.add(fileId);
    try {
      const held = await this.d.files.uploadSize(fileId);
      if (rec.size > 0 && held < rec.size) {
        throw new ParleyError(Code.UPLOAD_INCOMPLETE, `${held} of ${rec.size} bytes received`);
      }
      let blob: { sha256: string; size: number };
      try {
        if (held === 0 && rec.size === 0) blob = await this.d.files.put(Readable.from([]));
        else {
          const expect = {
            ...(rec.sha256 === '' ? {} : { sha256: rec.sha256 }),
            ...(rec.size > 0 ? { size: rec.size } : {}),
          };
          blob = await this.d.files.commitUpload(fileId, expect);
        }
      } catch (err) {
        if (err instanceof BlobMismatchError)
          throw new ParleyError(Code.FILE_CHECKSUM_MISMATCH, err.message, 'sha256');
        throw err;
      }
      return await this.finish(rec, blob.sha256, blob.size);
    } finally {
      this.#appending.delete(fileId);
    }
  }

  /** Records the content of a file: dimensions and thumbnail of images, expiry. */
  private async finish(rec: FileRecord, sha256: string, size: number): Promise<FileRecord> {
    let width = 0;
    let height = 0;
    let thumbSha256 = '';
    if (THUMBNAIL_TYPES.has(rec.mime) && size <= MAX_IMAGE_BYTES) {
      const known = await this.d.store.files.findComplete(sha256);
      if (known !== undefined && known.thumbSha256 !== '' && (await this.d.files.stat(known.thumbSha256))) {
        ({ width, height, thumbSha256 } = known);
      } else {
        const body = await this.d.files.get(sha256);
        if (body !== undefined) {
          const parts: Buffer[] = [];
          for await (const c of body as AsyncIterable<Buffer>) parts.push(c);
          const facts = await describeImage(Buffer.concat(parts), this.d.config['files.thumbnailSize']);
          if (facts !== undefined) {
            width = facts.width;
            height = facts.height;
            thumbSha256 = (await this.d.files.put(Readable.from([facts.thumbnail]))).sha256;
          }
        }
      }
    }
    const now = Date.now();
    const done = await this.d.store.files.complete(rec.fileId, {
      sha256,
      size,
      width,
      height,
      thumbSha256,
      updatedAt: now,
      expiresAt: this.expiryAfterUse(now),
    });
    this.#progress.emit(rec.fileId);
    return done;
  }

  /** Simple upload: the whole body in one request. Nothing is kept when it fails. */
  async upload(uid: string, req: NewUpload, data: AsyncIterable<Uint8Array>): Promise<FileRecord> {
    const rec = await this.create(uid, req);
    if (rec.state === 'complete') return rec;
    try {
      await this.append(uid, rec.fileId, 0, data, req.size);
      return await this.complete(uid, rec.fileId);
    } catch (err) {
      await this.abort(uid, rec.fileId).catch(() => {});
      throw err;
    }
  }

  /** Cancels `uid`'s unfinished upload (a complete file is deleted the same way). */
  async abort(uid: string, fileId: string): Promise<void> {
    const rec = await this.ownUpload(uid, fileId);
    await this.remove(rec);
  }

  /** The file record, for someone allowed to see it. */
  async info(uid: string, fileId: string): Promise<FileRecord> {
    const rec = await this.d.store.files.get(fileId);
    if (rec === undefined) throw new ParleyError(Code.FILE_NOT_FOUND, `no file ${fileId}`);
    if (!(await this.canSee(uid, rec)))
      throw new ParleyError(Code.FILE_ACCESS_DENIED, `file ${fileId} was not shared with you`);
    return rec;
  }

  /**
   * Opens a download. `range` is [first, last] from a Range header (last undefined = to the end;
   * first undefined = the last `last` bytes). A file still uploading is relayed: bytes are sent
   * as they arrive, up to its declared size.
   */
  async open(uid: string, fileId: string, range?: { first?: number; last?: number }): Promise<Download> {
    const rec = await this.info(uid, fileId);
    const total = rec.state === 'complete' ? rec.size : rec.size > 0 ? rec.size : undefined;
    let start = 0;
    let end = total === undefined ? undefined : total - 1;
    if (range !== undefined) {
      if (total === undefined) throw new ParleyError(Code.RANGE_NOT_SATISFIABLE, 'size not known yet');
      if (range.first === undefined) start = Math.max(0, total - (range.last ?? 0));
      else {
        start = range.first;
        end = Math.min(range.last ?? total - 1, total - 1);
      }
      if (start >= total || (end !== undefined && end < start)) {
        throw new ParleyError(Code.RANGE_NOT_SATISFIABLE, `the file has ${total} bytes`, 'range');
      }
    }
    const endExclusive = end === undefined ? undefined : end + 1;
    let body: Readable;
    if (rec.state === 'complete') {
      const b = await this.d.files.get(rec.sha256, { offset: start, length: (endExclusive ?? 0) - start });
      if (b === undefined) throw new ParleyError(Code.FILE_NOT_FOUND, `the content of ${fileId} is gone`);
      body = b;
      if (this.d.config['files.ttlMs'] > 0) {
        this.d.store.files
          .touch(fileId, this.expiryAfterUse(Date.now()))
          .catch((err: unknown) => this.d.log.warn({ err }, 'extending file expiry failed'));
      }
    } else {
      body = Readable.from(this.relay(fileId, start, endExclusive));
    }
    return { record: rec, start, end, total, partial: range !== undefined, body };
  }

  /** The thumbnail of an image file, for someone allowed to see the file. */
  async thumbnail(uid: string, fileId: string): Promise<{ record: FileRecord; body: Readable }> {
    const rec = await this.info(uid, fileId);
    const body = rec.thumbSha256 === '' ? undefined : await this.d.files.get(rec.thumbSha256);
    if (body === undefined) throw new ParleyError(Code.FILE_NOT_FOUND, `file ${fileId} has no thumbnail`);
    return { record: rec, body };
  }

  /** Resolves on news of `fileId` (on this node), or after `ms`. */
  private waitForProgress(fileId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#progress.off(fileId, done);
        this.#progress.off('closed', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#progress.on(fileId, done);
      this.#progress.on('closed', done);
    });
  }

  /**
   * The bytes [start, end) of an upload in progress as they arrive, then from the blob once it
   * completes. Waits at most `files.relayWaitMs` for progress; fails when the upload stalls
   * that long, is deleted, or completes with fewer bytes.
   */
  private async *relay(fileId: string, start: number, end: number | undefined): AsyncGenerator<Uint8Array> {
    let pos = start;
    let lastNews = Date.now();
    const wait = this.d.config['files.relayWaitMs'];
    while (end === undefined || pos < end) {
      const rec = await this.d.store.files.get(fileId);
      if (rec === undefined) throw new Error(`upload ${fileId} was abandoned`);
      if (rec.state === 'complete') {
        const stop = end ?? rec.size;
        if (pos >= stop) return;
        const b = await this.d.files.get(rec.sha256, { offset: pos, length: stop - pos });
        if (b === undefined) throw new Error(`the content of ${fileId} is gone`);
        for await (const chunk of b as AsyncIterable<Buffer>) {
          pos += chunk.length;
          yield chunk;
        }
        if (pos < stop) throw new Error(`file ${fileId} ended at ${pos} of ${stop} bytes`);
        return;
      }
      const avail = Math.min(
        Math.max(rec.uploadedBytes, this.#live.get(fileId) ?? 0),
        end ?? Number.MAX_SAFE_INTEGER,
      );
      if (avail > pos) {
        lastNews = Date.now();
        const b = await this.d.files.readUpload(fileId, { offset: pos, length: avail - pos });
        if (b === undefined) {
          // Committed meanwhile (its record follows once the thumbnail is made): wait, then
          // read from the blob, rather than spinning on the store.
          await this.waitForProgress(fileId, RELAY_POLL_MS);
          continue;
        }
        try {
          for await (const chunk of b as AsyncIterable<Buffer>) {
            pos += chunk.length;
            yield chunk;
          }
        } catch (err) {
          if ((await this.d.store.files.get(fileId))?.state !== 'complete') throw err;
        }
        continue;
      }
      if (Date.now() - lastNews > wait) throw new Error(`upload ${fileId} made no progress for ${wait} ms`);
      await this.waitForProgress(fileId, Math.min(RELAY_POLL_MS, wait));
    }
  }

  /** Deletes a record, its pending bytes, and its blobs when nothing else refers to them. */
  private async remove(rec: FileRecord): Promise<{ blobs: number }> {
    await this.d.store.files.delete(rec.fileId);
    if (rec.state === 'uploading') await this.d.files.abortUpload(rec.fileId);
    this.#progress.emit(rec.fileId);
    let blobs = 0;
    for (const sha of new Set([rec.state === 'complete' ? rec.sha256 : '', rec.thumbSha256])) {
      if (sha === '' || (await this.d.store.files.referenced(sha))) continue;
      if (await this.d.files.delete(sha)) blobs++;
    }
    return { blobs };
  }

  /**
   * Deletes expired files (`files.ttlMs` after their last download) and abandoned uploads
   * (`files.uploadTtlMs` without progress), and blobs no record refers to any more.
   */
  async sweep(now = Date.now()): Promise<{ files: number; blobs: number }> {
    let files = 0;
    let blobs = 0;
    for (;;) {
      const batch = await this.d.store.files.expired(now, SWEEP_BATCH);
      let removed = 0;
      for (const rec of batch) {
        if (this.#appending.has(rec.fileId)) continue;
        blobs += (await this.remove(rec)).blobs;
        removed++;
      }
      files += removed;
      if (batch.length < SWEEP_BATCH || removed === 0) break;
    }
    if (files > 0) this.d.log.info({ files, blobs }, 'expired files removed');
    return { files, blobs };
  }
}
