import { byLoad } from './gate-registry-order.ts';
import type { RedisEngineOptions } from './redis-common.ts';
import { REDIS_LUA_PRELUDE, RedisEngine, redisRecord, redisScript } from './redis-common.ts';
import type { GateLoad, GateRegistry } from './types.ts';

export interface RedisGateRegistryOptions extends RedisEngineOptions {
  /** Prepended to every key; default 'parley:'. The same prefix as presence for one cluster. */
  readonly keyPrefix?: string;
  /** An entry not reported for this long is dropped; default 6000 ms. */
  readonly staleMs?: number;
}

/**
 * Key layout (P = keyPrefix; `{gates}` is a Redis Cluster hash tag so both keys share a slot):
 *   P gates:{gates}:info  hash  nodeId → JSON of the GateLoad
 *   P gates:{gates}:exp   zset  nodeId → expiresAt (ms, Redis server clock)
 * An entry is live while its expiresAt is in the future; expired entries are pruned on every
 * report and list. Both keys carry a key TTL of the latest expiry, so when every gate is dead the
 * registry disappears from Redis entirely. Time is Redis's `TIME` inside the scripts: nodes with
 * skewed clocks agree on what is stale.
 */

// The common prelude (server time `now` in ms, `extend(k, ttl)`), plus `prune(h, z)`: drops the
// entries of hash h whose expiry in zset z is past.
const PRELUDE = `${REDIS_LUA_PRELUDE}local function prune(h, z)
  local dead = redis.call('ZRANGEBYSCORE', z, '-inf', now)
  if #dead > 0 then
    redis.call('HDEL', h, unpack(dead))
    redis.call('ZREMRANGEBYSCORE', z, '-inf', now)
  end
end
`;

// KEYS: info, exp. ARGV: nodeId, json, staleMs.
const REPORT = `${PRELUDE}
local ttl = tonumber(ARGV[3])
prune(KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
extend(KEYS[1], ttl)
extend(KEYS[2], ttl)
return 1
`;

// KEYS: info, exp. Returns the JSON of every live entry.
const LIST = `${PRELUDE}
prune(KEYS[1], KEYS[2])
local live = redis.call('ZRANGE', KEYS[2], 0, -1)
if #live == 0 then return {} end
local vals = redis.call('HMGET', KEYS[1], unpack(live))
local out = {}
for i = 1, #vals do
  if vals[i] then out[#out + 1] = vals[i] end
end
return out
`;

const scripts = { report: redisScript(REPORT), list: redisScript(LIST) };

/** A gate's entry as stored in the info hash (the counters may be missing: older nodes). */
const BASE = redisRecord<Omit<GateLoad, 'messagesIn' | 'messagesOut'>>(
  ['nodeId', 'host'],
  ['tcpPort', 'wsPort', 'connections', 'sessions', 'updatedAt'],
);
const LOAD = {
  encode: (g: GateLoad): string =>
    `${BASE.encode(g).slice(0, -1)},"messagesIn":${JSON.stringify(g.messagesIn ?? 0)},"messagesOut":${JSON.stringify(g.messagesOut ?? 0)}}`,
  decode(json: string): GateLoad | undefined {
    const base = BASE.decode(json);
    if (base === undefined) return undefined;
    const o = JSON.parse(json) as Record<string, unknown>;
    const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    return { ...base, messagesIn: n(o.messagesIn), messagesOut: n(o.messagesOut) };
  },
};

/**
 * Cluster gate registry on Redis: every gate reports its load every few seconds; dispatch nodes
 * list the live gates. A gate that stops reporting is gone after `staleMs`.
 */
export class RedisGateRegistry extends RedisEngine implements GateRegistry {
  private readonly staleMs: number;
  private readonly infoKey: string;
  private readonly expKey: string;

  constructor(opts: RedisGateRegistryOptions) {
    super(opts.redis);
    const prefix = opts.keyPrefix ?? 'parley:';
    this.staleMs = Math.max(1, Math.round(opts.staleMs ?? 6000));
    this.infoKey = `${prefix}gates:{gates}:info`;
    this.expKey = `${prefix}gates:{gates}:exp`;
  }

  /** Connects (for a URL or options) and checks Redis answers, so a wrong address fails at startup. */
  static async connect(opts: RedisGateRegistryOptions): Promise<RedisGateRegistry> {
    return RedisEngine.reachable(new RedisGateRegistry(opts), 'Redis gate registry', opts.redis);
  }

  async report(info: GateLoad): Promise<void> {
    await this.run(
      scripts.report,
      [this.infoKey, this.expKey],
      [info.nodeId, LOAD.encode(info), String(this.staleMs)],
    );
  }

  async list(): Promise<GateLoad[]> {
    const reply = await this.run(scripts.list, [this.infoKey, this.expKey], []);
    if (!Array.isArray(reply)) throw new Error('Redis gate registry: unexpected list reply');
    const out: GateLoad[] = [];
    for (const json of reply) {
      const g = typeof json === 'string' ? LOAD.decode(json) : undefined;
      if (g) out.push(g);
    }
    return out.sort(byLoad);
  }

  async remove(nodeId: string): Promise<void> {
    const res = await this.client.multi().hdel(this.infoKey, nodeId).zrem(this.expKey, nodeId).exec();
    const failed = res?.find(([err]) => err);
    if (failed?.[0]) throw failed[0];
  }
}
