// What only a store sharded over two databases has: rows on their homes and replicas,
// atomic cross-shard appends, replicas of groups for members on other shards, recovery of
// transactions a crash left prepared, and two nodes appending across shards at once. Runs
// against the local MariaDB (test/helpers/mysql-shards.ts: alice and carol on shard 0; bob,
// dave, eve, frank, gina and hank on shard 1; group "club" on shard 0).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShardMap, slotOf } from '../../src/store/mysql/shard-map.ts';
import { createShardedMysqlStore, type ShardedMysqlStore } from '../../src/store/mysql/sharded-store.ts';
import { shardTag } from '../../src/store/mysql/xa.ts';
import type { AppendRequest, StoredMessage } from '../../src/store/types.ts';
import { testMessage } from '../helpers/messages.ts';
import { MYSQL_URI, MysqlAdmin, mysqlServer } from '../helpers/mysql.ts';
import { useShardedMysql } from '../helpers/mysql-shards.ts';

let nextId = 50_000;

function msg(from: string, to: string, over: Partial<StoredMessage> = {}): StoredMessage {
  const msgId = over.msgId ?? nextId++;
  return testMessage(msgId, from, to, { clientMsgId: `c-${msgId}`, content: `m${msgId}`, ...over });
}

const c2c = (from: string, to: string, over: Partial<StoredMessage> = {}): AppendRequest => ({
  message: msg(from, to, over),
  recipients: [from, to],
});

const toGroup = (from: string, groupId: string): AppendRequest => ({
  message: msg(from, groupId, { convType: 'group' }),
  recipients: [],
  group: { groupId, writeDiffusionMax: 500 },
});

const dbs = useShardedMysql();
let store: ShardedMysqlStore;

async function count(shard: 0 | 1, table: string, where: string, values: unknown[]): Promise<number> {
  const db = dbs.shards[shard];
  const rows = await db.admin.rows<{ n: number }>(
    `select count(*) as n from \`${db.name}\`.\`${table}\` where ${where}`,
    values,
  );
  return Number(rows[0]!.n);
}

async function addUsers(...uids: string[]): Promise<void> {
  for (const uid of uids) {
    await store.users.create({ uid, nickname: uid, passwordHash: '', createdAt: 1 });
  }
}

beforeEach(async () => {
  store = await dbs.create();
});

afterEach(async () => {
  await store.close();
});

describe('shard map', () => {
  it('places keys by the slot MySQL computes with CRC32(key) % 1024', async () => {
    const rows = await dbs.shards[0].admin.rows<{ s: number }>(
      "select crc32('alice') % 1024 as s union all select crc32('bob') % 1024 union all select crc32('宋') % 1024",
    );
    expect(rows.map((r) => Number(r.s))).toEqual([slotOf('alice'), slotOf('bob'), slotOf('宋')]);
  });

  it('refuses maps with gaps, overlaps, bad ranges or bad items', () => {
    expect(() => ShardMap.parse('a:0-511')).toThrow(/slot 512 belongs to no database/);
    expect(() => ShardMap.parse('a:0-600,b:512-1023')).toThrow(/slot 512 is in a and b/);
    expect(() => ShardMap.parse('a:0-1024')).toThrow(/bad range/);
    expect(() => ShardMap.parse('a:9-3,b:0-1023')).toThrow(/bad range/);
    expect(() => ShardMap.parse('a;drop:0-1023')).toThrow(/not database:first-last/);
    expect(() => ShardMap.parse('')).toThrow(/no shards/);
  });

  it('lets a database own several ranges and names a server per shard', () => {
    const map = ShardMap.parse('a:0-255,b:256-999,mysql://db2:3307/c:1000-1000,b:1001-1023');
    expect(map.size).toBe(3);
    expect(map.shards[2]).toEqual({ database: 'c', uri: 'mysql://db2:3307', ranges: [[1000, 1000]] });
    expect(map.shards[1]!.ranges).toEqual([
      [256, 999],
      [1001, 1023],
    ]);
  });
});

describe('placement', () => {
  it('keeps a user on its home and a one-to-one message on both homes', async () => {
    await addUsers('alice', 'bob');
    expect(await count(0, 'users', 'uid = ?', ['alice'])).toBe(1);
    expect(await count(1, 'users', 'uid = ?', ['alice'])).toBe(0);
    expect(await count(1, 'users', 'uid = ?', ['bob'])).toBe(1);
    const [r] = await store.messages.append([c2c('alice', 'bob')]);
    for (const shard of [0, 1] as const) {
      expect(await count(shard, 'messages', 'msg_id = ?', [r!.msgId])).toBe(1);
      expect(await count(shard, 'conv_messages', 'msg_id = ?', [r!.msgId])).toBe(1);
    }
    expect(await count(0, 'timeline', 'uid = ?', ['alice'])).toBe(1);
    expect(await count(1, 'timeline', 'uid = ?', ['alice'])).toBe(0);
    expect(await count(1, 'timeline', 'uid = ?', ['bob'])).toBe(1);
    expect(await count(0, 'timeline', 'uid = ?', ['bob'])).toBe(0);
    // Each side reads everything from its own home: sync, conversation list, search.
    expect((await store.messages.timeline('bob', 0, 10)).entries.map((e) => e.message.msgId)).toEqual([
      r!.msgId,
    ]);
    const [entry] = await store.conversations.list('bob', { sinceVersion: 0, includeHidden: false });
    expect(entry).toMatchObject({ peer: 'alice', unread: 1, head: { lastMsgId: r!.msgId } });
    const found = await store.messages.search({
      uid: 'bob',
      text: `m${r!.msgId}`,
      convId: '',
      beforeMsgId: 0,
      limit: 5,
    });
    expect(found.messages.map((m) => m.msgId)).toEqual([r!.msgId]);
  });

  it('writes nothing on either shard when one shard refuses its part', async () => {
    await addUsers('alice', 'bob');
    const clash = nextId++;
    // A row with the same id on bob's home only: the insert there fails after alice's home wrote.
    await dbs.shards[1].admin.query(
      `insert into \`${dbs.shards[1].name}\`.messages (msg_id, sender_uid, client_msg_id, conv_type, to_id, type, content, ts, sender_seq, conv_id, conv_seq, ref_msg_id, ref_kind, edited_at, recalled)
       values (?, 'zz', 'other', 'c2c', 'zz', 'text', '', 0, 0, 'c:zz|zz', 0, 0, '', 0, 0)`,
      [clash],
    );
    await expect(store.messages.append([c2c('alice', 'bob', { msgId: clash })])).rejects.toThrow();
    expect(await count(0, 'messages', 'msg_id = ?', [clash])).toBe(0);
    expect(await count(0, 'timeline', 'uid = ?', ['alice'])).toBe(0);
    expect(await count(0, 'user_seq', 'uid = ? and seq > 0', ['alice'])).toBe(0);
    expect(await store.messages.maxSeq('alice')).toBe(0);
  });

  it('recalls every copy of a message', async () => {
    await addUsers('alice', 'bob');
    const [first] = await store.messages.append([c2c('alice', 'bob')]);
    await store.messages.append([
      {
        ...c2c('alice', 'bob', { type: 'recall', refMsgId: first!.msgId, refKind: '' }),
        change: { kind: 'recall', msgId: first!.msgId },
        countsUnread: false,
      },
    ]);
    for (const shard of [0, 1] as const) {
      expect(await count(shard, 'messages', 'msg_id = ? and recalled = 1', [first!.msgId])).toBe(1);
    }
  });
});

describe('groups across shards', () => {
  it('replicates a group to the home of each member, including members who join later', async () => {
    await addUsers('alice', 'carol', 'bob', 'eve');
    await store.groups.create(
      {
        groupId: 'club',
        name: 'Room',
        avatar: '',
        intro: '',
        type: 'normal',
        joinPolicy: 'open',
        ownerUid: 'alice',
        mutedAll: false,
        dismissed: false,
        createdAt: 1,
      },
      [{ uid: 'carol', role: 'member' }],
    );
    expect(await count(1, 'chat_groups', 'group_id = ?', ['club'])).toBe(0);
    const [m1] = await store.messages.append([toGroup('alice', 'club')]);
    expect(await count(1, 'messages', 'msg_id = ?', [m1!.msgId])).toBe(0);

    // eve is the first member on shard 1: it gets a copy of the group, then the change.
    expect(await store.groups.addMembers('club', ['eve'], 2, 100)).toEqual(['eve']);
    expect(await count(1, 'group_members', 'group_id = ?', ['club'])).toBe(3);
    expect((await store.groups.groupsOf('eve')).map((g) => [g.group.groupId, g.group.memberCount])).toEqual([
      ['club', 3],
    ]);
    const [m2] = await store.messages.append([toGroup('eve', 'club')]);
    expect(m2!.seqs.get('eve')).toBe(1);
    expect(await count(1, 'messages', 'msg_id = ?', [m2!.msgId])).toBe(1);
    expect(await count(0, 'messages', 'msg_id = ?', [m2!.msgId])).toBe(1);
    // eve sees the group from the head at her join on: one message from herself, no unread.
    const [entry] = await store.conversations.list('eve', { sinceVersion: 0, includeHidden: false });
    expect(entry).toMatchObject({
      convId: 'g:club',
      startSeq: 1,
      unread: 0,
      head: { seq: 2, lastMsgId: m2!.msgId },
    });
    const alice = await store.conversations.get('alice', 'g:club');
    expect(alice).toMatchObject({ unread: 1, head: { seq: 2 } });

    // Changes reach every replica; a member who leaves keeps what they saw.
    await store.groups.update('club', { name: 'Big room' });
    expect((await store.groups.groupsOf('eve'))[0]!.group.name).toBe('Big room');
    expect(await store.groups.removeMembers('club', ['eve'])).toEqual(['eve']);
    expect(await store.groups.groupsOf('eve')).toEqual([]);
    expect(await store.conversations.get('eve', 'g:club')).toMatchObject({ leftSeq: 2 });
    expect((await store.groups.get('club'))!.memberCount).toBe(2);

    // Rejoining refreshes the stale copy on shard 1.
    await store.groups.update('club', { name: 'Room again' });
    expect(await store.groups.addMembers('club', ['eve', 'bob'], 3, 100)).toEqual(['eve', 'bob']);
    expect((await store.groups.groupsOf('bob'))[0]!.group).toMatchObject({
      name: 'Room again',
      memberCount: 4,
    });
    const [m3] = await store.messages.append([toGroup('bob', 'club')]);
    expect([...m3!.seqs.keys()].sort()).toEqual(['alice', 'bob', 'carol', 'eve']);
    expect((await store.messages.timeline('eve', 1, 10)).entries.map((e) => e.message.msgId)).toEqual([
      m3!.msgId,
    ]);
  });
});

describe('recovery of prepared cross-shard transactions', () => {
  /** Leaves a prepared branch on shard 1 that inserted a user, as a crash between prepare and commit would. */
  async function prepared(uid: string, ageMs: number): Promise<string> {
    const tagA = shardTag(mysqlServer(), dbs.shards[0].name);
    const tagB = shardTag(mysqlServer(), dbs.shards[1].name);
    const gtrid = `pxa.${tagA}.${(Date.now() - ageMs).toString(36)}.t${uid}`;
    const conn = await MysqlAdmin.connect();
    await conn.query(
      `use \`${dbs.shards[1].name}\`; xa start '${gtrid}','${tagB}';
       insert into users (uid, nickname, password_hash, disabled, created_at) values ('${uid}', '', '', 0, 1);
       xa end '${gtrid}','${tagB}'; xa prepare '${gtrid}','${tagB}'`,
    );
    await conn.end();
    return gtrid;
  }

  it('rolls back a transaction with no decision, commits one with a commit decision, leaves fresh ones', async () => {
    const aborted = await prepared('frank', 60_000);
    const decided = await prepared('gina', 60_000);
    const fresh = await prepared('hank', 0);
    await dbs.shards[0].admin.query(
      `insert into \`${dbs.shards[0].name}\`.xa_decisions (xid, committed, created_at) values (?, 1, 0)`,
      [decided],
    );
    expect(await store.recover()).toEqual({ committed: 1, rolledBack: 1 });
    expect(await store.users.get('frank')).toBeUndefined();
    expect(await store.users.get('gina')).toBeDefined();
    // The abort is recorded, so an owner still on its way to commit would fail instead.
    const rows = await dbs.shards[0].admin.rows<{ committed: number }>(
      `select committed from \`${dbs.shards[0].name}\`.xa_decisions where xid = ?`,
      [aborted],
    );
    expect(rows.map((r) => Number(r.committed))).toEqual([0]);
    expect(await store.users.get('hank')).toBeUndefined();
    expect(await store.recover(0)).toEqual({ committed: 0, rolledBack: 1 });
    expect(await count(0, 'xa_decisions', 'xid = ? and committed = 0', [fresh])).toBe(1);
  });
});

describe('two nodes', () => {
  it('append across shards in opposite directions at once with gap-free seqs', async () => {
    await addUsers('alice', 'bob', 'carol', 'eve');
    const second = await createShardedMysqlStore({
      map: ShardMap.parse(dbs.mapText()),
      uri: MYSQL_URI,
      migrate: false,
      connectionLimit: 4,
      maintenanceMs: 0,
    });
    try {
      const pairs: [string, string][] = [
        ['alice', 'bob'],
        ['bob', 'alice'],
        ['eve', 'carol'],
        ['carol', 'eve'],
      ];
      const rounds = 40;
      await Promise.all(
        [store, second].map(async (s, node) => {
          for (let i = 0; i < rounds; i++) {
            await s.messages.append(pairs.map(([a, b]) => c2c(node === 0 ? a : b, node === 0 ? b : a)));
          }
        }),
      );
      for (const uid of ['alice', 'bob', 'carol', 'eve']) {
        const { entries } = await store.messages.timeline(uid, 0, 1000);
        expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: rounds * 4 }, (_, i) => i + 1));
      }
    } finally {
      await second.close();
    }
  });
});
