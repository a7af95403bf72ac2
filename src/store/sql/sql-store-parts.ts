import type { Kysely } from 'kysely';
import type { SqlDialectOps } from './dialect-ops.ts';
import type { Database } from './schema.ts';
import { SqlAdminStore } from './sql-admin-store.ts';
import { SqlApiKeyStore } from './sql-api-key-store.ts';
import { SqlContactStore } from './sql-contact-store.ts';
import { SqlConversationStore } from './sql-conversation-store.ts';
import { SqlDeviceStore } from './sql-device-store.ts';
import { SqlEventStore } from './sql-event-store.ts';
import { SqlFileStore } from './sql-file-store.ts';
import { SqlGroupStore } from './sql-group-store.ts';
import { SqlMessageStore } from './sql-message-store.ts';
import { SqlPushStore } from './sql-push-store.ts';
import { SqlSettingStore } from './sql-setting-store.ts';
import { SqlTokenStore } from './sql-token-store.ts';
import { SqlUserStore } from './sql-user-store.ts';
import { SqlWebhookStore } from './sql-webhook-store.ts';

/**
 * The aggregates of a SQL store over one database, shared by every SQL engine; an engine adds
 * connection handling (migrate, ping, close) and may bring its own message store.
 */
export abstract class SqlStoreParts {
  readonly users: SqlUserStore;
  readonly tokens: SqlTokenStore;
  readonly devices: SqlDeviceStore;
  readonly messages: SqlMessageStore;
  readonly conversations: SqlConversationStore;
  readonly groups: SqlGroupStore;
  readonly contacts: SqlContactStore;
  readonly apiKeys: SqlApiKeyStore;
  readonly admins: SqlAdminStore;
  readonly files: SqlFileStore;
  readonly events: SqlEventStore;
  readonly push: SqlPushStore;
  readonly webhooks: SqlWebhookStore;
  readonly runtimeSettings: SqlSettingStore;

  protected constructor(db: Kysely<Database>, ops: SqlDialectOps, messages?: SqlMessageStore) {
    this.users = new SqlUserStore(db, ops);
    this.tokens = new SqlTokenStore(db, ops);
    this.devices = new SqlDeviceStore(db, ops);
    this.messages = messages ?? new SqlMessageStore(db, ops);
    this.conversations = new SqlConversationStore(db, ops);
    this.groups = new SqlGroupStore(db, ops);
    this.contacts = new SqlContactStore(db, ops);
    this.apiKeys = new SqlApiKeyStore(db, ops);
    this.admins = new SqlAdminStore(db, ops);
    this.files = new SqlFileStore(db, ops);
    this.events = new SqlEventStore(db, ops);
    this.push = new SqlPushStore(db, ops);
    this.webhooks = new SqlWebhookStore(db, ops);
    this.runtimeSettings = new SqlSettingStore(db, ops);
  }
}
