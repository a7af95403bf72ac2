import type { Bus, Delivery, GateHandler, KickNotice } from './types.ts';

/** Embedded bus: direct calls to the gates of this process. */
export class LocalBus implements Bus {
  private readonly gates = new Map<string, GateHandler>();

  async attachGate(gateId: string, handler: GateHandler): Promise<void> {
    this.gates.set(gateId, handler);
  }

  async detachGate(gateId: string): Promise<void> {
    this.gates.delete(gateId);
  }

  deliver(gateId: string, items: Delivery): void {
    this.gates.get(gateId)?.deliver(items);
  }

  kick(gateId: string, sessionId: string, notice: KickNotice): void {
    this.gates.get(gateId)?.kick(sessionId, notice);
  }

  async close(): Promise<void> {
    this.gates.clear();
  }
}
