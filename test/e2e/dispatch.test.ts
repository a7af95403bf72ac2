// Dispatch: gate+logic nodes report their address and load to the gate registry (Redis), and a
// `--roles dispatch` node answers GET /dispatch with the live gates, least loaded first. A gate
// killed with SIGKILL disappears within dispatch.staleMs; one stopped gracefully at once.
import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoles } from '../../src/config/schema.ts';
import type { GateLoad } from '../../src/route/types.ts';
import { type ChildServer, startChildServer } from '../helpers/child-server.ts';
import { type Cluster, startCluster } from '../helpers/cluster.ts';
import { tempDir } from '../helpers/server.ts';

const STALE_MS = 1500;
const REPORT_MS = 300;

interface DispatchReply {
  status: number;
  gates: GateLoad[];
  error?: string;
}

async function dispatch(port: number): Promise<DispatchReply> {
  const res = await fetch(`http://127.0.0.1:${port}/dispatch`);
  const body = (await res.json()) as { gates: GateLoad[]; error?: string };
  return { status: res.status, ...body };
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dirs: { cleanup(): void }[] = [];
function dataDir(): string {
  const d = tempDir('parley-dispatch-');
  dirs.push(d);
  return d.dir;
}

afterAll(() => {
  for (const d of dirs) d.cleanup();
});

describe('roles', () => {
  it('parses all and comma lists; refuses unknown roles and gate without logic', () => {
    expect([...parseRoles('all')].sort()).toEqual(['dispatch', 'gate', 'logic']);
    expect([...parseRoles(' gate, logic ')].sort()).toEqual(['gate', 'logic']);
    expect([...parseRoles('dispatch')]).toEqual(['dispatch']);
    expect(() => parseRoles('gate')).toThrow(/gate without logic/);
    expect(() => parseRoles('logic,dispatch')).toThrow(/logic without gate/);
    expect(() => parseRoles('gate,logic,route')).toThrow(/unknown role "route"/);
    expect(() => parseRoles(' , ')).toThrow(/roles: empty/);
  });

  it('parley start refuses --roles gate alone with a clear error', async () => {
    const err = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'start', '--roles', 'gate', '--data-dir', dataDir()],
      { env: { ...process.env, PARLEY_LOG_LEVEL: 'silent' } },
    ).catch((e: { code: number; stderr: string }) => e);
    expect('code' in err && err.code).toBe(1);
    expect((err as { stderr: string }).stderr).toMatch(/gate without logic/);
  });
});

describe('one default node (all roles, embedded engines)', () => {
  let node: ChildServer;
  beforeAll(async () => {
    node = await startChildServer(dataDir());
  }, 30_000);
  afterAll(async () => {
    node.proc.kill('SIGTERM');
    await node.exited;
  });

  it('answers /dispatch with itself', async () => {
    const r = await dispatch(node.httpPort);
    expect(r.status).toBe(200);
    expect(r.gates).toEqual([
      expect.objectContaining({
        nodeId: 'node-0',
        host: '127.0.0.1',
        tcpPort: node.tcpPort,
        wsPort: node.wsPort,
        connections: 0,
        sessions: 0,
      }),
    ]);
  });
});

describe('two gate+logic nodes and a dispatch node on MariaDB, Redis and NATS', () => {
  let cluster: Cluster;
  let gates: readonly ChildServer[];
  let disp: ChildServer;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      dispatch: true,
      overrides: { 'dispatch.staleMs': STALE_MS, 'dispatch.reportIntervalMs': REPORT_MS },
    });
    gates = cluster.nodes;
    disp = cluster.dispatch!;
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await cluster?.stop();
  });

  it('the dispatch node runs no gate and no logic, only the ops endpoint', async () => {
    expect(disp.tcpPort).toBe(0);
    expect(disp.wsPort).toBe(0);
    const health = await fetch(`http://127.0.0.1:${disp.httpPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', node: 'node-3', roles: ['dispatch'] });
    expect((await fetch(`http://127.0.0.1:${disp.httpPort}/metrics`)).status).toBe(200);
    // Gate+logic nodes without the dispatch role do not answer /dispatch.
    expect((await fetch(`http://127.0.0.1:${gates[0]!.httpPort}/dispatch`)).status).toBe(404);
  });

  it('lists both gates with their ports, least loaded first', async () => {
    const [a, b] = [gates[0]!, gates[1]!];
    const r = await dispatch(disp.httpPort);
    expect(r.status).toBe(200);
    expect(r.gates).toEqual([
      expect.objectContaining({ nodeId: 'node-1', host: '127.0.0.1', tcpPort: a.tcpPort, wsPort: a.wsPort }),
      expect.objectContaining({ nodeId: 'node-2', host: '127.0.0.1', tcpPort: b.tcpPort, wsPort: b.wsPort }),
    ]);

    // Load node-1: node-2 comes first once node-1 has reported.
    for (let i = 0; i < 3; i++) {
      const s = net.connect(a.tcpPort, '127.0.0.1');
      s.on('error', () => {});
      sockets.push(s);
    }
    const loaded = await until(
      () => dispatch(disp.httpPort),
      (v) => v.gates.find((g) => g.nodeId === 'node-1')?.connections === 3,
      'node-1 reporting 3 connections',
    );
    expect(loaded.gates.map((g) => [g.nodeId, g.connections])).toEqual([
      ['node-2', 0],
      ['node-1', 3],
    ]);

    for (const s of sockets.splice(0)) s.destroy();
    await until(
      () => dispatch(disp.httpPort),
      (v) => v.gates[0]?.nodeId === 'node-1' && v.gates[0].connections === 0,
      'node-1 unloaded and first again',
    );
  });

  it('drops a SIGKILLed gate within staleMs, and a gracefully stopped one at once', async () => {
    const killed = gates[1]!;
    killed.proc.kill('SIGKILL');
    await killed.exited;
    const t0 = Date.now();
    const r = await until(
      () => dispatch(disp.httpPort),
      (v) => !v.gates.some((g) => g.nodeId === 'node-2'),
      'node-2 to go stale',
      STALE_MS + 3000,
    );
    // The bound of `until` (STALE_MS + 3000) is the check; record how long it took.
    expect(Date.now() - t0).toBeGreaterThan(0);
    expect(r.gates.map((g) => g.nodeId)).toEqual(['node-1']);

    const stopped = gates[0]!;
    stopped.proc.kill('SIGTERM');
    expect(await stopped.exited).toBe(0);
    const none = await dispatch(disp.httpPort);
    expect(none).toEqual({ status: 503, gates: [], error: 'no live gate' });
  });
});
