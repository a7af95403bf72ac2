import type { Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { FileCompletion, FileRecord, FileRecordStore, FileState } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, FilesTable } from './schema.ts';

function toRecord(row: Selectable<FilesTable>): FileRecord {
  return {
    fileId: row.file_id,
    ownerUid: row.owner_uid,
    convId: row.conv_id,
    name: row.name,
    mime: row.mime,
    size: Number(row.size),
    sha256: row.sha256,
    width: Number(row.width),
    height: Number(row.height),
    thumbSha256: row.thumb_sha256,
    state: (row.state === 'complete' ? 'complete' : 'uploading') satisfies FileState,
    uploadedBytes: Number(row.uploaded_bytes),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    expiresAt: Number(row.expires_at),
  };
}

export class SqlFileStore implements FileRecordStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(rec: FileRecord): Promise<void> {
    try {
      await this.db
        .insertInto('files')
        .values({
          file_id: rec.fileId,
          owner_uid: rec.ownerUid,
          conv_id: rec.convId,
          name: rec.name,
          mime: rec.mime,
          size: rec.size,
          sha256: rec.sha256,
          width: rec.width,
          height: rec.height,
          thumb_sha256: rec.thumbSha256,
          state: rec.state,
          uploaded_bytes: rec.uploadedBytes,
          created_at: rec.createdAt,
          updated_at: rec.updatedAt,
          expires_at: rec.expiresAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `file ${rec.fileId}`);
    }
  }

  async get(fileId: string): Promise<FileRecord | undefined> {
    const row = await this.db
      .selectFrom('files')
      .selectAll()
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  async progress(fileId: string, uploadedBytes: number, at: number, expiresAt: number): Promise<void> {
    await this.db
      .updateTable('files')
      .set({ uploaded_bytes: uploadedBytes, updated_at: at, expires_at: expiresAt })
      .where('file_id', '=', fileId)
      .where('state', '=', 'uploading')
      .execute();
  }

  async complete(fileId: string, c: FileCompletion): Promise<FileRecord> {
    await this.db
      .updateTable('files')
      .set({
        state: 'complete',
        sha256: c.sha256,
        size: c.size,
        uploaded_bytes: c.size,
        width: c.width,
        height: c.height,
        thumb_sha256: c.thumbSha256,
        updated_at: c.updatedAt,
        expires_at: c.expiresAt,
      })
      .where('file_id', '=', fileId)
      .where('state', '=', 'uploading')
      .execute();
    const rec = await this.get(fileId);
    if (rec === undefined) throw new NotFoundError(`file ${fileId}`);
    return rec;
  }

  async touch(fileId: string, expiresAt: number): Promise<void> {
    await this.db.updateTable('files').set({ expires_at: expiresAt }).where('file_id', '=', fileId).execute();
  }

  async delete(fileId: string): Promise<boolean> {
    const r = await this.db.deleteFrom('files').where('file_id', '=', fileId).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  async expired(now: number, limit: number): Promise<FileRecord[]> {
    const rows = await this.db
      .selectFrom('files')
      .selectAll()
      .where('expires_at', '>', 0)
      .where('expires_at', '<=', now)
      .orderBy('expires_at')
      .orderBy('file_id')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  async referenced(sha256: string): Promise<boolean> {
    if (sha256 === '') return false;
    const row = await this.db
      .selectFrom('files')
      .select('file_id')
      .where((eb) => eb.or([eb('sha256', '=', sha256), eb('thumb_sha256', '=', sha256)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async findComplete(sha256: string): Promise<FileRecord | undefined> {
    const row = await this.db
      .selectFrom('files')
      .selectAll()
      .where('sha256', '=', sha256)
      .where('state', '=', 'complete')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }
}
