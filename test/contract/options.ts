import type { Store } from '../../src/store/types.ts';

/** How a contract suite gets a store of the implementation under test. */
export interface StoreContractOptions {
  name: string;
  /** A new, migrated store with no data. Called once per test. */
  create: () => Promise<Store>;
  /** Releases a store from `create`; defaults to close(). Not called for stores a test closed itself. */
  destroy?: (s: Store) => Promise<void>;
}
