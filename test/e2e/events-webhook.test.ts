// Events to business servers over signed webhooks, end to end: SDK clients on a real server,
// a local receiver, restarts on the same data directory, the dead-letter list over the REST API.
import { ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { afterEach, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/api/api-keys.ts';
import { type Overrides, startTestServer, type TestServer, tempDir } from '../helpers/server.ts';
import { WebhookReceiver, waitFor } from '../helpers/webhook-receiver.ts';

const SECRET = 'events-e2e-secret-0123456789';
const PW = 'events-password';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function eventsConfig(rx: WebhookReceiver, over: Overrides = {}): Overrides {
  return {
    'events.webhookUrl': rx.url,
    'events.webhookSecret': SECRET,
    'events.pollMs': 20,
    'events.retryBaseMs': 50,
    'events.retryMaxMs': 200,
    ...over,
  };
}

async function receiver(): Promise<WebhookReceiver> {
  const rx = new WebhookReceiver(SECRET);
  await rx.start();
  cleanups.push(() => rx.stop());
  return rx;
}

async function server(over: Overrides, dir?: string): Promise<TestServer> {
  const srv = await startTestServer(over, dir);
  let stopped = false;
  cleanups.push(() => (stopped ? undefined : srv.stop()));
  return {
    ...srv,
    stop: async () => {
      stopped = true;
      await srv.stop();
    },
  };
}

async function user(srv: TestServer, uid: string, register = true): Promise<ParleyClient> {
  const c = new ParleyClient({
    transport: tcpTransport({ host: '127.0.0.1', port: srv.node.tcpPort }),
    reconnect: false,
  });
  cleanups.push(() => c.close());
  await c.connect();
  if (register) await c.register({ uid, password: PW });
  await c.login({ uid, password: PW }, { deviceId: `${uid}-dev`, platform: 'desktop' });
  return c;
}

describe('events over signed webhooks', () => {
  it('delivers upstream messages once with a valid signature; a resend gets the first event id', async () => {
    const rx = await receiver();
    const srv = await server(eventsConfig(rx));
    const alice = await user(srv, 'alice');
    const first = await alice.sendUpstream({
      service: 'orders',
      payload: '{"sku":"A-17"}',
      clientMsgId: 'o-1',
    });
    expect(first).toMatchObject({ duplicate: false, clientMsgId: 'o-1' });
    const again = await alice.sendUpstream({
      service: 'orders',
      payload: '{"sku":"A-17"}',
      clientMsgId: 'o-1',
    });
    expect(again).toMatchObject({ eventId: first.eventId, duplicate: true });
    const second = await alice.sendUpstream({ service: 'bot', payload: 'hello 🤖' });
    expect(second.eventId).toBeGreaterThan(first.eventId);
    await waitFor(() => rx.ofType('upstream').length >= 2, 'two upstream events');
    // Give a wrong second delivery time to show up.
    await new Promise((r) => setTimeout(r, 200));
    const ups = rx.ofType('upstream');
    expect(ups.map((h) => h.json.id)).toEqual([first.eventId, second.eventId]);
    for (const h of ups) {
      expect(h.signatureOk).toBe(true);
      expect(h.headers['x-parley-event-id']).toBe(String(h.json.id));
      expect(h.headers['x-parley-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    }
    expect(ups[0]?.json).toMatchObject({
      type: 'upstream',
      node: 'node-0',
      data: {
        service: 'orders',
        uid: 'alice',
        deviceId: 'alice-dev',
        clientMsgId: 'o-1',
        payload: '{"sku":"A-17"}',
      },
    });
  });

  it('emits login, message.sent, group.changed and offline lifecycle events', async () => {
    const rx = await receiver();
    const srv = await server(eventsConfig(rx));
    const alice = await user(srv, 'alice');
    const bob = await user(srv, 'bob');
    const ack = await alice.send({ to: 'bob', content: 'secret text' });
    const g = await alice.createGroup({ name: 'Team', members: ['bob'] });
    await waitFor(
      () =>
        rx.ofType('group.changed').length >= 1 &&
        rx.ofType('message.sent').some((h) => h.json.data.msgId === ack.msgId),
      'lifecycle events',
    );
    expect(
      rx
        .ofType('login')
        .map((h) => h.json.data.uid)
        .sort(),
    ).toEqual(['alice', 'bob']);
    const sent = rx.ofType('message.sent').find((h) => h.json.data.msgId === ack.msgId)!;
    expect(sent.json.data).toMatchObject({
      from: 'alice',
      to: 'bob',
      convType: 'c2c',
      type: 'text',
      convId: ack.convId,
    });
    expect(sent.json.data.content).toBeUndefined();
    expect(rx.ofType('group.changed')[0]?.json.data).toMatchObject({
      groupId: g.groupId,
      change: 'created',
      by: 'alice',
    });
    expect(rx.ofType('offline')).toEqual([]);
    // A dropped connection (no logout) ends the session: an offline event, no logout event.
    bob.close();
    await waitFor(() => rx.ofType('offline').length === 1, 'the offline event');
    expect(rx.ofType('offline')[0]?.json.data).toMatchObject({
      uid: 'bob',
      deviceId: 'bob-dev',
      platform: 'desktop',
    });
    expect(rx.ofType('logout')).toEqual([]);
    // Event ids are unique and time-ordered, and arrive in that order.
    const ids = rx.hooks.map((h) => h.json.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('retries while the receiver fails or is down, then delivers in event-id order', async () => {
    const rx = await receiver();
    const srv = await server(eventsConfig(rx, { 'events.types': 'upstream' }));
    const alice = await user(srv, 'alice');
    let refused = 0;
    rx.respond = () => {
      refused++;
      return { status: 500 };
    };
    const a = await alice.sendUpstream({ service: 'orders', payload: '1' });
    await waitFor(() => refused >= 2, 'two refused attempts');
    await rx.stop();
    const b = await alice.sendUpstream({ service: 'orders', payload: '2' });
    const c = await alice.sendUpstream({ service: 'orders', payload: '3' });
    await new Promise((r) => setTimeout(r, 150));
    rx.respond = () => ({ status: 200 });
    await rx.start();
    await waitFor(() => rx.hooks.length >= 3, 'delivery after the receiver is back');
    expect(rx.hooks.map((h) => h.json.id)).toEqual([a.eventId, b.eventId, c.eventId]);
    const status = await (
      await fetch(`http://127.0.0.1:${srv.node.apiPort}/v1/events/status`, {
        headers: { authorization: `Bearer ${await apiKey(srv)}` },
      })
    ).json();
    expect(status).toMatchObject({ pending: 0, dead: 0 });
  });

  it('an acked upstream message survives a restart before its delivery', async () => {
    const rx = await receiver();
    await rx.stop();
    const data = tempDir('parley-events-restart-');
    cleanups.push(() => data.cleanup());
    const cfg = eventsConfig(rx, { 'events.types': 'upstream' });
    const srv1 = await server(cfg, data.dir);
    const alice = await user(srv1, 'alice');
    const ack = await alice.sendUpstream({ service: 'orders', payload: 'durable', clientMsgId: 'd-1' });
    alice.close();
    await srv1.stop();
    await rx.start();
    const srv2 = await server(cfg, data.dir);
    await waitFor(() => rx.hooks.length >= 1, 'delivery after the restart');
    expect(rx.hooks[0]?.json).toMatchObject({ id: ack.eventId, data: { payload: 'durable' } });
    // The dedup key survived the restart too.
    const again = await user(srv2, 'alice', false);
    expect(
      await again.sendUpstream({ service: 'orders', payload: 'durable', clientMsgId: 'd-1' }),
    ).toMatchObject({
      eventId: ack.eventId,
      duplicate: true,
    });
  });

  it('moves an event to the dead-letter list after max attempts; the API lists and requeues it', async () => {
    const rx = await receiver();
    rx.respond = () => ({ status: 503 });
    const srv = await server(
      eventsConfig(rx, { 'events.types': 'upstream', 'events.webhookMaxAttempts': 3 }),
    );
    const key = await apiKey(srv);
    const api = (path: string, method = 'GET') =>
      fetch(`http://127.0.0.1:${srv.node.apiPort}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}` },
      });
    const alice = await user(srv, 'alice');
    const ack = await alice.sendUpstream({ service: 'orders', payload: 'doomed' });
    let dead: { deadLetters: { eventId: number; attempts: number; lastError: string; target: string }[] } = {
      deadLetters: [],
    };
    const deadline = Date.now() + 8000;
    while (dead.deadLetters.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      dead = await (await api('/v1/events/dead-letters')).json();
    }
    expect(dead.deadLetters).toEqual([
      expect.objectContaining({ eventId: ack.eventId, attempts: 3, lastError: 'HTTP 503', target: rx.url }),
    ]);
    const status = await (await api('/v1/events/status')).json();
    expect(status).toMatchObject({ pending: 0, dead: 1, lastError: 'HTTP 503' });
    expect((await api('/v1/events/dead-letters/999/retry', 'POST')).status).toBe(404);
    rx.respond = () => ({ status: 200 });
    const retry = await api(`/v1/events/dead-letters/${ack.eventId}/retry`, 'POST');
    expect(await retry.json()).toEqual({ eventId: ack.eventId, requeued: 1 });
    await waitFor(() => rx.hooks.length === 1, 'delivery after the retry');
    expect(rx.hooks[0]?.json.id).toBe(ack.eventId);
    expect((await (await api('/v1/events/dead-letters')).json()).deadLetters).toEqual([]);
  });
});

async function apiKey(srv: TestServer): Promise<string> {
  const { key, record } = newApiKey('events-test', ['admin']);
  await srv.node.store.apiKeys.create(record);
  return key;
}
