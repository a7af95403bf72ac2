/** Public surface of the store: the engine interface, its errors, and the embedded engine. */
export { ConflictError, DuplicateError, NotFoundError, StoreError } from './errors.ts';
export {
  createSqliteStore,
  type SqliteSettings,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite/sqlite-store.ts';
export type * from './types.ts';
