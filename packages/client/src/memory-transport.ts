import {
  noopClose,
  noopData,
  type Transport,
  type TransportCloseInfo,
  TransportError,
  type TransportFactory,
  type TransportFraming,
} from './transport.ts';

/**
 * The far end of an in-memory connection, handed to the `accept` callback of `memoryTransport`.
 * It follows the same callback contract as `Transport`, already open.
 */
export interface MemoryPeer {
  readonly framing: TransportFraming;
  onData: (bytes: Uint8Array) => void;
  onClose: (info: TransportCloseInfo) => void;
  send(bytes: Uint8Array): void;
  close(reason?: string): void;
}

export interface MemoryTransportOptions {
  /** Default `'stream'`. */
  framing?: TransportFraming;
  /**
   * Stream framing only: deliver every write in slices of at most this many bytes, to exercise
   * frame reassembly.
   */
  chunkSize?: number;
}

/**
 * An in-process transport for tests: every connection attempt calls `accept` with the server's end.
 * `accept` throwing (or rejecting) refuses the connection. Bytes are delivered asynchronously
 * (one microtask later), in order, like a socket would.
 *
 * @example
 * ```ts
 * const client = new ParleyClient({
 *   transport: memoryTransport((peer) => { peer.onData = (bytes) => handle(peer, bytes); }),
 * });
 * ```
 */
export function memoryTransport(
  accept: (peer: MemoryPeer) => void | Promise<void>,
  options: MemoryTransportOptions = {},
): TransportFactory {
  return () => new MemoryTransport(accept, options);
}

class Side {
  onData = noopData;
  onClose = noopClose;
  other: Side | undefined;
  closed = false;

  constructor(private readonly chunkSize: number | undefined) {}

  send(bytes: Uint8Array): void {
    const other = this.other;
    if (this.closed || !other) return;
    const copy = bytes.slice();
    const size = this.chunkSize;
    queueMicrotask(() => {
      if (other.closed) return;
      if (!size || size >= copy.length) {
        other.onData(copy);
        return;
      }
      for (let off = 0; off < copy.length && !other.closed; off += size) {
        other.onData(copy.subarray(off, off + size));
      }
    });
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    const other = this.other;
    // Let bytes already sent arrive before the far end learns of the close.
    queueMicrotask(() => {
      this.onClose({ reason });
      if (other && !other.closed) {
        other.closed = true;
        other.onClose({ reason: `peer closed: ${reason}` });
      }
    });
  }
}

class MemoryTransport implements Transport {
  readonly framing: TransportFraming;
  onData = noopData;
  onClose = noopClose;
  private side: Side | undefined;

  constructor(
    private readonly accept: (peer: MemoryPeer) => void | Promise<void>,
    private readonly options: MemoryTransportOptions,
  ) {
    this.framing = options.framing ?? 'stream';
  }

  async connect(): Promise<void> {
    const chunk = this.framing === 'stream' ? this.options.chunkSize : undefined;
    const mine = new Side(chunk);
    const theirs = new Side(chunk);
    mine.other = theirs;
    theirs.other = mine;
    mine.onData = (bytes) => this.onData(bytes);
    mine.onClose = (info) => this.onClose(info);
    const framing = this.framing;
    const peer: MemoryPeer = {
      framing,
      get onData() {
        return theirs.onData;
      },
      set onData(fn) {
        theirs.onData = fn;
      },
      get onClose() {
        return theirs.onClose;
      },
      set onClose(fn) {
        theirs.onClose = fn;
      },
      send: (bytes) => theirs.send(bytes),
      close: (reason) => theirs.close(reason ?? 'closed by server'),
    };
    try {
      await this.accept(peer);
    } catch (err) {
      throw new TransportError(
        `in-memory connection refused: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    this.side = mine;
  }

  send(bytes: Uint8Array): void {
    this.side?.send(bytes);
  }

  close(): void {
    this.side?.close('closed by client');
  }
}
