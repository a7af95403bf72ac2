import type { Gate } from './gate.ts';
import type { ServerTransport } from './transport.ts';

/**
 * The server end of an in-process connection (the SDK's `memoryTransport` hands one to its
 * `accept` callback): bytes in through `onData`, out through `send`. For integration tests that
 * run client and server in one process without sockets.
 */
export interface InProcessPeer {
  readonly framing: 'stream' | 'message';
  onData: (bytes: Uint8Array) => void;
  onClose: (info: { reason: string }) => void;
  send(bytes: Uint8Array): void;
  close(reason?: string): void;
}

class InProcessTransport implements ServerTransport {
  readonly kind = 'memory';
  readonly remote = 'in-process';
  readonly remoteIp = 'in-process';
  readonly framing: 'stream' | 'message';
  private open = true;

  constructor(private readonly peer: InProcessPeer) {
    this.framing = peer.framing;
  }

  get buffered(): number {
    return 0;
  }

  write(bytes: Uint8Array): void {
    if (this.open) this.peer.send(bytes);
  }

  end(): void {
    this.destroy();
  }

  destroy(): void {
    if (!this.open) return;
    this.open = false;
    // Let frames written just before (a GOAWAY) reach the peer first.
    queueMicrotask(() => this.peer.close('closed by server'));
  }
}

/** Adopts an in-process peer as a client connection of `gate`. */
export function acceptInProcess(gate: Gate, peer: InProcessPeer): void {
  const conn = gate.accept(new InProcessTransport(peer));
  if (!conn) {
    peer.close('refused');
    return;
  }
  peer.onData = (bytes) => conn.onData(bytes);
  peer.onClose = () => conn.onClosed();
}
