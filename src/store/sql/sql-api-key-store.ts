import type { Kysely, Selectable } from 'kysely';
import type { ApiKeyRecord, ApiKeyStore, ApiScope } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { ApiKeysTable, Database } from './schema.ts';

const SCOPES: readonly ApiScope[] = ['read', 'write', 'admin'];

function toRecord(row: Selectable<ApiKeysTable>): ApiKeyRecord {
  return {
    keyId: row.key_id,
    name: row.name,
    secretHash: row.secret_hash,
    scopes: row.scopes.split(',').filter((s): s is ApiScope => (SCOPES as readonly string[]).includes(s)),
    createdAt: Number(row.created_at),
    revokedAt: Number(row.revoked_at),
  };
}

export class SqlApiKeyStore implements ApiKeyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(key: ApiKeyRecord): Promise<void> {
    try {
      await this.db
        .insertInto('api_keys')
        .values({
          key_id: key.keyId,
          name: key.name,
          secret_hash: key.secretHash,
          scopes: key.scopes.join(','),
          created_at: key.createdAt,
          revoked_at: key.revokedAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `api key ${key.keyId}`);
    }
  }

  async get(keyId: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.selectFrom('api_keys').selectAll().orderBy('key_id').execute();
    return rows.map(toRecord);
  }

  async revoke(keyId: string, at: number): Promise<boolean> {
    const found = await this.get(keyId);
    if (found === undefined) return false;
    if (found.revokedAt === 0) {
      await this.db
        .updateTable('api_keys')
        .set({ revoked_at: at })
        .where('key_id', '=', keyId)
        .where('revoked_at', '=', 0)
        .execute();
    }
    return true;
  }
}
