import type { Kysely } from 'kysely';
import type { TokenRecord, TokenStore } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database } from './schema.ts';

export class SqlTokenStore implements TokenStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(token: TokenRecord): Promise<void> {
    try {
      await this.db
        .insertInto('tokens')
        .values({
          token_hash: token.tokenHash,
          uid: token.uid,
          device_id: token.deviceId,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, 'token');
    }
  }

  async get(tokenHash: string): Promise<TokenRecord | undefined> {
    const row = await this.db
      .selectFrom('tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      tokenHash: row.token_hash,
      uid: row.uid,
      deviceId: row.device_id,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    };
  }

  async revoke(tokenHash: string): Promise<boolean> {
    const r = await this.db.deleteFrom('tokens').where('token_hash', '=', tokenHash).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  async revokeAllOf(uid: string, deviceId?: string): Promise<number> {
    let q = this.db.deleteFrom('tokens').where('uid', '=', uid);
    if (deviceId !== undefined) q = q.where('device_id', '=', deviceId);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteExpired(now: number): Promise<number> {
    const r = await this.db.deleteFrom('tokens').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
