import { ParleyClient } from '../../src/client.ts';
import type { MemoryTransportOptions } from '../../src/memory-transport.ts';
import type { TransportFactory } from '../../src/transport.ts';
import type { DeviceInfo, LoginResult, ParleyClientOptions } from '../../src/types.ts';
import { FakeServer } from './fake-server.ts';
import { memoryTo } from './listen.ts';

/** Small timings so reconnect tests run in milliseconds. */
export const FAST = { reconnect: { minDelayMs: 10, maxDelayMs: 50 }, requestTimeoutMs: 2000 } as const;

export const device = (deviceId = 'd1'): DeviceInfo => ({ deviceId, platform: 'desktop' });

/** Tracks clients so a test's afterEach can close them all. */
export class Clients {
  private readonly all: ParleyClient[] = [];

  make(transport: TransportFactory, options: Partial<ParleyClientOptions> = {}): ParleyClient {
    const c = new ParleyClient({ ...FAST, ...options, transport });
    this.all.push(c);
    return c;
  }

  closeAll(): void {
    for (const c of this.all.splice(0)) c.close();
  }
}

/** A fake server with users alice and bob (password 'pw'). */
export function fakeWithUsers(...uids: string[]): FakeServer {
  const server = new FakeServer();
  for (const uid of uids.length ? uids : ['alice', 'bob']) server.addUser(uid);
  return server;
}

/** A client of `server` over the in-memory transport, logged in as `uid`. */
export async function loggedIn(
  clients: Clients,
  server: FakeServer,
  uid: string,
  options: Partial<ParleyClientOptions> & { memory?: MemoryTransportOptions; deviceId?: string } = {},
): Promise<{ client: ParleyClient; login: LoginResult }> {
  const { memory, deviceId, ...rest } = options;
  const client = clients.make(memoryTo(server, memory), rest);
  const login = await client.login({ uid, password: 'pw' }, device(deviceId));
  return { client, login };
}
