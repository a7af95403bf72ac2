/**
 * The FileStore engine: where the bytes of uploaded files live. Blobs are content-addressed by
 * their SHA-256 (lower-case hex), so the same content is stored once whoever uploads it; the
 * records that say who may read which blob are in the Store (`store.files`), never here.
 *
 * Besides whole blobs, an engine keeps **pending uploads**: bytes appended in order under an
 * upload id (a resumable upload, or a simple one streaming in), readable while they grow (the
 * relay), and turned into a blob by `commitUpload`. Implementations: a local directory
 * (src/files/file-store-local.ts, the default) and any S3-compatible service
 * (src/files/file-store-s3.ts); test/contract/file-store.contract.ts checks both.
 */
import type { Readable } from 'node:stream';

/** A stored blob. */
export interface BlobInfo {
  /** SHA-256 of the content, 64 lower-case hex digits. */
  readonly sha256: string;
  readonly size: number;
}

/** Bytes `offset` .. `offset + length - 1` (to the end when `length` is absent). */
export interface ByteRange {
  readonly offset: number;
  readonly length?: number;
}

/** What a commit checks before it stores the blob; any mismatch throws BlobMismatchError. */
export interface CommitExpectation {
  readonly sha256?: string;
  readonly size?: number;
}

export interface FileStore {
  /** `local` or `s3`, for logs and figures. */
  readonly engine: string;
  /**
   * Reads `data` to its end and stores it as one blob. Returns when the blob is durable (local:
   * fsynced and renamed into place; S3: the PUT or multipart completion answered). Storing
   * content that exists already is not an error and leaves the one copy. When `data` fails,
   * nothing is stored and the error is thrown.
   */
  put(data: AsyncIterable<Uint8Array>): Promise<BlobInfo>;
  /**
   * The blob's bytes (a range of them), or undefined when no such blob exists. A range that
   * starts at or past the end yields no bytes; the caller validates ranges against `stat`.
   */
  get(sha256: string, range?: ByteRange): Promise<Readable | undefined>;
  stat(sha256: string): Promise<BlobInfo | undefined>;
  /** Removes the blob; returns whether it existed. Readers already streaming may fail. */
  delete(sha256: string): Promise<boolean>;

  /**
   * Appends `data` to pending upload `uploadId` (created by the first append at offset 0).
   * `offset` must equal the upload's current size, else UploadOffsetError (carrying the size) is
   * thrown and nothing is written. Bytes are readable by `readUpload` as they arrive;
   * `onProgress` is called with the new size as they become readable. When `data` fails (a
   * client disconnect) the bytes received until then are kept, so the client can resume at
   * `uploadSize`. Returns the new size once everything appended is durable. Appends to one
   * upload must not run concurrently (the caller serialises them).
   */
  appendUpload(
    uploadId: string,
    offset: number,
    data: AsyncIterable<Uint8Array>,
    onProgress?: (size: number) => void,
  ): Promise<number>;
  /** Bytes held for the pending upload (0 when there is none). */
  uploadSize(uploadId: string): Promise<number>;
  /** Bytes of a pending upload, or undefined when there is none. */
  readUpload(uploadId: string, range: ByteRange): Promise<Readable | undefined>;
  /**
   * Turns the pending upload into a blob (deduplicated by content) and forgets the upload.
   * Throws BlobMismatchError when `expect` is not met (the upload is then left as it was) and
   * UploadNotFoundError when there is no such upload.
   */
  commitUpload(uploadId: string, expect?: CommitExpectation): Promise<BlobInfo>;
  /** Forgets a pending upload and its bytes; unknown ids are ignored. */
  abortUpload(uploadId: string): Promise<void>;
  /** Releases connections and timers. */
  close(): Promise<void>;
}

/** An append that does not start at the upload's current end. */
export class UploadOffsetError extends Error {
  override readonly name = 'UploadOffsetError';
  constructor(readonly size: number) {
    super(`the upload holds ${size} bytes; append at offset ${size}`);
  }
}

/** A commit whose content is not what was expected. */
export class BlobMismatchError extends Error {
  override readonly name = 'BlobMismatchError';
  constructor(
    readonly expected: CommitExpectation,
    readonly actual: BlobInfo,
  ) {
    super(
      `content is ${actual.size} bytes with sha256 ${actual.sha256}, expected ${expected.size ?? 'any size'} / ${expected.sha256 ?? 'any hash'}`,
    );
  }
}

export class UploadNotFoundError extends Error {
  override readonly name = 'UploadNotFoundError';
  constructor(readonly uploadId: string) {
    super(`no pending upload ${uploadId}`);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
const UPLOAD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Throws unless `sha256` is 64 lower-case hex digits (it becomes a path or key). */
export function checkSha256(sha256: string): void {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${JSON.stringify(sha256)}`);
}

/** Throws unless `id` is 1-64 of A-Z a-z 0-9 _ - (it becomes a path or key). */
export function checkUploadId(id: string): void {
  if (!UPLOAD_ID.test(id)) throw new Error(`not an upload id: ${JSON.stringify(id)}`);
}
