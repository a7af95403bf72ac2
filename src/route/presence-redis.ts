import type { RedisEngineOptions } from './redis-common.ts';
import { REDIS_LUA_PRELUDE, RedisEngine, redisRecord, redisScript } from './redis-common.ts';
import type { Presence, SessionInfo } from './types.ts';

export interface RedisPresenceOptions extends RedisEngineOptions {
  /** Prepended to every key; default 'parley:'. Distinct prefixes are distinct presence spaces. */
  readonly keyPrefix?: string;
  /** Lifetime of a session without `touch`; default 90 000 ms (3 heartbeat periods). */
  readonly ttlMs?: number;
}

/**
 * Key layout (P = keyPrefix; `{uid}` is a Redis Cluster hash tag so a user's two keys share a slot):
 *   P presence:{uid}:s   hash  sessionId → JSON of the SessionInfo fields
 *   P presence:{uid}:e   zset  sessionId → expiresAt (ms, Redis server clock)
 *   P presence:all       zset  `${uid.length}:${uid}:${sessionId}` → expiresAt, for count()
 * A session is alive while its expiresAt is in the future; expired entries are pruned whenever the
 * user is read or registers, and the global set on count() and register. Both user keys carry a
 * key TTL of the latest expiry, so a user whose gate died disappears from Redis entirely.
 * Time is Redis's `TIME` inside the scripts: nodes with skewed clocks agree on what has expired.
 */

// Scripts start with the common prelude: server time `now` in ms, and `extend(k, ttl)`.

// KEYS: hash, zset, all. ARGV: sessionId, json, ttlMs, globalMember.
const REGISTER = `${REDIS_LUA_PRELUDE}
local ttl = tonumber(ARGV[3])
local exp = now + ttl
local dead = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
if #dead > 0 then
  redis.call('HDEL', KEYS[1], unpack(dead))
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], exp, ARGV[1])
redis.call('ZADD', KEYS[3], exp, ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
extend(KEYS[1], ttl)
extend(KEYS[2], ttl)
return 1
`;

// KEYS: all, then (hash, zset) per session. ARGV: ttlMs, then (sessionId, globalMember) per session.
// Only sessions still alive are extended: touch never revives an expired or removed session.
const TOUCH = `${REDIS_LUA_PRELUDE}
local ttl = tonumber(ARGV[1])
local exp = now + ttl
local n = 0
for i = 2, #KEYS, 2 do
  local sid = ARGV[i]
  local s = redis.call('ZSCORE', KEYS[i + 1], sid)
  if s and tonumber(s) > now then
    redis.call('ZADD', KEYS[i + 1], exp, sid)
    redis.call('ZADD', KEYS[1], exp, ARGV[i + 1])
    extend(KEYS[i], ttl)
    extend(KEYS[i + 1], ttl)
    n = n + 1
  end
end
return n
`;

// KEYS: (hash, zset) per user. Returns, per user, the JSON of its live sessions (maybe empty).
const LOOKUP = `${REDIS_LUA_PRELUDE}
local out = {}
for i = 1, #KEYS, 2 do
  local h, z = KEYS[i], KEYS[i + 1]
  local all = redis.call('ZRANGE', z, 0, -1, 'WITHSCORES')
  local live, dead = {}, {}
  for j = 1, #all, 2 do
    if tonumber(all[j + 1]) > now then live[#live + 1] = all[j] else dead[#dead + 1] = all[j] end
  end
  if #dead > 0 then
    redis.call('HDEL', h, unpack(dead))
    redis.call('ZREM', z, unpack(dead))
  end
  local res = {}
  if #live > 0 then
    local vals = redis.call('HMGET', h, unpack(live))
    for j = 1, #vals do
      if vals[j] then res[#res + 1] = vals[j] end
    end
  end
  out[#out + 1] = res
end
return out
`;

// KEYS: all. Returns the number of live sessions after pruning the expired ones.
const COUNT = `${REDIS_LUA_PRELUDE}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])
`;

const scripts = {
  register: redisScript(REGISTER),
  touch: redisScript(TOUCH),
  lookup: redisScript(LOOKUP),
  count: redisScript(COUNT),
};

/** Users per lookup script and sessions per touch script: bounds how long one script blocks Redis. */
const LOOKUP_CHUNK = 500;
const TOUCH_CHUNK = 500;

/** A session as stored in the user's hash. */
const SESSION = redisRecord<SessionInfo>(
  ['sessionId', 'uid', 'deviceId', 'platform', 'gateId'],
  ['connectedAt'],
);

function byAge(a: SessionInfo, b: SessionInfo): number {
  return (
    a.connectedAt - b.connectedAt || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0)
  );
}

/**
 * Cluster presence on Redis: every gate registers its sessions, refreshes them with `touch` on
 * heartbeat, and a dead gate's sessions expire by themselves after `ttlMs`. One instance per
 * process; any number of processes share the same key prefix.
 */
export class RedisPresence extends RedisEngine implements Presence {
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly allKey: string;

  constructor(opts: RedisPresenceOptions) {
    super(opts.redis);
    this.prefix = opts.keyPrefix ?? 'parley:';
    this.ttlMs = Math.max(1, Math.round(opts.ttlMs ?? 90_000));
    this.allKey = `${this.prefix}presence:all`;
  }

  /**
   * Connects (for a URL or options) and checks Redis answers, so a wrong address fails at startup
   * with a clear error instead of queueing commands.
   */
  static async connect(opts: RedisPresenceOptions): Promise<RedisPresence> {
    return RedisEngine.reachable(new RedisPresence(opts), 'Redis presence', opts.redis);
  }

  async register(session: SessionInfo): Promise<void> {
    await this.run(
      scripts.register,
      [this.hashKey(session.uid), this.zsetKey(session.uid), this.allKey],
      [session.sessionId, SESSION.encode(session), String(this.ttlMs), this.member(session)],
    );
  }

  async unregister(session: Pick<SessionInfo, 'sessionId' | 'uid'>): Promise<void> {
    const res = await this.client
      .multi()
      .hdel(this.hashKey(session.uid), session.sessionId)
      .zrem(this.zsetKey(session.uid), session.sessionId)
      .zrem(this.allKey, this.member(session))
      .exec();
    const failed = res?.find(([err]) => err);
    if (failed?.[0]) throw failed[0];
  }

  async sessionsOf(uid: string): Promise<SessionInfo[]> {
    return (await this.sessionsOfMany([uid])).get(uid) ?? [];
  }

  async sessionsOfMany(uids: readonly string[]): Promise<Map<string, SessionInfo[]>> {
    const out = new Map<string, SessionInfo[]>();
    const unique = [...new Set(uids)];
    if (unique.length === 0) return out;
    // Chunks are sent back to back on one connection: still one round trip.
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) chunks.push(unique.slice(i, i + LOOKUP_CHUNK));
    const replies = await Promise.all(
      chunks.map((chunk) =>
        this.run(
          scripts.lookup,
          chunk.flatMap((uid) => [this.hashKey(uid), this.zsetKey(uid)]),
          [],
        ),
      ),
    );
    chunks.forEach((chunk, c) => {
      const reply = replies[c];
      if (!Array.isArray(reply)) throw new Error('Redis presence: unexpected lookup reply');
      chunk.forEach((uid, i) => {
        const list = reply[i];
        if (!Array.isArray(list) || list.length === 0) return;
        const sessions: SessionInfo[] = [];
        for (const json of list) {
          const s = typeof json === 'string' ? SESSION.decode(json) : undefined;
          if (s) sessions.push(s);
        }
        if (sessions.length > 0) out.set(uid, sessions.sort(byAge));
      });
    });
    return out;
  }

  async touch(sessions: readonly SessionInfo[]): Promise<void> {
    if (sessions.length === 0) return;
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < sessions.length; i += TOUCH_CHUNK) {
      const chunk = sessions.slice(i, i + TOUCH_CHUNK);
      const keys = [this.allKey];
      const args = [String(this.ttlMs)];
      for (const s of chunk) {
        keys.push(this.hashKey(s.uid), this.zsetKey(s.uid));
        args.push(s.sessionId, this.member(s));
      }
      work.push(this.run(scripts.touch, keys, args));
    }
    await Promise.all(work);
  }

  async count(): Promise<number> {
    return Number(await this.run(scripts.count, [this.allKey], []));
  }

  private hashKey(uid: string): string {
    return `${this.prefix}presence:{${uid}}:s`;
  }

  private zsetKey(uid: string): string {
    return `${this.prefix}presence:{${uid}}:e`;
  }

  /** Member of the global set: unambiguous for any uid and session id. */
  private member(s: Pick<SessionInfo, 'sessionId' | 'uid'>): string {
    return `${s.uid.length}:${s.uid}:${s.sessionId}`;
  }
}
