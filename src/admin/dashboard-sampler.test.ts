import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { GateLoad } from '../route/types.ts';
import { DashboardSampler, rateBetween } from './dashboard-sampler.ts';
import { storeHealth } from './routes-dashboard.ts';

const log = pino({ level: 'silent' });

function gate(nodeId: string, messagesIn: number, messagesOut: number, updatedAt: number): GateLoad {
  return {
    nodeId,
    host: 'h',
    tcpPort: 1,
    wsPort: 2,
    connections: 3,
    sessions: 2,
    messagesIn,
    messagesOut,
    updatedAt,
  };
}

function sampler(reports: GateLoad[][], capacity = 120) {
  let i = 0;
  return new DashboardSampler({
    presence: { count: async () => 7 },
    gateRegistry: { list: async () => reports[Math.min(i++, reports.length - 1)]! },
    log,
    intervalMs: 60_000,
    capacity,
  });
}

describe('rateBetween', () => {
  it('is the delta per second; a counter that went down counts from 0; no time, no rate', () => {
    expect(rateBetween(100, 150, 0, 5000)).toBe(10);
    expect(rateBetween(100, 20, 0, 2000)).toBe(10);
    expect(rateBetween(1, 5, 1000, 1000)).toBe(0);
  });
});

describe('DashboardSampler', () => {
  it('sums per-gate rates from counter deltas, keeps them while a gate has not reported again', async () => {
    const s = sampler([
      [gate('a', 0, 0, 1000), gate('b', 50, 0, 1000)],
      [gate('a', 10, 20, 2000), gate('b', 60, 0, 3000)],
      [gate('a', 10, 20, 2000), gate('b', 60, 0, 3000)],
      // b restarted: its counter starts again from 0.
      [gate('a', 10, 20, 3000), gate('b', 4, 0, 5000)],
    ]);
    for (let i = 0; i < 4; i++) await s.sample();
    const series = s.series();
    expect(series.map((p) => [p.msgsInPerSec, p.msgsOutPerSec])).toEqual([
      [0, 0],
      [15, 20],
      [15, 20],
      [2, 0],
    ]);
    expect(series[0]).toMatchObject({ online: 7, connections: 6 });
    expect(s.ratesOf('b')).toEqual({ msgsInPerSec: 2, msgsOutPerSec: 0 });
    expect(s.ratesOf('gone')).toEqual({ msgsInPerSec: 0, msgsOutPerSec: 0 });
  });

  it('keeps the last `capacity` points, oldest first', async () => {
    const s = sampler([[]], 3);
    for (let i = 0; i < 5; i++) await s.sample();
    const ts = s.series().map((p) => p.ts);
    expect(ts).toHaveLength(3);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('start and stop leave no timer keeping the process alive', async () => {
    const s = sampler([[gate('a', 1, 1, 1)]]);
    s.start();
    await s.stop();
    expect(s.series()).toHaveLength(1);
  });

  it('logs and skips a failed sample', async () => {
    const s = new DashboardSampler({
      presence: { count: async () => Promise.reject(new Error('redis down')) },
      gateRegistry: { list: async () => [] },
      log,
      intervalMs: 1000,
    });
    await s.sample();
    expect(s.series()).toEqual([]);
  });
});

describe('storeHealth', () => {
  it('reports latency when the ping answers, the error text when it fails or hangs', async () => {
    expect(await storeHealth({ ping: async () => {} }, 'sqlite')).toMatchObject({
      engine: 'sqlite',
      ok: true,
    });
    const failed = await storeHealth(
      { ping: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:3306')) },
      'mysql',
    );
    expect(failed).toMatchObject({ engine: 'mysql', ok: false, error: 'ECONNREFUSED 127.0.0.1:3306' });
    const hung = await storeHealth({ ping: () => new Promise(() => {}) }, 'mysql-sharded', 30);
    expect(hung).toMatchObject({ ok: false, error: 'no answer within 30 ms' });
  });
});
