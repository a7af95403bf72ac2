// The synchronous before-send webhook: allow, reject (with the business server's code or the
// default), rewrite (stored and pushed rewritten), and the fail-open / fail-closed policies.
import { type ChatMessage, ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { Code, Commands, MsgType, Platform } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { RawClient } from '../helpers/raw-client.ts';
import { type Overrides, startTestServer, type TestServer } from '../helpers/server.ts';
import { refused } from '../helpers/social-sdk.ts';
import { WebhookReceiver, waitFor } from '../helpers/webhook-receiver.ts';

const SECRET = 'before-send-secret-0123456789';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(over: Overrides = {}) {
  const rx = new WebhookReceiver(SECRET);
  await rx.start();
  cleanups.push(() => rx.stop());
  const srv: TestServer = await startTestServer({
    'events.beforeSendUrl': rx.url,
    'events.webhookSecret': SECRET,
    'events.beforeSendTimeoutMs': 300,
    ...over,
  });
  cleanups.push(() => srv.stop());
  const login = async (uid: string) => {
    const c = new ParleyClient({
      transport: tcpTransport({ host: '127.0.0.1', port: srv.node.tcpPort }),
      reconnect: false,
    });
    cleanups.push(() => c.close());
    await c.connect();
    await c.register({ uid, password: 'before-send-pw' });
    await c.login({ uid, password: 'before-send-pw' }, { deviceId: `${uid}-1`, platform: 'desktop' });
    return c;
  };
  const alice = await login('alice');
  const bob = await login('bob');
  const got: ChatMessage[] = [];
  bob.on('message', (m) => got.push(m));
  return { rx, srv, alice, bob, got };
}

/** alice on a raw connection (a second device), logged in. */
async function rawAlice(srv: TestServer): Promise<RawClient> {
  const raw = await RawClient.connect(srv.node.tcpPort);
  cleanups.push(() => raw.close());
  const login = await raw.request(Commands.login, {
    uid: 'alice',
    password: 'before-send-pw',
    deviceId: 'raw',
    platform: Platform.WEB,
  });
  expect(login.status).toBe(Code.OK);
  return raw;
}

describe('before-send webhook', () => {
  it('allows: the message is stored and pushed unchanged; the hook saw it signed', async () => {
    const { rx, alice, got } = await setup();
    rx.respond = () => ({ status: 200, body: { action: 'allow' } });
    await alice.send({ to: 'bob', content: 'hi bob' });
    await waitFor(() => got.length === 1, 'push');
    expect(got[0]?.content).toBe('hi bob');
    expect(rx.hooks[0]?.signatureOk).toBe(true);
    expect(rx.hooks[0]?.json).toMatchObject({
      type: 'before_send',
      data: { from: 'alice', to: 'bob', convType: 'c2c', type: 'text', content: 'hi bob' },
    });
  });

  it('rejects with the code the business server chose, or REJECTED_BY_POLICY', async () => {
    const { rx, alice, bob, got } = await setup();
    rx.respond = (h) =>
      h.json.data.content === 'spam'
        ? { status: 200, body: { action: 'reject', message: 'no spam' } }
        : { status: 200, body: { action: 'reject', code: Code.BLOCKED } };
    const e = await refused(alice.send({ to: 'bob', content: 'spam' }), Code.REJECTED_BY_POLICY);
    expect(e.message).toContain('no spam');
    await refused(alice.send({ to: 'bob', content: 'other' }), Code.BLOCKED);
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([]);
    expect((await bob.conversations()).conversations ?? []).toHaveLength(0);
  });

  it('rewrites: the new content is stored and pushed', async () => {
    const { rx, alice, bob, got } = await setup();
    rx.respond = () => ({ status: 200, body: { action: 'rewrite', content: 'h*llo' } });
    const ack = await alice.send({ to: 'bob', content: 'hello' });
    await waitFor(() => got.length === 1, 'push');
    expect(got[0]?.content).toBe('h*llo');
    const page = await bob.history(ack.convId);
    expect(page.messages.map((m) => m.content)).toEqual(['h*llo']);
  });

  it('times out: fail-open lets the message through', async () => {
    const { rx, alice, got } = await setup({ 'events.beforeSendFailPolicy': 'open' });
    rx.respond = () => ({ status: 200, body: { action: 'reject' }, delayMs: 1000 });
    await alice.send({ to: 'bob', content: 'slow but fine' });
    await waitFor(() => got.length === 1, 'push');
    expect(got[0]?.content).toBe('slow but fine');
  });

  it('times out: fail-closed refuses with UNAVAILABLE (errors too); the SDK resends it later', async () => {
    const { rx, srv, alice, got } = await setup({ 'events.beforeSendFailPolicy': 'closed' });
    const raw = await rawAlice(srv);
    rx.respond = () => ({ status: 200, body: { action: 'allow' }, delayMs: 1000 });
    const slow = await raw.request(Commands.send, {
      toUid: 'bob',
      content: 'slow',
      clientMsgId: 'r1',
      type: MsgType.TEXT,
    });
    expect(slow.status).toBe(Code.UNAVAILABLE);
    rx.respond = () => ({ status: 500 });
    const failing = await raw.request(Commands.send, {
      toUid: 'bob',
      content: 'err',
      clientMsgId: 'r2',
      type: MsgType.TEXT,
    });
    expect(failing.status).toBe(Code.UNAVAILABLE);
    // UNAVAILABLE is retryable: the SDK keeps the send in its outbox and repeats it.
    const pending = alice.send({ to: 'bob', content: 'eventually' });
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toEqual([]);
    rx.respond = () => ({ status: 200, body: { action: 'allow' } });
    await pending;
    await waitFor(() => got.length === 1, 'push');
    expect(got.map((m) => m.content)).toEqual(['eventually']);
  });

  it('answers the resend of a stored message with its ack without asking the hook again', async () => {
    const { rx, srv, got } = await setup({ 'events.beforeSendFailPolicy': 'closed' });
    const raw = await rawAlice(srv);
    rx.respond = () => ({ status: 200, body: { action: 'allow' } });
    const req = { toUid: 'bob', content: 'once', clientMsgId: 'resend-1', type: MsgType.TEXT };
    const first = await raw.request(Commands.send, req);
    expect(first.status).toBe(Code.OK);
    const asked = rx.hooks.length;
    // The hook is down now: the resend (its ack was lost) still gets the first send's ack.
    rx.respond = () => ({ status: 500 });
    const again = await raw.request(Commands.send, req);
    expect(again.status).toBe(Code.OK);
    expect(again.body).toMatchObject({ msgId: first.body?.msgId, duplicate: true });
    expect(rx.hooks.length).toBe(asked);
    await waitFor(() => got.length === 1, 'push');
    expect(got.map((m) => m.content)).toEqual(['once']);
  });
});
