import {
  type DecodeEvent,
  decodeSingle,
  Flag,
  type Frame,
  FrameDecoder,
  type RequestCommand,
} from '@parley/protocol';
import type { TransportFraming } from '../../src/transport.ts';

/** The server's end of one connection, whatever carries it (memory, TCP socket, WebSocket). */
export interface ServerPeer {
  readonly framing: TransportFraming;
  onData: (bytes: Uint8Array) => void;
  onClose: (info: { reason: string }) => void;
  send(bytes: Uint8Array): void;
  close(reason?: string): void;
}

export const is = (frame: Frame, cmd: { service: number; command: number }): boolean =>
  frame.service === cmd.service && frame.command === cmd.command;

/** One client connection as the fake server sees it, with switches to make it misbehave. */
export class FakeConn {
  uid: string | undefined;
  deviceId = '';
  token = '';
  /** Every frame the client sent on this connection, in arrival order. */
  readonly received: Frame[] = [];
  /** When true the server answers nothing at all (a dead peer). */
  silent = false;
  /** When true the server still processes requests but its frames are lost on the way. */
  muted = false;
  closed = false;
  closeReason = '';
  chain: Promise<void> = Promise.resolve();
  private readonly decoder: FrameDecoder;

  constructor(
    readonly id: number,
    readonly peer: ServerPeer,
    private readonly maxFrame: number,
  ) {
    this.decoder = new FrameDecoder(maxFrame);
  }

  decode(bytes: Uint8Array): DecodeEvent[] {
    return this.peer.framing === 'message' ? [decodeSingle(bytes, this.maxFrame)] : this.decoder.push(bytes);
  }

  send(bytes: Uint8Array): void {
    if (!this.closed && !this.muted) this.peer.send(bytes);
  }

  close(reason = 'closed by server'): void {
    if (this.closed) return;
    this.closed = true;
    this.closeReason = reason;
    this.peer.close(reason);
  }

  /** Decoded bodies of the requests of one command the client sent here. */
  requests<Req>(cmd: RequestCommand<Req, unknown>): Req[] {
    return this.received
      .filter((f) => is(f, cmd) && (f.flags & (Flag.response | Flag.push)) === 0)
      .map((f) => cmd.req.decode(f.body));
  }
}
