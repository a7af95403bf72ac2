import {
  noopClose,
  noopData,
  type Transport,
  TransportError,
  type TransportFactory,
  type TransportFraming,
} from './transport.ts';
import { type WebSocketConstructor, wsTransport } from './ws-transport.ts';

/** One gate as the dispatch endpoint lists it (`GET <dispatchUrl>` → `{ gates: [...] }`). */
export interface DispatchGate {
  readonly nodeId: string;
  readonly host: string;
  readonly tcpPort: number;
  readonly wsPort: number;
  readonly connections: number;
  readonly sessions: number;
  readonly updatedAt: number;
}

/** The part of `Response` the dispatch transports read. */
export interface DispatchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/** The part of the global `fetch` the dispatch transports use; inject one in tests. */
export type DispatchFetch = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<DispatchResponseLike>;

/** Options shared by every kind of dispatch transport. */
export interface DispatchCommonOptions {
  /** The dispatch endpoint, e.g. `http://dispatch.example.com:7180/dispatch`. */
  dispatchUrl: string;
  /** `globalThis.fetch` when omitted. */
  fetch?: DispatchFetch;
  /** Bound on one dispatch request, body included. Default 5 000 ms. */
  timeoutMs?: number;
  /** Bound on opening the connection to one gate. Default 5 000 ms. */
  connectTimeoutMs?: number;
  /** Called each time a connection to a gate opens. */
  onGate?: (gate: DispatchGate) => void;
}

export interface DispatchWsOptions extends DispatchCommonOptions {
  kind: 'ws';
  /** `wss://` instead of `ws://`. */
  tls?: boolean;
  /** Path of the WebSocket endpoint on every gate. Default `/ws`. */
  path?: string;
  /** WebSocket class to use; `globalThis.WebSocket` when omitted. */
  WebSocket?: WebSocketConstructor;
  protocols?: string | string[];
}

/** A transport factory that also tells which gate its latest connection went to. */
export interface DispatchTransportFactory extends TransportFactory {
  /** The gate of the latest connection that opened (it may have closed since). */
  readonly gate: DispatchGate | undefined;
  /** The latest gate list received from the dispatch endpoint (empty before the first). */
  readonly gates: readonly DispatchGate[];
}

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** A gate that failed is tried after the others for this long. */
const FAILED_PENALTY_MS = 30_000;

/**
 * The dispatch endpoint could not be used (unreachable, timed out, not JSON): the cached list, if
 * any, stands in for it. A 503 or an empty list is an answer, not a failure, and is not covered.
 */
class DispatchUnavailable extends TransportError {}

/**
 * The gate list of one dispatch endpoint: fetched on every connection attempt, cached for when
 * the endpoint is down, and ordered so that gates that failed recently come last.
 */
export class GateDirectory {
  private cached: DispatchGate[] = [];
  private readonly failed = new Map<string, number>();
  latest: DispatchGate | undefined;

  constructor(
    private readonly options: DispatchCommonOptions,
    private readonly port: (gate: DispatchGate) => number,
  ) {
    if (!options.dispatchUrl) throw new TypeError('dispatchUrl is required');
  }

  get gates(): readonly DispatchGate[] {
    return this.cached;
  }

  /** The gates to try, in order; throws a TransportError when there is none to try. */
  async candidates(signal: AbortSignal): Promise<DispatchGate[]> {
    let gates: DispatchGate[];
    try {
      gates = await this.fetchGates(signal);
    } catch (err) {
      if (!(err instanceof DispatchUnavailable) || signal.aborted || this.cached.length === 0) throw err;
      gates = this.cached;
    }
    const now = Date.now();
    const penalty = (g: DispatchGate) => {
      const at = this.failed.get(g.nodeId);
      return at !== undefined && now - at < FAILED_PENALTY_MS ? at : 0;
    };
    // Stable sort: dispatch order among healthy gates, then the failed ones, latest failure last.
    return gates
      .map((g, i) => ({ g, i, p: penalty(g) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.g);
  }

  markFailed(gate: DispatchGate): void {
    this.failed.set(gate.nodeId, Date.now());
  }

  markConnected(gate: DispatchGate): void {
    this.failed.delete(gate.nodeId);
    this.latest = gate;
  }

  private async fetchGates(signal: AbortSignal): Promise<DispatchGate[]> {
    const url = this.options.dispatchUrl;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const fetchFn: DispatchFetch | undefined =
      this.options.fetch ??
      (typeof globalThis.fetch === 'function' ? (u, init) => globalThis.fetch(u, init) : undefined);
    if (!fetchFn) throw new TransportError('no fetch function: pass one as the fetch option');
    if (signal.aborted) throw new TransportError(`dispatch request to ${url} cancelled`);
    const ctrl = new AbortController();
    const abort = () => ctrl.abort();
    signal.addEventListener('abort', abort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = (async () => {
      const res = await fetchFn(url, { signal: ctrl.signal, headers: { accept: 'application/json' } });
      return { status: res.status, ok: res.ok, text: await res.text() };
    })();
    // Rejections after the race is decided (timeout, abort) must not go unhandled.
    request.catch(() => {});
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        ctrl.abort();
        reject(new DispatchUnavailable(`dispatch ${url} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      ctrl.signal.addEventListener('abort', () => {
        if (signal.aborted) reject(new TransportError(`dispatch request to ${url} cancelled`));
      });
    });
    deadline.catch(() => {});
    let res: { status: number; ok: boolean; text: string };
    try {
      res = await Promise.race([request, deadline]);
    } catch (err) {
      if (err instanceof TransportError) throw err;
      throw new DispatchUnavailable(
        `dispatch ${url} unreachable: ${err instanceof Error ? err.message : err}`,
      );
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
    let body: unknown;
    try {
      body = JSON.parse(res.text);
    } catch {
      throw new DispatchUnavailable(`dispatch ${url} answered ${res.status} with a body that is not JSON`);
    }
    const raw = (body as { gates?: unknown } | null)?.gates;
    if (res.status === 503 || (res.ok && Array.isArray(raw) && raw.length === 0)) {
      const why = (body as { error?: unknown }).error;
      throw new TransportError(`dispatch ${url}: ${typeof why === 'string' && why ? why : 'no live gate'}`);
    }
    if (!res.ok) throw new DispatchUnavailable(`dispatch ${url} answered ${res.status}`);
    if (!Array.isArray(raw)) throw new DispatchUnavailable(`dispatch ${url} answered without a gates list`);
    const gates = raw.filter((g): g is DispatchGate => isGate(g) && validPort(this.port(g)));
    if (gates.length === 0) throw new TransportError(`dispatch ${url}: no listed gate serves this transport`);
    this.cached = gates;
    return gates;
  }
}

function isGate(g: unknown): g is DispatchGate {
  if (typeof g !== 'object' || g === null) return false;
  const x = g as Record<string, unknown>;
  return typeof x.nodeId === 'string' && typeof x.host === 'string' && x.host !== '';
}

function validPort(p: unknown): boolean {
  return typeof p === 'number' && Number.isInteger(p) && p > 0 && p < 65536;
}

/** `host:port` with IPv6 literals bracketed. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

/**
 * Builds a dispatch-aware factory from a directory and a per-gate transport maker. Each transport
 * it creates asks the directory for gates when connecting, then tries them in order.
 */
export function gateTransportFactory(
  framing: TransportFraming,
  directory: GateDirectory,
  options: DispatchCommonOptions,
  make: (gate: DispatchGate) => Transport,
): DispatchTransportFactory {
  const factory = () => new DispatchTransport(framing, directory, options, make);
  Object.defineProperties(factory, {
    gate: { get: () => directory.latest, enumerable: true },
    gates: { get: () => directory.gates, enumerable: true },
  });
  return factory as unknown as DispatchTransportFactory;
}

/** A transport that finds its gate through dispatch and then delegates to that gate's transport. */
class DispatchTransport implements Transport {
  onData = noopData;
  onClose = noopClose;
  /** The gate this transport connected to. */
  gate: DispatchGate | undefined;
  private inner: Transport | undefined;
  private opened = false;
  private closed = false;
  private readonly abort = new AbortController();

  constructor(
    readonly framing: TransportFraming,
    private readonly directory: GateDirectory,
    private readonly options: DispatchCommonOptions,
    private readonly make: (gate: DispatchGate) => Transport,
  ) {}

  async connect(): Promise<void> {
    const gates = await this.directory.candidates(this.abort.signal);
    const failures: string[] = [];
    for (const gate of gates) {
      if (this.closed) break;
      const t = this.make(gate);
      t.onData = (bytes) => {
        if (this.inner === t && this.opened) this.onData(bytes);
      };
      t.onClose = (info) => {
        if (this.inner !== t || !this.opened) return;
        // The gate went away under us (crash, restart, network): try the others first next time.
        if (!this.closed) this.directory.markFailed(gate);
        this.onClose(info);
      };
      this.inner = t;
      try {
        await t.connect();
      } catch (err) {
        this.inner = undefined;
        if (this.closed) break;
        this.directory.markFailed(gate);
        failures.push(`${gate.nodeId}: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      if (this.closed) {
        this.inner = undefined;
        t.close();
        break;
      }
      this.opened = true;
      this.gate = gate;
      this.directory.markConnected(gate);
      this.options.onGate?.(gate);
      return;
    }
    if (this.closed) throw new TransportError('dispatch transport closed while connecting');
    throw new TransportError(`no gate accepted a connection (${failures.join('; ')})`);
  }

  send(bytes: Uint8Array): void {
    if (this.opened && !this.closed) this.inner?.send(bytes);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.inner?.close();
  }
}

/** The browser-safe variant: WebSocket only. `@parley/client/node` also accepts `kind: 'tcp'`. */
export type DispatchTransportOptions = DispatchWsOptions;

/**
 * A transport factory for a cluster: every connection attempt asks the dispatch endpoint for the
 * live gates (least loaded first) and connects to the first one that accepts. When the endpoint is
 * unreachable the last list it gave is used; a gate that just failed is tried after the others.
 * If no gate connects, the attempt fails with a `TransportError` and the client's reconnect
 * backoff retries.
 *
 * @example
 * ```ts
 * const transport = dispatchTransport({ dispatchUrl: 'https://chat.example.com/dispatch', kind: 'ws', tls: true });
 * const client = new ParleyClient({ transport });
 * ```
 */
export function dispatchTransport(options: DispatchWsOptions): DispatchTransportFactory {
  if ((options as { kind: string }).kind !== 'ws') {
    throw new TypeError(`dispatch kind '${(options as { kind: string }).kind}' needs @parley/client/node`);
  }
  return dispatchWsTransport(options);
}

/** The WebSocket dispatch transport (`ws[s]://<host>:<wsPort>/ws`). Browser-safe. */
export function dispatchWsTransport(options: DispatchWsOptions): DispatchTransportFactory {
  const directory = new GateDirectory(options, (g) => g.wsPort);
  const scheme = options.tls ? 'wss' : 'ws';
  const path = options.path ?? '/ws';
  return gateTransportFactory('message', directory, options, (gate) =>
    wsTransport({
      url: `${scheme}://${hostPort(gate.host, gate.wsPort)}${path}`,
      WebSocket: options.WebSocket,
      protocols: options.protocols,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    })(),
  );
}

export { DEFAULT_CONNECT_TIMEOUT_MS };
