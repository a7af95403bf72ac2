import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupConvId } from '../../src/store/conv-id.ts';
import { type SqlDialectOps, sqliteOps } from '../../src/store/sql/dialect-ops.ts';
import { migrateToLatest } from '../../src/store/sql/migrations.ts';
import type { Database } from '../../src/store/sql/schema.ts';
import { SqlGroupStore } from '../../src/store/sql/sql-group-store.ts';
import { SqlUserStore } from '../../src/store/sql/sql-user-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runSocialStoreContract } from '../contract/social-store.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-social-'));
let fileNo = 0;
const nextFile = () => join(dir, `store-${++fileNo}.db`);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

runSocialStoreContract({ name: 'sqlite memory', create: () => createSqliteStore({ file: ':memory:' }) });
runSocialStoreContract({ name: 'sqlite file', create: () => createSqliteStore({ file: nextFile() }) });
// The shared Kysely append (what the MySQL engine runs) for the tests that send group messages.
runSocialStoreContract({
  name: 'sqlite memory, Kysely append',
  create: () => createSqliteStore({ file: ':memory:', preparedAppend: false }),
});

/**
 * The SQL stores over a bare migrated database, so that tests can write rows the Store interface
 * has no operation for yet (a conversation head) and read the rows behind it (user_convs).
 */
describe('SqlGroupStore conversation entries (sqlite)', () => {
  let db: Kysely<Database>;
  const T0 = 1_700_000_000_000;
  const conv = groupConvId('g1');

  async function open(ops: SqlDialectOps = sqliteOps): Promise<SqlGroupStore> {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
    await migrateToLatest(db, ops);
    return new SqlGroupStore(db, ops);
  }

  async function setHead(seq: number): Promise<void> {
    await db
      .insertInto('conv_heads')
      .values({ conv_id: conv, seq, last_msg_id: 1000 + seq, last_ts: T0 + seq })
      .modifyEnd(sqliteOps.upsertTail(['conv_id'], ['seq', 'last_msg_id', 'last_ts']))
      .execute();
  }

  async function entry(uid: string) {
    return db
      .selectFrom('user_convs')
      .selectAll()
      .where('uid', '=', uid)
      .where('conv_id', '=', conv)
      .executeTakeFirst();
  }

  const group = (ownerUid: string) => ({
    groupId: 'g1',
    name: 'g',
    avatar: '',
    intro: '',
    type: 'normal' as const,
    joinPolicy: 'open' as const,
    ownerUid,
    mutedAll: false,
    dismissed: false,
    createdAt: T0,
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('create writes one entry per member, starting at seq 0', async () => {
    const groups = await open();
    await groups.create(group('alice'), [{ uid: 'bob', role: 'member' }]);
    const rows = await db.selectFrom('user_convs').selectAll().orderBy('uid').execute();
    expect(rows).toEqual(
      ['alice', 'bob'].map((uid) => ({
        uid,
        conv_id: conv,
        conv_type: 'group',
        peer: 'g1',
        read_seq: 0,
        start_seq: 0,
        left_seq: 0,
        hidden_seq: -1,
        pinned: 0,
        muted: 0,
        draft: '',
        version: 0,
      })),
    );
  });

  it('addMembers starts new entries after the current head seq', async () => {
    const groups = await open();
    await groups.create(group('alice'), []);
    await setHead(7);
    await groups.addMembers('g1', ['bob'], T0 + 1, 100);
    expect(await entry('bob')).toMatchObject({ read_seq: 7, start_seq: 7, left_seq: 0, hidden_seq: -1 });
    expect(await entry('alice')).toMatchObject({ read_seq: 0, start_seq: 0 });
  });

  it('removeMembers sets leftSeq to the head seq and keeps the rest of the entry', async () => {
    const groups = await open();
    await groups.create(group('alice'), [{ uid: 'bob', role: 'member' }]);
    await setHead(9);
    await db.updateTable('user_convs').set({ read_seq: 4, pinned: 1 }).where('uid', '=', 'bob').execute();
    expect(await groups.removeMembers('g1', ['bob'])).toEqual(['bob']);
    expect(await entry('bob')).toMatchObject({
      read_seq: 4,
      start_seq: 0,
      left_seq: 9,
      hidden_seq: -1,
      pinned: 1,
    });
    expect(await entry('alice')).toMatchObject({ left_seq: 0 });
  });

  it('removeMembers before the first message deletes the entry', async () => {
    const groups = await open();
    await groups.create(group('alice'), [{ uid: 'bob', role: 'member' }]);
    await groups.removeMembers('g1', ['bob']);
    expect(await entry('bob')).toBeUndefined();
    expect(await entry('alice')).toBeDefined();
  });

  it('a rejoin resets the old entry to start at the head and keeps its settings', async () => {
    const groups = await open();
    await groups.create(group('alice'), [{ uid: 'bob', role: 'member' }]);
    await setHead(5);
    await groups.removeMembers('g1', ['bob']);
    await db
      .updateTable('user_convs')
      .set({ read_seq: 5, hidden_seq: 5, muted: 1, draft: 'draft', version: 42 })
      .where('uid', '=', 'bob')
      .execute();
    await setHead(12);
    expect(await groups.addMembers('g1', ['bob'], T0 + 2, 100)).toEqual(['bob']);
    expect(await entry('bob')).toEqual({
      uid: 'bob',
      conv_id: conv,
      conv_type: 'group',
      peer: 'g1',
      read_seq: 12,
      start_seq: 12,
      left_seq: 0,
      hidden_seq: -1,
      pinned: 0,
      muted: 1,
      draft: 'draft',
      version: 42,
    });
    expect(await db.selectFrom('user_convs').select('uid').execute()).toHaveLength(2);
  });

  it('a refused addition (group full) writes no entry', async () => {
    const groups = await open();
    await groups.create(group('alice'), [{ uid: 'bob', role: 'member' }]);
    await setHead(3);
    await expect(groups.addMembers('g1', ['carol', 'dave'], T0, 3)).rejects.toThrow(/exceed/);
    expect(await entry('carol')).toBeUndefined();
    expect(await db.selectFrom('group_members').select('uid').execute()).toHaveLength(2);
  });

  it('splits bulk statements to the dialect’s parameter limit', async () => {
    // 13 parameters: one entry row (12 columns) or two member rows (6 columns) per statement.
    const groups = await open({ ...sqliteOps, maxParams: 13 });
    const invited = Array.from({ length: 9 }, (_, i) => ({ uid: `m${i}`, role: 'member' as const }));
    const g = await groups.create(group('alice'), invited);
    expect(g.memberCount).toBe(10);
    await setHead(2);
    const more = Array.from({ length: 25 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    expect(await groups.addMembers('g1', [...more, 'm0', 'alice'], T0, 100)).toEqual(more);
    expect((await groups.get('g1'))?.memberCount).toBe(35);
    expect(await db.selectFrom('user_convs').select('uid').execute()).toHaveLength(35);
    expect(await groups.removeMembers('g1', [...more.slice(0, 20), 'm3', 'zz'])).toEqual([
      ...more.slice(0, 20),
      'm3',
    ]);
    expect((await groups.get('g1'))?.memberCount).toBe(14);
    expect(await groups.memberUids('g1')).toHaveLength(14);
    const left = await db.selectFrom('user_convs').select('uid').where('left_seq', '=', 2).execute();
    expect(left).toHaveLength(21);
  });
});

describe('SqlUserStore with a small parameter limit (sqlite)', () => {
  let db: Kysely<Database>;
  const ops: SqlDialectOps = { ...sqliteOps, maxParams: 2 };

  beforeEach(async () => {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
    await migrateToLatest(db, ops);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('getMany reads across chunks', async () => {
    const users = new SqlUserStore(db, ops);
    for (const uid of ['a', 'b', 'c', 'd', 'e']) {
      await users.create({ uid, nickname: uid, passwordHash: '', createdAt: 1 });
    }
    const got = await users.getMany(['e', 'x', 'a', 'c', 'y', 'd', 'b']);
    expect(got.map((u) => u.uid).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
