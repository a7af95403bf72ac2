import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runConversationStoreContract } from '../contract/conversation-store.contract.ts';

runConversationStoreContract({
  name: 'sqlite memory',
  create: () => createSqliteStore({ file: ':memory:' }),
});
// The shared Kysely append (what the MySQL engine runs) against the same contract.
runConversationStoreContract({
  name: 'sqlite memory, Kysely append',
  create: () => createSqliteStore({ file: ':memory:', preparedAppend: false }),
});
