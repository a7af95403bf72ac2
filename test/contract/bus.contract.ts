import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bus, GateHandler } from '../../src/route/types.ts';

export interface BusContractOptions {
  name: string;
  create(): Promise<Bus>;
  /** How long delivery may take to arrive (0 for direct calls). */
  settleMs?: number;
}

interface Recorded {
  delivered: { sessionId: string; frame: number[] }[];
  broadcast: number[][];
  kicked: { sessionId: string; code: number; reason: string; byPlatform: string; byDeviceId: string }[];
}

function recorder(): { handler: GateHandler; seen: Recorded } {
  const seen: Recorded = { delivered: [], kicked: [], broadcast: [] };
  return {
    seen,
    handler: {
      deliver(items) {
        for (const it of items) seen.delivered.push({ sessionId: it.sessionId, frame: [...it.frame] });
      },
      kick(sessionId, notice) {
        seen.kicked.push({ sessionId, ...notice });
      },
      broadcast(frame) {
        seen.broadcast.push([...frame]);
      },
    },
  };
}

/** The contract every Bus engine keeps (direct calls now, NATS for clusters). */
export function runBusContract(opts: BusContractOptions): void {
  const settle = () => new Promise((r) => setTimeout(r, opts.settleMs ?? 0));

  describe(`Bus contract: ${opts.name}`, () => {
    let bus: Bus;
    let prefix: string;
    beforeEach(async () => {
      bus = await opts.create();
      prefix = `bc${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-`;
    });
    afterEach(async () => {
      await bus.close();
    });

    it('broadcasts reach every attached gate, and no longer a detached one', async () => {
      const a = recorder();
      const b = recorder();
      await bus.attachGate(`${prefix}a`, a.handler);
      await bus.attachGate(`${prefix}b`, b.handler);
      bus.broadcast(new Uint8Array([7, 8]));
      await settle();
      expect(a.seen.broadcast).toEqual([[7, 8]]);
      expect(b.seen.broadcast).toEqual([[7, 8]]);
      expect(a.seen.delivered).toEqual([]);
      await bus.detachGate(`${prefix}b`);
      bus.broadcast(new Uint8Array([9]));
      await settle();
      expect(a.seen.broadcast).toEqual([[7, 8], [9]]);
      expect(b.seen.broadcast).toEqual([[7, 8]]);
    });

    it('delivers only to the gate named, in call order', async () => {
      const a = recorder();
      const b = recorder();
      await bus.attachGate(`${prefix}a`, a.handler);
      await bus.attachGate(`${prefix}b`, b.handler);
      for (let i = 0; i < 50; i++)
        bus.deliver(`${prefix}a`, [{ sessionId: 's1', frame: new Uint8Array([i]) }]);
      bus.deliver(`${prefix}b`, [
        { sessionId: 's2', frame: new Uint8Array([7]) },
        { sessionId: 's3', frame: new Uint8Array([8]) },
      ]);
      await settle();
      expect(a.seen.delivered.map((d) => d.frame[0])).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(b.seen.delivered).toEqual([
        { sessionId: 's2', frame: [7] },
        { sessionId: 's3', frame: [8] },
      ]);
    });

    it('carries kicks with their reason to the gate that holds the session', async () => {
      const a = recorder();
      const b = recorder();
      await bus.attachGate(`${prefix}a`, a.handler);
      await bus.attachGate(`${prefix}b`, b.handler);
      bus.kick(`${prefix}b`, 'sess-9', {
        code: 206,
        reason: 'logged in on another mobile device',
        byPlatform: 'android',
        byDeviceId: 'dev-2',
      });
      await settle();
      expect(a.seen.kicked).toEqual([]);
      expect(b.seen.kicked).toEqual([
        {
          sessionId: 'sess-9',
          code: 206,
          reason: 'logged in on another mobile device',
          byPlatform: 'android',
          byDeviceId: 'dev-2',
        },
      ]);
    });

    it('carries presence changes of watched users only, until unwatched', async () => {
      const seen: [string, boolean][] = [];
      bus.onPresence((uid, online) => seen.push([uid, online]));
      await bus.watchPresence(`${prefix}ann.x`);
      bus.publishPresence(`${prefix}ann.x`, true);
      bus.publishPresence(`${prefix}ben`, true);
      bus.publishPresence(`${prefix}ann.x`, false);
      await settle();
      expect(seen).toEqual([
        [`${prefix}ann.x`, true],
        [`${prefix}ann.x`, false],
      ]);
      await bus.unwatchPresence(`${prefix}ann.x`);
      bus.publishPresence(`${prefix}ann.x`, true);
      await settle();
      expect(seen).toHaveLength(2);
    });

    it('drops deliveries to unknown or detached gates without throwing', async () => {
      const a = recorder();
      await bus.attachGate(`${prefix}a`, a.handler);
      await bus.detachGate(`${prefix}a`);
      expect(() => bus.deliver(`${prefix}a`, [{ sessionId: 's', frame: new Uint8Array([1]) }])).not.toThrow();
      expect(() =>
        bus.deliver(`${prefix}nowhere`, [{ sessionId: 's', frame: new Uint8Array([1]) }]),
      ).not.toThrow();
      expect(() =>
        bus.kick(`${prefix}nowhere`, 's', { code: 206, reason: 'x', byPlatform: '', byDeviceId: '' }),
      ).not.toThrow();
      await settle();
      expect(a.seen.delivered).toEqual([]);
    });
  });
}
