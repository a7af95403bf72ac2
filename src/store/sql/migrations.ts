/**
 * Versioned schema migrations as code. Migrations run in name order, each once per database,
 * recorded in `parley_migration`; a released migration is never edited, changes are new entries.
 * Column types are chosen to mean the same on SQLite and MySQL: varchar keys (MySQL needs a
 * length to index them), bigint for ids, times and seqs.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { CONV_ID_LENGTH, c2cConvId } from '../conv-id.ts';
import type { SqlDialectOps } from './dialect-ops.ts';
import { type Database, newUserConv } from './schema.ts';

/** Longest uid, device id, client message id, group id accepted by the schema. */
export const KEY_LENGTH = 64;

export const MIGRATION_TABLE = 'parley_migration';
export const MIGRATION_LOCK_TABLE = 'parley_migration_lock';

type Key = `varchar(${number})`;
const key: Key = `varchar(${KEY_LENGTH})`;

function initial(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('uid', key, (c) => c.primaryKey())
        .addColumn('nickname', 'varchar(128)', (c) => c.notNull())
        .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
        .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();

      await db.schema
        .createTable('tokens')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('device_id', key, (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema.createIndex('tokens_uid').on('tokens').column('uid').execute();
      await db.schema.createIndex('tokens_expires_at').on('tokens').column('expires_at').execute();

      await db.schema
        .createTable('devices')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('device_id', key, (c) => c.notNull())
        .addColumn('platform', 'varchar(16)', (c) => c.notNull())
        .addColumn('ack_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('last_login_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('devices_pk', ['uid', 'device_id'])
        .modifyEnd(ops.createTableTail(true))
        .execute();

      await db.schema
        .createTable('messages')
        .addColumn('msg_id', ops.idType, (c) => c.primaryKey())
        .addColumn('sender_uid', key, (c) => c.notNull())
        .addColumn('client_msg_id', key, (c) => c.notNull())
        .addColumn('conv_type', 'varchar(8)', (c) => c.notNull())
        .addColumn('to_id', key, (c) => c.notNull())
        .addColumn('type', 'varchar(16)', (c) => c.notNull())
        .addColumn('content', ops.contentType, (c) => c.notNull())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addColumn('sender_seq', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema
        .createIndex('messages_sender_client')
        .on('messages')
        .columns(['sender_uid', 'client_msg_id'])
        .unique()
        .execute();

      await db.schema
        .createTable('timeline')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('msg_id', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('timeline_pk', ['uid', 'seq'])
        .modifyEnd(ops.createTableTail(true))
        .execute();

      await db.schema
        .createTable('user_seq')
        .addColumn('uid', key, (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
    },
  };
}

const convKey = `varchar(${CONV_ID_LENGTH})` as Key;

/**
 * Groups, conversations, contacts, profiles, message operations and the search index. Existing
 * one-to-one messages are given their conversation, conversation seqs and entries.
 */
function social(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [column, type, def] of [
        ['avatar', 'varchar(512)', ''],
        ['signature', 'varchar(255)', ''],
        ['read_receipts', 'smallint', 1],
      ] as const) {
        await db.schema
          .alterTable('users')
          .addColumn(column, type, (c) => c.notNull().defaultTo(def))
          .execute();
      }
      for (const [column, type, def] of [
        ['conv_id', convKey, ''],
        ['conv_seq', 'bigint', 0],
        ['ref_msg_id', 'bigint', 0],
        ['ref_kind', 'varchar(8)', ''],
        ['edited_at', 'bigint', 0],
        ['recalled', 'smallint', 0],
      ] as const) {
        await db.schema
          .alterTable('messages')
          .addColumn(column, type, (c) => c.notNull().defaultTo(def))
          .execute();
      }

      await db.schema
        .createTable('conv_messages')
        .addColumn('conv_id', convKey, (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('msg_id', 'bigint', (c) => c.notNull())
        .addColumn('sender_uid', key, (c) => c.notNull())
        .addColumn('counted', 'smallint', (c) => c.notNull())
        .addPrimaryKeyConstraint('conv_messages_pk', ['conv_id', 'seq'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('conv_heads')
        .addColumn('conv_id', convKey, (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('last_msg_id', 'bigint', (c) => c.notNull())
        .addColumn('last_ts', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('user_convs')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('conv_id', convKey, (c) => c.notNull())
        .addColumn('conv_type', 'varchar(8)', (c) => c.notNull())
        .addColumn('peer', key, (c) => c.notNull())
        .addColumn('read_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('start_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('left_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('hidden_seq', 'bigint', (c) => c.notNull().defaultTo(-1))
        .addColumn('pinned', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('muted', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('draft', 'varchar(2048)', (c) => c.notNull().defaultTo(''))
        .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('user_convs_pk', ['uid', 'conv_id'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema.createIndex('user_convs_conv').on('user_convs').columns(['conv_id', 'uid']).execute();

      await db.schema
        .createTable('chat_groups')
        .addColumn('group_id', key, (c) => c.primaryKey())
        .addColumn('name', 'varchar(128)', (c) => c.notNull())
        .addColumn('avatar', 'varchar(512)', (c) => c.notNull())
        .addColumn('intro', 'varchar(1024)', (c) => c.notNull())
        .addColumn('type', 'varchar(8)', (c) => c.notNull())
        .addColumn('join_policy', 'varchar(16)', (c) => c.notNull())
        .addColumn('owner_uid', key, (c) => c.notNull())
        .addColumn('member_count', 'bigint', (c) => c.notNull())
        .addColumn('muted_all', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('dismissed', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('group_members')
        .addColumn('group_id', key, (c) => c.notNull())
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('role', 'varchar(8)', (c) => c.notNull())
        .addColumn('nickname', 'varchar(128)', (c) => c.notNull().defaultTo(''))
        .addColumn('muted_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'uid'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createIndex('group_members_uid')
        .on('group_members')
        .columns(['uid', 'group_id'])
        .execute();
      await db.schema
        .createTable('group_join_requests')
        .addColumn('group_id', key, (c) => c.notNull())
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('note', 'varchar(512)', (c) => c.notNull())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_join_requests_pk', ['group_id', 'uid'])
        .modifyEnd(ops.createTableTail(true))
        .execute();

      await db.schema
        .createTable('friends')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('friend_uid', key, (c) => c.notNull())
        .addColumn('remark', 'varchar(128)', (c) => c.notNull().defaultTo(''))
        .addColumn('since', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('friends_pk', ['uid', 'friend_uid'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('friend_requests')
        .addColumn('from_uid', key, (c) => c.notNull())
        .addColumn('to_uid', key, (c) => c.notNull())
        .addColumn('note', 'varchar(512)', (c) => c.notNull())
        .addColumn('status', 'varchar(8)', (c) => c.notNull())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('friend_requests_pk', ['from_uid', 'to_uid'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createIndex('friend_requests_to')
        .on('friend_requests')
        .columns(['to_uid', 'from_uid'])
        .execute();
      await db.schema
        .createTable('blocks')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('blocked_uid', key, (c) => c.notNull())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('blocks_pk', ['uid', 'blocked_uid'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('deleted_messages')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('msg_id', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('deleted_messages_pk', ['uid', 'msg_id'])
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('search_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('indexed_upto', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('search_queue')
        .addColumn('msg_id', 'bigint', (c) => c.primaryKey())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db
        .insertInto('search_state' as never)
        .values({ id: 1, indexed_upto: 0 } as never)
        .execute();
      await ops.createSearchIndex(db);
      await backfillConversations(db as unknown as Kysely<Database>);
    },
  };
}

/** Gives messages stored before conversations existed their conversation, seq and entries. */
async function backfillConversations(db: Kysely<Database>): Promise<void> {
  const heads = new Map<string, { seq: number; lastMsgId: number; lastTs: number; a: string; b: string }>();
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('messages')
      .select(['msg_id', 'sender_uid', 'to_id', 'ts'])
      .where('msg_id', '>', after)
      .orderBy('msg_id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const convId = c2cConvId(r.sender_uid, r.to_id);
      const head = heads.get(convId) ?? { seq: 0, lastMsgId: 0, lastTs: 0, a: r.sender_uid, b: r.to_id };
      head.seq++;
      head.lastMsgId = Number(r.msg_id);
      head.lastTs = Number(r.ts);
      heads.set(convId, head);
      await db
        .updateTable('messages')
        .set({ conv_id: convId, conv_seq: head.seq })
        .where('msg_id', '=', r.msg_id)
        .execute();
      await db
        .insertInto('conv_messages')
        .values({ conv_id: convId, seq: head.seq, msg_id: r.msg_id, sender_uid: r.sender_uid, counted: 1 })
        .execute();
    }
    after = Number(rows[rows.length - 1]!.msg_id);
  }
  for (const [convId, h] of heads) {
    await db
      .insertInto('conv_heads')
      .values({ conv_id: convId, seq: h.seq, last_msg_id: h.lastMsgId, last_ts: h.lastTs })
      .execute();
    // Backfilled conversations start out read: their messages predate unread counting.
    const peers =
      h.a === h.b
        ? [[h.a, h.b]]
        : [
            [h.a, h.b],
            [h.b, h.a],
          ];
    for (const [uid, peer] of peers) {
      await db
        .insertInto('user_convs')
        .values(newUserConv({ uid: uid!, convId, convType: 'c2c', peer: peer!, readSeq: h.seq, startSeq: 0 }))
        .execute();
    }
  }
}

/**
 * The decision records of cross-shard transactions (src/store/mysql/xa.ts): a row per
 * transaction coordinated by this database, committed = 1 by its owner at the commit point or
 * 0 by recovery that aborted it. Unused (and empty) on an unsharded store.
 */
function xaDecisions(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('xa_decisions')
        .addColumn('xid', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('committed', 'smallint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
    },
  };
}

/** Keys of the REST API for business servers (hash of the secret only). */
function apiKeys(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('api_keys')
        .addColumn('key_id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(128)', (c) => c.notNull())
        .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('scopes', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .modifyEnd(ops.createTableTail(true))
        .execute();
    },
  };
}

/** Devices' push registrations and the durable queue of notifications to send. */
function push(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('push_tokens')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('device_id', key, (c) => c.notNull())
        .addColumn('provider', 'varchar(32)', (c) => c.notNull())
        .addColumn('token', 'varchar(512)', (c) => c.notNull())
        .addColumn('dnd_start_min', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('dnd_end_min', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('tz_offset_min', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('push_tokens_pk', ['uid', 'device_id'])
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema
        .createIndex('push_tokens_token')
        .on('push_tokens')
        .columns(['provider', 'token'])
        .execute();
      await db.schema
        .createTable('push_queue')
        .addColumn('uid', key, (c) => c.notNull())
        .addColumn('device_id', key, (c) => c.notNull())
        .addColumn('ref', 'bigint', (c) => c.notNull())
        .addColumn('payload', ops.contentType, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .addColumn('claimed_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('push_queue_pk', ['uid', 'device_id', 'ref'])
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema.createIndex('push_queue_due').on('push_queue').columns(['next_at']).execute();
    },
  };
}

/** The events outbox: events for business servers and their per-sink delivery queue. */
function events(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('events')
        .addColumn('event_id', ops.idType, (c) => c.primaryKey())
        .addColumn('type', key, (c) => c.notNull())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addColumn('node', key, (c) => c.notNull())
        .addColumn('payload', ops.contentType, (c) => c.notNull())
        .addColumn('dedup_key', 'varchar(160)')
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema.createIndex('events_dedup').on('events').column('dedup_key').unique().execute();
      await db.schema.createIndex('events_ts').on('events').column('ts').execute();
      await db.schema
        .createTable('event_queue')
        .addColumn('event_id', 'bigint', (c) => c.notNull())
        .addColumn('sink', key, (c) => c.notNull())
        .addColumn('status', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .addColumn('claimed_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('claim_token', 'varchar(32)', (c) => c.notNull().defaultTo(''))
        .addColumn('last_error', 'varchar(512)', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_queue_pk', ['event_id', 'sink'])
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema
        .createIndex('event_queue_sink')
        .on('event_queue')
        .columns(['sink', 'status', 'event_id'])
        .execute();
    },
  };
}

/** Uploaded files: who shared what in which conversation, and where its bytes are. */
function files(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('files')
        .addColumn('file_id', key, (c) => c.primaryKey())
        .addColumn('owner_uid', key, (c) => c.notNull())
        .addColumn('conv_id', `varchar(${CONV_ID_LENGTH})`, (c) => c.notNull())
        .addColumn('name', 'varchar(255)', (c) => c.notNull())
        .addColumn('mime', 'varchar(128)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('height', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('thumb_sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('uploaded_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .modifyEnd(ops.createTableTail(false))
        .execute();
      await db.schema.createIndex('files_sha256').on('files').column('sha256').execute();
      await db.schema.createIndex('files_thumb_sha256').on('files').column('thumb_sha256').execute();
      await db.schema.createIndex('files_expires_at').on('files').column('expires_at').execute();
    },
  };
}

/** Console webhooks and runtime setting overrides (admin console). */
function webhooksSettings(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('url', 'varchar(2048)', (c) => c.notNull())
        .addColumn('secret', 'varchar(128)', (c) => c.notNull())
        .addColumn('types', 'varchar(512)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', key, (c) => c.notNull())
        .addColumn('revoked_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('value', 'varchar(4096)', (c) => c.notNull())
        .addColumn('changed_by', key, (c) => c.notNull())
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
    },
  };
}

/**
 * The admin console (docs/admin.md): accounts, their sessions (by SHA-256 of the token) and the
 * audit log of what admins changed.
 */
function admin(ops: SqlDialectOps): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('admins')
        .addColumn('name', key, (c) => c.primaryKey())
        .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_login_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema
        .createTable('admin_sessions')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', key, (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .modifyEnd(ops.createTableTail(true))
        .execute();
      await db.schema.createIndex('admin_sessions_name').on('admin_sessions').column('name').execute();
      await db.schema
        .createIndex('admin_sessions_expires_at')
        .on('admin_sessions')
        .column('expires_at')
        .execute();
      await db.schema
        .createTable('admin_audit')
        .addColumn('id', ops.idType, (c) => c.primaryKey().autoIncrement())
        .addColumn('ts', 'bigint', (c) => c.notNull())
        .addColumn('admin', key, (c) => c.notNull())
        .addColumn('action', key, (c) => c.notNull())
        .addColumn('target', 'varchar(255)', (c) => c.notNull())
        .addColumn('detail', ops.contentType, (c) => c.notNull())
        .modifyEnd(ops.createTableTail(false))
        .execute();
    },
  };
}

/** Every migration, keyed by its version name (sorted order = apply order). */
export function sqlMigrations(ops: SqlDialectOps): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001_initial': initial(ops),
      '0002_social': social(ops),
      '0003_xa_decisions': xaDecisions(ops),
      '0004_api_keys': apiKeys(ops),
      '0005_events': events(ops),
      '0006_files': files(ops),
      '0007_push': push(ops),
      '0008_admin': admin(ops),
      '0009_webhooks_settings': webhooksSettings(ops),
    }),
  };
}

/** Applies pending migrations to `db`; a no-op when it is current. Throws the first failure. */
export async function migrateToLatest<DB>(db: Kysely<DB>, ops: SqlDialectOps): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: sqlMigrations(ops),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
}

/** Names of the migrations applied to `db`, in order. */
export async function appliedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return result.rows.map((r) => r.name);
}
