// The three Store contract suites against MySQL/MariaDB (the local MariaDB 10.11 service), each
// on a database of its own. MySQL has only the shared Kysely append path.
import { describe } from 'vitest';
import { runConversationStoreContract } from '../contract/conversation-store.contract.ts';
import { runSocialStoreContract } from '../contract/social-store.contract.ts';
import { runStoreContract } from '../contract/store.contract.ts';
import { useMysqlDatabase } from '../helpers/mysql.ts';
import { useShardedMysql } from '../helpers/mysql-shards.ts';

describe('mysql: store contract', () => {
  const db = useMysqlDatabase();
  runStoreContract({ name: 'mysql', create: () => db.create() });
});

describe('mysql: social store contract', () => {
  const db = useMysqlDatabase();
  runSocialStoreContract({ name: 'mysql', create: () => db.create() });
});

describe('mysql: conversation store contract', () => {
  const db = useMysqlDatabase();
  runConversationStoreContract({ name: 'mysql', create: () => db.create() });
});

// The same suites against a store sharded over two databases.
describe('mysql sharded: store contract', () => {
  const dbs = useShardedMysql();
  runStoreContract({ name: 'mysql-sharded', create: () => dbs.create() });
});

describe('mysql sharded: social store contract', () => {
  const dbs = useShardedMysql();
  runSocialStoreContract({ name: 'mysql-sharded', create: () => dbs.create() });
});

describe('mysql sharded: conversation store contract', () => {
  const dbs = useShardedMysql();
  runConversationStoreContract({ name: 'mysql-sharded', create: () => dbs.create() });
});
