import type { Bus, Delivery, GateHandler, KickNotice } from './types.ts';

/** Embedded bus: direct calls to the gates of this process. */
export class LocalBus implements Bus {
  private readonly gates = new Map<string, GateHandler>();
  private readonly watched = new Set<string>();
  private presenceHandler: ((uid: string, online: boolean) => void) | undefined;

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

  broadcast(frame: Uint8Array): void {
    for (const g of this.gates.values()) g.broadcast(frame);
  }

  publishPresence(uid: string, online: boolean): void {
    if (this.watched.has(uid)) this.presenceHandler?.(uid, online);
  }

  onPresence(handler: (uid: string, online: boolean) => void): void {
    this.presenceHandler = handler;
  }

  async watchPresence(uid: string): Promise<void> {
    this.watched.add(uid);
  }

  async unwatchPresence(uid: string): Promise<void> {
    this.watched.delete(uid);
  }

  async close(): Promise<void> {
    this.gates.clear();
    this.watched.clear();
  }
}
