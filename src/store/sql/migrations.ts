/**
 * Versioned schema migrations as code. Migrations run in name order, each once per database,
 * recorded in `parley_migration`; a released migration is never edited, changes are new entries.
 * Column types are chosen to mean the same on SQLite and MySQL: varchar keys (MySQL needs a
 * length to index them), bigint for ids, times and seqs.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { SqlDialectOps } from './dialect-ops.ts';

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

/** Every migration, keyed by its version name (sorted order = apply order). */
export function sqlMigrations(ops: SqlDialectOps): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001_initial': initial(ops),
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
