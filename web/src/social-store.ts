/**
 * Groups and friends over the ChatStore's client: the user's groups (names for the conversation
 * list), the members of the group whose info panel is open, friends and friend requests, and which
 * side panel is open. It follows the ChatStore: when the store's client changes (sign-in, sign-out)
 * it wires its listeners onto the new one; group changes arrive as SYSTEM messages in the group's
 * conversation, friend requests and answers as `contact` events.
 */
import {
  type ChatMessage,
  type Conversation,
  type Friend,
  type FriendRequest,
  type GroupInfo,
  type GroupMember,
  groupConvId,
  groupIdOf,
  type ParleyClient,
  type Profile,
} from '@parley/client';
import type { ChatStore } from './chat-store.ts';

export type Panel =
  | { kind: 'friends' }
  | { kind: 'new-group' }
  | { kind: 'group'; groupId: string }
  | undefined;

/** Why this user is no longer in a group. */
export type Gone = 'removed' | 'left' | 'dismissed';

interface SystemEvent {
  event: string;
  by?: string;
  uids?: string[];
  name?: string;
  role?: string;
}

function parseSystem(content: string): SystemEvent | undefined {
  try {
    const v = JSON.parse(content) as SystemEvent;
    return v && typeof v.event === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

function names(uids: string[] | undefined, me: string): string {
  return (uids ?? []).map((u) => (u === me ? 'you' : u)).join(', ');
}

/** A group's SYSTEM message as a sentence ("alice added bob, carol"). */
export function describeSystem(content: string, me: string): string {
  const e = parseSystem(content);
  if (!e) return 'Group updated';
  const by = e.by === me ? 'You' : (e.by ?? 'Someone');
  const who = names(e.uids, me);
  switch (e.event) {
    case 'created':
      return `${by} created the group${e.name ? ` “${e.name}”` : ''}`;
    case 'invited':
      return `${by} added ${who}`;
    case 'joined':
      return `${who} joined`;
    case 'removed':
      return `${by} removed ${who}`;
    case 'left':
      return `${who} left`;
    case 'dismissed':
      return `${by} dismissed the group`;
    case 'updated':
      return e.name ? `${by} renamed the group to “${e.name}”` : `${by} changed the group settings`;
    case 'role_changed':
      return e.role === 'admin' ? `${by} made ${who} an admin` : `${by} made ${who} a member`;
    case 'owner_changed':
      return `${who} ${who === 'you' ? 'are' : 'is'} now the owner`;
    case 'muted_all':
      return `${by} muted the group`;
    case 'unmuted_all':
      return `${by} unmuted the group`;
    case 'muted':
      return `${by} muted ${who}`;
    case 'unmuted':
      return `${by} unmuted ${who}`;
    case 'nickname_changed':
      return `${who} changed nickname`;
    default:
      return 'Group updated';
  }
}

export class SocialStore {
  /** The user's groups, by group id (from myGroups, kept current by SYSTEM messages). */
  readonly groups = new Map<string, GroupInfo>();
  /** Names of groups this user sees a conversation of but is not in (any more). */
  private readonly otherNames = new Map<string, string>();
  /** Groups this user was removed from, left, or that were dismissed, in this session. */
  readonly gone = new Map<string, Gone>();
  /** Members of the group whose panel is open (by group id), ordered by uid. */
  readonly members = new Map<string, GroupMember[]>();
  friends: Friend[] = [];
  requests: FriendRequest[] = [];
  panel: Panel;

  private client: ParleyClient | undefined;
  private offs: Array<() => void> = [];
  private loaded = false;
  private active: string | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly asked = new Set<string>();
  private groupsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly chat: ChatStore) {
    chat.subscribe(() => this.follow());
    this.follow();
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  get uid(): string {
    return this.chat.uid;
  }

  /** Incoming friend requests still waiting for an answer. */
  get incoming(): FriendRequest[] {
    return this.requests.filter((r) => r.to === this.uid && r.status === 'pending');
  }

  get outgoing(): FriendRequest[] {
    return this.requests.filter((r) => r.from === this.uid && r.status === 'pending');
  }

  isFriend(uid: string): boolean {
    return this.friends.some((f) => f.uid === uid);
  }

  // ---- following the chat store's client ---------------------------------------------------------

  private follow(): void {
    const c = this.chat.sdk;
    if (c !== this.client) {
      for (const off of this.offs) off();
      this.offs = [];
      clearTimeout(this.groupsTimer);
      this.client = c;
      this.loaded = false;
      this.groups.clear();
      this.otherNames.clear();
      this.gone.clear();
      this.members.clear();
      this.asked.clear();
      this.friends = [];
      this.requests = [];
      this.panel = undefined;
      if (c) this.wire(c);
      this.changed();
    }
    // The group panel follows the open conversation: another group's info, or closed.
    const active = this.chat.active;
    if (active !== this.active) {
      this.active = active;
      const groupId = active === undefined ? undefined : groupIdOf(active);
      if (this.panel?.kind === 'group' && this.panel.groupId !== groupId) {
        this.open(groupId === undefined ? undefined : { kind: 'group', groupId });
      }
    }
    if (c && !this.loaded && c.state === 'ready') {
      this.loaded = true;
      void this.reload();
    }
  }

  private wire(c: ParleyClient): void {
    this.offs.push(
      c.on('message', (m) => this.onMessage(m)),
      c.on('contact', (e) => {
        if (e.kind === 'accepted' || e.kind === 'unfriended') void this.loadFriends();
        void this.loadRequests();
      }),
      c.on('reconnected', () => void this.reload()),
    );
  }

  private async reload(): Promise<void> {
    await Promise.all([this.loadGroups(), this.loadFriends(), this.loadRequests()]);
    const p = this.panel;
    if (p?.kind === 'group') await this.loadMembers(p.groupId);
  }

  /** `fn` on the current client; undefined when signed out or when the client changed meanwhile. */
  private async call<T>(fn: (c: ParleyClient) => Promise<T>): Promise<T | undefined> {
    const c = this.client;
    if (!c) return undefined;
    const r = await fn(c);
    return this.client === c ? r : undefined;
  }

  private async quietly(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch {
      // Offline or refused: the next event or reconnect loads again.
    }
  }

  async loadGroups(): Promise<void> {
    await this.quietly(async () => {
      const list = await this.call((c) => c.myGroups());
      if (!list) return;
      this.groups.clear();
      for (const g of list) {
        this.groups.set(g.groupId, g);
        if (g.dismissed) this.gone.set(g.groupId, 'dismissed');
        else this.gone.delete(g.groupId);
      }
      // A group conversation of a group this user is not in: removed while away (the server adds
      // members before it posts the message that makes the conversation).
      for (const conv of this.chat.conversations) {
        const id = groupIdOf(conv.convId);
        if (id !== undefined && !this.groups.has(id) && !this.gone.has(id)) this.gone.set(id, 'removed');
      }
      this.changed();
    });
  }

  async loadFriends(): Promise<void> {
    await this.quietly(async () => {
      const list = await this.call((c) => c.friends());
      if (!list) return;
      this.friends = list.sort((a, b) => a.uid.localeCompare(b.uid));
      this.changed();
    });
  }

  async loadRequests(): Promise<void> {
    await this.quietly(async () => {
      const list = await this.call((c) => c.friendRequests());
      if (!list) return;
      this.requests = list.sort((a, b) => b.ts - a.ts);
      this.changed();
    });
  }

  async loadMembers(groupId: string): Promise<void> {
    await this.quietly(async () => {
      const all: GroupMember[] = [];
      let afterUid = '';
      for (;;) {
        const page = await this.call((c) => c.groupMembers(groupId, { afterUid, limit: 200 }));
        if (!page) return;
        all.push(...page.members);
        const last = page.members.at(-1);
        if (!page.hasMore || !last) break;
        afterUid = last.uid;
      }
      this.members.set(groupId, all);
      this.changed();
    });
  }

  private onMessage(m: ChatMessage): void {
    const groupId = groupIdOf(m.convId);
    if (groupId === undefined || m.type !== 'system') return;
    const e = parseSystem(m.content);
    if (e) {
      const me = this.uid;
      if ((e.event === 'removed' || e.event === 'left') && e.uids?.includes(me)) {
        this.gone.set(groupId, e.event);
        this.members.delete(groupId);
      } else if (e.event === 'dismissed') this.gone.set(groupId, 'dismissed');
      else if (e.event === 'invited' || e.event === 'joined' || e.event === 'created') {
        if (e.uids?.includes(me) || e.by === me) this.gone.delete(groupId);
      }
    }
    this.changed();
    // Several changes in a row (a batch of system messages after a reconnect) load once.
    clearTimeout(this.groupsTimer);
    this.groupsTimer = setTimeout(() => {
      void this.loadGroups();
      const p = this.panel;
      if (p?.kind === 'group' && !this.gone.has(p.groupId)) void this.loadMembers(p.groupId);
    }, 120);
  }

  // ---- names for the conversation list and the chat ----------------------------------------------

  /** The group's name, or its id until the name is known. */
  groupName(groupId: string): string {
    const known = this.groups.get(groupId)?.name ?? this.otherNames.get(groupId);
    if (known) return known;
    if (!this.asked.has(groupId) && this.client) {
      this.asked.add(groupId);
      void this.quietly(async () => {
        const g = await this.call((c) => c.groupInfo(groupId));
        if (!g) return;
        this.otherNames.set(groupId, g.name);
        this.changed();
      });
    }
    return groupId;
  }

  /** How a conversation is named: the peer's uid or the group's name. */
  title(conv: Conversation | string): string {
    const convId = typeof conv === 'string' ? conv : conv.convId;
    const groupId = groupIdOf(convId);
    if (groupId !== undefined) return this.groupName(groupId);
    return typeof conv === 'string' ? this.chat.peerOf(conv) : conv.peer;
  }

  /** Whether this user may still write to the group (false once removed, gone or dismissed). */
  isMember(groupId: string): boolean {
    return !this.gone.has(groupId);
  }

  // ---- panels ------------------------------------------------------------------------------------

  open(panel: Panel): void {
    this.panel = panel;
    this.changed();
    if (panel?.kind === 'group') void this.loadMembers(panel.groupId);
    if (panel?.kind === 'friends') void Promise.all([this.loadFriends(), this.loadRequests()]);
  }

  // ---- groups ------------------------------------------------------------------------------------

  private required(): ParleyClient {
    if (!this.client) throw new Error('Not signed in');
    return this.client;
  }

  async createGroup(name: string, members: string[]): Promise<GroupInfo> {
    const c = this.required();
    const g = await c.createGroup({ name, members });
    // Signed out meanwhile: nothing to show it in.
    if (this.client !== c) return g;
    this.groups.set(g.groupId, g);
    this.gone.delete(g.groupId);
    this.panel = undefined;
    this.changed();
    await this.chat.refreshConversations();
    await this.chat.open(groupConvId(g.groupId));
    return g;
  }

  async rename(groupId: string, name: string): Promise<void> {
    const c = this.required();
    const g = await c.updateGroup(groupId, { name });
    if (this.client !== c) return;
    this.groups.set(groupId, g);
    this.changed();
  }

  async invite(groupId: string, uids: string[]): Promise<void> {
    const c = this.required();
    const g = await c.inviteToGroup(groupId, uids);
    if (this.client !== c) return;
    this.groups.set(groupId, g);
    await this.loadMembers(groupId);
  }

  async remove(groupId: string, uid: string): Promise<void> {
    const c = this.required();
    const g = await c.kickFromGroup(groupId, [uid]);
    if (this.client !== c) return;
    this.groups.set(groupId, g);
    await this.loadMembers(groupId);
  }

  async setRole(groupId: string, uid: string, role: 'admin' | 'member'): Promise<void> {
    await this.required().setGroupRole(groupId, uid, role);
    await this.loadMembers(groupId);
  }

  async leave(groupId: string): Promise<void> {
    const c = this.required();
    await c.leaveGroup(groupId);
    if (this.client !== c) return;
    this.gone.set(groupId, 'left');
    this.groups.delete(groupId);
    this.members.delete(groupId);
    this.changed();
  }

  async dismiss(groupId: string): Promise<void> {
    const c = this.required();
    await c.dismissGroup(groupId);
    if (this.client !== c) return;
    this.gone.set(groupId, 'dismissed');
    await this.loadGroups();
  }

  // ---- friends and users -------------------------------------------------------------------------

  async searchUsers(query: string): Promise<Profile[]> {
    const q = query.trim();
    if (!q) return [];
    return (await this.required().searchUsers(q, 20)).filter((p) => p.uid !== this.uid);
  }

  /** Sends a friend request; true when that made them friends at once (they had asked too). */
  async requestFriend(uid: string, note: string): Promise<boolean> {
    const r = await this.required().sendFriendRequest(uid, note);
    await Promise.all([this.loadRequests(), r.friends ? this.loadFriends() : Promise.resolve()]);
    return r.friends;
  }

  async answer(fromUid: string, accept: boolean): Promise<void> {
    await this.required().respondFriendRequest(fromUid, accept);
    await Promise.all([this.loadRequests(), this.loadFriends()]);
  }

  async unfriend(uid: string): Promise<void> {
    await this.required().deleteFriend(uid);
    await this.loadFriends();
  }

  /** Opens the one-to-one chat with a user and closes the panel. */
  async chatWith(uid: string): Promise<void> {
    this.panel = undefined;
    this.changed();
    await this.chat.open(this.chat.convIdWith(uid));
  }
}

const stores = new WeakMap<ChatStore, SocialStore>();

/** The one SocialStore of a ChatStore, made on first use. */
export function socialOf(chat: ChatStore): SocialStore {
  let s = stores.get(chat);
  if (!s) {
    s = new SocialStore(chat);
    stores.set(chat, s);
  }
  return s;
}
