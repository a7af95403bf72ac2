/** What a delivery receipt needs to know of one timeline entry. */
export interface DeliveredEntry {
  readonly seq: number;
  readonly msgId: number;
  /** Sender; receipts go to it unless it is the timeline's owner. */
  readonly from: string;
  readonly clientMsgId: string;
  /** A one-to-one message whose sender gets a DELIVERED receipt (not a notice). */
  readonly c2c: boolean;
}

const PER_USER = 256;
/** Entries held over all users (about 100 bytes each); past it the cache starts afresh. */
const TOTAL = 500_000;

/**
 * A cache of the timeline entries this node recently pushed to online users, so that a delivery
 * ack can be turned into receipts without reading the store. Only a cache: `covering` answers
 * only when it holds every seq of the range, and the caller reads the store otherwise (entries
 * committed by another node, before a restart, or evicted).
 */
export class RecentDeliveries {
  private readonly byUser = new Map<string, DeliveredEntry[]>();
  private total = 0;

  /** Records an entry of `uid`'s timeline. Entries of one user arrive in seq order. */
  add(uid: string, entry: DeliveredEntry): void {
    if (this.total >= TOTAL) {
      this.byUser.clear();
      this.total = 0;
    }
    let list = this.byUser.get(uid);
    if (!list) {
      list = [];
      this.byUser.set(uid, list);
    }
    const last = list[list.length - 1];
    if (last && entry.seq !== last.seq + 1) {
      this.total -= list.length; // a hole: start a fresh run
      list.length = 0;
    }
    list.push(entry);
    this.total++;
    if (list.length > PER_USER) {
      this.total -= list.length - PER_USER;
      list.splice(0, list.length - PER_USER);
    }
  }

  /**
   * The entries with seq in (after, upTo], if every one of them is cached; undefined otherwise.
   * Entries up to `upTo` are dropped: they are acknowledged.
   */
  take(uid: string, after: number, upTo: number): DeliveredEntry[] | undefined {
    const list = this.byUser.get(uid);
    if (!list || list.length === 0) return undefined;
    const first = list[0]!.seq;
    const last = list[list.length - 1]!.seq;
    const covered = first <= after + 1 && last >= upTo;
    const out = covered ? list.slice(after + 1 - first, upTo - first + 1) : undefined;
    const drop = Math.min(list.length, Math.max(0, upTo - first + 1));
    this.total -= drop;
    if (drop === list.length) this.byUser.delete(uid);
    else list.splice(0, drop);
    return out;
  }

  /** Entries held, over all users. */
  get size(): number {
    return this.total;
  }
}
