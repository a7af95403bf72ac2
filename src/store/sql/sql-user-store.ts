import type { Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { NewUser, UserRecord, UserStore } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, UsersTable } from './schema.ts';

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    uid: row.uid,
    nickname: row.nickname,
    passwordHash: row.password_hash,
    disabled: row.disabled !== 0,
    createdAt: Number(row.created_at),
  };
}

export class SqlUserStore implements UserStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async create(user: NewUser): Promise<void> {
    try {
      await this.db
        .insertInto('users')
        .values({
          uid: user.uid,
          nickname: user.nickname,
          password_hash: user.passwordHash,
          disabled: 0,
          created_at: user.createdAt,
        })
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `user ${user.uid}`);
    }
  }

  async get(uid: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('uid', '=', uid).executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  async existing(uids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunksFor([...new Set(uids)], 1, this.ops.maxParams)) {
      const rows = await this.db.selectFrom('users').select('uid').where('uid', 'in', chunk).execute();
      for (const r of rows) found.add(r.uid);
    }
    return found;
  }

  async list(opts: { after?: string; limit: number }): Promise<UserRecord[]> {
    if (opts.limit <= 0) return [];
    let q = this.db.selectFrom('users').selectAll().orderBy('uid').limit(opts.limit);
    if (opts.after !== undefined) q = q.where('uid', '>', opts.after);
    return (await q.execute()).map(toRecord);
  }

  async setDisabled(uid: string, disabled: boolean): Promise<void> {
    const r = await this.db
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('uid', '=', uid)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw new NotFoundError(`user ${uid} not found`);
  }

  async setPasswordHash(uid: string, passwordHash: string): Promise<void> {
    const r = await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('uid', '=', uid)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw new NotFoundError(`user ${uid} not found`);
  }
}
