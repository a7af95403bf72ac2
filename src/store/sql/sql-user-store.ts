import { type Kysely, type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { NewUser, ProfilePatch, UserRecord, UserStore } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, UsersTable } from './schema.ts';

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    uid: row.uid,
    nickname: row.nickname,
    passwordHash: row.password_hash,
    disabled: row.disabled !== 0,
    createdAt: Number(row.created_at),
    avatar: row.avatar,
    signature: row.signature,
    readReceipts: row.read_receipts !== 0,
  };
}

/**
 * `text` with the LIKE wildcards escaped for `escape '\'`. The escape character goes in as a
 * bound parameter: a backslash literal would need different quoting on SQLite and MySQL.
 */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const LIKE_ESCAPE = '\\';

/** lower(column) LIKE lower(pattern): case-insensitive for ASCII on every dialect. */
function likeLower(column: 'uid' | 'nickname', pattern: string) {
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape ${LIKE_ESCAPE}`;
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
          avatar: '',
          signature: '',
          read_receipts: 1,
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

  async list(opts: { after?: string; limit: number; query?: string }): Promise<UserRecord[]> {
    if (opts.limit <= 0) return [];
    let q = this.db.selectFrom('users').selectAll().orderBy('uid').limit(opts.limit);
    if (opts.after !== undefined) q = q.where('uid', '>', opts.after);
    if (opts.query) {
      const escaped = escapeLike(opts.query);
      q = q.where((eb) => eb.or([likeLower('uid', `${escaped}%`), likeLower('nickname', `%${escaped}%`)]));
    }
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

  async updateProfile(uid: string, patch: ProfilePatch): Promise<UserRecord> {
    const set: Updateable<UsersTable> = {};
    if (patch.nickname !== undefined) set.nickname = patch.nickname;
    if (patch.avatar !== undefined) set.avatar = patch.avatar;
    if (patch.signature !== undefined) set.signature = patch.signature;
    if (patch.readReceipts !== undefined) set.read_receipts = patch.readReceipts ? 1 : 0;
    try {
      return await this.db.transaction().execute(async (trx) => {
        if (Object.keys(set).length > 0) {
          await trx.updateTable('users').set(set).where('uid', '=', uid).execute();
        }
        const row = await trx.selectFrom('users').selectAll().where('uid', '=', uid).executeTakeFirst();
        if (row === undefined) throw new NotFoundError(`user ${uid} not found`);
        return toRecord(row);
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `user ${uid}`);
    }
  }

  async getMany(uids: readonly string[]): Promise<UserRecord[]> {
    const out: UserRecord[] = [];
    for (const chunk of chunksFor([...new Set(uids)], 1, this.ops.maxParams)) {
      const rows = await this.db.selectFrom('users').selectAll().where('uid', 'in', chunk).execute();
      for (const r of rows) out.push(toRecord(r));
    }
    return out;
  }

  /**
   * LIKE on lower() of both sides, so ASCII letters match in any case on SQLite and MySQL alike
   * (non-ASCII letters match exactly on SQLite, whose lower() knows only ASCII). The wildcards
   * % _ \ in `query` match themselves. An exact (case-sensitive) uid match comes first.
   */
  async search(query: string, limit: number): Promise<UserRecord[]> {
    if (limit <= 0) return [];
    const escaped = escapeLike(query);
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('disabled', '=', 0)
      .where((eb) => eb.or([likeLower('uid', `${escaped}%`), likeLower('nickname', `%${escaped}%`)]))
      .orderBy((eb) => eb.case().when('uid', '=', query).then(0).else(1).end())
      .orderBy('uid')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }
}
