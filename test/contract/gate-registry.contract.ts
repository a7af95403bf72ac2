import { afterEach, describe, expect, it } from 'vitest';
import type { GateLoad, GateRegistry } from '../../src/route/types.ts';

export interface GateRegistryContractOptions {
  name: string;
  /** A new, empty registry (its own key space) whose entries go stale after `staleMs`. */
  create(opts: { staleMs: number }): Promise<GateRegistry>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function load(nodeId: string, over: Partial<GateLoad> = {}): GateLoad {
  return {
    nodeId,
    host: '10.0.0.1',
    tcpPort: 7100,
    wsPort: 7101,
    connections: 0,
    sessions: 0,
    messagesIn: 0,
    messagesOut: 0,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

/** The contract every GateRegistry engine keeps (in-memory for one node, Redis for clusters). */
export function runGateRegistryContract(opts: GateRegistryContractOptions): void {
  describe(`GateRegistry contract: ${opts.name}`, () => {
    const open: GateRegistry[] = [];
    const create = async (staleMs = 10_000) => {
      const r = await opts.create({ staleMs });
      open.push(r);
      return r;
    };
    afterEach(async () => {
      for (const r of open.splice(0)) await r.close();
    });

    it('starts empty, lists what was reported with every field intact', async () => {
      const r = await create();
      expect(await r.list()).toEqual([]);
      const a = load('node-1', {
        host: 'gw.example',
        tcpPort: 1234,
        wsPort: 1235,
        connections: 3,
        sessions: 2,
      });
      await r.report(a);
      expect(await r.list()).toEqual([a]);
    });

    it('keeps the cumulative message counters; an entry reported without them reads them as 0', async () => {
      const r = await create();
      await r.report(load('node-1', { messagesIn: 12_345_678_901, messagesOut: 7 }));
      const { messagesIn: _i, messagesOut: _o, ...old } = load('node-2');
      await r.report(old as GateLoad);
      const list = await r.list();
      expect(list.find((g) => g.nodeId === 'node-1')).toMatchObject({
        messagesIn: 12_345_678_901,
        messagesOut: 7,
      });
      expect(list.find((g) => g.nodeId === 'node-2')).toMatchObject({ messagesIn: 0, messagesOut: 0 });
    });

    it('orders least loaded first: by connections, then by nodeId', async () => {
      const r = await create();
      await r.report(load('node-3', { connections: 5 }));
      await r.report(load('node-2', { connections: 1 }));
      await r.report(load('node-1', { connections: 5 }));
      await r.report(load('node-10', { connections: 1 }));
      expect((await r.list()).map((g) => g.nodeId)).toEqual(['node-10', 'node-2', 'node-1', 'node-3']);
    });

    it('a report replaces the entry of the same node', async () => {
      const r = await create();
      await r.report(load('node-1', { connections: 9 }));
      await r.report(load('node-2', { connections: 5 }));
      await r.report(load('node-1', { connections: 1, sessions: 1, updatedAt: 1_700_000_000_500 }));
      const list = await r.list();
      expect(list).toHaveLength(2);
      expect(list[0]).toEqual(load('node-1', { connections: 1, sessions: 1, updatedAt: 1_700_000_000_500 }));
    });

    it('removes an entry; unknown ids are ignored', async () => {
      const r = await create();
      await r.report(load('node-1'));
      await r.report(load('node-2'));
      await r.remove('node-1');
      await r.remove('node-404');
      expect((await r.list()).map((g) => g.nodeId)).toEqual(['node-2']);
    });

    it('drops an entry not reported within staleMs; a report keeps it fresh', async () => {
      const r = await create(400);
      await r.report(load('node-dead'));
      await r.report(load('node-live'));
      for (let i = 0; i < 4; i++) {
        await sleep(150);
        await r.report(load('node-live', { connections: i }));
      }
      // node-dead was last reported ~600 ms ago, node-live ~0 ms ago.
      expect((await r.list()).map((g) => g.nodeId)).toEqual(['node-live']);
      await sleep(550);
      expect(await r.list()).toEqual([]);
      // A stale node that reports again is back.
      await r.report(load('node-dead'));
      expect((await r.list()).map((g) => g.nodeId)).toEqual(['node-dead']);
    });

    it('close() can be called twice', async () => {
      const r = await opts.create({ staleMs: 1000 });
      await r.close();
      await r.close();
    });
  });
}
