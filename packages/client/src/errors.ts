import { Code, ParleyError } from '@parley/protocol';

/**
 * Errors the client raises on its own, without a server status. All are `ParleyError`s with a code
 * from the protocol table, so `err.code` is always enough to decide what to do; the subclasses
 * tell the cases apart with `instanceof` (their `name` stays `'ParleyError'`, which the protocol
 * class fixes).
 */

/**
 * Base of every error the client raises itself; a plain `ParleyError` is a server refusal. Used
 * directly for requests refused locally before reaching the wire (NOT_LOGGED_IN, BAD_MSG_TYPE,
 * BAD_REQUEST for a body that cannot be encoded).
 */
export class ClientError extends ParleyError {}

/** A request got no response within `requestTimeoutMs`. Code UNAVAILABLE (retryable). */
export class RequestTimeoutError extends ClientError {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(Code.UNAVAILABLE, `${command} got no response within ${timeoutMs} ms`);
  }
}

/**
 * The connection ended while a request was in flight; the request may or may not have been
 * processed. Code UNAVAILABLE (retryable). Sends never fail with it: they stay in the outbox.
 */
export class ConnectionLostError extends ClientError {
  constructor(
    readonly command: string,
    readonly reason: string,
  ) {
    super(Code.UNAVAILABLE, `${command} interrupted: ${reason}`);
  }
}

/** The operation needs a connection and there is none (never connected, or reconnect gave up). */
export class NotConnectedError extends ClientError {
  constructor(message = 'not connected') {
    super(Code.UNAVAILABLE, message);
  }
}

/** `close()` was called; pending requests and unacked sends fail with this. Code UNAVAILABLE. */
export class ClientClosedError extends ClientError {
  constructor() {
    super(Code.UNAVAILABLE, 'client closed');
  }
}

/** The server broke the protocol (undecodable frame or body, mismatched response). */
export class ProtocolError extends ClientError {}

/** True for a status the server answered with (not a timeout, lost connection or local error). */
export function isServerRefusal(err: unknown): err is ParleyError {
  return err instanceof ParleyError && !(err instanceof ClientError);
}

/** Wraps anything thrown as an Error. */
export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
