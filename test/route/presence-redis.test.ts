import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { RedisPresence, type RedisPresenceOptions } from '../../src/route/presence-redis.ts';
import type { SessionInfo } from '../../src/route/types.ts';
import { runPresenceContract } from '../contract/presence.contract.ts';
import { REDIS_URL, useRedisRun } from '../helpers/redis.ts';

const run = useRedisRun('the Redis presence tests');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function open(opts: Partial<RedisPresenceOptions> = {}): Promise<RedisPresence> {
  return RedisPresence.connect({ redis: REDIS_URL, keyPrefix: `${run.prefix}contract:`, ...opts });
}

let n = 0;
function session(uid: string, over: Partial<SessionInfo> = {}): SessionInfo {
  n++;
  return {
    sessionId: `sess-${n}`,
    uid,
    deviceId: `dev-${n}`,
    platform: 'web',
    gateId: 'gate-a',
    connectedAt: 1_700_000_000_000 + n,
    ...over,
  };
}

runPresenceContract({ name: 'Redis', create: () => open() });

describe('RedisPresence (Redis-specific)', () => {
  it('fails with an error naming Redis when it cannot connect', async () => {
    await expect(RedisPresence.connect({ redis: 'redis://127.0.0.1:1' })).rejects.toThrow(/Redis/);
  });

  it('lets sessions expire without touch, and keeps count right', async () => {
    const prefix = run.space();
    const short = await open({ keyPrefix: prefix, ttlMs: 400 });
    const long = await open({ keyPrefix: prefix, ttlMs: 60_000 });
    try {
      const a = session('u-exp');
      const b = session('u-exp');
      const c = session('u-other');
      const keep = session('u-exp', { gateId: 'gate-live' });
      await short.register(a);
      await short.register(b);
      await short.register(c);
      await long.register(keep);
      expect(await short.count()).toBe(4);
      expect((await short.sessionsOf('u-exp')).map((s) => s.sessionId)).toEqual([
        a.sessionId,
        b.sessionId,
        keep.sessionId,
      ]);
      await sleep(600);
      expect(await short.sessionsOf('u-exp')).toEqual([keep]);
      expect(await short.sessionsOf('u-other')).toEqual([]);
      expect((await long.sessionsOfMany(['u-exp', 'u-other'])).has('u-other')).toBe(false);
      expect(await short.count()).toBe(1);
      expect(await long.count()).toBe(1);
      // Unregistering an expired session changes nothing.
      await short.unregister(a);
      expect(await short.count()).toBe(1);
      // The expired entries were pruned from the user's keys, not only hidden.
      expect(await run.admin.hkeys(`${prefix}presence:{u-exp}:s`)).toEqual([keep.sessionId]);
      expect(await run.admin.exists(`${prefix}presence:{u-other}:s`, `${prefix}presence:{u-other}:e`)).toBe(
        0,
      );
    } finally {
      await short.close();
      await long.close();
    }
  });

  it('extends sessions on touch, and touch does not revive expired or removed ones', async () => {
    const p = await open({ keyPrefix: run.space(), ttlMs: 400 });
    try {
      const live = session('u-touch');
      const gone = session('u-touch');
      const idle = session('u-idle');
      await p.register(live);
      await p.register(gone);
      await p.register(idle);
      await p.unregister(gone);
      // Heartbeats every 100 ms for 900 ms: well past the 400 ms TTL.
      for (let i = 0; i < 9; i++) {
        await sleep(100);
        await p.touch([live, gone]);
      }
      expect(await p.sessionsOf('u-touch')).toEqual([live]);
      expect(await p.sessionsOf('u-idle')).toEqual([]);
      expect(await p.count()).toBe(1);
      // Touching the expired session does not bring it back.
      await p.touch([idle]);
      expect(await p.sessionsOf('u-idle')).toEqual([]);
      expect(await p.count()).toBe(1);
      await sleep(600);
      expect(await p.sessionsOf('u-touch')).toEqual([]);
      expect(await p.count()).toBe(0);
    } finally {
      await p.close();
    }
  });

  it('gives user keys a key TTL so a dead gate leaves no keys behind', async () => {
    const prefix = run.space();
    const p = await open({ keyPrefix: prefix, ttlMs: 200 });
    try {
      await p.register(session('u-dead'));
      const ttl = await run.admin.pttl(`${prefix}presence:{u-dead}:s`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(200);
      await sleep(350);
      // Nobody read or registered: Redis expired the keys itself.
      expect(await run.admin.exists(`${prefix}presence:{u-dead}:s`, `${prefix}presence:{u-dead}:e`)).toBe(0);
    } finally {
      await p.close();
    }
  });

  it('two nodes see each other’s sessions', async () => {
    const prefix = run.space();
    const node1 = await open({ keyPrefix: prefix });
    const node2 = await open({ keyPrefix: prefix });
    try {
      const s1 = session('u-two', { gateId: 'gate-1', platform: 'ios' });
      const s2 = session('u-two', { gateId: 'gate-2', platform: 'desktop' });
      await node1.register(s1);
      await node2.register(s2);
      expect(await node2.sessionsOf('u-two')).toEqual([s1, s2]);
      expect((await node1.sessionsOfMany(['u-two'])).get('u-two')).toEqual([s1, s2]);
      expect(await node1.count()).toBe(2);
      await node2.unregister(s1);
      expect(await node1.sessionsOf('u-two')).toEqual([s2]);
      expect(await node2.count()).toBe(1);
    } finally {
      await node1.close();
      await node2.close();
    }
  });

  it('returns sessions oldest first whatever the registration order', async () => {
    const p = await open({ keyPrefix: run.space() });
    try {
      const t = Date.now();
      const newest = session('u-order', { connectedAt: t + 30 });
      const oldest = session('u-order', { connectedAt: t + 10 });
      const middle = session('u-order', { connectedAt: t + 20 });
      for (const s of [newest, oldest, middle]) await p.register(s);
      expect(await p.sessionsOf('u-order')).toEqual([oldest, middle, newest]);
      // Re-registering keeps the order by connectedAt, not by registration.
      await p.register(oldest);
      expect((await p.sessionsOfMany(['u-order'])).get('u-order')).toEqual([oldest, middle, newest]);
    } finally {
      await p.close();
    }
  });

  it('stores only the SessionInfo fields', async () => {
    const prefix = run.space();
    const p = await open({ keyPrefix: prefix });
    try {
      const s = session('u-fields');
      await p.register({ ...s, tokenHash: 'secret' } as SessionInfo);
      expect(await p.sessionsOf('u-fields')).toEqual([s]);
      expect(await run.admin.hget(`${prefix}presence:{u-fields}:s`, s.sessionId)).not.toContain('secret');
    } finally {
      await p.close();
    }
  });

  it('looks up 1000 users in one round trip', async () => {
    const p = await open({ keyPrefix: run.space() });
    try {
      const uids = Array.from({ length: 1000 }, (_, i) => `many-${i}`);
      // Every other user online, some with two sessions.
      await Promise.all(
        uids.flatMap((uid, i) =>
          i % 2 === 0 ? [p.register(session(uid)), ...(i % 10 === 0 ? [p.register(session(uid))] : [])] : [],
        ),
      );
      const spy = vi.spyOn(p.client, 'evalsha');
      const m = await p.sessionsOfMany(uids);
      // 1000 users: two scripts of 500, both written before the first reply is awaited.
      expect(spy.mock.calls.length).toBe(2);
      spy.mockRestore();
      expect(m.size).toBe(500);
      expect(m.get('many-0')).toHaveLength(2);
      expect(m.get('many-2')).toHaveLength(1);
      expect(m.has('many-1')).toBe(false);

      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        await p.sessionsOfMany(uids);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const t0 = performance.now();
      await p.touch([...m.values()].flat());
      const touchMs = performance.now() - t0;
      console.log(
        `[presence-redis] sessionsOfMany(1000 uids, 600 sessions): median ${times[15]!.toFixed(2)} ms, ` +
          `p90 ${times[27]!.toFixed(2)} ms; touch(600 sessions) ${touchMs.toFixed(2)} ms`,
      );
    } finally {
      await p.close();
    }
  });

  it('uses a given client and leaves it open on close', async () => {
    const client = new Redis(REDIS_URL);
    const p = new RedisPresence({ redis: client, keyPrefix: run.space() });
    await p.register(session('u-client'));
    expect(await p.count()).toBe(1);
    await p.close();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
  });
});
