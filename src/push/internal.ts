import { type KeyObject, sign } from 'node:crypto';

/** What sibling modules of `src/push` share; not part of the public surface. */

/** Signs a compact JWS (JWT): ES256 in the IEEE P1363 (r || s) form JWS requires, or RS256. */
export function signJwt(
  alg: 'ES256' | 'RS256',
  key: KeyObject,
  header: Record<string, string>,
  claims: Record<string, string | number>,
): string {
  const head = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...header })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const input = `${head}.${body}`;
  const sig =
    alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(input), key);
  return `${input}.${sig.toString('base64url')}`;
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds or an HTTP date. Undefined when
 * absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A short description of a thrown value, with its Node error code when it has one. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

/** Parses JSON, answering undefined instead of throwing (service error bodies may be anything). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads `obj.a.b...` through unknown JSON; undefined when any step is missing. */
export function pick(obj: unknown, ...path: (string | number)[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** Counts sends in progress so `close()` can wait for them. */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await fn();
    } finally {
      this.count--;
      if (this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Resolves once no send is in progress. */
  drain(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** Seconds from a ttl in ms, rounded down; undefined stays undefined. */
export function ttlSeconds(ttlMs: number | undefined): number | undefined {
  return ttlMs === undefined ? undefined : Math.max(0, Math.floor(ttlMs / 1000));
}
