import type { Bus, Presence, SessionInfo } from '../route/types.ts';

/** Ready-encoded frames per gate, built up before one bus delivery per gate. */
export class GateFrames {
  private readonly byGate = new Map<string, { sessionId: string; frame: Uint8Array }[]>();
  count = 0;

  add(session: Pick<SessionInfo, 'gateId' | 'sessionId'>, frame: Uint8Array): void {
    let list = this.byGate.get(session.gateId);
    if (!list) {
      list = [];
      this.byGate.set(session.gateId, list);
    }
    list.push({ sessionId: session.sessionId, frame });
    this.count++;
  }

  send(bus: Bus): void {
    for (const [gateId, list] of this.byGate) bus.deliver(gateId, list);
    this.byGate.clear();
  }
}

/**
 * Pushes one frame to every online session of some users (except one session, usually the one
 * that caused it). Fire-and-forget like every push: what matters is stored and synced.
 */
export async function pushToUsers(
  d: { presence: Presence; bus: Bus },
  uids: readonly string[],
  frame: Uint8Array,
  exceptSession?: string,
): Promise<void> {
  if (uids.length === 0) return;
  const online = await d.presence.sessionsOfMany(uids);
  const out = new GateFrames();
  for (const sessions of online.values()) {
    for (const s of sessions) if (s.sessionId !== exceptSession) out.add(s, frame);
  }
  out.send(d.bus);
}
