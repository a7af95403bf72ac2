import {
  Commands,
  type Conversation,
  type ConvIdReq,
  type ConvListReq,
  type ConvListResp,
  type ConvResp,
  type ConvUpdateReq,
  type Empty,
  encodePush,
  type MarkReadReq,
  type Message,
  ReceiptKind,
  type UnreadResp,
} from '@parley/protocol';
import { groupConvId } from '../store/conv-id.ts';
import type { ConvListing, StoredMessage } from '../store/types.ts';
import { entryOf, visibleCeiling } from './access.ts';
import { toWireConversation, toWireMessage } from './convert.ts';
import { type IdGenerator, idFloor } from './id-generator.ts';
import { pushToUsers } from './push.ts';
import type { LogicDeps, Session } from './types.ts';
import { limitedText, nonNegative } from './validate.ts';

/**
 * How far back a listing's version reaches: changes stamped with an id taken before the listing
 * but committed after it (a send in flight) must still be "since" the returned version.
 */
const VERSION_OVERLAP_MS = 10_000;
const MAX_DRAFT = 2000;

/** Conversation entries: list, read positions (with read receipts), settings, clear. */
export class ConversationService {
  constructor(private readonly d: LogicDeps & { ids: IdGenerator }) {}

  async list(session: Session, req: ConvListReq): Promise<ConvListResp> {
    const since = nonNegative(req.sinceVersion, 'since_version');
    const version = idFloor(Date.now() - VERSION_OVERLAP_MS);
    const rows = await this.d.store.conversations.list(session.uid, {
      sinceVersion: since,
      includeHidden: req.includeHidden === true,
    });
    const conversations = await this.toWire(session.uid, rows);
    conversations.sort(
      (a, b) => Number(b.pinned) - Number(a.pinned) || Number(b.lastTs ?? 0) - Number(a.lastTs ?? 0),
    );
    const totalUnread =
      since === 0 && req.includeHidden !== true
        ? rows.reduce((sum, r) => sum + (r.muted ? 0 : r.unread), 0)
        : await this.d.store.conversations.unreadTotal(session.uid);
    return { conversations, version, totalUnread };
  }

  async markRead(session: Session, req: MarkReadReq): Promise<ConvResp> {
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    const seq = nonNegative(req.seq, 'seq');
    const target = seq === 0 ? visibleCeiling(entry) : seq;
    const after = await this.d.store.conversations.markRead(
      session.uid,
      entry.convId,
      target,
      this.d.ids.next(),
    );
    const resp = await this.respond(session, after);
    if (after.readSeq > entry.readSeq && after.convType === 'c2c' && after.peer !== session.uid) {
      void this.readReceipt(session.uid, after).catch((err: unknown) =>
        this.d.log.warn({ err }, 'read receipt failed'),
      );
    }
    return resp;
  }

  async update(session: Session, req: ConvUpdateReq): Promise<ConvResp> {
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    const draft = req.draft == null ? undefined : limitedText(req.draft, MAX_DRAFT, 'draft');
    const version = this.d.ids.next();
    if (req.hidden === true) {
      // Removing a conversation from the list also reads it: its unread would be invisible.
      await this.d.store.conversations.markRead(session.uid, entry.convId, visibleCeiling(entry), version);
    }
    const after = await this.d.store.conversations.update(
      session.uid,
      entry.convId,
      {
        pinned: req.pinned ?? undefined,
        muted: req.muted ?? undefined,
        draft,
        hiddenSeq: req.hidden == null ? undefined : req.hidden ? visibleCeiling(entry) : -1,
      },
      version,
    );
    return this.respond(session, after);
  }

  async clear(session: Session, req: ConvIdReq): Promise<ConvResp> {
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    const version = this.d.ids.next();
    const upTo = visibleCeiling(entry);
    await this.d.store.conversations.markRead(session.uid, entry.convId, upTo, version);
    const after = await this.d.store.conversations.update(
      session.uid,
      entry.convId,
      { startSeq: Math.max(entry.startSeq, upTo) },
      version,
    );
    return this.respond(session, after);
  }

  async unread(session: Session, _req: Empty): Promise<UnreadResp> {
    return { totalUnread: await this.d.store.conversations.unreadTotal(session.uid) };
  }

  /** The answer to the caller, and the same as a CONV/CHANGED push to the user's other sessions. */
  private async respond(session: Session, entry: ConvListing): Promise<ConvResp> {
    const [conversation] = await this.toWire(session.uid, [entry]);
    const resp: ConvResp = {
      conversation: conversation!,
      totalUnread: await this.d.store.conversations.unreadTotal(session.uid),
    };
    void pushToUsers(this.d, [session.uid], encodePush(Commands.convChanged, resp), session.sessionId).catch(
      (err: unknown) => this.d.log.warn({ err }, 'conversation change push failed'),
    );
    return resp;
  }

  /** READ receipt to the peer's sessions, when the reader shares them. */
  private async readReceipt(uid: string, entry: ConvListing): Promise<void> {
    const reader = await this.d.store.users.get(uid);
    if (!reader?.readReceipts) return;
    const page = await this.d.store.messages.convTimeline(entry.convId, entry.readSeq - 1, entry.readSeq, 1);
    const last = page.messages[0];
    const frame = encodePush(Commands.receipt, {
      kind: ReceiptKind.READ,
      msgId: last?.msgId ?? 0,
      byUid: uid,
      ts: Date.now(),
      clientMsgId: last?.clientMsgId ?? '',
      convId: entry.convId,
      readSeq: entry.readSeq,
    });
    await pushToUsers(this.d, [entry.peer], frame);
  }

  /** Wire form with last messages, peers' read positions and diffusion modes, in few queries. */
  async toWire(uid: string, rows: readonly ConvListing[]): Promise<Conversation[]> {
    const lastIds: number[] = [];
    const ceilingFetch: ConvListing[] = [];
    for (const r of rows) {
      const ceiling = visibleCeiling(r);
      if (ceiling <= r.startSeq) continue;
      if (ceiling === r.head.seq) lastIds.push(r.head.lastMsgId);
      else ceilingFetch.push(r);
    }
    const heads = await this.d.store.messages.getMany(lastIds);
    const ceilings: StoredMessage[] = [];
    for (const r of ceilingFetch) {
      const ceiling = visibleCeiling(r);
      const page = await this.d.store.messages.convTimeline(r.convId, ceiling - 1, ceiling, 1);
      if (page.messages[0]) ceilings.push(page.messages[0]);
    }
    // The caller's view: a last message deleted for them shows as deleted, without its content.
    const deleted =
      heads.length + ceilings.length === 0
        ? new Set<number>()
        : await this.d.store.messages.deletedFor(
            uid,
            [...heads, ...ceilings].map((m) => m.msgId),
          );
    const lastById = new Map<number, Message>();
    for (const m of heads) lastById.set(m.msgId, toWireMessage(m, 0, deleted.has(m.msgId)));
    const lastByConv = new Map<string, Message>();
    for (const m of ceilings) lastByConv.set(m.convId, toWireMessage(m, 0, deleted.has(m.msgId)));
    const c2c = rows.filter((r) => r.convType === 'c2c' && r.peer !== uid);
    const peerReads = await this.d.store.conversations.peerReadSeqs(
      uid,
      c2c.map((r) => r.convId),
    );
    const sharing = new Set(
      (await this.d.store.users.getMany([...new Set(c2c.map((r) => r.peer))]))
        .filter((u) => u.readReceipts)
        .map((u) => u.uid),
    );
    const max = this.d.config['group.writeDiffusionMax'];
    const groups = rows.filter((r) => r.convType === 'group');
    const large = new Set(
      (await this.d.store.groups.getMany(groups.map((r) => r.peer)))
        .filter((g) => g.memberCount > max)
        .map((g) => groupConvId(g.groupId)),
    );
    return rows.map((r) =>
      toWireConversation(r, {
        lastMessage:
          visibleCeiling(r) <= r.startSeq
            ? undefined
            : (lastByConv.get(r.convId) ?? lastById.get(r.head.lastMsgId)),
        peerReadSeq: sharing.has(r.peer) ? (peerReads.get(r.convId) ?? 0) : 0,
        readDiffusion: large.has(r.convId),
      }),
    );
  }
}
