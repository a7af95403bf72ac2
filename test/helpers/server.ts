import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParleyNode, type ParleyOptions, startParley } from '../../src/app/parley.ts';
import { loadConfig } from '../../src/config/load.ts';
import type { ConfigKey } from '../../src/config/schema.ts';

export type Overrides = Partial<Record<ConfigKey, string | number | boolean>>;

export interface TestServer {
  node: ParleyNode;
  dir: string;
  stop(): Promise<void>;
}

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'parley-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings every test server shares, one process or cluster node (engine-independent ones). */
export const TEST_OVERRIDES = {
  'store.cursorFlushMs': 100,
  // Every test client comes from 127.0.0.1: suites register and log in hundreds of users.
  // The tests of the per-address budget set it themselves.
  'gate.authPerSecPerIp': 1000,
  'gate.authBurstPerIp': 10_000,
  // Admin console sign-ins likewise (test/integration/admin-api.test.ts tests the limit).
  'admin.loginsPerMinPerIp': 10_000,
} as const satisfies Overrides;

/** Starts a one-process Parley on loopback, free ports and a real SQLite file in a temp dir. */
export async function startTestServer(
  overrides: Overrides = {},
  dir?: string,
  engines: Omit<ParleyOptions, 'config'> = {},
): Promise<TestServer> {
  const tmp = dir ? undefined : tempDir();
  const dataDir = dir ?? tmp!.dir;
  const config = loadConfig({
    overrides: {
      host: '127.0.0.1',
      dataDir,
      'gate.tcpPort': 0,
      'gate.wsPort': 0,
      'http.port': 0,
      'api.port': 0,
      'log.level': 'silent',
      'store.sqliteSynchronous': 'NORMAL',
      ...TEST_OVERRIDES,
      ...overrides,
    },
  });
  const node = await startParley({ ...engines, config });
  return {
    node,
    dir: dataDir,
    async stop() {
      await node.stop();
      tmp?.cleanup();
    },
  };
}
