import type { Kysely } from 'kysely';
import type { SettingRecord, SettingStore } from '../types.ts';
import type { SqlDialectOps } from './dialect-ops.ts';
import type { Database } from './schema.ts';

/** Runtime setting overrides in one database (the first shard of a sharded store). */
export class SqlSettingStore implements SettingStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async list(): Promise<SettingRecord[]> {
    const rows = await this.db.selectFrom('settings').selectAll().orderBy('key').execute();
    return rows.map((r) => ({
      key: r.key,
      value: r.value,
      changedBy: r.changed_by,
      changedAt: Number(r.changed_at),
    }));
  }

  async put(rec: SettingRecord): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key: rec.key, value: rec.value, changed_by: rec.changedBy, changed_at: rec.changedAt })
      .modifyEnd(this.ops.upsertTail(['key'], ['value', 'changed_by', 'changed_at']))
      .execute();
  }

  async delete(key: string): Promise<boolean> {
    const r = await this.db.deleteFrom('settings').where('key', '=', key).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
