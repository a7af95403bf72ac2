import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Commands } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { DispatchFetch, DispatchGate } from '../src/dispatch.ts';
import { dispatchTransport } from '../src/dispatch-node.ts';
import { NotConnectedError } from '../src/errors.ts';
import { TransportError } from '../src/transport.ts';
import { type Listening, listenTcp, listenWs } from './helpers/listen.ts';
import { Clients, device, fakeWithUsers } from './helpers/setup.ts';
import { nextEvent, waitFor } from './helpers/wait.ts';

const clients = new Clients();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  clients.closeAll();
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function listen<L extends Listening>(p: Promise<L>): Promise<L> {
  const l = await p;
  cleanups.push(() => l.close());
  return l;
}

/** A port nothing listens on (connections are refused). */
async function deadPort(): Promise<number> {
  const l = await listenTcp(fakeWithUsers());
  await l.close();
  return l.port;
}

const gate = (nodeId: string, port: number, connections = 0): DispatchGate => ({
  nodeId,
  host: '127.0.0.1',
  tcpPort: port,
  wsPort: port,
  connections,
  sessions: connections,
  updatedAt: Date.now(),
});

/** A local dispatch endpoint whose answer a test scripts. */
interface Dispatch {
  readonly url: string;
  /** Requests served so far. */
  hits: number;
  reply: (req: IncomingMessage, res: ServerResponse) => void;
  serve(gates: DispatchGate[]): void;
  stop(): Promise<void>;
}

async function startDispatch(gates: DispatchGate[] = []): Promise<Dispatch> {
  let server: Server | undefined;
  const d: Dispatch = {
    url: '',
    hits: 0,
    reply: () => {},
    serve(list) {
      d.reply = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ gates: list }));
      };
    },
    stop: () =>
      new Promise((resolve) => {
        if (!server?.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  d.serve(gates);
  server = createServer((req, res) => {
    d.hits += 1;
    d.reply(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  (d as { url: string }).url = `http://127.0.0.1:${addr.port}/dispatch`;
  cleanups.push(() => d.stop());
  return d;
}

describe('dispatch transport over TCP', () => {
  it('connects to the first (least loaded) gate and reports it', async () => {
    const a = fakeWithUsers();
    const b = fakeWithUsers();
    const la = await listen(listenTcp(a));
    const lb = await listen(listenTcp(b));
    const dispatch = await startDispatch([gate('a', la.port, 1), gate('b', lb.port, 9)]);
    const seen: string[] = [];
    const transport = dispatchTransport({
      dispatchUrl: dispatch.url,
      kind: 'tcp',
      onGate: (g) => seen.push(g.nodeId),
    });
    const client = clients.make(transport);
    await client.login({ uid: 'alice', password: 'pw' }, device());
    expect(a.online('alice')).toHaveLength(1);
    expect(b.attempts).toHaveLength(0);
    expect(transport.gate?.nodeId).toBe('a');
    expect(transport.gates.map((g) => g.nodeId)).toEqual(['a', 'b']);
    expect(seen).toEqual(['a']);
    expect(dispatch.hits).toBe(1);
  });

  it('skips a gate that refuses connections', async () => {
    const server = fakeWithUsers();
    const live = await listen(listenTcp(server));
    const dispatch = await startDispatch([gate('dead', await deadPort()), gate('live', live.port)]);
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const client = clients.make(transport);
    await client.login({ uid: 'alice', password: 'pw' }, device());
    expect(transport.gate?.nodeId).toBe('live');
    expect(server.online('alice')).toHaveLength(1);
  });

  it('fails over to another gate when its gate dies and logs in again with its token', async () => {
    // One backend behind two gates, as in a cluster: a token issued through one works on the other.
    const server = fakeWithUsers();
    const la = await listen(listenTcp(server));
    const lb = await listen(listenTcp(server));
    const dispatch = await startDispatch([gate('a', la.port), gate('b', lb.port)]);
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const client = clients.make(transport);
    const login = await client.login({ uid: 'alice', password: 'pw' }, device('phone'));
    expect(transport.gate?.nodeId).toBe('a');

    // Gate a dies; dispatch has not noticed yet and still lists it first.
    const back = nextEvent(client, 'reconnected');
    await la.close();
    await expect(back).resolves.toMatchObject({ uid: 'alice', token: login.token });
    expect(transport.gate?.nodeId).toBe('b');
    expect(server.conns).toHaveLength(2);
    expect(server.conns[1]?.requests(Commands.login)[0]).toMatchObject({
      token: login.token,
      uid: 'alice',
      deviceId: 'phone',
    });
    expect(dispatch.hits).toBeGreaterThanOrEqual(2);
    await expect(client.send({ to: 'bob', content: 'via b' })).resolves.toMatchObject({ seq: 1 });
  });

  it('uses the last list when the dispatch endpoint is down', async () => {
    const server = fakeWithUsers();
    const l = await listen(listenTcp(server));
    const dispatch = await startDispatch([gate('a', l.port)]);
    const client = clients.make(dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' }));
    await client.login({ uid: 'alice', password: 'pw' }, device());
    await dispatch.stop();
    const back = nextEvent(client, 'reconnected');
    server.dropAll();
    await back;
    expect(server.online('alice')).toHaveLength(1);
  });

  it('without a list yet, a dead dispatch endpoint fails the attempt with a TransportError', async () => {
    const dispatch = await startDispatch();
    await dispatch.stop();
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const err = await transport()
      .connect()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(String(err)).toMatch(/unreachable/);
    const client = clients.make(transport);
    await expect(client.connect()).rejects.toBeInstanceOf(NotConnectedError);
  });

  it('fails with a clear TransportError on 503 and retries later through the client backoff', async () => {
    const server = fakeWithUsers();
    const l = await listen(listenTcp(server));
    const dispatch = await startDispatch([gate('a', l.port)]);
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const client = clients.make(transport);
    await client.login({ uid: 'alice', password: 'pw' }, device());

    dispatch.reply = (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ gates: [], error: 'no live gate' }));
    };
    await expect(transport().connect()).rejects.toThrow(/no live gate/);
    await expect(transport().connect()).rejects.toBeInstanceOf(TransportError);

    const hitsBefore = dispatch.hits;
    server.dropAll();
    await waitFor(() => dispatch.hits - hitsBefore >= 3); // retried with backoff, each time refused
    expect(client.state).toBe('reconnecting');
    const attemptsBefore = server.attempts.length;
    expect(attemptsBefore).toBe(1); // a 503 is an answer: the cached gate is not tried
    dispatch.serve([gate('a', l.port)]);
    await nextEvent(client, 'reconnected');
    expect(server.online('alice')).toHaveLength(1);
  });

  it('fails with a clear TransportError on a body that is not JSON', async () => {
    const dispatch = await startDispatch();
    dispatch.reply = (_req, res) => res.writeHead(200).end('<html>bad gateway</html>');
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const err = await transport()
      .connect()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(String(err)).toMatch(/not JSON/);
    dispatch.reply = (_req, res) => res.writeHead(200).end(JSON.stringify({ nodes: [] }));
    await expect(transport().connect()).rejects.toThrow(/without a gates list/);
  });

  it('fails when every listed gate refuses, naming them', async () => {
    const dispatch = await startDispatch([gate('x', await deadPort()), gate('y', await deadPort())]);
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp' });
    const err = await transport()
      .connect()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(String(err)).toMatch(/no gate accepted a connection \(x: .*; y: .*\)/);
  });

  it('bounds the dispatch request with timeoutMs, then falls back to the cached list', async () => {
    const server = fakeWithUsers();
    const l = await listen(listenTcp(server));
    const dispatch = await startDispatch([gate('a', l.port)]);
    const transport = dispatchTransport({ dispatchUrl: dispatch.url, kind: 'tcp', timeoutMs: 100 });

    dispatch.reply = () => {}; // never answers
    let started = Date.now();
    const err = await transport()
      .connect()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect(String(err)).toMatch(/did not answer within 100 ms/);
    expect(Date.now() - started).toBeLessThan(1000);

    dispatch.serve([gate('a', l.port)]);
    const t = transport();
    await t.connect(); // fills the cache
    t.close();
    dispatch.reply = () => {};
    started = Date.now();
    const again = transport();
    await again.connect();
    expect(Date.now() - started).toBeLessThan(1000);
    again.close();
  });

  it('bounds an injected fetch that ignores the abort signal', async () => {
    const fetch: DispatchFetch = () => new Promise(() => {});
    const transport = dispatchTransport({
      dispatchUrl: 'http://x/dispatch',
      kind: 'tcp',
      fetch,
      timeoutMs: 50,
    });
    const started = Date.now();
    await expect(transport().connect()).rejects.toThrow(/did not answer within 50 ms/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('close() while the dispatch request is pending ends connect() at once', async () => {
    const fetch: DispatchFetch = () => new Promise(() => {});
    const transport = dispatchTransport({ dispatchUrl: 'http://x/dispatch', kind: 'tcp', fetch });
    const t = transport();
    const connecting = t.connect();
    t.close();
    await expect(connecting).rejects.toThrow(/cancelled|closed/);
  });
});

describe('dispatch transport over WebSocket', () => {
  it('connects to ws://<host>:<wsPort>/ws, tries a failed gate last, and fails over', async () => {
    const server = fakeWithUsers();
    const live1 = await listen(listenWs(server));
    const live2 = await listen(listenWs(server));
    const dead = await deadPort();
    const urls: string[] = [];
    class Recording extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        urls.push(url);
        super(url, protocols);
      }
    }
    const fetches: string[] = [];
    // An injected fetch in front of a real endpoint, as a test or a custom HTTP stack would do.
    const dispatch = await startDispatch([
      gate('dead', dead),
      gate('one', live1.port),
      gate('two', live2.port),
    ]);
    const fetch: DispatchFetch = (url, init) => {
      fetches.push(url);
      return globalThis.fetch(url, init);
    };
    const transport = dispatchTransport({
      dispatchUrl: dispatch.url,
      kind: 'ws',
      WebSocket: Recording,
      fetch,
    });
    const client = clients.make(transport);
    const login = await client.login({ uid: 'alice', password: 'pw' }, device());
    expect(urls).toEqual([`ws://127.0.0.1:${dead}/ws`, `ws://127.0.0.1:${live1.port}/ws`]);
    expect(transport.gate?.nodeId).toBe('one');
    expect(fetches).toEqual([dispatch.url]);

    // Gate one dies: the next attempt tries two first, then the gates that failed (dead before one).
    urls.length = 0;
    const back = nextEvent(client, 'reconnected');
    await live1.close();
    await expect(back).resolves.toMatchObject({ token: login.token });
    expect(urls).toEqual([`ws://127.0.0.1:${live2.port}/ws`]);
    expect(transport.gate?.nodeId).toBe('two');
  });

  it('the browser entry pulls no node: module', () => {
    const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gms)) {
        const spec = m[1] as string;
        expect(spec.startsWith('node:'), `${file} imports ${spec}`).toBe(false);
        if (spec.startsWith('./')) visit(spec.slice(2));
      }
    };
    visit('index.ts');
    expect(seen.has('dispatch.ts')).toBe(true);
    expect(seen.has('tcp-transport.ts')).toBe(false);
  });

  it('the browser dispatchTransport refuses kind tcp; the node entry accepts it', async () => {
    const { dispatchTransport: browserDispatch } = await import('../src/index.ts');
    const { dispatchTransport: nodeDispatch } = await import('../src/node.ts');
    expect(nodeDispatch).not.toBe(browserDispatch);
    expect(typeof nodeDispatch({ dispatchUrl: 'http://x', kind: 'tcp' })).toBe('function');
    expect(() => browserDispatch({ dispatchUrl: 'http://x', kind: 'tcp' } as never)).toThrow(
      /needs @parley\/client\/node/,
    );
  });
});
