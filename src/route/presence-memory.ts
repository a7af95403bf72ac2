import type { Presence, SessionInfo } from './types.ts';

/** Embedded presence: in-process maps. Sessions live until unregistered (the gate does that). */
export class MemoryPresence implements Presence {
  private readonly byUser = new Map<string, Map<string, SessionInfo>>();
  private total = 0;

  async register(session: SessionInfo): Promise<void> {
    let m = this.byUser.get(session.uid);
    if (!m) {
      m = new Map();
      this.byUser.set(session.uid, m);
    }
    if (!m.has(session.sessionId)) this.total++;
    m.set(session.sessionId, session);
  }

  async unregister(session: Pick<SessionInfo, 'sessionId' | 'uid'>): Promise<void> {
    const m = this.byUser.get(session.uid);
    if (!m?.delete(session.sessionId)) return;
    this.total--;
    if (m.size === 0) this.byUser.delete(session.uid);
  }

  async sessionsOf(uid: string): Promise<SessionInfo[]> {
    const m = this.byUser.get(uid);
    return m ? [...m.values()] : [];
  }

  async sessionsOfMany(uids: readonly string[]): Promise<Map<string, SessionInfo[]>> {
    const out = new Map<string, SessionInfo[]>();
    for (const uid of uids) {
      const m = this.byUser.get(uid);
      if (m && m.size > 0) out.set(uid, [...m.values()]);
    }
    return out;
  }

  async touch(): Promise<void> {}

  async count(): Promise<number> {
    return this.total;
  }

  async close(): Promise<void> {
    this.byUser.clear();
    this.total = 0;
  }
}
