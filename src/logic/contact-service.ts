import {
  type BlockReq,
  Code,
  Commands,
  ContactEventKind,
  type Empty,
  encodePush,
  type FriendRemarkReq,
  type FriendRequestReq,
  type FriendRequestResp,
  FriendRequestStatus,
  type FriendRequestsResp,
  type FriendRespondReq,
  type FriendsResp,
  ParleyError,
  type PresenceResp,
  type ProfileResp,
  type ProfilesResp,
  type ProfileUpdateReq,
  type UidReq,
  type UidsReq,
  type UidsResp,
  type UserSearchReq,
} from '@parley/protocol';
import { NotFoundError } from '../store/errors.ts';
import type { FriendRequestStatusName, ProfilePatch } from '../store/types.ts';
import { checkUid } from './auth-service.ts';
import { toWireProfile } from './convert.ts';
import { GateFrames, pushToUsers } from './push.ts';
import type { LogicDeps, Session } from './types.ts';
import { limitedText, uidList } from './validate.ts';

const MAX_UIDS = 200;
const MAX_NOTE = 512;
const MAX_REMARK = 128;
const BLOCK_CACHE = 100_000;
/**
 * How long a recipient's cached block list is trusted. Changes made on this node apply at once;
 * on a cluster a block made through another node applies within this time.
 */
const BLOCK_CACHE_MS = 5000;
const STATUS: Record<FriendRequestStatusName, FriendRequestStatus> = {
  pending: FriendRequestStatus.PENDING,
  accepted: FriendRequestStatus.ACCEPTED,
  rejected: FriendRequestStatus.REJECTED,
};

/**
 * Contacts (friend requests, friends, blocks, the messaging policy), profiles and presence
 * subscriptions. Who blocked whom is cached per recipient for the send path and dropped on every
 * local change (a cluster would need the change published).
 */
export class ContactService {
  private readonly blockedByCache = new Map<string, { blocked: Set<string>; at: number }>();
  /** Watched uid → watching sessions (session id → gate). */
  private readonly watchers = new Map<string, Map<string, string>>();
  /** Session id → its user and the uids it watches (for cleanup when the session ends). */
  private readonly watching = new Map<string, { owner: string; uids: Set<string> }>();

  constructor(private readonly d: LogicDeps) {
    // Changes published by any node (this one included) for users watched here.
    d.bus.onPresence((uid, online) => this.announce(uid, online));
  }

  /** Refuses a one-to-one message that the recipient's block list or the policy forbids. */
  async mayMessage(from: string, to: string): Promise<void> {
    const now = Date.now();
    let cached = this.blockedByCache.get(to);
    if (!cached || now - cached.at > BLOCK_CACHE_MS) {
      cached = { blocked: new Set(await this.d.store.contacts.blockedBy(to)), at: now };
      if (this.blockedByCache.size >= BLOCK_CACHE) this.blockedByCache.clear();
      this.blockedByCache.set(to, cached);
    }
    if (cached.blocked.has(from)) throw new ParleyError(Code.BLOCKED, undefined, 'to_uid');
    if (
      this.d.config['contacts.messagePolicy'] === 'friends' &&
      !(await this.d.store.contacts.areFriends(from, to))
    ) {
      throw new ParleyError(Code.NOT_FRIENDS, undefined, 'to_uid');
    }
  }

  async request(session: Session, req: FriendRequestReq): Promise<FriendRequestResp> {
    const to = checkUid(req.toUid, 'to_uid');
    if (to === session.uid) throw new ParleyError(Code.BAD_REQUEST, 'you cannot befriend yourself', 'to_uid');
    const note = limitedText(req.note, MAX_NOTE, 'note');
    if (!(await this.d.store.users.get(to))) throw new ParleyError(Code.USER_NOT_FOUND, undefined, 'to_uid');
    if (await this.d.store.contacts.isBlocked(to, session.uid))
      throw new ParleyError(Code.BLOCKED, undefined, 'to_uid');
    if (await this.d.store.contacts.areFriends(session.uid, to)) return { friends: true };
    const now = Date.now();
    // They asked first: asking back is accepting.
    if (await this.d.store.contacts.settleRequest(to, session.uid, 'accepted')) {
      await this.d.store.contacts.addFriends(session.uid, to, now);
      await this.tell(to, ContactEventKind.ACCEPTED_REQUEST, session.uid, '');
      return { friends: true };
    }
    await this.d.store.contacts.putRequest({ fromUid: session.uid, toUid: to, note, ts: now });
    await this.tell(to, ContactEventKind.REQUESTED, session.uid, note);
    return { friends: false };
  }

  async respond(session: Session, req: FriendRespondReq): Promise<Empty> {
    const from = checkUid(req.fromUid, 'from_uid');
    const status = req.accept ? 'accepted' : 'rejected';
    if (!(await this.d.store.contacts.settleRequest(from, session.uid, status))) {
      throw new ParleyError(Code.REQUEST_NOT_FOUND, `no pending request from ${from}`, 'from_uid');
    }
    if (req.accept) await this.d.store.contacts.addFriends(from, session.uid, Date.now());
    await this.tell(
      from,
      req.accept ? ContactEventKind.ACCEPTED_REQUEST : ContactEventKind.REJECTED_REQUEST,
      session.uid,
      '',
    );
    return {};
  }

  async requests(session: Session, _req: Empty): Promise<FriendRequestsResp> {
    const rows = await this.d.store.contacts.pendingRequests(session.uid);
    return {
      requests: rows.map((r) => ({
        fromUid: r.fromUid,
        toUid: r.toUid,
        note: r.note,
        status: STATUS[r.status],
        ts: r.ts,
      })),
    };
  }

  async friends(session: Session, _req: Empty): Promise<FriendsResp> {
    const rows = await this.d.store.contacts.friendsOf(session.uid);
    const profiles = new Map(
      (await this.d.store.users.getMany(rows.map((r) => r.friendUid))).map((u) => [u.uid, toWireProfile(u)]),
    );
    return {
      friends: rows.map((r) => ({
        uid: r.friendUid,
        remark: r.remark,
        since: r.since,
        profile: profiles.get(r.friendUid) ?? null,
      })),
    };
  }

  async remark(session: Session, req: FriendRemarkReq): Promise<Empty> {
    const uid = checkUid(req.uid);
    try {
      await this.d.store.contacts.setRemark(session.uid, uid, limitedText(req.remark, MAX_REMARK, 'remark'));
    } catch (err) {
      if (err instanceof NotFoundError)
        throw new ParleyError(Code.NOT_FRIENDS, `${uid} is not your friend`, 'uid');
      throw err;
    }
    return {};
  }

  async unfriend(session: Session, req: UidReq): Promise<Empty> {
    const uid = checkUid(req.uid);
    if (!(await this.d.store.contacts.removeFriends(session.uid, uid))) {
      throw new ParleyError(Code.NOT_FRIENDS, `${uid} is not your friend`, 'uid');
    }
    this.unwatchAll(uid, session.uid);
    await this.tell(uid, ContactEventKind.UNFRIENDED, session.uid, '');
    return {};
  }

  async block(session: Session, req: BlockReq): Promise<Empty> {
    const uid = checkUid(req.uid);
    if (uid === session.uid) throw new ParleyError(Code.BAD_REQUEST, 'you cannot block yourself', 'uid');
    if (!(await this.d.store.users.get(uid))) throw new ParleyError(Code.USER_NOT_FOUND, undefined, 'uid');
    await this.d.store.contacts.setBlocked(session.uid, uid, req.blocked === true, Date.now());
    this.blockedByCache.delete(session.uid);
    return {};
  }

  async blocklist(session: Session, _req: Empty): Promise<UidsResp> {
    return { uids: await this.d.store.contacts.blockedBy(session.uid) };
  }

  async profiles(_session: Session, req: UidsReq): Promise<ProfilesResp> {
    const users = await this.d.store.users.getMany(uidList(req.uids, MAX_UIDS, 'uids'));
    return { profiles: users.filter((u) => !u.disabled).map(toWireProfile) };
  }

  async updateProfile(session: Session, req: ProfileUpdateReq): Promise<ProfileResp> {
    const patch: ProfilePatch = {};
    if (req.nickname != null) {
      patch.nickname = limitedText(req.nickname, 64, 'nickname').trim();
      if (patch.nickname === '')
        throw new ParleyError(Code.BAD_REQUEST, 'nickname must not be empty', 'nickname');
    }
    if (req.avatar != null) patch.avatar = limitedText(req.avatar, 512, 'avatar');
    if (req.signature != null) patch.signature = limitedText(req.signature, 255, 'signature');
    if (req.readReceipts != null) patch.readReceipts = req.readReceipts;
    const u = await this.d.store.users.updateProfile(session.uid, patch);
    return { profile: toWireProfile(u), readReceipts: u.readReceipts };
  }

  async search(_session: Session, req: UserSearchReq): Promise<ProfilesResp> {
    const q = (req.query ?? '').trim();
    if (q.length === 0 || q.length > 64)
      throw new ParleyError(Code.BAD_REQUEST, 'query must be 1-64 characters', 'query');
    const users = await this.d.store.users.search(q, Math.min(req.limit || 20, 50));
    return { profiles: users.map(toWireProfile) };
  }

  /** Friends only; answers the current states and pushes USER/PRESENCE on every change. */
  async subscribe(session: Session, req: UidsReq): Promise<PresenceResp> {
    const list = uidList(req.uids, MAX_UIDS, 'uids');
    const friends = new Set((await this.d.store.contacts.friendsOf(session.uid)).map((f) => f.friendUid));
    const stranger = list.find((uid) => uid !== session.uid && !friends.has(uid));
    if (stranger !== undefined)
      throw new ParleyError(Code.NOT_FRIENDS, `${stranger} is not your friend`, 'uids');
    let mine = this.watching.get(session.sessionId);
    if (!mine) {
      mine = { owner: session.uid, uids: new Set() };
      this.watching.set(session.sessionId, mine);
    }
    for (const uid of list) {
      mine.uids.add(uid);
      let w = this.watchers.get(uid);
      if (!w) {
        w = new Map();
        this.watchers.set(uid, w);
        await this.d.bus.watchPresence(uid);
      }
      w.set(session.sessionId, session.gateId);
    }
    const online = await this.d.presence.sessionsOfMany(list);
    const now = Date.now();
    return { states: list.map((uid) => ({ uid, online: online.has(uid), ts: now })) };
  }

  async unsubscribe(session: Session, req: UidsReq): Promise<Empty> {
    for (const uid of uidList(req.uids, MAX_UIDS, 'uids')) this.unwatch(uid, session.sessionId);
    return {};
  }

  /** A session started: watchers on every node learn the user is online (if it is the first). */
  async sessionStarted(session: Session): Promise<void> {
    const sessions = await this.d.presence.sessionsOf(session.uid);
    if (sessions.length === 1) this.d.bus.publishPresence(session.uid, true);
  }

  /** A session ended: its subscriptions go; watchers learn when the user's last session is gone. */
  async sessionEnded(session: Session): Promise<void> {
    for (const uid of this.watching.get(session.sessionId)?.uids ?? []) this.unwatch(uid, session.sessionId);
    this.watching.delete(session.sessionId);
    if ((await this.d.presence.sessionsOf(session.uid)).length === 0)
      this.d.bus.publishPresence(session.uid, false);
  }

  private announce(uid: string, online: boolean): void {
    const w = this.watchers.get(uid);
    if (!w || w.size === 0) return;
    const frame = encodePush(Commands.presence, { uid, online, ts: Date.now() });
    const out = new GateFrames();
    for (const [sessionId, gateId] of w) out.add({ sessionId, gateId }, frame);
    out.send(this.d.bus);
  }

  private unwatch(uid: string, sessionId: string): void {
    const w = this.watchers.get(uid);
    w?.delete(sessionId);
    if (w?.size === 0) {
      this.watchers.delete(uid);
      void this.d.bus
        .unwatchPresence(uid)
        .catch((err: unknown) => this.d.log.warn({ err }, 'unwatch failed'));
    }
    this.watching.get(sessionId)?.uids.delete(uid);
  }

  /** Ends the presence subscriptions between two users (after an unfriend), both ways. */
  private unwatchAll(a: string, b: string): void {
    for (const [sessionId, w] of this.watching) {
      if (w.owner === a && w.uids.has(b)) this.unwatch(b, sessionId);
      if (w.owner === b && w.uids.has(a)) this.unwatch(a, sessionId);
    }
  }

  private async tell(uid: string, kind: ContactEventKind, from: string, note: string): Promise<void> {
    await pushToUsers(
      this.d,
      [uid],
      encodePush(Commands.contactEvent, { kind, fromUid: from, note, ts: Date.now() }),
    );
  }
}
