import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Presence, SessionInfo } from '../../src/route/types.ts';

export interface PresenceContractOptions {
  name: string;
  create(): Promise<Presence>;
}

let n = 0;
function session(uid: string, over: Partial<SessionInfo> = {}): SessionInfo {
  n++;
  return {
    sessionId: `s-${n}-${Math.random().toString(36).slice(2)}`,
    uid,
    deviceId: `d-${n}`,
    platform: 'ios',
    gateId: 'gate-a',
    connectedAt: Date.now() + n,
    ...over,
  };
}

/** The contract every Presence engine keeps (in-memory now, Redis for clusters). */
export function runPresenceContract(opts: PresenceContractOptions): void {
  describe(`Presence contract: ${opts.name}`, () => {
    let p: Presence;
    let prefix: string;
    beforeEach(async () => {
      p = await opts.create();
      prefix = `pc${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-`;
    });
    afterEach(async () => {
      await p.close();
    });

    it('registers, finds and unregisters sessions per user', async () => {
      const u = `${prefix}alice`;
      const a = session(u, { platform: 'ios' });
      const b = session(u, { platform: 'web', gateId: 'gate-b' });
      await p.register(a);
      await p.register(b);
      const found = await p.sessionsOf(u);
      expect(found.map((s) => s.sessionId).sort()).toEqual([a.sessionId, b.sessionId].sort());
      expect(found.find((s) => s.sessionId === b.sessionId)).toEqual(b);
      await p.unregister(a);
      expect((await p.sessionsOf(u)).map((s) => s.sessionId)).toEqual([b.sessionId]);
      await p.unregister(b);
      expect(await p.sessionsOf(u)).toEqual([]);
    });

    it('re-registering a session id replaces it; unknown ids are ignored on unregister', async () => {
      const u = `${prefix}bob`;
      const a = session(u);
      await p.register(a);
      await p.register({ ...a, gateId: 'gate-z' });
      const found = await p.sessionsOf(u);
      expect(found).toHaveLength(1);
      expect(found[0]?.gateId).toBe('gate-z');
      await p.unregister({ sessionId: 'nope', uid: u });
      await p.unregister({ sessionId: a.sessionId, uid: `${prefix}someone-else` });
      expect(await p.sessionsOf(u)).toHaveLength(1);
    });

    it('looks up many users at once, leaving out users without sessions', async () => {
      const users = [`${prefix}u1`, `${prefix}u2`, `${prefix}u3`];
      await p.register(session(users[0]!));
      await p.register(session(users[0]!));
      await p.register(session(users[2]!));
      const m = await p.sessionsOfMany([...users, `${prefix}ghost`]);
      expect(m.get(users[0]!)).toHaveLength(2);
      expect(m.has(users[1]!)).toBe(false);
      expect(m.get(users[2]!)).toHaveLength(1);
      expect(m.has(`${prefix}ghost`)).toBe(false);
      expect((await p.sessionsOfMany([])).size).toBe(0);
    });

    it('counts sessions and accepts touch', async () => {
      const before = await p.count();
      const s1 = session(`${prefix}c1`);
      const s2 = session(`${prefix}c2`);
      await p.register(s1);
      await p.register(s2);
      await p.touch([s1, s2]);
      expect(await p.count()).toBe(before + 2);
      await p.unregister(s1);
      expect(await p.count()).toBe(before + 1);
    });
  });
}
