import {
  noopClose,
  noopData,
  type Transport,
  type TransportCloseInfo,
  TransportError,
  type TransportFactory,
} from './transport.ts';

/**
 * The part of the browser `WebSocket` the transport uses. The browser's own class and the `ws`
 * package's class both fit, so either can be injected.
 */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'message', listener: (ev: { readonly data: unknown }) => void): void;
  addEventListener(
    type: 'close',
    listener: (ev: { readonly code: number; readonly reason: string }) => void,
  ): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
}

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

export interface WsTransportOptions {
  /** `ws://host:port/path` or `wss://…`. */
  url: string;
  /** WebSocket class to use; `globalThis.WebSocket` when omitted (browsers, Node ≥ 22). */
  WebSocket?: WebSocketConstructor;
  protocols?: string | string[];
  /** How long opening may take before the attempt fails. Default 10 000 ms. */
  connectTimeoutMs?: number;
}

const OPEN = 1;

/** Copies only when the view sits on a SharedArrayBuffer, which WebSocket.send refuses. */
function sendable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/**
 * A WebSocket transport: one frame per binary message. Browser-safe (no Node imports).
 *
 * @example
 * ```ts
 * import { WebSocket } from 'ws'; // only in Node 20; browsers have a global WebSocket
 * const client = new ParleyClient({ transport: wsTransport({ url: 'ws://localhost:7001/ws', WebSocket }) });
 * ```
 */
export function wsTransport(options: WsTransportOptions): TransportFactory {
  return () => new WsTransport(options);
}

class WsTransport implements Transport {
  readonly framing = 'message' as const;
  onData = noopData;
  onClose = noopClose;
  private ws: WebSocketLike | undefined;
  private open = false;
  private done = false;
  private failConnect: ((err: Error) => void) | undefined;

  constructor(private readonly options: WsTransportOptions) {}

  connect(): Promise<void> {
    const Ctor = this.options.WebSocket ?? (globalThis.WebSocket as WebSocketConstructor | undefined);
    if (!Ctor) {
      return Promise.reject(new TransportError('no WebSocket class: pass one as the WebSocket option'));
    }
    return new Promise<void>((resolve, reject) => {
      this.failConnect = reject;
      let ws: WebSocketLike;
      try {
        ws = new Ctor(this.options.url, this.options.protocols);
      } catch (err) {
        reject(new TransportError(`cannot open ${this.options.url}: ${String(err)}`));
        return;
      }
      this.ws = ws;
      ws.binaryType = 'arraybuffer';
      let error: Error | undefined;
      // A blackholed host or a stalled handshake must not hold the client (and its reconnect
      // loop) for as long as the platform takes to give up.
      const timer = setTimeout(() => {
        if (this.open || this.done) return;
        this.done = true;
        reject(new TransportError(`WebSocket to ${this.options.url} did not open in time`));
        try {
          ws.close();
        } catch {
          // Closing a socket that is still connecting may throw in some implementations.
        }
      }, this.options.connectTimeoutMs ?? 10_000);
      ws.addEventListener('open', () => {
        clearTimeout(timer);
        if (this.done) return;
        this.open = true;
        resolve();
      });
      ws.addEventListener('error', () => {
        clearTimeout(timer);
        error = new TransportError(`WebSocket error on ${this.options.url}`);
        if (!this.open && !this.done) {
          this.done = true;
          reject(error);
        }
      });
      ws.addEventListener('close', (ev) => {
        clearTimeout(timer);
        if (!this.open) {
          if (!this.done) {
            this.done = true;
            reject(new TransportError(`WebSocket to ${this.options.url} closed before opening (${ev.code})`));
          }
          return;
        }
        this.finish({ code: ev.code, reason: ev.reason || `closed with code ${ev.code}`, error });
      });
      ws.addEventListener('message', (ev) => {
        if (this.done) return;
        const data = ev.data;
        if (data instanceof ArrayBuffer) this.onData(new Uint8Array(data));
        else if (ArrayBuffer.isView(data))
          this.onData(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        else {
          // Text (or Blob) messages are not part of the protocol.
          this.finish({ code: 1003, reason: 'non-binary WebSocket message' });
          ws.close(1003, 'binary frames only');
        }
      });
    });
  }

  send(bytes: Uint8Array): void {
    if (this.done || !this.ws || this.ws.readyState !== OPEN) return;
    this.ws.send(sendable(bytes));
  }

  close(): void {
    if (!this.done && !this.open) {
      this.done = true;
      this.failConnect?.(new TransportError(`WebSocket to ${this.options.url} closed while connecting`));
    }
    this.finish({ code: 1000, reason: 'closed by client' });
    try {
      this.ws?.close(1000);
    } catch {
      // Already closing.
    }
  }

  private finish(info: TransportCloseInfo): void {
    if (this.done) return;
    this.done = true;
    if (this.open) this.onClose(info);
  }
}
