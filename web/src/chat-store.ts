/**
 * The app's state over one ParleyClient: the session, the conversation list, the open threads
 * with their pending sends, receipts, typing and connection state. Components read it and
 * re-render on `subscribe`; everything that talks to the server goes through here.
 */
import {
  type ChatMessage,
  type ClientEvents,
  type Conversation,
  c2cConvId,
  groupIdOf,
  type LoginResult,
  ParleyClient,
  ParleyError,
  wsTransport,
} from '@parley/client';

export type SendStatus = 'pending' | 'sent' | 'failed';

export interface UiMessage {
  /** clientMsgId when there is one, else `m<msgId>`: stable from pending to stored. */
  key: string;
  msgId: number;
  clientMsgId: string;
  from: string;
  content: string;
  ts: number;
  convSeq: number;
  recalled: boolean;
  status: SendStatus;
}

export interface Thread {
  convId: string;
  /** Oldest first; pending sends at the end. */
  messages: UiMessage[];
  hasMore: boolean;
  loading: boolean;
}

export type Connection = 'online' | 'offline' | 'signed-out';

const SESSION_KEY = 'parley.session';
const DEVICE_KEY = 'parley.device';
const PAGE = 30;
const TYPING_SHOW_MS = 6000;
const TYPING_SEND_EVERY_MS = 3000;

function randomId(): string {
  return crypto.randomUUID();
}

/** This browser's device id: one per browser profile, kept in localStorage. */
function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = `web-${randomId()}`;
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

function toUi(m: ChatMessage): UiMessage {
  return {
    key: m.clientMsgId || `m${m.msgId}`,
    msgId: m.msgId,
    clientMsgId: m.clientMsgId,
    from: m.from,
    content: m.content,
    ts: m.ts,
    convSeq: m.convSeq,
    recalled: m.recalled,
    status: 'sent',
  };
}

/** Messages a chat shows as bubbles (recall/edit notices change other messages instead). */
function shown(m: ChatMessage): boolean {
  return m.type !== 'recall' && m.type !== 'edit' && !m.deleted;
}

export function errorText(err: unknown): string {
  if (err instanceof ParleyError) return err.message || `error ${err.code}`;
  return err instanceof Error ? err.message : String(err);
}

export class ChatStore {
  uid = '';
  connection: Connection = 'signed-out';
  /** Set when the session ended because the user signed in elsewhere. */
  kicked = false;
  conversations: Conversation[] = [];
  totalUnread = 0;
  active: string | undefined;
  readonly threads = new Map<string, Thread>();
  /** Own messages a peer's device holds (by msgId). */
  readonly delivered = new Set<number>();
  /** Peer read positions (convSeq) learnt from receipts, per conversation. */
  readonly peerRead = new Map<string, number>();
  /** Who types where, until when. */
  readonly typing = new Map<string, { from: string; until: number }>();

  private client: ParleyClient | undefined;
  private readonly listeners = new Set<() => void>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTypingSent = 0;

  constructor(private readonly wsUrl: string) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /** Resumes the session saved in this browser, if its token is still good. */
  async resume(): Promise<boolean> {
    const saved = localStorage.getItem(SESSION_KEY);
    if (!saved) return false;
    try {
      const { uid, token } = JSON.parse(saved) as { uid: string; token: string };
      await this.start({ token, uid });
      return true;
    } catch {
      localStorage.removeItem(SESSION_KEY);
      this.stopClient();
      return false;
    }
  }

  /** Signs in; with `register`, creates the account first (nickname optional). */
  async login(uid: string, password: string, register?: { nickname: string }): Promise<void> {
    try {
      await this.start({ uid, password }, register && { uid, password, nickname: register.nickname });
    } catch (err) {
      this.stopClient();
      throw err;
    }
  }

  async logout(): Promise<void> {
    const client = this.client;
    localStorage.removeItem(SESSION_KEY);
    this.reset();
    this.changed();
    await client?.logout().catch(() => undefined);
    client?.close();
  }

  private newClient(): ParleyClient {
    return new ParleyClient({
      transport: wsTransport({ url: this.wsUrl, connectTimeoutMs: 5000 }),
      reconnect: { minDelayMs: 300, maxDelayMs: 4000 },
      clientVersion: 'parley-web/0.1.0',
    });
  }

  private async start(
    credentials: { uid: string; password: string } | { token: string; uid: string },
    register?: { uid: string; password: string; nickname: string },
  ): Promise<void> {
    this.stopClient();
    const client = this.newClient();
    this.client = client;
    this.wire(client);
    if (register) {
      await client.connect();
      await client.register(
        register.nickname ? register : { uid: register.uid, password: register.password },
      );
    }
    const r: LoginResult = await client.login(credentials, { deviceId: deviceId(), platform: 'web' });
    localStorage.setItem(SESSION_KEY, JSON.stringify({ uid: r.uid, token: r.token }));
    this.uid = r.uid;
    this.kicked = false;
    this.connection = 'online';
    this.changed();
    await this.refreshConversations();
  }

  private stopClient(): void {
    this.client?.close();
    this.reset();
  }

  private reset(): void {
    this.client = undefined;
    this.uid = '';
    this.connection = 'signed-out';
    this.conversations = [];
    this.totalUnread = 0;
    this.active = undefined;
    this.threads.clear();
    this.delivered.clear();
    this.peerRead.clear();
    this.typing.clear();
  }

  private wire(c: ParleyClient): void {
    // Events of a client this store has since replaced are ignored.
    const on = <K extends keyof ClientEvents>(event: K, fn: (p: ClientEvents[K]) => void): void => {
      c.on(event, (p) => {
        if (this.client === c) fn(p);
      });
    };
    on('message', (m) => this.onMessage(m));
    on('recalled', ({ convId, msgId }) => {
      const msg = this.threads.get(convId)?.messages.find((x) => x.msgId === msgId);
      if (msg) {
        msg.recalled = true;
        msg.content = '';
      }
      this.scheduleRefresh();
      this.changed();
    });
    on('delivered', ({ msgId }) => {
      this.delivered.add(msgId);
      this.changed();
    });
    on('read', ({ convId, readSeq }) => {
      this.peerRead.set(convId, Math.max(readSeq, this.peerRead.get(convId) ?? 0));
      this.changed();
    });
    on('typing', ({ convId, from, typing }) => {
      if (from === this.uid) return;
      if (typing) {
        this.typing.set(convId, { from, until: Date.now() + TYPING_SHOW_MS });
        setTimeout(() => this.changed(), TYPING_SHOW_MS + 50);
      } else this.typing.delete(convId);
      this.changed();
    });
    on('conversation', () => this.scheduleRefresh());
    on('disconnected', () => {
      if (this.connection !== 'signed-out') this.connection = 'offline';
      this.changed();
    });
    on('reconnected', () => {
      this.connection = 'online';
      this.changed();
      this.scheduleRefresh();
    });
    on('kicked', () => {
      localStorage.removeItem(SESSION_KEY);
      this.reset();
      this.kicked = true;
      this.changed();
      c.close();
    });
  }

  private onMessage(m: ChatMessage): void {
    if (!shown(m)) return;
    const t = this.threads.get(m.convId);
    if (t) this.merge(t, [toUi(m)]);
    if (m.convId === this.active && m.from !== this.uid) {
      this.typing.delete(m.convId);
      this.scheduleRead();
    }
    this.scheduleRefresh();
    this.changed();
  }

  /** Adds stored messages to a thread: a pending send becomes its stored message, no duplicates. */
  private merge(t: Thread, incoming: UiMessage[]): void {
    for (const m of incoming) {
      const i = t.messages.findIndex(
        (x) => (m.clientMsgId && x.clientMsgId === m.clientMsgId) || (m.msgId && x.msgId === m.msgId),
      );
      if (i >= 0) t.messages.splice(i, 1);
      t.messages.push(m);
    }
    const rank = (m: UiMessage) => (m.status === 'sent' ? m.convSeq : Number.MAX_SAFE_INTEGER);
    t.messages.sort((a, b) => rank(a) - rank(b) || a.ts - b.ts);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refreshConversations(), 150);
  }

  private scheduleRead(): void {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => void this.markActiveRead(), 100);
  }

  async refreshConversations(): Promise<void> {
    const c = this.client;
    if (c?.state !== 'ready') return;
    try {
      const list = await c.conversations();
      if (this.client !== c) return;
      this.conversations = list.conversations.sort(
        (a, b) => Number(b.pinned) - Number(a.pinned) || b.lastTs - a.lastTs,
      );
      this.totalUnread = list.totalUnread;
      for (const conv of list.conversations) {
        if (conv.peerReadSeq > (this.peerRead.get(conv.convId) ?? 0)) {
          this.peerRead.set(conv.convId, conv.peerReadSeq);
        }
      }
      this.changed();
    } catch {
      // Offline or refused: the next event or reconnect refreshes again.
    }
  }

  conversation(convId: string): Conversation | undefined {
    return this.conversations.find((c) => c.convId === convId);
  }

  /** The other side of a conversation: the peer's uid or the group id. */
  peerOf(convId: string): string {
    const conv = this.conversation(convId);
    if (conv) return conv.peer;
    const group = groupIdOf(convId);
    if (group !== undefined) return group;
    const [a, b] = convId.slice(2).split('|');
    return a === this.uid ? (b ?? '') : (a ?? '');
  }

  convIdWith(uid: string): string {
    return c2cConvId(this.uid, uid);
  }

  async open(convId: string | undefined): Promise<void> {
    this.active = convId;
    this.changed();
    if (convId === undefined) return;
    if (!this.threads.has(convId)) {
      this.threads.set(convId, { convId, messages: [], hasMore: true, loading: false });
      await this.loadOlder(convId);
    }
    await this.markActiveRead();
  }

  /** Loads the page of history before the oldest message shown. */
  async loadOlder(convId: string): Promise<void> {
    const t = this.threads.get(convId);
    const c = this.client;
    if (!t || !c || t.loading || !t.hasMore) return;
    t.loading = true;
    this.changed();
    try {
      const oldest = t.messages.find((m) => m.status === 'sent');
      const page = await c.history(
        convId,
        oldest ? { beforeSeq: oldest.convSeq, limit: PAGE } : { limit: PAGE },
      );
      this.merge(t, page.messages.filter(shown).map(toUi));
      t.hasMore = page.hasMore;
    } catch {
      // Offline: scrolling up again retries.
    } finally {
      t.loading = false;
      this.changed();
    }
  }

  private async markActiveRead(): Promise<void> {
    const convId = this.active;
    const c = this.client;
    if (!convId || !c || c.state !== 'ready' || document.visibilityState === 'hidden') return;
    try {
      const r = await c.markRead(convId);
      const i = this.conversations.findIndex((x) => x.convId === convId);
      if (i >= 0) this.conversations[i] = r.conversation;
      this.totalUnread = r.totalUnread;
      this.changed();
    } catch {
      // Not a conversation yet, or offline.
    }
  }

  /** Sends text to the active conversation: shown at once as pending, stored once acked. */
  send(convId: string, content: string, clientMsgId = randomId()): void {
    const c = this.client;
    const t = this.threads.get(convId);
    if (!c || !t) return;
    const existing = t.messages.find((m) => m.clientMsgId === clientMsgId);
    if (existing) existing.status = 'pending';
    else {
      t.messages.push({
        key: clientMsgId,
        msgId: 0,
        clientMsgId,
        from: this.uid,
        content,
        ts: Date.now(),
        convSeq: 0,
        recalled: false,
        status: 'pending',
      });
    }
    this.changed();
    const group = groupIdOf(convId);
    const target = group !== undefined ? { groupId: group } : { to: this.peerOf(convId) };
    c.send({ ...target, content, clientMsgId }).then(
      (ack) => {
        const m = t.messages.find((x) => x.clientMsgId === clientMsgId);
        if (m && m.status !== 'sent') {
          this.merge(t, [{ ...m, msgId: ack.msgId, convSeq: ack.convSeq, ts: ack.ts, status: 'sent' }]);
          this.changed();
        }
      },
      () => {
        const m = t.messages.find((x) => x.clientMsgId === clientMsgId);
        if (m && m.status === 'pending') {
          m.status = 'failed';
          this.changed();
        }
      },
    );
    this.lastTypingSent = 0;
    void c.setTyping(convId, false).catch(() => undefined);
  }

  async recall(msgId: number): Promise<void> {
    await this.client?.recall(msgId);
  }

  /** Tells the peer this user is typing, at most every few seconds. */
  typed(convId: string): void {
    const c = this.client;
    const now = Date.now();
    if (c?.state !== 'ready' || now - this.lastTypingSent < TYPING_SEND_EVERY_MS) return;
    this.lastTypingSent = now;
    void c.setTyping(convId, true).catch(() => undefined);
  }

  typingIn(convId: string): string | undefined {
    const t = this.typing.get(convId);
    return t && t.until > Date.now() ? t.from : undefined;
  }

  async setFlag(convId: string, patch: { pinned?: boolean; muted?: boolean }): Promise<void> {
    await this.client?.updateConversation(convId, patch);
    await this.refreshConversations();
  }

  /** How far a message of this user got: pending, sent, delivered or read. */
  receipt(convId: string, m: UiMessage): 'pending' | 'failed' | 'sent' | 'delivered' | 'read' {
    if (m.status !== 'sent') return m.status;
    if (m.convSeq > 0 && m.convSeq <= (this.peerRead.get(convId) ?? 0)) return 'read';
    return this.delivered.has(m.msgId) ? 'delivered' : 'sent';
  }
}
