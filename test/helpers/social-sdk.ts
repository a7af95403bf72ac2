// Shared fixtures of the social-layer SDK tests (test/e2e/social-sdk-*.test.ts): a real server, SDK
// clients over TCP that record every event they emit, and waits bounded by time, never fixed sleeps.
import {
  type ChatMessage,
  type ContactEvent,
  type ConversationChange,
  type EditedEvent,
  isServerRefusal,
  ParleyClient,
  type ParleyError,
  type PlatformName,
  type PresenceState,
  type ReadReceiptEvent,
  type RecalledEvent,
  type TypingEvent,
} from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { codeInfo } from '@parley/protocol';
import { expect } from 'vitest';
import { type Overrides, startTestServer, type TestServer } from './server.ts';

export const PW = 'social-sdk-password';

/** One logged-in device and everything its client emitted. */
export interface Device {
  readonly c: ParleyClient;
  readonly uid: string;
  readonly deviceId: string;
  readonly platform: PlatformName;
  readonly messages: ChatMessage[];
  readonly recalled: RecalledEvent[];
  readonly edited: EditedEvent[];
  readonly read: ReadReceiptEvent[];
  readonly typing: TypingEvent[];
  readonly conversation: ConversationChange[];
  readonly deleted: { msgIds: number[] }[];
  readonly contact: ContactEvent[];
  readonly presence: PresenceState[];
  readonly errors: Error[];
  /** Messages of one conversation, in the order they were emitted. */
  inConv(convId: string): ChatMessage[];
  /** Waits for a message matching `pred` and returns it. */
  message(pred: (m: ChatMessage) => boolean, label?: string, ms?: number): Promise<ChatMessage>;
}

/** A SYSTEM message's content. */
export interface SystemEvent {
  event: string;
  by: string;
  uids?: string[];
  [key: string]: unknown;
}

/** Polls `cond` every 5 ms until it holds; fails after `ms`. */
export async function waitFor(cond: () => boolean, label = 'condition', ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${label}: not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits (a millisecond or two) until the clock is past `ts`, so that the next timestamp is later. */
export function clockPast(ts: number): Promise<void> {
  return waitFor(() => Date.now() > ts, `clock past ${ts}`, 1000);
}

/** Asserts a server refusal with exactly `code`; returns the error. */
export async function refused(p: Promise<unknown>, code: number): Promise<ParleyError> {
  const err = await p.then(
    (v) => {
      throw new Error(`expected ${codeInfo(code).name}, got success ${JSON.stringify(v)}`);
    },
    (e: unknown) => e,
  );
  expect(isServerRefusal(err), `expected a server refusal, got ${String(err)}`).toBe(true);
  const e = err as ParleyError;
  expect(e.code, `expected ${codeInfo(code).name}, got ${codeInfo(e.code).name}: ${e.message}`).toBe(code);
  return e;
}

/** The parsed content of a SYSTEM message (fails on anything else). */
export function sys(m: ChatMessage): SystemEvent {
  expect(m.type).toBe('system');
  return JSON.parse(m.content) as SystemEvent;
}

/** Is `m` the system message of `event` (optionally about `uid`)? */
export function isSystem(m: ChatMessage, convId: string, event: string, uid?: string): boolean {
  if (m.type !== 'system' || m.convId !== convId) return false;
  const e = JSON.parse(m.content) as SystemEvent;
  return e.event === event && (uid === undefined || (e.uids ?? []).includes(uid));
}

/** A server and the clients of one test file. */
export class World {
  private readonly clients: ParleyClient[] = [];

  private constructor(readonly srv: TestServer) {}

  /** Starts a server and registers `users` (uid, or [uid, nickname]). */
  static async start(overrides: Overrides, users: (string | [string, string])[]): Promise<World> {
    const w = new World(await startTestServer(overrides));
    const reg = w.client();
    for (const u of users) {
      const [uid, nickname] = typeof u === 'string' ? [u, u] : u;
      await reg.register({ uid, password: PW, nickname });
    }
    reg.close();
    return w;
  }

  client(): ParleyClient {
    const c = new ParleyClient({
      transport: tcpTransport({ host: '127.0.0.1', port: this.srv.node.tcpPort }),
      reconnect: { minDelayMs: 50, maxDelayMs: 300 },
      requestTimeoutMs: 5000,
    });
    this.clients.push(c);
    return c;
  }

  /** A client that records its events, logged in as `uid`. */
  async login(uid: string, deviceId = `${uid}-phone`, platform: PlatformName = 'ios'): Promise<Device> {
    const c = this.client();
    const dev = record(c, uid, deviceId, platform);
    await c.login({ uid, password: PW }, { deviceId, platform });
    return dev;
  }

  /** Logs an existing device in again (same client: its local state stays). */
  async relogin(dev: Device): Promise<void> {
    await dev.c.login({ uid: dev.uid, password: PW }, { deviceId: dev.deviceId, platform: dev.platform });
  }

  closeAll(): void {
    for (const c of this.clients.splice(0)) c.close();
  }

  async stop(): Promise<void> {
    this.closeAll();
    await this.srv.stop();
  }
}

function record(c: ParleyClient, uid: string, deviceId: string, platform: PlatformName): Device {
  const dev: Device = {
    c,
    uid,
    deviceId,
    platform,
    messages: [],
    recalled: [],
    edited: [],
    read: [],
    typing: [],
    conversation: [],
    deleted: [],
    contact: [],
    presence: [],
    errors: [],
    inConv: (convId) => dev.messages.filter((m) => m.convId === convId),
    async message(pred, label = 'message', ms = 5000) {
      await waitFor(() => dev.messages.some(pred), `${uid}/${deviceId}: ${label}`, ms);
      return dev.messages.find(pred)!;
    },
  };
  c.on('message', (m) => dev.messages.push(m));
  c.on('recalled', (e) => dev.recalled.push(e));
  c.on('edited', (e) => dev.edited.push(e));
  c.on('read', (e) => dev.read.push(e));
  c.on('typing', (e) => dev.typing.push(e));
  c.on('conversation', (e) => dev.conversation.push(e));
  c.on('deleted', (e) => dev.deleted.push(e));
  c.on('contact', (e) => dev.contact.push(e));
  c.on('presence', (e) => dev.presence.push(e));
  c.on('error', (e) => dev.errors.push(e));
  return dev;
}

/**
 * Proves that nothing else is on its way to `to`: `from` sends a one-to-one message after
 * whatever was committed before, and pushes to one user go out in commit order, so once it
 * arrives, every earlier message to `to` would have arrived too.
 */
export async function barrier(from: Device, to: Device, label = 'barrier'): Promise<void> {
  const ack = await from.c.send({ to: to.uid, content: `${label} ${Math.random()}` });
  await to.message((m) => m.msgId === ack.msgId, label);
}

/** Every message of a conversation the device's user can see, oldest first (paging history). */
export async function fullHistory(dev: Device, convId: string): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  let beforeSeq = 0;
  for (;;) {
    const page = await dev.c.history(convId, { beforeSeq, limit: 50 });
    out.push(...page.messages);
    if (!page.hasMore || page.messages.length === 0) break;
    beforeSeq = page.messages[page.messages.length - 1]!.convSeq;
  }
  return out.reverse();
}

/** Fails if the same convSeq went out twice or out of order. */
export function expectOrderedOnce(msgs: readonly ChatMessage[], label: string): void {
  const seqs = msgs.map((m) => m.convSeq);
  for (let i = 1; i < seqs.length; i++) {
    expect(seqs[i], `${label}: convSeq ${seqs[i]} after ${seqs[i - 1]} (${seqs.join(',')})`).toBeGreaterThan(
      seqs[i - 1]!,
    );
  }
  expect(new Set(msgs.map((m) => m.msgId)).size, `${label}: duplicate msgIds`).toBe(msgs.length);
}
