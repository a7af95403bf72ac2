import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { ConversationStore, ConvHead, ConvListing, UserConvPatch } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, UserConvsTable } from './schema.ts';

type ListingRow = Selectable<UserConvsTable> & {
  head_seq: number | null;
  last_msg_id: number | null;
  last_ts: number | null;
  unread: number | string;
};

function toListing(r: ListingRow): ConvListing {
  return {
    uid: r.uid,
    convId: r.conv_id,
    convType: r.conv_type,
    peer: r.peer,
    readSeq: Number(r.read_seq),
    startSeq: Number(r.start_seq),
    leftSeq: Number(r.left_seq),
    hiddenSeq: Number(r.hidden_seq),
    pinned: r.pinned !== 0,
    muted: r.muted !== 0,
    draft: r.draft,
    version: Number(r.version),
    head: {
      convId: r.conv_id,
      seq: Number(r.head_seq ?? 0),
      lastMsgId: Number(r.last_msg_id ?? 0),
      lastTs: Number(r.last_ts ?? 0),
    },
    unread: Number(r.unread),
  };
}

type Uc = ExpressionBuilder<Database & { uc: Database['user_convs']; h: Database['conv_heads'] }, 'uc' | 'h'>;

/**
 * Conversation entries. Unread counts are computed from read positions and the conversation
 * timeline (one index range per entry), never kept as counters, so they are exact whatever
 * happened concurrently, and a message costs no write per reader.
 */
export class SqlConversationStore implements ConversationStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  private listing() {
    return this.db
      .selectFrom('user_convs as uc')
      .leftJoin('conv_heads as h', 'h.conv_id', 'uc.conv_id')
      .selectAll('uc')
      .select(['h.seq as head_seq', 'h.last_msg_id', 'h.last_ts'])
      .select((eb) => this.unreadOf(eb as unknown as Uc).as('unread'));
  }

  /** Messages from others after the read position (or the start) up to the end of visibility. */
  private unreadOf(eb: Uc) {
    const floor = this.ops.greatest(eb.ref('uc.read_seq'), eb.ref('uc.start_seq'));
    const ceiling = sql<number>`case when ${eb.ref('uc.left_seq')} > 0 then ${eb.ref('uc.left_seq')} else coalesce(${eb.ref('h.seq')}, 0) end`;
    return sql<number>`(select count(*) from conv_messages cm where cm.conv_id = ${eb.ref('uc.conv_id')}
      and cm.seq > ${floor} and cm.seq <= ${ceiling} and cm.sender_uid <> ${eb.ref('uc.uid')}
      and cm.counted = 1)`;
  }

  async list(uid: string, opts: { sinceVersion: number; includeHidden: boolean }): Promise<ConvListing[]> {
    let q = this.listing().where('uc.uid', '=', uid);
    // What the user can see ends at left_seq once they left: newer messages neither unhide the
    // entry nor make it "changed".
    const visibleHead = sql<number>`case when uc.left_seq > 0 then uc.left_seq else coalesce(h.seq, 0) end`;
    if (opts.sinceVersion > 0) {
      // Changed entries come back whether hidden or not: hiding is a change other devices need.
      q = q.where((eb) =>
        eb.or([
          eb('uc.version', '>', opts.sinceVersion),
          eb.and([eb('uc.left_seq', '=', 0), eb('h.last_msg_id', '>', opts.sinceVersion)]),
        ]),
      );
    } else if (!opts.includeHidden) {
      q = q.where((eb) =>
        eb.or([eb('uc.hidden_seq', '<', 0), eb(visibleHead, '>', eb.ref('uc.hidden_seq'))]),
      );
    }
    const rows = (await q.execute()) as unknown as ListingRow[];
    return rows.map(toListing);
  }

  async get(uid: string, convId: string): Promise<ConvListing | undefined> {
    const row = (await this.listing()
      .where('uc.uid', '=', uid)
      .where('uc.conv_id', '=', convId)
      .executeTakeFirst()) as unknown as ListingRow | undefined;
    return row === undefined ? undefined : toListing(row);
  }

  async head(convId: string): Promise<ConvHead | undefined> {
    const row = await this.db
      .selectFrom('conv_heads')
      .selectAll()
      .where('conv_id', '=', convId)
      .executeTakeFirst();
    if (row === undefined || Number(row.seq) === 0) return undefined;
    return { convId, seq: Number(row.seq), lastMsgId: Number(row.last_msg_id), lastTs: Number(row.last_ts) };
  }

  async update(uid: string, convId: string, patch: UserConvPatch, version: number): Promise<ConvListing> {
    const set: Partial<Database['user_convs']> = { version };
    if (patch.pinned !== undefined) set.pinned = patch.pinned ? 1 : 0;
    if (patch.muted !== undefined) set.muted = patch.muted ? 1 : 0;
    if (patch.hiddenSeq !== undefined) set.hidden_seq = patch.hiddenSeq;
    if (patch.draft !== undefined) set.draft = patch.draft;
    if (patch.startSeq !== undefined) set.start_seq = patch.startSeq;
    try {
      const r = await this.db
        .updateTable('user_convs')
        .set(set)
        .where('uid', '=', uid)
        .where('conv_id', '=', convId)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new NotFoundError(`conversation ${convId} of ${uid}`);
    } catch (err) {
      throw toStoreError(this.ops, err, `conversation ${convId}`);
    }
    return (await this.get(uid, convId))!;
  }

  async markRead(uid: string, convId: string, seq: number, version: number): Promise<ConvListing> {
    const current = await this.get(uid, convId);
    if (!current) throw new NotFoundError(`conversation ${convId} of ${uid}`);
    const ceiling = current.leftSeq > 0 ? current.leftSeq : current.head.seq;
    const target = Math.min(seq, ceiling);
    if (target <= current.readSeq) return current;
    try {
      await this.db
        .updateTable('user_convs')
        .set({ read_seq: target, version })
        .where('uid', '=', uid)
        .where('conv_id', '=', convId)
        .where('read_seq', '<', target)
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `conversation ${convId}`);
    }
    return (await this.get(uid, convId))!;
  }

  async unreadTotal(uid: string): Promise<number> {
    const rows = (await this.listing()
      .where('uc.uid', '=', uid)
      .where('uc.muted', '=', 0)
      .execute()) as unknown as ListingRow[];
    return rows.reduce((sum, r) => sum + Number(r.unread), 0);
  }

  async positions(
    convId: string,
    uids: readonly string[],
  ): Promise<Map<string, { readSeq: number; startSeq: number }>> {
    const out = new Map<string, { readSeq: number; startSeq: number }>();
    for (const chunk of chunksFor([...new Set(uids)], 1, this.ops.maxParams - 1)) {
      const rows = await this.db
        .selectFrom('user_convs')
        .select(['uid', 'read_seq', 'start_seq'])
        .where('conv_id', '=', convId)
        .where('uid', 'in', chunk)
        .execute();
      for (const r of rows) out.set(r.uid, { readSeq: Number(r.read_seq), startSeq: Number(r.start_seq) });
    }
    return out;
  }

  async startSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const chunk of chunksFor([...new Set(convIds)], 1, this.ops.maxParams - 1)) {
      const rows = await this.db
        .selectFrom('user_convs')
        .select(['conv_id', 'start_seq'])
        .where('uid', '=', uid)
        .where('conv_id', 'in', chunk)
        .execute();
      for (const r of rows) out.set(r.conv_id, Number(r.start_seq));
    }
    return out;
  }

  async peerReadSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const chunk of chunksFor([...new Set(convIds)], 1, this.ops.maxParams - 2)) {
      const rows = await this.db
        .selectFrom('user_convs')
        .select(['conv_id', 'read_seq'])
        .where('conv_id', 'in', chunk)
        .where('uid', '<>', uid)
        .where('conv_type', '=', 'c2c')
        .execute();
      for (const r of rows) out.set(r.conv_id, Number(r.read_seq));
    }
    return out;
  }
}
