import { Code, ParleyError } from '@parley/protocol';
import { DuplicateError, NotFoundError, StoreError } from '../store/errors.ts';
import { CommitterClosedError } from './group-commit.ts';

/** The one mapping from thrown errors to protocol status codes. Unknown errors are INTERNAL. */
export function toParleyError(err: unknown): ParleyError {
  if (err instanceof ParleyError) return err;
  if (err instanceof CommitterClosedError)
    return new ParleyError(Code.UNAVAILABLE, 'server is shutting down');
  if (err instanceof NotFoundError) return new ParleyError(Code.USER_NOT_FOUND, err.message);
  // Paths where a duplicate key means something to the client (register) map it themselves;
  // anywhere else it is a storage fault, e.g. a message id reused by a misconfigured node.
  if (err instanceof DuplicateError)
    return new ParleyError(Code.STORE_ERROR, 'storage refused a duplicate key');
  if (err instanceof StoreError) return new ParleyError(Code.STORE_ERROR, 'storage failed');
  return new ParleyError(Code.INTERNAL, 'internal server error');
}

/** Whether the error was unexpected (worth an error log) rather than a refusal. */
export function isUnexpected(err: unknown): boolean {
  return !(err instanceof ParleyError) && !(err instanceof CommitterClosedError);
}
