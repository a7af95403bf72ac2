import type { PlatformName } from '../store/types.ts';
import type { Bus, GateHandler } from './types.ts';

/** Embedded bus: direct calls to the gates of this process. */
export class LocalBus implements Bus {
  private readonly gates = new Map<string, GateHandler>();

  async attachGate(gateId: string, handler: GateHandler): Promise<void> {
    this.gates.set(gateId, handler);
  }

  async detachGate(gateId: string): Promise<void> {
    this.gates.delete(gateId);
  }

  deliver(gateId: string, items: readonly { sessionId: string; frame: Uint8Array }[]): void {
    this.gates.get(gateId)?.deliver(items);
  }

  kick(
    gateId: string,
    sessionId: string,
    code: number,
    reason: string,
    byPlatform: PlatformName | '',
    byDeviceId: string,
  ): void {
    this.gates.get(gateId)?.kick(sessionId, code, reason, byPlatform, byDeviceId);
  }

  async close(): Promise<void> {
    this.gates.clear();
  }
}
