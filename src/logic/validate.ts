/** Field checks shared by every logic service; each refuses with BAD_REQUEST naming the field. */
import { Code, ParleyError } from '@parley/protocol';
import { checkUid } from './auth-service.ts';

/** An int64 request field that must be 0 or more (0 when absent). */
export function nonNegative(v: number | null | undefined, field: string): number {
  const n = v ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ParleyError(Code.BAD_REQUEST, `${field} must be a non-negative integer`, field);
  }
  return n;
}

/** A string field of at most `max` characters ('' when absent). */
export function limitedText(v: string | null | undefined, max: number, field: string): string {
  const s = v ?? '';
  if (s.length > max)
    throw new ParleyError(Code.BAD_REQUEST, `${field} must be at most ${max} characters`, field);
  return s;
}

/** 1-`max` distinct valid user ids. */
export function uidList(list: readonly string[] | null | undefined, max: number, field: string): string[] {
  const out = [...new Set(list ?? [])];
  if (out.length === 0 || out.length > max) {
    throw new ParleyError(Code.BAD_REQUEST, `${field} must hold 1-${max} user ids`, field);
  }
  return out.map((u) => checkUid(u, field));
}

/** Longest client message id (the idempotency key of a send), as the store keys it. */
export const MAX_CLIENT_MSG_ID = 64;

/** A client message id of 1-`max` characters. */
export function clientMsgIdOf(v: string | null | undefined, max = MAX_CLIENT_MSG_ID): string {
  const id = v ?? '';
  if (id.length < 1 || id.length > max) {
    throw new ParleyError(Code.BAD_REQUEST, `client_msg_id must be 1-${max} characters`, 'client_msg_id');
  }
  return id;
}
