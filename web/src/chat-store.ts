/**
 * The app's state over one ParleyClient: the session, the conversation list, the open threads
 * with their pending sends, receipts, typing and connection state. Components read it and
 * re-render on `subscribe`; everything that talks to the server goes through here.
 */
import {
  type ChatMessage,
  type ClientEvents,
  Code,
  type Conversation,
  c2cConvId,
  groupIdOf,
  isServerRefusal,
  type LoginResult,
  type MessageType,
  ParleyClient,
  ParleyError,
  type RefKind,
  wsTransport,
} from '@parley/client';

export type SendStatus = 'pending' | 'sent' | 'failed';

/** An upload in progress (or failed) of a pending image or file message. */
export interface UploadState {
  /** Bytes the server holds or has been sent so far. */
  loaded: number;
  total: number;
  /** Why it failed; undefined while it runs. */
  error?: string;
  /** False when sending the same file again cannot help (too large, type refused). */
  retryable: boolean;
  /** A local object URL of an image being uploaded, for the pending bubble. */
  previewUrl?: string;
}

export interface UiMessage {
  /** clientMsgId when there is one, else `m<msgId>`: stable from pending to stored. */
  key: string;
  msgId: number;
  clientMsgId: string;
  from: string;
  type: MessageType;
  /** Text, or the file info JSON of an image / file message. */
  content: string;
  ts: number;
  convSeq: number;
  recalled: boolean;
  status: SendStatus;
  /** The message this one replies to (0 = none). */
  refMsgId: number;
  refKind: RefKind;
  /** Last edit (Unix ms); 0 = never edited. */
  editedAt: number;
  /** Set while the file of an image / file message is being uploaded (or failed to). */
  upload?: UploadState;
}

/** What an image / file message carries (docs/files.md: the file info), as far as it is shown. */
export interface FileMeta {
  id: string;
  name: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  hasThumbnail: boolean;
}

/** Which picture of an image message: the server's WebP thumbnail or the file itself. */
export type MediaVariant = 'thumbnail' | 'full';

/** An image of a message as the UI sees it (see `ChatStore.media`). */
export interface MediaState {
  readonly state: 'loading' | 'ready' | 'failed';
  /** The blob's object URL once ready (revoked on sign-out). */
  readonly url?: string;
  /** Bytes received so far and the size the server declared (0 = not known). */
  readonly loaded?: number;
  readonly total?: number;
  /** Why it failed. */
  readonly error?: string;
}

interface MediaEntry {
  state: 'loading' | 'ready' | 'failed';
  url?: string;
  blob?: Blob;
  loaded: number;
  total: number;
  error?: string;
  /** Failed fetches in a row (the wait before the next one doubles). */
  attempts: number;
  /** When a failed fetch may be tried again (Unix ms). */
  retryAt: number;
  abort?: AbortController;
}

/** A download running (or failed) of a file message. */
export interface DownloadState {
  loaded: number;
  /** The size to expect (the server's Content-Length, else the file info's size). */
  total: number;
  /** Why it failed; undefined while it runs. */
  error?: string;
  abort?: AbortController;
}

/** The file info the /files API answers (the JSON of an image / file message). */
interface FileInfo {
  id: string;
  name: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  uploadedBytes: number;
  state: 'uploading' | 'complete';
  thumbnailUrl: string | null;
  [key: string]: unknown;
}

/** An HTTP refusal of the /files API: status and the error body's code name and message. */
export class FilesError extends Error {
  constructor(
    readonly status: number,
    readonly codeName: string,
    message: string,
  ) {
    super(message);
  }
}

const FILE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Image types the server decodes and makes thumbnails of (docs/files.md, Images). */
const IMAGE_TYPES = /^image\/(jpeg|png|webp|gif|avif|tiff)$/;

/** The file of an image / file message, or undefined for content that is not a usable file info. */
export function parseFileMeta(content: string): FileMeta | undefined {
  try {
    const v = JSON.parse(content) as Partial<FileInfo> | null;
    // Only the id is used to build URLs: a message can never point the token at another place.
    if (!v || typeof v.id !== 'string' || !FILE_ID.test(v.id)) return undefined;
    return {
      id: v.id,
      name: typeof v.name === 'string' && v.name ? v.name : 'file',
      mime: typeof v.mime === 'string' ? v.mime : '',
      size: typeof v.size === 'number' ? v.size : 0,
      width: typeof v.width === 'number' ? v.width : 0,
      height: typeof v.height === 'number' ? v.height : 0,
      hasThumbnail: typeof v.thumbnailUrl === 'string' && v.thumbnailUrl !== '',
    };
  } catch {
    return undefined;
  }
}

/** `1.4 MB`, `320 kB`, `12 B`. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} kB`;
  if (n < 1_000_000_000) return `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)} MB`;
  return `${(n / 1_000_000_000).toFixed(1)} GB`;
}

/** One line for a message: a list preview, a reply quote, a search result. */
export function previewOf(m: { type: MessageType; content: string; recalled: boolean }): string {
  if (m.recalled || m.type === 'recall') return 'Message recalled';
  if (m.type === 'image' || m.type === 'file') {
    const f = parseFileMeta(m.content) ?? pendingMeta(m.content);
    return `${m.type === 'image' ? '[Image]' : '[File]'}${f ? ` ${f.name}` : ''}`;
  }
  if (m.type === 'voice') return '[Voice message]';
  if (m.type === 'custom') return '[Message]';
  return m.content;
}

/** Name and size of a file still being uploaded (the pending bubble's content has no id yet). */
function pendingMeta(content: string): { name: string; size: number } | undefined {
  try {
    const v = JSON.parse(content) as { name?: unknown; size?: unknown } | null;
    return v && typeof v.name === 'string'
      ? { name: v.name, size: typeof v.size === 'number' ? v.size : 0 }
      : undefined;
  } catch {
    return undefined;
  }
}

export interface Thread {
  convId: string;
  /** Oldest first; pending sends at the end. */
  messages: UiMessage[];
  hasMore: boolean;
  loading: boolean;
  /** The last page load failed: not retried by itself until reconnected (scrolling up retries). */
  failed: boolean;
}

export type Connection = 'online' | 'offline' | 'signed-out';

const SESSION_KEY = 'parley.session';
const DEVICE_KEY = 'parley.device';
const PAGE = 30;
const TYPING_SHOW_MS = 6000;
const TYPING_SEND_EVERY_MS = 3000;
/** First wait before an image that failed to load is fetched again; doubles up to the max. */
const MEDIA_RETRY_MS = 3000;
const MEDIA_RETRY_MAX_MS = 60_000;
/** Full-size images kept loaded (the least recently shown go first); thumbnails are all kept. */
const MEDIA_FULL_KEEP = 8;

/** What the sign-in page says after the server ended the session with `code`. */
export function kickedNotice(code: number): string {
  switch (code) {
    case Code.KICKED_SAME_PLATFORM:
      return 'You were signed out because your account signed in on another device.';
    case Code.USER_DISABLED:
      return 'You were signed out because your account was disabled.';
    case Code.TOKEN_EXPIRED:
    case Code.TOKEN_INVALID:
      return 'Your session has ended. Sign in again to continue.';
    default:
      return 'You were signed out by the server. Sign in again to continue.';
  }
}

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

/** Hands a blob to the browser as a download named `name` (a temporary `<a download>`). */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the bytes once the download started; give it time, then let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function toUi(m: ChatMessage): UiMessage {
  return {
    key: m.clientMsgId || `m${m.msgId}`,
    msgId: m.msgId,
    clientMsgId: m.clientMsgId,
    from: m.from,
    type: m.type,
    content: m.content,
    ts: m.ts,
    convSeq: m.convSeq,
    recalled: m.recalled,
    status: 'sent',
    refMsgId: m.refMsgId,
    refKind: m.refKind,
    editedAt: m.editedAt,
  };
}

/** Messages a chat shows as bubbles (recall/edit notices change other messages instead). */
function shown(m: ChatMessage): boolean {
  return m.type !== 'recall' && m.type !== 'edit' && !m.deleted;
}

function filesError(status: number, body: string): FilesError {
  try {
    const e = (JSON.parse(body) as { error?: { name?: string; message?: string } }).error;
    return new FilesError(status, e?.name ?? '', e?.message || `HTTP ${status}`);
  } catch {
    return new FilesError(status, '', `HTTP ${status}`);
  }
}

export function errorText(err: unknown): string {
  if (err instanceof ParleyError) return err.message || `error ${err.code}`;
  return err instanceof Error ? err.message : String(err);
}

export class ChatStore {
  uid = '';
  connection: Connection = 'signed-out';
  /** Set when the server ended the session: why, for the sign-in page ('' = it did not). */
  kickedNotice = '';
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
  /** A message to show and highlight once its conversation is open (from a search result). */
  focus: { convId: string; msgId: number } | undefined;
  /** files.maxBytes as learnt from the server's FILE_TOO_LARGE answer (0 = not known). */
  maxFileBytes = 0;

  /**
   * The login token: the /files API takes it in the Authorization header. It never goes into a
   * URL (images and downloads are fetched into blob URLs instead).
   */
  private token = '';
  /** Loaded images by `<variant>:<file id>` (see `media`). */
  private readonly mediaCache = new Map<string, MediaEntry>();
  /** Re-render timers of failed images, cleared with the cache. */
  private readonly mediaTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Bumped when the cache is cleared: fetches of an earlier generation are dropped. */
  private mediaGen = 0;
  /** Downloads running or failed, by file id. */
  private readonly downloads = new Map<string, DownloadState>();
  /** Files of pending image / file messages, by clientMsgId, until their message is sent. */
  private readonly uploads = new Map<
    string,
    { convId: string; file: File; fileId?: string; xhr?: XMLHttpRequest }
  >();

  private client: ParleyClient | undefined;
  private readonly listeners = new Set<() => void>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  /** Re-render timers that hide a typing notice once it is stale, by conversation. */
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastTypingSent = 0;
  /**
   * Recalls and edits seen this session, by msgId: a message loaded later (a history page that was
   * on its way, a message not loaded yet) shows them too.
   */
  private readonly notices = new Map<number, { recalled: boolean; content: string; editedAt: number }>();
  /** Back in the tab: what came in while it was hidden is read now. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.scheduleRead();
  };

  constructor(private readonly wsUrl: string) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The session's client (undefined when signed out), for the groups and friends panels. */
  get sdk(): ParleyClient | undefined {
    return this.client;
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
    } catch (err) {
      // Only a token the server refused is forgotten: with the server out of reach (a client-side
      // failure), the next visit resumes the session.
      if (!(err instanceof ParleyError) || isServerRefusal(err)) localStorage.removeItem(SESSION_KEY);
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
    this.token = r.token;
    this.uid = r.uid;
    this.kickedNotice = '';
    this.connection = 'online';
    this.changed();
    await this.refreshConversations();
  }

  private stopClient(): void {
    const c = this.client;
    // Reset first: the events of the closing client are then ignored.
    this.reset();
    c?.close();
  }

  private reset(): void {
    this.client = undefined;
    this.uid = '';
    this.token = '';
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.readTimer);
    for (const t of this.typingTimers.values()) clearTimeout(t);
    this.typingTimers.clear();
    this.notices.clear();
    for (const u of this.uploads.values()) u.xhr?.abort();
    this.uploads.clear();
    // Local previews of uploads that never finished.
    for (const t of this.threads.values()) {
      for (const m of t.messages) if (m.upload?.previewUrl) URL.revokeObjectURL(m.upload.previewUrl);
    }
    this.clearMedia();
    for (const d of this.downloads.values()) d.abort?.abort();
    this.downloads.clear();
    this.focus = undefined;
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
    document.addEventListener('visibilitychange', this.onVisibility);
    on('message', (m) => this.onMessage(m));
    on('recalled', ({ convId, msgId }) => {
      this.notices.set(msgId, { recalled: true, content: '', editedAt: 0 });
      const msg = this.threads.get(convId)?.messages.find((x) => x.msgId === msgId);
      if (msg) {
        msg.recalled = true;
        msg.content = '';
      }
      this.scheduleRefresh();
      this.changed();
    });
    on('edited', ({ convId, msgId, content, editedAt }) => {
      this.noteEdit(msgId, content, editedAt);
      const msg = this.threads.get(convId)?.messages.find((x) => x.msgId === msgId);
      if (msg && editedAt >= msg.editedAt) {
        msg.content = content;
        msg.editedAt = editedAt;
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
      clearTimeout(this.typingTimers.get(convId));
      this.typingTimers.delete(convId);
      if (typing) {
        this.typing.set(convId, { from, until: Date.now() + TYPING_SHOW_MS });
        this.typingTimers.set(
          convId,
          setTimeout(() => {
            this.typingTimers.delete(convId);
            this.changed();
          }, TYPING_SHOW_MS + 50),
        );
      } else this.typing.delete(convId);
      this.changed();
    });
    on('deleted', ({ msgIds }) => {
      // Deleted for this user on another device: gone here too.
      const gone = new Set(msgIds);
      for (const t of this.threads.values()) t.messages = t.messages.filter((m) => !gone.has(m.msgId));
      this.scheduleRefresh();
      this.changed();
    });
    on('conversation', () => this.scheduleRefresh());
    on('disconnected', (e) => {
      if (this.connection === 'signed-out') return;
      // No reconnect follows (the re-login with the token was refused): the session is over.
      if (!e.willReconnect) {
        this.endSession(e.code ?? 0);
        return;
      }
      this.connection = 'offline';
      this.changed();
    });
    on('reconnected', (r) => {
      if (r.token) {
        this.token = r.token;
        localStorage.setItem(SESSION_KEY, JSON.stringify({ uid: r.uid, token: r.token }));
      }
      this.connection = 'online';
      for (const t of this.threads.values()) t.failed = false;
      this.changed();
      this.scheduleRefresh();
    });
    on('kicked', (e) => this.endSession(e.code));
  }

  /** The server ended the session (kicked, or the token refused): back to sign-in, saying why. */
  private endSession(code: number): void {
    const c = this.client;
    localStorage.removeItem(SESSION_KEY);
    this.reset();
    this.kickedNotice = kickedNotice(code);
    this.changed();
    c?.close();
  }

  private onMessage(m: ChatMessage): void {
    if (!shown(m)) return;
    const t = this.threads.get(m.convId);
    if (t) this.merge(t, [toUi(m)]);
    // Whoever typed has sent: not typing any more (in an open chat or not).
    if (m.from !== this.uid && this.typing.get(m.convId)?.from === m.from) this.typing.delete(m.convId);
    if (m.convId === this.active && m.from !== this.uid) this.scheduleRead();
    this.scheduleRefresh();
    this.changed();
  }

  /** Adds stored messages to a thread: a pending send becomes its stored message, no duplicates. */
  private merge(t: Thread, incoming: UiMessage[]): void {
    for (const m of incoming) {
      const i = t.messages.findIndex(
        (x) => (m.clientMsgId && x.clientMsgId === m.clientMsgId) || (m.msgId && x.msgId === m.msgId),
      );
      const old = i >= 0 ? t.messages[i] : undefined;
      // A copy fetched before a recall or an edit (a history page on its way) is not the news.
      const n = m.msgId ? this.notices.get(m.msgId) : undefined;
      if (n?.recalled || old?.recalled) {
        m.recalled = true;
        m.content = '';
      } else if (n && n.editedAt > m.editedAt) {
        m.content = n.content;
        m.editedAt = n.editedAt;
      } else if (old && old.status === 'sent' && old.editedAt > m.editedAt) {
        m.content = old.content;
        m.editedAt = old.editedAt;
      }
      if (i >= 0) t.messages.splice(i, 1);
      t.messages.push(m);
    }
    const rank = (m: UiMessage) => (m.status === 'sent' ? m.convSeq : Number.MAX_SAFE_INTEGER);
    t.messages.sort((a, b) => rank(a) - rank(b) || a.ts - b.ts);
  }

  private noteEdit(msgId: number, content: string, editedAt: number): void {
    const n = this.notices.get(msgId);
    if (n?.recalled || (n && n.editedAt > editedAt)) return;
    this.notices.set(msgId, { recalled: false, content, editedAt });
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
    // A late caller (a group created just before signing out) opens nothing in a signed-out store.
    if (convId !== undefined && !this.client) return;
    this.active = convId;
    if (this.focus?.convId !== convId) this.focus = undefined;
    this.changed();
    if (convId === undefined) return;
    if (!this.threads.has(convId)) {
      this.threads.set(convId, { convId, messages: [], hasMore: true, loading: false, failed: false });
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
      t.failed = false;
    } catch {
      // Offline: scrolling up again retries, and so does the reconnect.
      t.failed = true;
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
      // Signed out meanwhile: not this session's list.
      if (this.client !== c) return;
      const i = this.conversations.findIndex((x) => x.convId === convId);
      if (i >= 0) this.conversations[i] = r.conversation;
      this.totalUnread = r.totalUnread;
      this.changed();
    } catch {
      // Not a conversation yet, or offline.
    }
  }

  /**
   * Sends a message to a conversation: shown at once as pending, stored once acked. Text by
   * default; `refMsgId` makes it a reply. The same clientMsgId again retries a failed send.
   */
  send(
    convId: string,
    content: string,
    opts: { clientMsgId?: string; type?: MessageType; refMsgId?: number } = {},
  ): void {
    const c = this.client;
    const t = this.threads.get(convId);
    if (!c || !t) return;
    const clientMsgId = opts.clientMsgId ?? randomId();
    const type = opts.type ?? 'text';
    const refMsgId = opts.refMsgId ?? 0;
    const existing = t.messages.find((m) => m.clientMsgId === clientMsgId);
    if (existing) {
      existing.status = 'pending';
      existing.content = content;
      existing.upload = undefined;
    } else {
      t.messages.push(this.pendingMessage(clientMsgId, type, content, refMsgId));
    }
    this.changed();
    const group = groupIdOf(convId);
    const target = group !== undefined ? { groupId: group } : { to: this.peerOf(convId) };
    const ref = refMsgId ? { refMsgId, refKind: 'reply' as const } : {};
    c.send({ ...target, type, content, clientMsgId, ...ref }).then(
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

  /** Sends a failed message again (same clientMsgId); a failed upload goes on where it stopped. */
  retry(convId: string, m: UiMessage): void {
    if (this.uploads.has(m.clientMsgId)) {
      void this.runUpload(m.clientMsgId);
      return;
    }
    this.send(convId, m.content, {
      clientMsgId: m.clientMsgId,
      type: m.type,
      refMsgId: m.refMsgId,
    });
  }

  /** Drops a pending message that failed (an upload that cannot go on), cancelling its upload. */
  discard(convId: string, m: UiMessage): void {
    const t = this.threads.get(convId);
    if (!t || m.status === 'sent') return;
    t.messages = t.messages.filter((x) => x.key !== m.key);
    const up = this.uploads.get(m.clientMsgId);
    this.uploads.delete(m.clientMsgId);
    if (m.upload?.previewUrl) URL.revokeObjectURL(m.upload.previewUrl);
    if (up) {
      up.xhr?.abort();
      if (up.fileId) void this.filesApi('DELETE', `/files/uploads/${up.fileId}`).catch(() => undefined);
    }
    this.changed();
  }

  /** Replaces the text of an own message; the other side gets it through the `'edited'` event. */
  async edit(convId: string, msgId: number, content: string): Promise<void> {
    const c = this.client;
    if (!c) return;
    const r = await c.edit(msgId, content);
    if (this.client !== c) return;
    this.noteEdit(msgId, content, r.ts);
    const msg = this.threads.get(convId)?.messages.find((x) => x.msgId === msgId);
    if (msg && r.ts >= msg.editedAt) {
      msg.content = content;
      msg.editedAt = r.ts;
      this.changed();
    }
  }

  /** A message of a loaded thread, by id (for the quote of a reply). */
  findMessage(convId: string, msgId: number): UiMessage | undefined {
    return this.threads.get(convId)?.messages.find((m) => m.msgId === msgId);
  }

  /** Full-text search (CJK included) over all conversations, or only `convId`; newest first. */
  async search(query: string, convId?: string): Promise<ChatMessage[]> {
    const c = this.client;
    if (!c) return [];
    const page = await c.search(query, { limit: 50, ...(convId ? { convId } : {}) });
    const q = query.toLowerCase();
    return page.messages.filter(
      (m) =>
        !m.deleted &&
        !m.recalled &&
        m.type !== 'recall' &&
        m.type !== 'edit' &&
        m.type !== 'system' &&
        // The server indexes the JSON of image / file messages: keep those whose name matches.
        (m.type === 'text' || previewOf(m).toLowerCase().includes(q)),
    );
  }

  /** Opens a conversation and asks its view to show one message (a search result). */
  async openAt(convId: string, msgId: number): Promise<void> {
    this.focus = { convId, msgId };
    await this.open(convId);
  }

  // ---- files -------------------------------------------------------------------------------------

  /**
   * An image of a message as an object URL: the thumbnail or the full-size file, fetched once with
   * the token in the `Authorization` header (never in a URL, where it would end up in the DOM,
   * the history and copied image addresses). Call it while rendering: the first call starts the
   * fetch and the store changes when it is there; a failure is tried again by a call after a short
   * while (a timer re-renders then). Signing out revokes every URL.
   */
  media(fileId: string, variant: MediaVariant): MediaState {
    const key = `${variant}:${fileId}`;
    const cur = this.mediaCache.get(key);
    if (cur && (cur.state !== 'failed' || Date.now() < cur.retryAt)) {
      if (variant === 'full' && cur.state === 'ready') {
        // Most recently shown last: the eviction below takes the first.
        this.mediaCache.delete(key);
        this.mediaCache.set(key, cur);
      }
      return cur;
    }
    if (!this.token || !FILE_ID.test(fileId)) return { state: 'failed', error: 'not signed in' };
    const abort = new AbortController();
    const entry: MediaEntry = {
      state: 'loading',
      loaded: 0,
      total: 0,
      attempts: cur?.attempts ?? 0,
      retryAt: 0,
      abort,
    };
    this.mediaCache.set(key, entry);
    if (variant === 'full') this.evictFullImages(key);
    const gen = this.mediaGen;
    const path = `/files/${encodeURIComponent(fileId)}${variant === 'thumbnail' ? '/thumbnail' : ''}`;
    // Progress only matters for the viewer: a thumbnail is a few kB.
    this.fetchFile(path, abort, (loaded, total) => {
      if (gen !== this.mediaGen || variant !== 'full') return;
      entry.loaded = loaded;
      entry.total = total;
      this.changed();
    }).then(
      (blob) => {
        if (gen !== this.mediaGen || this.mediaCache.get(key) !== entry) return;
        entry.state = 'ready';
        entry.blob = blob;
        entry.url = URL.createObjectURL(blob);
        entry.abort = undefined;
        entry.attempts = 0;
        this.changed();
      },
      (err: unknown) => {
        if (gen !== this.mediaGen || this.mediaCache.get(key) !== entry) return;
        entry.state = 'failed';
        entry.abort = undefined;
        entry.error = errorText(err);
        entry.attempts++;
        const delay = Math.min(MEDIA_RETRY_MAX_MS, MEDIA_RETRY_MS * 2 ** (entry.attempts - 1));
        entry.retryAt = Date.now() + delay;
        // Re-render then, so a thumbnail still on screen is tried again without any action.
        const timer = setTimeout(() => {
          this.mediaTimers.delete(timer);
          if (gen === this.mediaGen) this.changed();
        }, delay + 20);
        this.mediaTimers.add(timer);
        this.changed();
      },
    );
    return entry;
  }

  /** Drops the least recently shown full-size images beyond MEDIA_FULL_KEEP (not `keep`). */
  private evictFullImages(keep: string): void {
    const full = [...this.mediaCache.keys()].filter((k) => k.startsWith('full:') && k !== keep);
    for (const k of full.slice(0, Math.max(0, full.length - (MEDIA_FULL_KEEP - 1)))) {
      const e = this.mediaCache.get(k);
      e?.abort?.abort();
      if (e?.url) URL.revokeObjectURL(e.url);
      this.mediaCache.delete(k);
    }
  }

  /** Forgets every loaded image: revokes their object URLs, stops fetches still running. */
  clearMedia(): void {
    this.mediaGen++;
    for (const e of this.mediaCache.values()) {
      e.abort?.abort();
      if (e.url) URL.revokeObjectURL(e.url);
    }
    this.mediaCache.clear();
    for (const t of this.mediaTimers) clearTimeout(t);
    this.mediaTimers.clear();
  }

  /** How the download of a file goes (undefined = none started, or it finished). */
  downloadOf(fileId: string): DownloadState | undefined {
    return this.downloads.get(fileId);
  }

  /**
   * Downloads a file and saves it under its name: fetched with the token in the header into a
   * blob, then handed to the browser through a temporary `<a download>`. Progress and failure are
   * in `downloadOf` (the full-size image of the viewer is reused when it is loaded already).
   */
  async download(file: { id: string; name: string; size: number }): Promise<void> {
    const cur = this.downloads.get(file.id);
    if (cur && !cur.error) return;
    if (!this.token || !FILE_ID.test(file.id)) return;
    const abort = new AbortController();
    const state: DownloadState = { loaded: 0, total: file.size, abort };
    this.downloads.set(file.id, state);
    this.changed();
    const gen = this.mediaGen;
    try {
      const cached = this.mediaCache.get(`full:${file.id}`);
      const blob =
        cached?.state === 'ready' && cached.blob
          ? cached.blob
          : await this.fetchFile(`/files/${encodeURIComponent(file.id)}`, abort, (loaded, total) => {
              if (this.downloads.get(file.id) !== state) return;
              state.loaded = loaded;
              state.total = total || file.size;
              this.changed();
            });
      if (gen !== this.mediaGen || this.downloads.get(file.id) !== state) return;
      this.downloads.delete(file.id);
      saveBlob(blob, file.name);
    } catch (err) {
      if (gen !== this.mediaGen || this.downloads.get(file.id) !== state) return;
      this.downloads.set(file.id, {
        loaded: 0,
        total: file.size,
        error: `Download of ${file.name} failed: ${errorText(err)}`,
      });
    }
    this.changed();
  }

  /** Drops the error of a failed download (the user dismissed it). */
  dismissDownload(fileId: string): void {
    if (this.downloads.get(fileId)?.error && this.downloads.delete(fileId)) this.changed();
  }

  /**
   * GETs a file of the /files API with the token in the header, reading the body as it comes to
   * report progress (at most once per percent). A 401 ends the session as a kick does.
   */
  private async fetchFile(
    path: string,
    abort: AbortController,
    progress: (loaded: number, total: number) => void,
  ): Promise<Blob> {
    const token = this.token;
    let res: Response;
    try {
      res = await fetch(path, {
        headers: { authorization: `Bearer ${token}` },
        signal: abort.signal,
        // The answer is private to this user: do not keep it in the HTTP cache under a bare URL.
        cache: 'no-store',
      });
    } catch {
      throw new FilesError(0, 'NETWORK', 'the connection to the server failed');
    }
    if (!res.ok) {
      const err = filesError(res.status, await res.text().catch(() => ''));
      if (res.status === 401 && token === this.token && this.client) {
        // The token is no good any more (expired, revoked): back to sign-in with a notice, as
        // when the server ends the session (kicked). A token replaced meanwhile just fails.
        this.endSession(err.codeName === 'TOKEN_EXPIRED' ? Code.TOKEN_EXPIRED : Code.TOKEN_INVALID);
      }
      throw err;
    }
    const total = Number(res.headers.get('content-length') ?? 0);
    if (!res.body) return res.blob();
    const type = res.headers.get('content-type') ?? '';
    const reader = res.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let loaded = 0;
    let shown = -1;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        const pct = total > 0 ? Math.floor((loaded / total) * 100) : -1;
        if (pct !== shown) {
          shown = pct;
          progress(loaded, total);
        }
      }
    } catch {
      throw new FilesError(0, 'NETWORK', 'the connection was cut off');
    }
    // A relayed file (still uploading) whose upload stalled ends short: not the whole file.
    if (total > 0 && loaded < total) throw new FilesError(0, 'INCOMPLETE', 'the file arrived only in part');
    return new Blob(chunks, { type });
  }

  /** A bubble of this user's for a send that is not stored yet. */
  private pendingMessage(
    clientMsgId: string,
    type: MessageType,
    content: string,
    refMsgId: number,
  ): UiMessage {
    return {
      key: clientMsgId,
      msgId: 0,
      clientMsgId,
      from: this.uid,
      type,
      content,
      ts: Date.now(),
      convSeq: 0,
      recalled: false,
      status: 'pending',
      refMsgId,
      refKind: refMsgId ? 'reply' : '',
      editedAt: 0,
    };
  }

  /**
   * Sends a file (an image when the server can make a thumbnail of its type): a pending bubble
   * with upload progress at once; the bytes go to /files (resumable upload: declare, PUT, complete)
   * and then a message of type image / file carries the file info.
   */
  sendFile(convId: string, file: File, refMsgId = 0): void {
    const t = this.threads.get(convId);
    if (!this.client || !t) return;
    const clientMsgId = randomId();
    const mime = file.type || 'application/octet-stream';
    const image = IMAGE_TYPES.test(mime);
    t.messages.push({
      ...this.pendingMessage(
        clientMsgId,
        image ? 'image' : 'file',
        JSON.stringify({ name: file.name || 'file', mime, size: file.size }),
        refMsgId,
      ),
      upload: {
        loaded: 0,
        total: file.size,
        retryable: true,
        ...(image ? { previewUrl: URL.createObjectURL(file) } : {}),
      },
    });
    this.uploads.set(clientMsgId, { convId, file });
    this.changed();
    void this.runUpload(clientMsgId);
  }

  private pendingOf(clientMsgId: string): UiMessage | undefined {
    const up = this.uploads.get(clientMsgId);
    return up && this.threads.get(up.convId)?.messages.find((m) => m.clientMsgId === clientMsgId);
  }

  private async runUpload(clientMsgId: string): Promise<void> {
    const up = this.uploads.get(clientMsgId);
    const m = this.pendingOf(clientMsgId);
    if (!up || !m?.upload) return;
    const { file } = up;
    m.status = 'pending';
    m.upload = { ...m.upload, error: undefined, retryable: true };
    this.changed();
    try {
      if (this.maxFileBytes > 0 && file.size > this.maxFileBytes) {
        throw new FilesError(413, 'FILE_TOO_LARGE', `the limit is ${this.maxFileBytes}`);
      }
      let offset = 0;
      if (up.fileId) {
        // A retry: go on from what the server holds (docs/files.md, resumable uploads).
        const status = await this.filesApi<FileInfo>('GET', `/files/uploads/${up.fileId}`).catch((err) => {
          if (err instanceof FilesError && err.status === 404) return undefined;
          throw err;
        });
        if (status) offset = status.uploadedBytes;
        else up.fileId = undefined;
      }
      if (!up.fileId) {
        const created = await this.filesApi<FileInfo>('POST', '/files/uploads', {
          conv: up.convId,
          name: file.name || 'file',
          mime: file.type || 'application/octet-stream',
          size: file.size,
        });
        up.fileId = created.id;
        if (this.uploads.get(clientMsgId) !== up) {
          // Removed (or signed out) while it was declared: nothing will ever complete it.
          if (this.client)
            void this.filesApi('DELETE', `/files/uploads/${created.id}`).catch(() => undefined);
          return;
        }
      }
      if (offset < file.size) await this.putBytes(clientMsgId, up.fileId, offset);
      // Removed or signed out meanwhile: not completed (nor with another session's token).
      if (this.uploads.get(clientMsgId) !== up) return;
      const info = await this.filesApi<FileInfo>('POST', `/files/uploads/${up.fileId}/complete`);
      const cur = this.pendingOf(clientMsgId);
      if (!cur) return;
      const type = cur.type === 'image' && info.thumbnailUrl ? 'image' : 'file';
      cur.type = type;
      if (cur.upload?.previewUrl) URL.revokeObjectURL(cur.upload.previewUrl);
      // From here on it is an ordinary message: a failed send retries with its content.
      this.uploads.delete(clientMsgId);
      this.send(up.convId, JSON.stringify(info), { clientMsgId, type, refMsgId: cur.refMsgId });
    } catch (err) {
      const cur = this.pendingOf(clientMsgId);
      if (!cur?.upload) return;
      let error = `Upload failed: ${errorText(err)}`;
      let retryable = true;
      if (err instanceof FilesError) {
        if (err.status === 413) {
          const limit = Number(/limit is (\d+)/.exec(err.message)?.[1] ?? 0);
          if (limit > 0) this.maxFileBytes = limit;
          error =
            limit > 0 ? `Too large: files can be at most ${formatBytes(limit)}` : 'Too large for the server';
          retryable = false;
        } else if (err.status === 415) {
          error = `This type of file is not accepted (${file.type || 'unknown type'})`;
          retryable = false;
        } else if (err.status === 400 || err.status === 403) retryable = false;
      }
      cur.status = 'failed';
      cur.upload = { ...cur.upload, error, retryable };
      this.changed();
    }
  }

  /** PUTs the file from `offset` with XMLHttpRequest, whose upload events move the progress bar. */
  private putBytes(clientMsgId: string, fileId: string, offset: number): Promise<void> {
    const up = this.uploads.get(clientMsgId);
    if (!up) return Promise.resolve();
    const { file } = up;
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      up.xhr = xhr;
      xhr.open('PUT', `/files/uploads/${encodeURIComponent(fileId)}`);
      xhr.setRequestHeader('authorization', `Bearer ${this.token}`);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.setRequestHeader('content-range', `bytes ${offset}-${file.size - 1}/${file.size}`);
      const progress = (loaded: number) => {
        const m = this.pendingOf(clientMsgId);
        if (m?.upload && !m.upload.error) {
          m.upload = { ...m.upload, loaded: Math.min(file.size, offset + loaded) };
          this.changed();
        }
      };
      progress(0);
      xhr.upload.onprogress = (e) => progress(e.loaded);
      xhr.onload = () => {
        up.xhr = undefined;
        if (xhr.status >= 200 && xhr.status < 300) {
          progress(file.size - offset);
          resolve();
        } else reject(filesError(xhr.status, xhr.responseText));
      };
      xhr.onerror = () => {
        up.xhr = undefined;
        reject(new FilesError(0, 'NETWORK', 'the connection to the server failed'));
      };
      xhr.onabort = () => {
        up.xhr = undefined;
        reject(new FilesError(0, 'ABORTED', 'cancelled'));
      };
      xhr.send(file.slice(offset));
    });
  }

  /** A JSON request to the /files API with the user's token. */
  private async filesApi<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new FilesError(0, 'NETWORK', 'the connection to the server failed');
    }
    const text = await res.text();
    if (!res.ok) throw filesError(res.status, text);
    return (text ? JSON.parse(text) : undefined) as T;
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
