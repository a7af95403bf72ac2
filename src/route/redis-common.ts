import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';

/** What a Redis engine is given: an existing client (left open), a redis:// URL, or ioredis options. */
export type RedisTarget = Redis | string | RedisOptions;

/**
 * Common Lua prelude: `now`, the server time in ms (Redis's `TIME`, so nodes with skewed clocks
 * agree), and `extend(k, ttl)`, a key TTL that is only ever extended.
 */
export const REDIS_LUA_PRELUDE = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function extend(k, ttl)
  if redis.call('PTTL', k) < ttl then redis.call('PEXPIRE', k, ttl) end
end
`;

export interface RedisScript {
  readonly src: string;
  readonly sha: string;
}

export function redisScript(src: string): RedisScript {
  return { src, sha: createHash('sha1').update(src).digest('hex') };
}

/** EVALSHA, loading the script with EVAL when Redis does not have it (first use, restart). */
export async function runScript(
  client: Redis,
  s: RedisScript,
  keys: readonly string[],
  args: readonly string[],
): Promise<unknown> {
  try {
    return await client.evalsha(s.sha, keys.length, ...keys, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    return await client.eval(s.src, keys.length, ...keys, ...args);
  }
}

/** The client to use, and whether it is ours to close (not when the caller passed a client). */
export function openRedis(redis: RedisTarget): { client: Redis; owned: boolean } {
  if (redis instanceof Redis) return { client: redis, owned: false };
  return { client: typeof redis === 'string' ? new Redis(redis) : new Redis(redis), owned: true };
}

/**
 * Waits for an owned client to be ready and checks Redis answers, so a wrong address fails at
 * startup with a clear error instead of queueing commands. On failure an owned client is
 * disconnected and the error names `what` and the address (password hidden).
 */
export async function ensureRedisReachable(
  client: Redis,
  owned: boolean,
  what: string,
  redis: RedisTarget,
): Promise<void> {
  try {
    if (owned && client.status !== 'ready') {
      await new Promise<void>((resolve, reject) => {
        const onReady = () => {
          client.off('error', onError);
          resolve();
        };
        const onError = (err: Error) => {
          client.off('ready', onReady);
          reject(err);
        };
        client.once('ready', onReady);
        client.once('error', onError);
      });
    }
    await client.ping();
  } catch (err) {
    if (owned) client.disconnect();
    throw new Error(`${what}: cannot reach Redis (${redisWhere(redis)}): ${String(err)}`, { cause: err });
  }
}

/** Quits an owned client (disconnecting if QUIT fails); leaves a caller's client open. */
export async function closeRedis(client: Redis, owned: boolean): Promise<void> {
  if (!owned) return;
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}

/** The address for messages, with any password hidden. */
export function redisWhere(redis: RedisTarget): string {
  if (typeof redis === 'string') return redis.replace(/\/\/[^@/]*@/, '//***@');
  if (redis instanceof Redis) return `${redis.options.host ?? '?'}:${redis.options.port ?? '?'}`;
  return `${redis.host ?? '127.0.0.1'}:${redis.port ?? 6379}`;
}

/**
 * A record stored as JSON in a Redis hash: its string fields, then its number fields, written in
 * that order. Decoding checks every field's type and keeps only these fields.
 */
export interface RedisRecord<T> {
  encode(value: T): string;
  /** The record, or undefined for malformed JSON or a missing or mistyped field. */
  decode(json: string): T | undefined;
}

export function redisRecord<T>(
  strings: readonly (keyof T & string)[],
  numbers: readonly (keyof T & string)[],
): RedisRecord<T> {
  return {
    encode(value) {
      const out: Record<string, unknown> = {};
      for (const k of [...strings, ...numbers]) out[k] = value[k];
      return JSON.stringify(out);
    },
    decode(json) {
      let v: unknown;
      try {
        v = JSON.parse(json);
      } catch {
        return undefined;
      }
      if (typeof v !== 'object' || v === null) return undefined;
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of strings) {
        if (typeof o[k] !== 'string') return undefined;
        out[k] = o[k];
      }
      for (const k of numbers) {
        if (typeof o[k] !== 'number') return undefined;
        out[k] = o[k];
      }
      return out as T;
    },
  };
}

export interface RedisEngineOptions {
  /** An existing client (left open by `close()`), a redis:// URL, or ioredis options. */
  readonly redis: RedisTarget;
}

/** What both Redis engines share: the client and whether it is theirs, the script runner, close. */
export abstract class RedisEngine {
  readonly client: Redis;
  protected readonly owned: boolean;
  private closed = false;

  protected constructor(redis: RedisTarget) {
    ({ client: this.client, owned: this.owned } = openRedis(redis));
  }

  /** `engine` once Redis answers (see `ensureRedisReachable`); `what` names it in the error. */
  protected static async reachable<E extends RedisEngine>(
    engine: E,
    what: string,
    redis: RedisTarget,
  ): Promise<E> {
    await ensureRedisReachable(engine.client, engine.owned, what, redis);
    return engine;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await closeRedis(this.client, this.owned);
  }

  protected run(s: RedisScript, keys: readonly string[], args: readonly string[]): Promise<unknown> {
    return runScript(this.client, s, keys, args);
  }
}
