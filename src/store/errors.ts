/**
 * Typed domain errors thrown by every Store implementation. Callers match on the class (or
 * `kind`), never on the message; src/logic/error-map.ts turns them into protocol codes.
 */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  readonly kind: 'not_found' | 'duplicate' | 'conflict' | 'unavailable' = 'unavailable';
}

export class NotFoundError extends StoreError {
  override readonly name = 'NotFoundError';
  override readonly kind = 'not_found' as const;
}

/** A unique key (user id, token, ...) is already taken. */
export class DuplicateError extends StoreError {
  override readonly name = 'DuplicateError';
  override readonly kind = 'duplicate' as const;
}

/** A concurrent writer changed the row; the operation may be retried. */
export class ConflictError extends StoreError {
  override readonly name = 'ConflictError';
  override readonly kind = 'conflict' as const;
}
