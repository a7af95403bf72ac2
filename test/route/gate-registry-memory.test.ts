import { describe, expect, it } from 'vitest';
import { MemoryGateRegistry } from '../../src/route/gate-registry-memory.ts';
import { runGateRegistryContract } from '../contract/gate-registry.contract.ts';

runGateRegistryContract({
  name: 'in-memory',
  create: async ({ staleMs }) => new MemoryGateRegistry({ staleMs }),
});

describe('MemoryGateRegistry', () => {
  it('uses the injected clock for staleness', async () => {
    let now = 1000;
    const r = new MemoryGateRegistry({ staleMs: 100, now: () => now });
    await r.report({
      nodeId: 'node-1',
      host: 'h',
      tcpPort: 1,
      wsPort: 2,
      connections: 0,
      sessions: 0,
      messagesIn: 0,
      messagesOut: 0,
      updatedAt: now,
    });
    now += 99;
    expect(await r.list()).toHaveLength(1);
    now += 1;
    expect(await r.list()).toEqual([]);
  });
});
