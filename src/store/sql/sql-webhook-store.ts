import type { Kysely, Selectable } from 'kysely';
import type { WebhookRecord, WebhookStore } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, WebhooksTable } from './schema.ts';

function toRecord(row: Selectable<WebhooksTable>): WebhookRecord {
  return {
    id: row.id,
    url: row.url,
    secret: row.secret,
    types: row.types.split(',').filter(Boolean),
    createdAt: Number(row.created_at),
    createdBy: row.created_by,
    revokedAt: Number(row.revoked_at),
  };
}

/** Console webhooks in one database (the first shard of a sharded store). */
export class SqlWebhookStore implements WebhookStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(w: WebhookRecord): Promise<void> {
    try {
      await this.db
        .insertInto('webhooks')
        .values({
          id: w.id,
          url: w.url,
          secret: w.secret,
          types: w.types.join(','),
          created_at: w.createdAt,
          created_by: w.createdBy,
          revoked_at: w.revokedAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `webhook ${w.id}`);
    }
  }

  async list(opts: { includeRevoked?: boolean } = {}): Promise<WebhookRecord[]> {
    let q = this.db.selectFrom('webhooks').selectAll();
    if (opts.includeRevoked !== true) q = q.where('revoked_at', '=', 0);
    const rows = await q.orderBy('created_at').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async revoke(id: string, at: number): Promise<boolean> {
    const found = await this.db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst();
    if (found === undefined) return false;
    await this.db
      .updateTable('webhooks')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', '=', 0)
      .execute();
    return true;
  }
}
