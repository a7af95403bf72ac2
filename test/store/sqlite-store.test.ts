import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { c2cConvId } from '../../src/store/conv-id.ts';
import { sqliteOps } from '../../src/store/sql/dialect-ops.ts';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, sqlMigrations } from '../../src/store/sql/migrations.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { AppendRequest } from '../../src/store/types.ts';
import { runStoreContract } from '../contract/store.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
let fileNo = 0;
const nextFile = () => join(dir, `store-${++fileNo}.db`);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

runStoreContract({ name: 'sqlite file', create: () => createSqliteStore({ file: nextFile() }) });
// The shared Kysely append (what the MySQL engine runs) against the same contract.
runStoreContract({
  name: 'sqlite file, Kysely append',
  create: () => createSqliteStore({ file: nextFile(), preparedAppend: false }),
});

let msgId = 1;
function c2c(from: string, to: string, clientMsgId = `c${msgId}`): AppendRequest {
  const id = msgId++;
  return {
    message: {
      msgId: id,
      clientMsgId,
      fromUid: from,
      convType: 'c2c',
      to,
      type: 'text',
      content: `m${id}`,
      ts: id,
      convId: c2cConvId(from, to),
      convSeq: 0,
      refMsgId: 0,
      refKind: '',
      editedAt: 0,
      recalled: false,
    },
    recipients: [from, to],
  };
}

describe('SqliteStore specifics', () => {
  const open: SqliteStore[] = [];
  const track = (s: SqliteStore) => {
    open.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('keeps data and seqs across close and reopen', async () => {
    const file = nextFile();
    const first = await createSqliteStore({ file });
    await first.users.create({ uid: 'alice', nickname: 'A', passwordHash: '', createdAt: 1 });
    const sent = c2c('alice', 'bob', 'keep-1');
    await first.messages.append([sent, c2c('bob', 'alice')]);
    await first.devices.upsert({ uid: 'alice', deviceId: 'd', platform: 'web', lastLoginAt: 1 });
    await first.devices.raiseAckSeqs([{ uid: 'alice', deviceId: 'd', ackSeq: 2 }]);
    await first.close();

    const again = track(await createSqliteStore({ file }));
    expect((await again.users.get('alice'))?.nickname).toBe('A');
    expect(await again.messages.maxSeq('alice')).toBe(2);
    expect((await again.devices.get('alice', 'd'))?.ackSeq).toBe(2);
    const [dup] = await again.messages.append([c2c('alice', 'bob', 'keep-1')]);
    expect(dup).toMatchObject({ duplicate: true, msgId: sent.message.msgId, senderSeq: 1 });
    const [next] = await again.messages.append([c2c('alice', 'bob')]);
    expect(next?.seqs).toEqual(
      new Map([
        ['alice', 3],
        ['bob', 3],
      ]),
    );
  });

  it('applies each migration once, however often migrate runs', async () => {
    const file = nextFile();
    const s = await createSqliteStore({ file });
    await s.migrate();
    await s.migrate();
    await s.close();
    const again = track(await createSqliteStore({ file }));
    await again.migrate();
    await again.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      const names = raw.prepare(`select name from ${MIGRATION_TABLE} order by name`).pluck().all();
      expect(names).toEqual([
        '0001_initial',
        '0002_social',
        '0003_xa_decisions',
        '0004_api_keys',
        '0005_events',
        '0006_files',
        '0007_push',
        '0008_admin',
        '0009_webhooks_settings',
      ]);
      const tables = raw
        .prepare("select name from sqlite_master where type = 'table' order by name")
        .pluck()
        .all();
      expect(tables).toEqual(
        expect.arrayContaining([
          'blocks',
          'chat_groups',
          'conv_heads',
          'conv_messages',
          'deleted_messages',
          'devices',
          'friend_requests',
          'friends',
          'group_join_requests',
          'group_members',
          'messages',
          'messages_fts',
          'search_queue',
          'search_state',
          'timeline',
          'tokens',
          'user_convs',
          'user_seq',
          'users',
        ]),
      );
    } finally {
      raw.close();
    }
  });

  it('gives messages stored before conversations existed their conversations, read', async () => {
    const OLD = 9_000_000;
    const file = nextFile();
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
    const migrator = new Migrator({
      db: old,
      provider: sqlMigrations(sqliteOps),
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
    });
    const { error } = await migrator.migrateTo('0001_initial');
    expect(error).toBeUndefined();
    await old.destroy();
    const raw = new BetterSqlite3(file);
    // Two conversations (b|a and a|a) written the way the first schema stored them.
    const rows: [number, string, string, string][] = [
      [OLD + 10, 'b', 'a', 'first'],
      [OLD + 11, 'a', 'b', 'second'],
      [OLD + 12, 'a', 'a', 'note to self'],
      [OLD + 13, 'b', 'a', 'third message'],
    ];
    const seqs = new Map<string, number>();
    for (const [id, from, to, content] of rows) {
      const next = (uid: string) => {
        const seq = (seqs.get(uid) ?? 0) + 1;
        seqs.set(uid, seq);
        raw.prepare('insert into timeline (uid, seq, msg_id) values (?, ?, ?)').run(uid, seq, id);
        return seq;
      };
      const senderSeq = next(from);
      if (to !== from) next(to);
      raw
        .prepare(
          `insert into messages (msg_id, sender_uid, client_msg_id, conv_type, to_id, type, content, ts, sender_seq)
            values (?, ?, ?, 'c2c', ?, 'text', ?, ?, ?)`,
        )
        .run(id, from, `old-${id - OLD}`, to, content, 1000 + id, senderSeq);
    }
    for (const [uid, seq] of seqs) raw.prepare('insert into user_seq (uid, seq) values (?, ?)').run(uid, seq);
    raw.close();

    const s = track(await createSqliteStore({ file }));
    const ab = c2cConvId('a', 'b');
    expect(await s.messages.get(OLD + 13)).toMatchObject({
      convId: ab,
      convSeq: 3,
      refMsgId: 0,
      recalled: false,
    });
    expect(await s.messages.get(OLD + 12)).toMatchObject({ convId: 'c:a|a', convSeq: 1 });
    const { messages } = await s.messages.convTimeline(ab, 0, 10, 10);
    expect(messages.map((m) => [m.msgId, m.convSeq])).toEqual([
      [OLD + 10, 1],
      [OLD + 11, 2],
      [OLD + 13, 3],
    ]);
    expect(await s.conversations.head(ab)).toEqual({
      convId: ab,
      seq: 3,
      lastMsgId: OLD + 13,
      lastTs: OLD + 1013,
    });
    expect(await s.conversations.get('a', ab)).toMatchObject({ peer: 'b', readSeq: 3, unread: 0 });
    expect(await s.conversations.get('b', ab)).toMatchObject({ peer: 'a', readSeq: 3, unread: 0 });
    const self = await s.conversations.list('a', { sinceVersion: 0, includeHidden: false });
    expect(self.map((c) => c.convId).sort()).toEqual(['c:a|a', ab]);
    // Sending goes on from there; retries of old sends are still duplicates.
    const [dup, next] = await s.messages.append([c2c('a', 'b', 'old-11'), c2c('b', 'a')]);
    expect(dup).toMatchObject({ duplicate: true, msgId: OLD + 11, convSeq: 2, senderSeq: 2 });
    expect(next).toMatchObject({ duplicate: false, convSeq: 4, senderSeq: 4 });
    expect((await s.conversations.get('a', ab))?.unread).toBe(1);
    // Old messages are searchable.
    const found = await s.messages.search({
      uid: 'a',
      text: 'message',
      convId: '',
      beforeMsgId: 0,
      limit: 10,
    });
    expect(found.messages.map((m) => m.msgId)).toEqual([OLD + 13]);
  });

  it('can open without migrating and migrate later', async () => {
    const s = track(await createSqliteStore({ file: nextFile(), migrate: false }));
    await expect(s.users.get('x')).rejects.toThrow();
    await s.migrate();
    expect(await s.users.get('x')).toBeUndefined();
  });

  it('uses WAL with synchronous=FULL and a busy timeout by default', async () => {
    const s = track(await createSqliteStore({ file: nextFile() }));
    expect(s.settings()).toEqual({
      journalMode: 'wal',
      synchronous: 'FULL',
      busyTimeoutMs: 5000,
      walAutocheckpointPages: 10_000,
    });
  });

  it('applies synchronous=NORMAL and a custom busy timeout when asked', async () => {
    const s = track(
      await createSqliteStore({
        file: nextFile(),
        synchronous: 'NORMAL',
        busyTimeoutMs: 250,
        walAutocheckpointPages: 500,
      }),
    );
    expect(s.settings()).toEqual({
      journalMode: 'wal',
      synchronous: 'NORMAL',
      busyTimeoutMs: 250,
      walAutocheckpointPages: 500,
    });
  });

  it('rejects an unknown synchronous mode', async () => {
    const bad = { file: nextFile(), synchronous: 'OFF' } as unknown as Parameters<
      typeof createSqliteStore
    >[0];
    await expect(createSqliteStore(bad)).rejects.toThrow(TypeError);
  });

  it('persists WAL mode in the file', async () => {
    const file = nextFile();
    await (await createSqliteStore({ file })).close();
    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('creates missing parent directories', async () => {
    const file = join(dir, 'nested', 'deeper', 'parley.db');
    const s = track(await createSqliteStore({ file }));
    await s.users.create({ uid: 'u', nickname: 'n', passwordHash: '', createdAt: 1 });
    expect(await s.users.existing(['u'])).toEqual(new Set(['u']));
  });

  it('works in memory', async () => {
    const s = track(await createSqliteStore({ file: ':memory:' }));
    const [r] = await s.messages.append([c2c('alice', 'bob')]);
    expect(r?.senderSeq).toBe(1);
    expect(s.settings().journalMode).toBe('memory');
  });

  it('writes one timeline row per recipient and nothing for duplicates', async () => {
    const file = nextFile();
    const s = await createSqliteStore({ file });
    await s.messages.append([c2c('a', 'b', 'k1'), c2c('a', 'a', 'k2'), c2c('a', 'b', 'k1')]);
    await s.messages.append([c2c('a', 'b', 'k2')]);
    await s.close();
    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      expect(raw.prepare('select count(*) from messages').pluck().get()).toBe(2);
      expect(raw.prepare('select uid, seq from timeline order by uid, seq').all()).toEqual([
        { uid: 'a', seq: 1 },
        { uid: 'a', seq: 2 },
        { uid: 'b', seq: 1 },
      ]);
      expect(raw.prepare('select uid, seq from user_seq order by uid').all()).toEqual([
        { uid: 'a', seq: 2 },
        { uid: 'b', seq: 1 },
      ]);
      expect(
        raw.prepare('select conv_id, seq, sender_uid, counted from conv_messages order by conv_id').all(),
      ).toEqual([
        { conv_id: 'c:a|a', seq: 1, sender_uid: 'a', counted: 1 },
        { conv_id: 'c:a|b', seq: 1, sender_uid: 'a', counted: 1 },
      ]);
      expect(raw.prepare('select conv_id, seq from conv_heads order by conv_id').all()).toEqual([
        { conv_id: 'c:a|a', seq: 1 },
        { conv_id: 'c:a|b', seq: 1 },
      ]);
      expect(raw.prepare('select uid, conv_id, peer from user_convs order by uid, conv_id').all()).toEqual([
        { uid: 'a', conv_id: 'c:a|a', peer: 'a' },
        { uid: 'a', conv_id: 'c:a|b', peer: 'b' },
        { uid: 'b', conv_id: 'c:a|b', peer: 'a' },
      ]);
    } finally {
      raw.close();
    }
  });

  it('rejects operations after close', async () => {
    const s = await createSqliteStore({ file: nextFile() });
    await s.close();
    await s.close();
    await expect(s.ping()).rejects.toThrow();
  });
});
