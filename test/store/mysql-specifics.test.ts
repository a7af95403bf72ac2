// What the contract suites cannot show about the MySQL/MariaDB engine: two logic nodes (two
// pools) appending to the same users at once, session settings, utf8mb4 keys and text byte for
// byte, 64-bit integers, and the migrations on a database that already holds messages.

import { Kysely, Migrator, MysqlDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { c2cConvId, groupConvId } from '../../src/store/conv-id.ts';
import { createMysqlPool, createMysqlStore } from '../../src/store/mysql/mysql-store.ts';
import { mysqlOpsFor } from '../../src/store/sql/dialect-ops.ts';
import {
  appliedMigrations,
  MIGRATION_LOCK_TABLE,
  MIGRATION_TABLE,
  sqlMigrations,
} from '../../src/store/sql/migrations.ts';
import type { AppendRequest, AppendResult, ConvKind, Store, StoredMessage } from '../../src/store/types.ts';
import { testMessage } from '../helpers/messages.ts';
import { MYSQL_URI, useMysqlDatabase } from '../helpers/mysql.ts';

const T0 = 1_700_000_000_000;

function message(
  msgId: number,
  from: string,
  to: string,
  over: Partial<StoredMessage> & { convType?: ConvKind } = {},
): StoredMessage {
  return testMessage(msgId, from, to, over);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Deterministic PRNG (mulberry32), so that a failing interleaving's batches can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function groupRecord(groupId: string, ownerUid: string) {
  return {
    groupId,
    name: `group ${groupId}`,
    avatar: '',
    intro: '',
    type: 'normal' as const,
    joinPolicy: 'open' as const,
    ownerUid,
    mutedAll: false,
    dismissed: false,
    createdAt: T0,
  };
}

describe('mysql: engine', () => {
  const db = useMysqlDatabase();

  it('runs connections in READ COMMITTED and utf8mb4; tables are utf8mb4 binary NO PAD', async () => {
    const store = await db.create();
    try {
      const s = await store.settings();
      expect(s).toMatchObject({ database: db.name, isolation: 'READ-COMMITTED', charset: 'utf8mb4' });
      const collation = /mariadb/i.test(s.version) ? 'utf8mb4_nopad_bin' : 'utf8mb4_0900_bin';
      const tables = await db.admin.rows<{ name: string; collation: string; engine: string }>(
        `select table_name as name, table_collation as collation, engine from information_schema.tables
          where table_schema = ? and table_name not like 'parley_migration%'`,
        [db.name],
      );
      expect(tables.length).toBeGreaterThanOrEqual(18);
      for (const t of tables) expect(t, t.name).toMatchObject({ collation, engine: 'InnoDB' });
      // The search index of mysqlOps.
      const index = await db.admin.rows<{ column_name: string }>(
        `select column_name from information_schema.statistics
          where table_schema = ? and table_name = 'messages' and index_name = 'messages_conv' order by seq_in_index`,
        [db.name],
      );
      expect(index.map((r) => r.column_name)).toEqual(['conv_id', 'conv_seq']);
      expect(mysqlOpsFor(s.version).searchNeedsIndexer).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('fails to open with an error naming an unreachable server', async () => {
    await expect(createMysqlStore({ uri: 'mysql://root@127.0.0.1:1', database: 'nowhere' })).rejects.toThrow(
      /127\.0\.0\.1:1\/nowhere.*ECONNREFUSED/,
    );
  });

  it('takes the server from uri, pool settings over it; database only from `database`', async () => {
    const u = new URL(MYSQL_URI);
    const store = await createMysqlStore({
      uri: `mysql://${u.username}@127.0.0.1:1/not_this_one?multipleStatements=true`,
      pool: { host: u.hostname, port: Number(u.port || 3306) },
      database: db.name,
      migrate: false,
    });
    try {
      expect((await store.settings()).database).toBe(db.name);
      await expect(store.users.get("x'; select 1; -- ")).resolves.toBeUndefined();
    } finally {
      await store.close();
    }
    await expect(createMysqlStore({ uri: 'postgres://h/x', database: db.name })).rejects.toThrow(
      /mysql:\/\//,
    );
  });

  it('rejects operations called after close, and close is idempotent', async () => {
    const store = await db.create();
    await store.users.create({ uid: 'u1', nickname: 'n', passwordHash: '', createdAt: T0 });
    const closing = store.close();
    expect(store.close()).toBe(closing);
    await closing;
    await expect(store.users.get('u1')).rejects.toThrow();
    await expect(store.ping()).rejects.toThrow();
  });

  it('close waits for a multi-statement operation and for appends waiting for a connection', async () => {
    const store = await db.create({ connectionLimit: 1 });
    await store.users.create({ uid: 'u1', nickname: 'n', passwordHash: '', createdAt: T0 });
    const profile = store.users.updateProfile('u1', { nickname: 'renamed' });
    const appends = range(1, 5).map((i) =>
      store.messages.append([{ message: message(i, 'u1', 'u2'), recipients: ['u1', 'u2'] }]),
    );
    await store.close();
    expect((await profile).nickname).toBe('renamed');
    expect((await Promise.all(appends)).map(([r]) => r?.senderSeq).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('mysql: two logic nodes on one database', () => {
  const db = useMysqlDatabase();
  const users = range(1, 6).map((i) => `u${i}`);
  /** Write diffusion (every member's timeline) and read diffusion (conversation only). */
  const WRITE = 'gw';
  const READ = 'gr';

  interface Send {
    from: string;
    to: string;
    convType: ConvKind;
    clientMsgId: string;
  }

  /** A send as node `node`'s request: each node gives its own msgId to the same logical send. */
  function requestOf(send: Send, msgId: number): AppendRequest {
    const m = message(msgId, send.from, send.to, {
      convType: send.convType,
      clientMsgId: send.clientMsgId,
      content: `${send.clientMsgId} from ${send.from}`,
    });
    if (send.convType === 'c2c') return { message: m, recipients: [send.from, send.to] };
    return {
      message: m,
      recipients: [],
      group: { groupId: send.to, writeDiffusionMax: send.to === WRITE ? 500 : 2 },
    };
  }

  function randomSends(rand: () => number, n: number, prefix: string): Send[] {
    const pick = () => users[Math.floor(rand() * users.length)]!;
    return range(1, n).map((i) => {
      const from = pick();
      const r = rand();
      if (r < 0.25) return { from, to: WRITE, convType: 'group' as const, clientMsgId: `${prefix}${i}` };
      if (r < 0.35) return { from, to: READ, convType: 'group' as const, clientMsgId: `${prefix}${i}` };
      return { from, to: pick(), convType: 'c2c' as const, clientMsgId: `${prefix}${i}` };
    });
  }

  /** Sends `sends` in random batches of 1-6, `parallel` appends in flight at a time. */
  async function run(
    store: Store,
    sends: readonly Send[],
    firstMsgId: number,
    rand: () => number,
    parallel: number,
  ): Promise<Map<Send, AppendResult>> {
    const order = sends.map((s, i) => ({ s, id: firstMsgId + i }));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const batches: (typeof order)[] = [];
    for (let i = 0; i < order.length; ) {
      const size = 1 + Math.floor(rand() * 6);
      batches.push(order.slice(i, i + size));
      i += size;
    }
    const results = new Map<Send, AppendResult>();
    const worker = async () => {
      for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
        const rs = await store.messages.append(batch.map(({ s, id }) => requestOf(s, id)));
        for (const [k, { s }] of batch.entries()) results.set(s, rs[k]!);
      }
    };
    await Promise.all(range(1, parallel).map(worker));
    return results;
  }

  it('keeps per-user and conversation seqs gap-free and stores each idempotency key once', async () => {
    const nodeA = await db.create({ connectionLimit: 4 });
    const nodeB = await db.open({ connectionLimit: 4 });
    await nodeA.groups.create(
      groupRecord(WRITE, 'u1'),
      users.map((uid) => ({ uid, role: 'member' as const })),
    );
    await nodeB.groups.create(
      groupRecord(READ, 'u2'),
      users.map((uid) => ({ uid, role: 'member' as const })),
    );

    const rand = prng(20_240_611);
    // Both nodes send every shared send (a client retrying through another node); each node
    // also sends some of its own. The users have no seq rows yet when the first appends meet.
    const shared = randomSends(rand, 400, 's');
    const onlyA = randomSends(rand, 120, 'a');
    const onlyB = randomSends(rand, 120, 'b');
    const [resA, resB] = await Promise.all([
      run(nodeA, [...shared, ...onlyA], 1_000_000, prng(1), 4),
      run(nodeB, [...shared, ...onlyB], 2_000_000, prng(2), 4),
    ]);

    const winners = new Map<number, { send: Send; result: AppendResult }>();
    for (const send of shared) {
      const a = resA.get(send)!;
      const b = resB.get(send)!;
      // Exactly one node stored it; the other got the first send's answer.
      expect([a.duplicate, b.duplicate].sort(), send.clientMsgId).toEqual([false, true]);
      expect(a.msgId).toBe(b.msgId);
      expect(a.senderSeq).toBe(b.senderSeq);
      expect(a.convSeq).toBe(b.convSeq);
      const won = a.duplicate ? b : a;
      winners.set(won.msgId, { send, result: won });
    }
    for (const [sends, res] of [
      [onlyA, resA],
      [onlyB, resB],
    ] as const) {
      for (const send of sends) {
        const r = res.get(send)!;
        expect(r.duplicate).toBe(false);
        winners.set(r.msgId, { send, result: r });
      }
    }
    expect(winners.size).toBe(640);

    // Per user: seqs 1..n without gaps, exactly the user's messages, as the results said.
    for (const uid of users) {
      const expected = [...winners.values()].filter(
        ({ send }) =>
          send.to === WRITE || (send.convType === 'c2c' && (send.from === uid || send.to === uid)),
      );
      const { entries } = await nodeB.messages.timeline(uid, 0, 10_000);
      expect(entries.map((e) => e.seq)).toEqual(range(1, expected.length));
      expect(await nodeA.messages.maxSeq(uid)).toBe(expected.length);
      expect(new Set(entries.map((e) => e.message.msgId))).toEqual(
        new Set(expected.map((w) => w.result.msgId)),
      );
      for (const e of entries) expect(winners.get(e.message.msgId)!.result.seqs.get(uid)).toBe(e.seq);
      // Within the timeline, each conversation's messages follow conversation order.
      const lastConvSeq = new Map<string, number>();
      for (const e of entries) {
        expect(e.message.convSeq).toBeGreaterThan(lastConvSeq.get(e.message.convId) ?? 0);
        lastConvSeq.set(e.message.convId, e.message.convSeq);
      }
    }
    // Per conversation: conv seqs 1..m without gaps, exactly the conversation's messages.
    const convs = new Map<string, number[]>();
    for (const { send, result } of winners.values()) {
      const convId = send.convType === 'group' ? groupConvId(send.to) : c2cConvId(send.from, send.to);
      convs.set(convId, [...(convs.get(convId) ?? []), result.msgId]);
    }
    for (const [convId, ids] of convs) {
      const { messages } = await nodeA.messages.convTimeline(convId, 0, 1_000_000, 10_000);
      expect(messages.map((m) => m.convSeq)).toEqual(range(1, ids.length));
      expect(new Set(messages.map((m) => m.msgId))).toEqual(new Set(ids));
      for (const m of messages) expect(winners.get(m.msgId)!.result.convSeq).toBe(m.convSeq);
      expect((await nodeB.conversations.head(convId))?.seq).toBe(ids.length);
    }
  });
});

describe('mysql: deadlocks', () => {
  const db = useMysqlDatabase();

  it('runs an append again when the database rolls it back as a deadlock victim', async () => {
    const store = await db.create({ connectionLimit: 2 });
    try {
      const c2c = (id: number) => ({ message: message(id, 'u1', 'u2'), recipients: ['u1', 'u2'] });
      await store.messages.append([c2c(1)]);
      const other = db.admin;
      // A heavier transaction (InnoDB rolls back the lighter one) holding u2's seq row.
      await other.query(
        `use \`${db.name}\`; begin; insert into blocks (uid, blocked_uid, ts) values ${range(1, 200)
          .map((i) => `('x${i}', 'y', 0)`)
          .join(', ')}; select seq from user_seq where uid = 'u2' for update`,
      );
      // The append locks u1's row, then waits for u2's.
      const pending = store.messages.append([c2c(2)]);
      for (let i = 0; i < 250; i++) {
        const [waiting] = await db.admin.rows<{ n: number }>(
          `select count(*) as n from information_schema.processlist
            where db = ? and info like 'select % from \`user_seq\` % for update'`,
          [db.name],
        );
        if (waiting!.n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // Now the other transaction wants u1's row: a deadlock; the append is the victim.
      await other.query(`select seq from user_seq where uid = 'u1' for update`);
      await other.query('rollback');
      const [r] = await pending;
      expect(r).toMatchObject({ duplicate: false, senderSeq: 2, convSeq: 2 });
      expect(await store.messages.maxSeq('u2')).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe('mysql: utf8mb4 and 64-bit integers', () => {
  const db = useMysqlDatabase();

  it('keeps utf8mb4 keys distinct byte for byte and orders them by code point, like SQLite', async () => {
    const store = await db.create();
    try {
      // Differ only by trailing space, case, normalisation, or a 4-byte character.
      const uids = ['a', 'a ', 'A', 'é', 'e\u0301', '用户甲', 'ユーザー', '😀🎉', '𠜎𠜱', '\uFFFD', 'z'];
      for (const uid of uids) {
        await store.users.create({ uid, nickname: `${uid} 👩‍👩‍👧‍👦 昵称`, passwordHash: '', createdAt: T0 });
      }
      const byBytes = [...uids].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
      expect((await store.users.list({ limit: 100 })).map((u) => u.uid)).toEqual(byBytes);
      for (const uid of uids) expect((await store.users.get(uid))?.nickname).toBe(`${uid} 👩‍👩‍👧‍👦 昵称`);
      expect(await store.users.get('a  ')).toBeUndefined();

      // Idempotency keys that differ only by a trailing space are different sends.
      const [first, second] = await store.messages.append([
        { message: message(1, '😀🎉', '用户甲', { clientMsgId: '🔑' }), recipients: ['😀🎉', '用户甲'] },
        { message: message(2, '😀🎉', '用户甲', { clientMsgId: '🔑 ' }), recipients: ['😀🎉', '用户甲'] },
      ]);
      expect([first?.duplicate, second?.duplicate]).toEqual([false, false]);
      expect(
        (await store.conversations.list('用户甲', { sinceVersion: 0, includeHidden: true }))[0]?.convId,
      ).toBe(c2cConvId('😀🎉', '用户甲'));
    } finally {
      await store.close();
    }
  });

  it('round-trips 4-byte characters in text without loss and finds them', async () => {
    const store = await db.create();
    try {
      const content = '家族 👩‍👩‍👧‍👦 𠜎𠜱𠝹 🇯🇵 𝕏𝕐 你好，世界 😀'.repeat(3);
      await store.groups.create({ ...groupRecord('群组🎉', 'ユーザー'), name: '群 🎉 𠜎' }, [
        { uid: '用户甲', role: 'member' },
      ]);
      await store.messages.append([
        {
          message: message(10, 'ユーザー', '群组🎉', { convType: 'group', content, clientMsgId: '客户端🔑' }),
          recipients: [],
          group: { groupId: '群组🎉', writeDiffusionMax: 500 },
        },
      ]);
      const got = await store.messages.get(10);
      expect(got?.content).toBe(content);
      expect(got?.clientMsgId).toBe('客户端🔑');
      expect((await store.groups.get('群组🎉'))?.name).toBe('群 🎉 𠜎');
      const [row] = await db.admin.rows<{ bytes: number; chars: number }>(
        `select length(content) as bytes, char_length(content) as chars from \`${db.name}\`.messages where msg_id = 10`,
      );
      expect(row).toEqual({ bytes: Buffer.byteLength(content), chars: [...content].length });
      const search = (text: string) =>
        store.messages.search({ uid: '用户甲', text, convId: '', beforeMsgId: 0, limit: 10 });
      expect((await search('𠜎𠜱𠝹')).messages.map((m) => m.msgId)).toEqual([10]);
      expect((await search('👩‍👩‍👧')).messages.map((m) => m.msgId)).toEqual([10]);
      expect((await search('𝕏')).messages.map((m) => m.msgId)).toEqual([10]);
      expect((await search('𠜎𠜱𠝹x')).messages).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('returns ids, times, seqs and versions up to 2^53 - 1 as exact JS numbers', async () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const store = await db.create();
    try {
      const reqs = [MAX - 2, MAX - 1, MAX].map((id) => ({
        message: message(id, 'alice', 'bob', { ts: MAX - 10 + (id % 3), refMsgId: MAX - 100 }),
        recipients: ['alice', 'bob'],
      }));
      await store.messages.append(reqs);
      for (const r of reqs) {
        const got = await store.messages.get(r.message.msgId);
        expect(got).toEqual({ ...r.message, convSeq: reqs.indexOf(r) + 1 });
        expect(typeof got?.msgId).toBe('number');
      }
      expect(await store.messages.lastMsgId()).toBe(MAX);
      expect((await store.messages.getMany([MAX, MAX - 1])).map((m) => m.msgId).sort()).toEqual([
        MAX - 1,
        MAX,
      ]);
      expect((await store.messages.timelineRefs('bob', 0, 10, 10)).map((r) => r.msgId)).toEqual([
        MAX - 2,
        MAX - 1,
        MAX,
      ]);
      await store.messages.deleteForUser('bob', [MAX]);
      expect(await store.messages.deletedFor('bob', [MAX, MAX - 1])).toEqual(new Set([MAX]));

      await store.devices.upsert({ uid: 'alice', deviceId: 'd', platform: 'web', lastLoginAt: MAX - 7 });
      await store.devices.raiseAckSeqs([{ uid: 'alice', deviceId: 'd', ackSeq: MAX - 3 }]);
      expect(await store.devices.get('alice', 'd')).toMatchObject({ ackSeq: MAX - 3, lastLoginAt: MAX - 7 });
      await store.tokens.create({
        tokenHash: 'h',
        uid: 'alice',
        deviceId: 'd',
        createdAt: MAX - 9,
        expiresAt: MAX,
      });
      expect(await store.tokens.get('h')).toMatchObject({ createdAt: MAX - 9, expiresAt: MAX });
      expect(await store.tokens.deleteExpired(MAX - 1)).toBe(0);

      const conv = c2cConvId('alice', 'bob');
      const updated = await store.conversations.update('alice', conv, { pinned: true }, MAX - 4);
      expect(updated).toMatchObject({
        version: MAX - 4,
        head: { seq: 3, lastMsgId: MAX, lastTs: reqs[2]!.message.ts },
      });
      expect(
        (await store.conversations.list('alice', { sinceVersion: MAX - 5, includeHidden: false })).length,
      ).toBe(1);
      expect(await store.conversations.list('alice', { sinceVersion: MAX, includeHidden: false })).toEqual(
        [],
      );
      const read = await store.conversations.markRead('bob', conv, 2, MAX - 1);
      expect(read).toMatchObject({ readSeq: 2, version: MAX - 1, unread: 1 });
      expect(typeof read.unread).toBe('number');
    } finally {
      await store.close();
    }
  });
});

describe('mysql: migrations', () => {
  const db = useMysqlDatabase({ migrate: false });

  it('0002 gives messages stored under 0001 their conversations; two nodes may migrate at once', async () => {
    const version = (await db.admin.rows<{ v: string }>('select version() as v'))[0]!.v;
    const ops = mysqlOpsFor(version);
    const first = new Kysely<unknown>({
      dialect: new MysqlDialect({ pool: createMysqlPool({ uri: MYSQL_URI, database: db.name }) }),
    });
    const all = await sqlMigrations(ops).getMigrations();
    const { error } = await new Migrator({
      db: first,
      provider: { getMigrations: async () => ({ '0001_initial': all['0001_initial']! }) },
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
    }).migrateToLatest();
    expect(error).toBeUndefined();
    const old: [number, string, string][] = [
      [10, 'alice', 'bob'],
      [11, 'bob', 'alice'],
      [12, 'alice', 'carol'],
      [13, 'alice', 'bob'],
      [14, 'dave', 'dave'],
    ];
    await db.admin.query(
      `insert into \`${db.name}\`.messages
        (msg_id, sender_uid, client_msg_id, conv_type, to_id, type, content, ts, sender_seq) values ?`,
      [
        old.map(([id, from, to]) => [
          id,
          from,
          `c${id}`,
          'c2c',
          to,
          'text',
          `old message ${id} 旧`,
          T0 + id,
          0,
        ]),
      ],
    );
    await first.destroy();

    const [nodeA, nodeB] = await Promise.all([
      createMysqlStore({ uri: MYSQL_URI, database: db.name }),
      createMysqlStore({ uri: MYSQL_URI, database: db.name }),
    ]);
    try {
      const check = new Kysely<unknown>({
        dialect: new MysqlDialect({ pool: createMysqlPool({ uri: MYSQL_URI, database: db.name }) }),
      });
      expect(await appliedMigrations(check)).toEqual([
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
      await check.destroy();

      expect(await nodeA.messages.get(13)).toMatchObject({ convId: 'c:alice|bob', convSeq: 3 });
      expect((await nodeA.messages.get(12))?.convSeq).toBe(1);
      const page = await nodeB.messages.convTimeline('c:alice|bob', 0, 100, 10);
      expect(page.messages.map((m) => m.msgId)).toEqual([10, 11, 13]);
      const bob = await nodeB.conversations.list('bob', { sinceVersion: 0, includeHidden: false });
      expect(bob).toHaveLength(1);
      expect(bob[0]).toMatchObject({
        convId: 'c:alice|bob',
        peer: 'alice',
        unread: 0,
        head: { seq: 3, lastMsgId: 13 },
      });
      const alice = await nodeA.conversations.list('alice', { sinceVersion: 0, includeHidden: false });
      expect(alice.map((c) => c.convId).sort()).toEqual(['c:alice|bob', 'c:alice|carol']);
      expect((await nodeA.conversations.list('dave', { sinceVersion: 0, includeHidden: false })).length).toBe(
        1,
      );
      const [r] = await nodeA.messages.append([
        { message: message(20, 'bob', 'alice'), recipients: ['bob', 'alice'] },
      ]);
      expect(r!.convSeq).toBe(4);
      expect((await nodeB.conversations.get('alice', 'c:alice|bob'))?.unread).toBe(1);
      const found = await nodeB.messages.search({
        uid: 'carol',
        text: 'old message',
        convId: '',
        beforeMsgId: 0,
        limit: 10,
      });
      expect(found.messages.map((m) => m.msgId)).toEqual([12]);
    } finally {
      await Promise.all([nodeA.close(), nodeB.close()]);
    }
  });
});
