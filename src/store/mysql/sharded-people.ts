/**
 * The per-user aggregates of the sharded store: users, tokens, devices, contacts and
 * conversation entries. Each call goes to the home shard of its key; reads over many users go
 * to each home concurrently; listings over all users merge the shards' ordered answers.
 */
import { parseConvId } from '../conv-id.ts';
import type {
  ApiKeyRecord,
  ApiKeyStore,
  ContactStore,
  ConversationStore,
  ConvHead,
  ConvListing,
  DeviceRecord,
  DeviceStore,
  FriendRecord,
  FriendRequestRecord,
  NewUser,
  PlatformName,
  ProfilePatch,
  PushJob,
  PushStore,
  PushTokenRecord,
  TokenRecord,
  TokenStore,
  UserConvPatch,
  UserRecord,
  UserStore,
} from '../types.ts';
import type { ShardRouter } from './shard-router.ts';

/** Byte-wise order of ids (uids are ASCII), as the databases' binary collation orders them. */
function byUid(a: UserRecord, b: UserRecord): number {
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

export class ShardedUserStore implements UserStore {
  constructor(private readonly r: ShardRouter) {}

  create(user: NewUser): Promise<void> {
    return this.r.at(this.r.home(user.uid)).users.create(user);
  }

  get(uid: string): Promise<UserRecord | undefined> {
    return this.r.at(this.r.home(uid)).users.get(uid);
  }

  async existing(uids: readonly string[]): Promise<Set<string>> {
    const parts = await this.r.byHome(uids, (p, ks) => p.users.existing(ks));
    return new Set(parts.flatMap((s) => [...s]));
  }

  /** Each shard's first `limit` after `after`, merged by uid. */
  async list(opts: { after?: string; limit: number }): Promise<UserRecord[]> {
    if (opts.limit <= 0) return [];
    const parts = await this.r.all((p) => p.users.list(opts));
    return parts.flat().sort(byUid).slice(0, opts.limit);
  }

  setDisabled(uid: string, disabled: boolean): Promise<void> {
    return this.r.at(this.r.home(uid)).users.setDisabled(uid, disabled);
  }

  setPasswordHash(uid: string, passwordHash: string): Promise<void> {
    return this.r.at(this.r.home(uid)).users.setPasswordHash(uid, passwordHash);
  }

  updateProfile(uid: string, patch: ProfilePatch): Promise<UserRecord> {
    return this.r.at(this.r.home(uid)).users.updateProfile(uid, patch);
  }

  async getMany(uids: readonly string[]): Promise<UserRecord[]> {
    return (await this.r.byHome(uids, (p, ks) => p.users.getMany(ks))).flat();
  }

  /** Each shard's best `limit`, merged in the same order: exact uid match first, then by uid. */
  async search(query: string, limit: number): Promise<UserRecord[]> {
    if (limit <= 0) return [];
    const parts = await this.r.all((p) => p.users.search(query, limit));
    const rank = (u: UserRecord) => (u.uid === query ? 0 : 1);
    return parts
      .flat()
      .sort((a, b) => rank(a) - rank(b) || byUid(a, b))
      .slice(0, limit);
  }
}

export class ShardedTokenStore implements TokenStore {
  constructor(private readonly r: ShardRouter) {}

  create(token: TokenRecord): Promise<void> {
    return this.r.at(this.r.home(token.tokenHash)).tokens.create(token);
  }

  get(tokenHash: string): Promise<TokenRecord | undefined> {
    return this.r.at(this.r.home(tokenHash)).tokens.get(tokenHash);
  }

  revoke(tokenHash: string): Promise<boolean> {
    return this.r.at(this.r.home(tokenHash)).tokens.revoke(tokenHash);
  }

  async revokeAllOf(uid: string, deviceId?: string): Promise<number> {
    return (await this.r.all((p) => p.tokens.revokeAllOf(uid, deviceId))).reduce((a, b) => a + b, 0);
  }

  async deleteExpired(now: number): Promise<number> {
    return (await this.r.all((p) => p.tokens.deleteExpired(now))).reduce((a, b) => a + b, 0);
  }
}

export class ShardedDeviceStore implements DeviceStore {
  constructor(private readonly r: ShardRouter) {}

  upsert(d: {
    uid: string;
    deviceId: string;
    platform: PlatformName;
    lastLoginAt: number;
  }): Promise<DeviceRecord> {
    return this.r.at(this.r.home(d.uid)).devices.upsert(d);
  }

  get(uid: string, deviceId: string): Promise<DeviceRecord | undefined> {
    return this.r.at(this.r.home(uid)).devices.get(uid, deviceId);
  }

  listOf(uid: string): Promise<DeviceRecord[]> {
    return this.r.at(this.r.home(uid)).devices.listOf(uid);
  }

  /** One transaction per home shard: cursors only rise, so a partial raise is harmless. */
  async raiseAckSeqs(updates: readonly { uid: string; deviceId: string; ackSeq: number }[]): Promise<void> {
    const byShard = this.r.groupBy(updates, (u) => this.r.home(u.uid));
    await Promise.all([...byShard].map(([s, list]) => this.r.at(s).devices.raiseAckSeqs(list)));
  }
}

/** Friendships and friend requests are written to both users' homes in one transaction. */
export class ShardedContactStore implements ContactStore {
  constructor(private readonly r: ShardRouter) {}

  #both(a: string, b: string): number[] {
    return this.r.homes([a, b]);
  }

  async putRequest(req: Omit<FriendRequestRecord, 'status'>): Promise<void> {
    await this.r.each(this.#both(req.fromUid, req.toUid), (p) => p.contacts.putRequest(req));
  }

  getRequest(fromUid: string, toUid: string): Promise<FriendRequestRecord | undefined> {
    return this.r.at(this.r.home(fromUid)).contacts.getRequest(fromUid, toUid);
  }

  async settleRequest(fromUid: string, toUid: string, status: 'accepted' | 'rejected'): Promise<boolean> {
    const done = await this.r.each(this.#both(fromUid, toUid), (p) =>
      p.contacts.settleRequest(fromUid, toUid, status),
    );
    return done[0]!;
  }

  pendingRequests(uid: string): Promise<FriendRequestRecord[]> {
    return this.r.at(this.r.home(uid)).contacts.pendingRequests(uid);
  }

  async addFriends(a: string, b: string, since: number): Promise<void> {
    await this.r.each(this.#both(a, b), (p) => p.contacts.addFriends(a, b, since));
  }

  async removeFriends(a: string, b: string): Promise<boolean> {
    const done = await this.r.each(this.#both(a, b), (p) => p.contacts.removeFriends(a, b));
    return done[0]!;
  }

  areFriends(a: string, b: string): Promise<boolean> {
    return this.r.at(this.r.home(a)).contacts.areFriends(a, b);
  }

  friendsOf(uid: string): Promise<FriendRecord[]> {
    return this.r.at(this.r.home(uid)).contacts.friendsOf(uid);
  }

  async setRemark(uid: string, friendUid: string, remark: string): Promise<void> {
    await this.r.each(this.#both(uid, friendUid), (p) => p.contacts.setRemark(uid, friendUid, remark));
  }

  /** Blocks are one user's list: only the blocker's home holds them. */
  setBlocked(uid: string, blockedUid: string, blocked: boolean, ts: number): Promise<void> {
    return this.r.at(this.r.home(uid)).contacts.setBlocked(uid, blockedUid, blocked, ts);
  }

  isBlocked(uid: string, other: string): Promise<boolean> {
    return this.r.at(this.r.home(uid)).contacts.isBlocked(uid, other);
  }

  blockedBy(uid: string): Promise<string[]> {
    return this.r.at(this.r.home(uid)).contacts.blockedBy(uid);
  }
}

/** Entries live on their user's home, beside a replica of each of the user's conversations. */
export class ShardedConversationStore implements ConversationStore {
  constructor(private readonly r: ShardRouter) {}

  list(uid: string, opts: { sinceVersion: number; includeHidden: boolean }): Promise<ConvListing[]> {
    return this.r.at(this.r.home(uid)).conversations.list(uid, opts);
  }

  get(uid: string, convId: string): Promise<ConvListing | undefined> {
    return this.r.at(this.r.home(uid)).conversations.get(uid, convId);
  }

  head(convId: string): Promise<ConvHead | undefined> {
    return this.r.at(this.r.convHome(convId)).conversations.head(convId);
  }

  update(uid: string, convId: string, patch: UserConvPatch, version: number): Promise<ConvListing> {
    return this.r.at(this.r.home(uid)).conversations.update(uid, convId, patch, version);
  }

  markRead(uid: string, convId: string, seq: number, version: number): Promise<ConvListing> {
    return this.r.at(this.r.home(uid)).conversations.markRead(uid, convId, seq, version);
  }

  unreadTotal(uid: string): Promise<number> {
    return this.r.at(this.r.home(uid)).conversations.unreadTotal(uid);
  }

  async positions(
    convId: string,
    uids: readonly string[],
  ): Promise<Map<string, { readSeq: number; startSeq: number }>> {
    const parts = await this.r.byHome(uids, (p, ks) => p.conversations.positions(convId, ks));
    return new Map(parts.flatMap((m) => [...m]));
  }

  startSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>> {
    return this.r.at(this.r.home(uid)).conversations.startSeqs(uid, convIds);
  }

  /** Each conversation's peer entry is read on the peer's home. */
  async peerReadSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>> {
    const c2c = [...new Set(convIds)].flatMap((convId) => {
      const c = parseConvId(convId);
      return c?.type === 'c2c' ? [{ convId, peer: c.a === uid ? c.b : c.a }] : [];
    });
    const byShard = new Map(
      [...this.r.groupBy(c2c, (c) => this.r.home(c.peer))].map(([s, list]) => [s, list.map((c) => c.convId)]),
    );
    const parts = await Promise.all(
      [...byShard].map(([s, ids]) => this.r.at(s).conversations.peerReadSeqs(uid, ids)),
    );
    return new Map(parts.flatMap((m) => [...m]));
  }
}

/** A key lives on the home of its key id. */
export class ShardedApiKeyStore implements ApiKeyStore {
  constructor(private readonly r: ShardRouter) {}

  create(key: ApiKeyRecord): Promise<void> {
    return this.r.at(this.r.home(key.keyId)).apiKeys.create(key);
  }

  get(keyId: string): Promise<ApiKeyRecord | undefined> {
    return this.r.at(this.r.home(keyId)).apiKeys.get(keyId);
  }

  async list(): Promise<ApiKeyRecord[]> {
    const parts = await this.r.all((p) => p.apiKeys.list());
    return parts.flat().sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0));
  }

  revoke(keyId: string, at: number): Promise<boolean> {
    return this.r.at(this.r.home(keyId)).apiKeys.revoke(keyId, at);
  }
}

/** Registrations and queued jobs live on their user's home. */
export class ShardedPushStore implements PushStore {
  constructor(private readonly r: ShardRouter) {}

  /** The token leaves registrations on other shards first, then the home registers it. */
  async putToken(rec: PushTokenRecord): Promise<void> {
    const home = this.r.home(rec.uid);
    await this.r.all((p, s) =>
      s === home ? Promise.resolve() : p.push.deleteInvalid(rec.provider, rec.token),
    );
    await this.r.at(home).push.putToken(rec);
  }

  deleteToken(uid: string, deviceId: string): Promise<boolean> {
    return this.r.at(this.r.home(uid)).push.deleteToken(uid, deviceId);
  }

  async deleteInvalid(provider: string, token: string): Promise<void> {
    await this.r.all((p) => p.push.deleteInvalid(provider, token));
  }

  async tokensOf(uids: readonly string[]): Promise<PushTokenRecord[]> {
    return (await this.r.byHome(uids, (p, ks) => p.push.tokensOf(ks))).flat();
  }

  async enqueue(jobs: readonly PushJob[]): Promise<void> {
    const byShard = this.r.groupBy(jobs, (j) => this.r.home(j.uid));
    await Promise.all([...byShard].map(([s, list]) => this.r.at(s).push.enqueue(list)));
  }

  async claim(now: number, limit: number, leaseMs: number): Promise<PushJob[]> {
    return (await this.r.all((p) => p.push.claim(now, limit, leaseMs))).flat();
  }

  async finish(jobs: readonly Pick<PushJob, 'uid' | 'deviceId' | 'ref'>[]): Promise<void> {
    const byShard = this.r.groupBy(jobs, (j) => this.r.home(j.uid));
    await Promise.all([...byShard].map(([s, list]) => this.r.at(s).push.finish(list)));
  }

  retry(job: Pick<PushJob, 'uid' | 'deviceId' | 'ref'>, nextAt: number): Promise<void> {
    return this.r.at(this.r.home(job.uid)).push.retry(job, nextAt);
  }

  async queued(): Promise<number> {
    return (await this.r.all((p) => p.push.queued())).reduce((a, b) => a + b, 0);
  }
}
