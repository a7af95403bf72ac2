/**
 * File records in the sharded store: each row lives on the home shard of its file id, so a
 * download (by id) asks one shard; the sweep and the blob reference check ask every shard.
 */
import type { FileCompletion, FileRecord, FileRecordStore } from '../types.ts';
import type { ShardRouter } from './shard-router.ts';

export class ShardedFileStore implements FileRecordStore {
  constructor(private readonly r: ShardRouter) {}

  create(rec: FileRecord): Promise<void> {
    return this.r.at(this.r.home(rec.fileId)).files.create(rec);
  }

  get(fileId: string): Promise<FileRecord | undefined> {
    return this.r.at(this.r.home(fileId)).files.get(fileId);
  }

  progress(fileId: string, uploadedBytes: number, at: number, expiresAt: number): Promise<void> {
    return this.r.at(this.r.home(fileId)).files.progress(fileId, uploadedBytes, at, expiresAt);
  }

  complete(fileId: string, c: FileCompletion): Promise<FileRecord> {
    return this.r.at(this.r.home(fileId)).files.complete(fileId, c);
  }

  touch(fileId: string, expiresAt: number): Promise<void> {
    return this.r.at(this.r.home(fileId)).files.touch(fileId, expiresAt);
  }

  delete(fileId: string): Promise<boolean> {
    return this.r.at(this.r.home(fileId)).files.delete(fileId);
  }

  /** Each shard's earliest `limit`, merged by expiry. */
  async expired(now: number, limit: number): Promise<FileRecord[]> {
    const parts = await this.r.all((p) => p.files.expired(now, limit));
    return parts
      .flat()
      .sort((a, b) => a.expiresAt - b.expiresAt || (a.fileId < b.fileId ? -1 : a.fileId > b.fileId ? 1 : 0))
      .slice(0, limit);
  }

  async referenced(sha256: string): Promise<boolean> {
    return (await this.r.all((p) => p.files.referenced(sha256))).some(Boolean);
  }

  async findComplete(sha256: string): Promise<FileRecord | undefined> {
    return (await this.r.all((p) => p.files.findComplete(sha256))).find((r) => r !== undefined);
  }
}
