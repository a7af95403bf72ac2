// The admin console's live side, over the real admin API (signed in over HTTP): the dashboard's
// figures moving with real traffic, console webhooks (signed, filtered by type, revoked, on two
// nodes), dead letters, and runtime settings taking effect on the running node.
import { Code, Commands, MsgType, Platform } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/events/signature.ts';
import { AdminHttp } from '../helpers/admin-http.ts';
import { useMysqlDatabase } from '../helpers/mysql.ts';
import { RawClient } from '../helpers/raw-client.ts';
import { type Overrides, startTestServer, type TestServer } from '../helpers/server.ts';
import { loginRaw, registerUser } from '../helpers/users.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';

/** Polls `check` until it holds, or fails naming `what` after `timeoutMs`. */
async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const FAST: Overrides = {
  'admin.dashboardSampleMs': 50,
  'dispatch.reportIntervalMs': 50,
  'dispatch.staleMs': 2000,
  'events.webhookReloadMs': 100,
  'admin.settingsReloadMs': 100,
  'events.pollMs': 20,
  'events.retryBaseMs': 20,
  'events.retryMaxMs': 50,
};

async function server(over: Overrides = {}): Promise<TestServer> {
  const srv = await startTestServer({ ...FAST, ...over });
  cleanups.push(() => srv.stop());
  return srv;
}

async function receiver(): Promise<WebhookReceiver> {
  // The receiver's own check uses a dummy secret; the tests verify with the webhook's secret.
  const rx = new WebhookReceiver('unused-secret-unused-secret');
  await rx.start();
  cleanups.push(() => rx.stop());
  return rx;
}

async function login(srv: TestServer, uid: string): Promise<RawClient> {
  const { client } = await loginRaw(srv.node.tcpPort, uid, `${uid}-dev`, Platform.WEB);
  cleanups.push(() => client.close());
  return client;
}

interface Dashboard {
  node: string;
  online: number;
  connections: number;
  sessions: number;
  gates: { nodeId: string; connections: number; msgsInPerSec: number }[];
  store: { engine: string; ok: boolean; latencyMs: number; error?: string };
  push: { providers: string[]; queued: number; sent: number; failed: number };
  events: { sink: string; target: string; pending: number; dead: number }[];
  series: { ts: number; online: number; connections: number; msgsInPerSec: number; msgsOutPerSec: number }[];
}

interface Webhook {
  id: string;
  sink: string;
  url: string;
  types: string[];
  source: string;
  pending: number;
  dead: number;
  lastError: string;
  delivered: number;
}

describe('admin dashboard', () => {
  it('answers live figures; msgs/s and connections move with real traffic', async () => {
    const srv = await server();
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    const first = await owner.get<Dashboard>('/admin/api/dashboard');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      node: 'node-0',
      store: { engine: 'sqlite', ok: true },
      push: { queued: 0, sent: 0, failed: 0 },
      events: [],
    });
    expect(first.body.push.providers).toContain('log');
    expect(first.body.gates.map((g) => g.nodeId)).toEqual(['node-0']);

    await registerUser(srv.node.tcpPort, 'alice');
    await registerUser(srv.node.tcpPort, 'bob');
    const alice = await login(srv, 'alice');
    await login(srv, 'bob');
    for (let i = 0; i < 30; i++) {
      const r = await alice.request(Commands.send, {
        toUid: 'bob',
        clientMsgId: `d-${i}`,
        type: MsgType.TEXT,
        content: `hello ${i}`,
      });
      expect(r.status).toBe(0);
    }
    let seen: Dashboard | undefined;
    await waitFor(async () => {
      seen = (await owner.get<Dashboard>('/admin/api/dashboard')).body;
      return (
        seen.series.some((p) => p.msgsInPerSec > 0) &&
        seen.series.some((p) => p.msgsOutPerSec > 0) &&
        seen.series.some((p) => p.online >= 2 && p.connections >= 2)
      );
    }, 'the series to show the traffic');
    expect(seen!.online).toBe(2);
    expect(seen!.sessions).toBe(2);
    expect(seen!.series.length).toBeLessThanOrEqual(120);
    const ts = seen!.series.map((p) => p.ts);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('needs a session; a viewer reads but may not change', async () => {
    const srv = await server();
    const anonymous = new AdminHttp(`http://127.0.0.1:${srv.node.apiPort}`);
    const out = await anonymous.get('/admin/api/dashboard');
    expect(out.status).toBe(401);
    expect(out.body).toMatchObject({ error: { name: 'NOT_LOGGED_IN' } });
    const viewer = await AdminHttp.signedIn(srv.node, 'watcher', 'viewer');
    expect((await viewer.get('/admin/api/dashboard')).status).toBe(200);
    expect((await viewer.get('/admin/api/webhooks')).status).toBe(200);
    expect((await viewer.get('/admin/api/settings')).status).toBe(200);
    const refused = await viewer.call('POST', '/admin/api/webhooks', { url: 'https://x.example/h' });
    expect(refused.status).toBe(403);
    expect((await viewer.call('PUT', '/admin/api/settings/push.preview', { value: false })).status).toBe(403);
  });
});

describe('console webhooks', () => {
  it('delivers signed events of the chosen types, lists status, requeues dead letters, stops after revoke', async () => {
    const rx = await receiver();
    const srv = await server({ 'events.webhookMaxAttempts': 1 });
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    const created = await owner.call<{ webhook: Webhook; secret: string }>('POST', '/admin/api/webhooks', {
      url: rx.url,
      types: ['login'],
    });
    expect(created.status).toBe(200);
    const { webhook, secret } = created.body;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(webhook).toMatchObject({
      source: 'console',
      types: ['login'],
      url: rx.url,
      sink: `webhook:${webhook.id}`,
    });

    await registerUser(srv.node.tcpPort, 'carol');
    await registerUser(srv.node.tcpPort, 'dave');
    const carol = await login(srv, 'carol');
    await waitFor(() => rx.hooks.some((h) => h.json.data.uid === 'carol'), 'the login event');
    const hook = rx.hooks.find((h) => h.json.data.uid === 'carol')!;
    expect(hook.json.type).toBe('login');
    expect(verifySignature(secret, hook.headers, hook.body)).toBe(true);
    expect(verifySignature('another-secret-another-secret-xx', hook.headers, hook.body)).toBe(false);
    // Only the chosen types: a message makes no message.sent delivery to it.
    await carol.request(Commands.send, {
      toUid: 'dave',
      clientMsgId: 'w-1',
      type: MsgType.TEXT,
      content: 'x',
    });

    const list = await owner.get<{ webhooks: Webhook[] }>('/admin/api/webhooks');
    expect(list.body.webhooks).toEqual([expect.objectContaining({ id: webhook.id, source: 'console' })]);
    await waitFor(async () => {
      const w = (await owner.get<{ webhooks: Webhook[] }>('/admin/api/webhooks')).body.webhooks[0]!;
      return w.delivered >= 1 && w.pending === 0;
    }, 'the delivery status');
    expect(rx.hooks.map((h) => h.json.type)).toEqual(['login']);

    // A failing receiver: with one attempt allowed the event goes to the dead letters.
    rx.respond = () => ({ status: 500 });
    await login(srv, 'dave');
    type Dead = {
      deadLetters: { eventId: number; sink: string; type: string; attempts: number; lastError: string }[];
    };
    let dead: Dead['deadLetters'] = [];
    await waitFor(async () => {
      dead = (await owner.get<Dead>(`/admin/api/deadletters?sink=${webhook.sink}`)).body.deadLetters;
      return dead.length === 1;
    }, 'a dead letter');
    expect(dead[0]).toMatchObject({ sink: webhook.sink, type: 'login', attempts: 1, lastError: 'HTTP 500' });
    const status = (await owner.get<{ webhooks: Webhook[] }>('/admin/api/webhooks')).body.webhooks[0]!;
    expect(status).toMatchObject({ dead: 1, lastError: 'HTTP 500' });
    const dash = (await owner.get<Dashboard>('/admin/api/dashboard')).body;
    expect(dash.events).toContainEqual({ sink: webhook.sink, target: rx.url, pending: 0, dead: 1 });

    rx.respond = () => ({ status: 200 });
    const requeued = await owner.call('POST', `/admin/api/deadletters/${dead[0]!.eventId}/requeue`, {});
    expect(requeued).toEqual({ status: 200, body: { requeued: 1 } });
    await waitFor(() => rx.hooks.some((h) => h.json.data.uid === 'dave'), 'the requeued event');
    const again = await owner.call('POST', `/admin/api/deadletters/${dead[0]!.eventId}/requeue`, {});
    expect(again.status).toBe(404);

    // Revoked: not listed, no new events queued or delivered.
    expect(await owner.call('DELETE', `/admin/api/webhooks/${webhook.id}`)).toEqual({
      status: 200,
      body: {},
    });
    expect((await owner.get<{ webhooks: Webhook[] }>('/admin/api/webhooks')).body.webhooks).toEqual([]);
    const before = rx.hooks.length;
    await registerUser(srv.node.tcpPort, 'erin');
    await login(srv, 'erin');
    await new Promise((r) => setTimeout(r, 300));
    expect(rx.hooks.length).toBe(before);
    expect((await srv.node.store.events.stats()).filter((s) => s.sink === webhook.sink)).toEqual([]);
    expect((await owner.call('DELETE', `/admin/api/webhooks/${webhook.id}`)).status).toBe(200);
    expect((await owner.call('DELETE', '/admin/api/webhooks/nosuchhook')).status).toBe(404);

    const audit = await owner.get<{ entries: { action: string; target: string }[] }>(
      '/admin/api/audit?limit=50',
    );
    const actions = audit.body.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['webhook.create', 'webhook.revoke', 'deadletter.requeue']),
    );
  });

  it('lists config webhooks as read only and refuses bad input with clear errors', async () => {
    const rx = await receiver();
    const srv = await server({
      'events.webhookUrl': rx.url,
      'events.webhookSecret': 'config-secret-0123456789',
    });
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    const list = (await owner.get<{ webhooks: Webhook[] }>('/admin/api/webhooks')).body.webhooks;
    expect(list).toEqual([expect.objectContaining({ source: 'config', url: rx.url, types: [] })]);
    const del = await owner.call('DELETE', `/admin/api/webhooks/${encodeURIComponent(list[0]!.id)}`);
    expect(del.status).toBe(400);
    expect(del.body).toMatchObject({ error: { name: 'BAD_REQUEST', field: 'id' } });
    for (const url of ['ftp://files.example/x', 'not a url', 'javascript:alert(1)']) {
      const r = await owner.call('POST', '/admin/api/webhooks', { url });
      expect(r.status, url).toBe(400);
      expect(r.body).toMatchObject({ error: { name: 'BAD_REQUEST', field: 'url' } });
    }
    const badType = await owner.call('POST', '/admin/api/webhooks', { url: rx.url, types: ['nope'] });
    expect(badType.status).toBe(400);
    expect(badType.body).toMatchObject({ error: { field: 'types.0' } });
    const badId = await owner.call('POST', '/admin/api/deadletters/abc/requeue', {});
    expect(badId.status).toBe(400);
  });
});

describe('console webhooks on two nodes (MariaDB)', () => {
  const db = useMysqlDatabase();

  it('a webhook added on one node receives the events of the other; revoked on one, the other stops', async () => {
    await db.clear();
    const shared: Overrides = { 'store.engine': 'mysql', 'store.mysqlDatabase': db.name };
    const a = await server({ ...shared, nodeId: 1 });
    const b = await server({ ...shared, nodeId: 2 });
    const rx = await receiver();
    const owner = await AdminHttp.signedIn(a.node, 'root', 'owner');
    const created = await owner.call<{ webhook: Webhook; secret: string }>('POST', '/admin/api/webhooks', {
      url: rx.url,
    });
    const { webhook, secret } = created.body;
    await waitFor(() => b.node.events.webhooks.list().length === 1, 'node 2 to load the webhook');
    await registerUser(b.node.tcpPort, 'frank');
    await login(b, 'frank');
    await waitFor(
      () => rx.hooks.some((h) => h.json.type === 'login' && h.json.node === 'node-2'),
      'the login event of node 2',
    );
    for (const h of rx.hooks) expect(verifySignature(secret, h.headers, h.body)).toBe(true);

    await owner.call('DELETE', `/admin/api/webhooks/${webhook.id}`);
    await waitFor(() => b.node.events.webhooks.list().length === 0, 'node 2 to drop the webhook');
    const before = rx.hooks.length;
    await registerUser(b.node.tcpPort, 'grace');
    await login(b, 'grace');
    await new Promise((r) => setTimeout(r, 300));
    expect(rx.hooks.length).toBe(before);
    expect((await b.node.store.events.stats()).filter((s) => s.sink === webhook.sink)).toEqual([]);
  });

  it('a setting changed on one node takes effect on the other within the reload interval', async () => {
    await db.clear();
    const shared: Overrides = { 'store.engine': 'mysql', 'store.mysqlDatabase': db.name };
    const a = await server({ ...shared, nodeId: 1 });
    const b = await server({ ...shared, nodeId: 2 });
    const onA = await AdminHttp.signedIn(a.node, 'root', 'owner');
    const onB = await AdminHttp.signedIn(b.node, 'root', 'owner');
    expect((await onA.call('PUT', '/admin/api/settings/log.level', { value: 'fatal' })).status).toBe(200);
    await waitFor(() => b.node.log.level === 'fatal', 'node 2 to apply log.level');
    type Listed = { settings: { key: string; value: unknown; changedBy?: string }[] };
    const onBView = (await onB.get<Listed>('/admin/api/settings')).body.settings;
    expect(onBView.find((x) => x.key === 'log.level')).toMatchObject({ value: 'fatal', changedBy: 'root' });
    await onB.call('PUT', '/admin/api/settings/log.level', { value: null });
    await waitFor(() => a.node.log.level === 'silent', 'node 1 to reset log.level');
  });
});

describe('runtime settings', () => {
  interface Setting {
    key: string;
    value: unknown;
    configured: unknown;
    type: string;
    min?: number;
    max?: number;
    choices?: string[];
    changedBy?: string;
    changedAt?: number;
  }

  it('lists the live settings with their schema; a lowered rate limit refuses a burst on a new connection; null resets', async () => {
    const srv = await server();
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    const { settings } = (await owner.get<{ settings: Setting[] }>('/admin/api/settings')).body;
    expect(settings.map((s) => s.key)).toEqual([
      'log.level',
      'gate.rateLimitPerSec',
      'gate.rateLimitBurst',
      'gate.maxConnectionsPerIp',
      'auth.registration',
      'msg.recallWindowMs',
      'group.maxMembers',
      'push.preview',
    ]);
    expect(settings.find((s) => s.key === 'log.level')).toMatchObject({
      type: 'enum',
      value: 'silent',
      configured: 'silent',
      choices: expect.arrayContaining(['debug', 'info']),
    });
    expect(settings.find((s) => s.key === 'gate.rateLimitPerSec')).toMatchObject({
      type: 'number',
      value: 500,
      configured: 500,
      min: 1,
    });

    const burst = async (): Promise<number[]> => {
      const c = await RawClient.connect(srv.node.tcpPort);
      try {
        const all = await Promise.all(
          Array.from({ length: 10 }, (_, i) => c.request(Commands.heartbeat, { ts: i })),
        );
        return all.map((r) => r.status);
      } finally {
        c.close();
      }
    };
    expect(await burst()).not.toContain(Code.RATE_LIMITED);

    const changed = await owner.call<Setting>('PUT', '/admin/api/settings/gate.rateLimitBurst', { value: 2 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      key: 'gate.rateLimitBurst',
      value: 2,
      configured: 1000,
      changedBy: 'root',
    });
    await owner.call('PUT', '/admin/api/settings/gate.rateLimitPerSec', { value: 1 });
    expect(await burst()).toContain(Code.RATE_LIMITED);

    const reset = await owner.call<Setting>('PUT', '/admin/api/settings/gate.rateLimitBurst', {
      value: null,
    });
    expect(reset.body).toMatchObject({ value: 1000, configured: 1000 });
    expect(reset.body.changedBy).toBeUndefined();
    await owner.call('PUT', '/admin/api/settings/gate.rateLimitPerSec', { value: null });
    expect(await burst()).not.toContain(Code.RATE_LIMITED);
  });

  it('log.level and push.preview change the running node; bad inputs get clear errors', async () => {
    const srv = await server();
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    expect(srv.node.log.level).toBe('silent');
    await owner.call('PUT', '/admin/api/settings/log.level', { value: 'error' });
    expect(srv.node.log.level).toBe('error');
    await owner.call('PUT', '/admin/api/settings/log.level', { value: null });
    expect(srv.node.log.level).toBe('silent');

    const cases: [string, unknown, string][] = [
      ['gate.rateLimitPerSec', 0, 'outside'],
      ['gate.rateLimitPerSec', 'fast', 'expected a number'],
      ['gate.rateLimitPerSec', 1.5, 'whole number'],
      ['log.level', 'loud', 'expected one of'],
      ['push.preview', 'yes', 'true or false'],
    ];
    for (const [key, value, why] of cases) {
      const r = await owner.call<{ error: { name: string; message: string; field: string } }>(
        'PUT',
        `/admin/api/settings/${key}`,
        { value },
      );
      expect(r.status, `${key}=${String(value)}`).toBe(400);
      expect(r.body.error.field).toBe('value');
      expect(r.body.error.message).toContain(why);
    }
    const notLive = await owner.call<{ error: { message: string; field: string } }>(
      'PUT',
      '/admin/api/settings/gate.tcpPort',
      { value: 1 },
    );
    expect(notLive.status).toBe(400);
    expect(notLive.body.error).toMatchObject({ field: 'key' });
    expect(notLive.body.error.message).toContain('cannot be changed at run time');
  });

  it('a node applies an override another node stored, within the reload interval', async () => {
    const srv = await server();
    await srv.node.store.runtimeSettings.put({
      key: 'msg.recallWindowMs',
      value: '1234',
      changedBy: 'elsewhere',
      changedAt: Date.now(),
    });
    const owner = await AdminHttp.signedIn(srv.node, 'root', 'owner');
    await waitFor(async () => {
      const { settings } = (await owner.get<{ settings: Setting[] }>('/admin/api/settings')).body;
      const s = settings.find((x) => x.key === 'msg.recallWindowMs');
      return s?.value === 1234 && s.changedBy === 'elsewhere';
    }, 'the reload to apply the stored override');
  });
});
