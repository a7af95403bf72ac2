// A database written by the first schema (one-to-one messages only) upgraded in place: its
// messages get conversations, conversation seqs and entries, and keep working afterwards.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteOps } from '../../src/store/sql/dialect-ops.ts';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, sqlMigrations } from '../../src/store/sql/migrations.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { tempDir } from '../helpers/server.ts';

const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

async function firstSchemaDatabase(file: string): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const all = await sqlMigrations(sqliteOps).getMigrations();
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ '0001_initial': all['0001_initial']! }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  await db.destroy();
  const raw = new BetterSqlite3(file);
  const insert = raw.prepare(
    `insert into messages (msg_id, sender_uid, client_msg_id, conv_type, to_id, type, content, ts, sender_seq)
     values (?, ?, ?, 'c2c', ?, 'text', ?, ?, 0)`,
  );
  const rows: [number, string, string][] = [
    [10, 'alice', 'bob'],
    [11, 'bob', 'alice'],
    [12, 'alice', 'carol'],
    [13, 'alice', 'bob'],
  ];
  for (const [id, from, to] of rows)
    insert.run(id, from, `c${id}`, to, `old message ${id}`, 1_700_000_000_000 + id);
  raw.close();
}

describe('migration 0002 on a database with messages', () => {
  it('gives old messages their conversation and seq, and entries to both sides', async () => {
    const d = tempDir();
    dirs.push(d);
    const file = `${d.dir}/old.db`;
    await firstSchemaDatabase(file);
    const store = await createSqliteStore({ file });
    try {
      const m13 = await store.messages.get(13);
      expect(m13).toMatchObject({ convId: 'c:alice|bob', convSeq: 3 });
      expect((await store.messages.get(12))?.convSeq).toBe(1);
      const page = await store.messages.convTimeline('c:alice|bob', 0, 100, 10);
      expect(page.messages.map((m) => m.msgId)).toEqual([10, 11, 13]);
      const bob = await store.conversations.list('bob', { sinceVersion: 0, includeHidden: false });
      expect(bob.map((c) => c.convId)).toEqual(['c:alice|bob']);
      expect(bob[0]).toMatchObject({ peer: 'alice', unread: 0, head: { seq: 3, lastMsgId: 13 } });
      const alice = await store.conversations.list('alice', { sinceVersion: 0, includeHidden: false });
      expect(alice.map((c) => c.convId).sort()).toEqual(['c:alice|bob', 'c:alice|carol']);
      // New messages continue the old conversations' seqs.
      const [r] = await store.messages.append([
        {
          message: {
            msgId: 20,
            clientMsgId: 'new',
            fromUid: 'bob',
            convType: 'c2c',
            to: 'alice',
            type: 'text',
            content: 'new message',
            ts: 1_700_000_000_100,
            convId: 'c:alice|bob',
            convSeq: 0,
            refMsgId: 0,
            refKind: '',
            editedAt: 0,
            recalled: false,
          },
          recipients: ['bob', 'alice'],
        },
      ]);
      expect(r!.convSeq).toBe(4);
      expect((await store.conversations.get('alice', 'c:alice|bob'))?.unread).toBe(1);
      const found = await store.messages.search({
        uid: 'carol',
        text: 'old message',
        convId: '',
        beforeMsgId: 0,
        limit: 10,
      });
      expect(found.messages.map((m) => m.msgId)).toEqual([12]);
    } finally {
      await store.close();
    }
  });
});
