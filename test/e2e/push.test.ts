// Push notifications end to end: devices register tokens through the SDK; a real server queues
// notifications for offline devices and for online ones that do not acknowledge in time, and
// sends them through the webhook provider to a local gateway that checks the signature. Mutes,
// do-not-disturb, badges, invalid tokens, retries and a restart in between.
import { generateKeyPairSync } from 'node:crypto';
import { ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { Code } from '@parley/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inWindow } from '../../src/logic/push-service.ts';
import { createPushProviders } from '../../src/push/index.ts';
import { type Overrides, startTestServer, type TestServer, tempDir } from '../helpers/server.ts';
import { FakeApnsServer } from '../push/fake-apns-server.ts';
import { FakeFcmServer } from '../push/fake-fcm-server.ts';
import { FakeWebhookServer } from '../push/fake-webhook-server.ts';
import { makeSelfSignedCert } from '../push/self-signed-cert.ts';

const SECRET = 'push-gateway-secret-0123';
let gateway: FakeWebhookServer;
let srv: TestServer;
const dir = tempDir('parley-push-');
const clients: ParleyClient[] = [];
let n = 0;

function settings(): Overrides {
  return {
    'push.webhook.url': gateway.url,
    'push.webhook.secret': SECRET,
    'push.ackTimeoutMs': 300,
    'push.pollMs': 50,
    'push.timeoutMs': 2000,
    'gate.heartbeatIntervalMs': 200,
    'gate.idleTimeoutMs': 600,
  };
}

async function device(uid: string, deviceId: string, opts: { ack?: boolean } = {}) {
  const c = new ParleyClient({
    transport: tcpTransport({ host: '127.0.0.1', port: srv.node.tcpPort }),
    reconnect: false,
    // A device that acknowledges only after a minute: its deliveries time out.
    ...(opts.ack === false ? { ackDelayMs: 60_000 } : {}),
  });
  clients.push(c);
  const login = await c.login({ uid, password: `${uid}-password` }, { deviceId, platform: 'android' });
  return { c, token: login.token };
}

async function users(...uids: string[]): Promise<void> {
  for (const uid of uids) {
    const c = new ParleyClient({
      transport: tcpTransport({ host: '127.0.0.1', port: srv.node.tcpPort }),
      reconnect: false,
    });
    await c.register({ uid, password: `${uid}-password` });
    c.close();
  }
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const pushesTo = (token: string) => gateway.delivered.filter((d) => d.token === token);

beforeAll(async () => {
  gateway = await FakeWebhookServer.start(SECRET);
  srv = await startTestServer(settings(), dir.dir);
});

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

afterAll(async () => {
  await srv?.stop();
  await gateway?.close();
  dir.cleanup();
});

describe('push notifications', () => {
  it('notifies an offline device with title, preview and a badge of the unread total', async () => {
    const [a, b] = [`pa${++n}`, `pb${n}`];
    await users(a, b);
    const bob = await device(b, 'bob-phone');
    await bob.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    bob.c.close();
    const alice = await device(a, 'alice-phone');
    await alice.c.send({ to: b, content: 'are you there?' });
    await until(() => pushesTo(`tok-${b}`).length === 1, 'the first push');
    await alice.c.send({ to: b, content: 'second' });
    await until(() => pushesTo(`tok-${b}`).length === 2, 'the second push');
    const [first, second] = pushesTo(`tok-${b}`);
    expect(first).toMatchObject({ title: a, body: 'are you there?', badge: 1, sound: 'default' });
    expect(first!.data).toMatchObject({ convId: `c:${a}|${b}`, from: a });
    expect(second).toMatchObject({ body: 'second', badge: 2 });
    expect(gateway.requests.every((r) => r.signatureOk)).toBe(true);
  });

  it('does not notify an online device that acknowledges, and does one that does not', async () => {
    const [a, b, c] = [`pa${++n}`, `pb${n}`, `pc${n}`];
    await users(a, b, c);
    const acking = await device(b, 'b-phone');
    await acking.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    const silent = await device(c, 'c-phone', { ack: false });
    await silent.c.registerPushToken({ provider: 'webhook', token: `tok-${c}` });
    const alice = await device(a, 'a-phone');
    await alice.c.send({ to: b, content: 'acked' });
    await alice.c.send({ to: c, content: 'not acked' });
    await until(() => pushesTo(`tok-${c}`).length === 1, 'the push after the ack timeout');
    await new Promise((r) => setTimeout(r, 600));
    expect(pushesTo(`tok-${b}`)).toEqual([]);
    expect(pushesTo(`tok-${c}`)[0]).toMatchObject({ body: 'not acked' });
  });

  it('sends nothing for a muted conversation, and badge-only pushes in do-not-disturb hours', async () => {
    const [a, b, c] = [`pa${++n}`, `pb${n}`, `pc${n}`];
    await users(a, b, c);
    const bob = await device(b, 'b-phone');
    await bob.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    const alice = await device(a, 'a-phone');
    await alice.c.send({ to: b, content: 'first' });
    await bob.c.updateConversation(`c:${a}|${b}`, { muted: true });
    bob.c.close();
    await alice.c.send({ to: b, content: 'muted' });
    // A device in its quiet hours all day long.
    const carol = await device(c, 'c-phone');
    const now = new Date();
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    await carol.c.registerPushToken({
      provider: 'webhook',
      token: `tok-${c}`,
      doNotDisturb: { startMin: (minute + 1439) % 1440, endMin: (minute + 60) % 1440 },
      tzOffsetMin: 0,
    });
    carol.c.close();
    await alice.c.send({ to: c, content: 'quiet please' });
    await until(() => pushesTo(`tok-${c}`).length === 1, 'the quiet push');
    expect(pushesTo(`tok-${c}`)[0]).toEqual({
      token: `tok-${c}`,
      badge: 1,
      threadId: `c:${a}|${c}`,
      data: expect.any(Object),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(pushesTo(`tok-${b}`)).toEqual([]);
  });

  it('drops a token the provider calls invalid, and retries a busy gateway until it answers', async () => {
    const [a, b, c] = [`pa${++n}`, `pb${n}`, `pc${n}`];
    await users(a, b, c);
    const bob = await device(b, 'b-phone');
    await bob.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    bob.c.close();
    const carol = await device(c, 'c-phone');
    await carol.c.registerPushToken({ provider: 'webhook', token: `tok-${c}` });
    carol.c.close();
    gateway.program(`tok-${b}`, { kind: 'invalid-token' });
    gateway.program(`tok-${c}`, { kind: 'busy', status: 503, retryAfterSec: 1 });
    const alice = await device(a, 'a-phone');
    await alice.c.send({ to: b, content: 'x' });
    await alice.c.send({ to: c, content: 'y' });
    await until(async () => (await srv.node.store.push.tokensOf([b])).length === 0, 'the token removed');
    await until(() => gateway.requests.filter((r) => r.body.includes(`tok-${c}`)).length >= 1, 'a first try');
    gateway.program(`tok-${c}`, { kind: 'ok' });
    await until(() => pushesTo(`tok-${c}`).length === 1, 'the retried push', 8000);
    await until(async () => (await srv.node.store.push.queued()) === 0, 'an empty queue');
  });

  it('keeps queued notifications across a restart', async () => {
    const [a, b] = [`pa${++n}`, `pb${n}`];
    await users(a, b);
    const bob = await device(b, 'b-phone');
    await bob.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    bob.c.close();
    gateway.program(`tok-${b}`, { kind: 'hang' });
    const alice = await device(a, 'a-phone');
    await alice.c.send({ to: b, content: 'survives' });
    alice.c.close();
    await until(() => gateway.requests.some((r) => r.body.includes(`tok-${b}`)), 'the first try');
    await srv.stop();
    gateway.program(`tok-${b}`, { kind: 'ok' });
    srv = await startTestServer(settings(), dir.dir);
    // The stop released the interrupted try; the restarted node sends it.
    await until(() => pushesTo(`tok-${b}`).length === 1, 'the push after the restart', 8000);
    expect(pushesTo(`tok-${b}`)[0]).toMatchObject({ body: 'survives' });
  });

  it('refuses unknown providers and bad tokens, and forgets a token on unregister', async () => {
    const b = `pb${++n}`;
    await users(b);
    const bob = await device(b, 'b-phone');
    await expect(bob.c.registerPushToken({ provider: 'pigeon', token: 't' })).rejects.toMatchObject({
      code: Code.BAD_REQUEST,
    });
    await expect(bob.c.registerPushToken({ provider: 'webhook', token: '' })).rejects.toMatchObject({
      code: Code.BAD_REQUEST,
    });
    await bob.c.registerPushToken({ provider: 'webhook', token: `tok-${b}` });
    expect(await srv.node.store.push.tokensOf([b])).toHaveLength(1);
    await bob.c.unregisterPushToken();
    expect(await srv.node.store.push.tokensOf([b])).toEqual([]);
  });

  it('computes quiet windows that wrap past midnight', () => {
    expect(inWindow(23 * 60, 22 * 60, 7 * 60)).toBe(true);
    expect(inWindow(6 * 60, 22 * 60, 7 * 60)).toBe(true);
    expect(inWindow(12 * 60, 22 * 60, 7 * 60)).toBe(false);
    expect(inWindow(12 * 60, 9 * 60, 17 * 60)).toBe(true);
    expect(inWindow(12 * 60, 5, 5)).toBe(false);
  });
});

describe('push notifications through APNs and FCM (local servers speaking their protocols)', () => {
  const cert = makeSelfSignedCert();
  if (!cert && process.env.CI)
    throw new Error('the APNs test server needs the openssl command to make its certificate');
  const ids = { keyId: 'KEY1234567', teamId: 'TEAM987654', topic: 'com.example.parley' };
  let apns: FakeApnsServer;
  let fcm: FakeFcmServer;
  let node: TestServer;
  const nodeDir = tempDir('parley-push-real-');

  beforeAll(async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    apns = await FakeApnsServer.start({ ...cert!, ...ids, publicKey: ec.publicKey });
    fcm = await FakeFcmServer.start({
      projectId: 'parley-test',
      clientEmail: 'push@parley-test.iam.gserviceaccount.com',
      publicKey: rsa.publicKey,
    });
    const providers = createPushProviders({
      apns: {
        key: ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        ...ids,
        url: apns.url,
        ca: cert!.cert,
      },
      fcm: {
        serviceAccount: {
          type: 'service_account',
          project_id: 'parley-test',
          private_key: rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
          client_email: 'push@parley-test.iam.gserviceaccount.com',
          token_uri: fcm.tokenUri,
        },
        url: fcm.url,
      },
    });
    node = await startTestServer(
      { 'push.ackTimeoutMs': 300, 'push.pollMs': 50, 'push.timeoutMs': 2000 },
      nodeDir.dir,
      { pushProviders: providers },
    );
  });

  afterAll(async () => {
    await node?.stop();
    await apns?.close();
    await fcm?.close();
    nodeDir.cleanup();
  });

  async function on(uid: string, deviceId: string, ackDelayMs?: number) {
    const c = new ParleyClient({
      transport: tcpTransport({ host: '127.0.0.1', port: node.node.tcpPort }),
      reconnect: false,
      ...(ackDelayMs === undefined ? {} : { ackDelayMs }),
    });
    clients.push(c);
    await c.login({ uid, password: `${uid}-password` }, { deviceId, platform: 'ios' });
    return c;
  }

  it('notifies an offline iPhone through APNs and a silent Android device through FCM', async () => {
    for (const uid of ['ra', 'rb', 'rc']) {
      const c = new ParleyClient({
        transport: tcpTransport({ host: '127.0.0.1', port: node.node.tcpPort }),
        reconnect: false,
      });
      await c.register({ uid, password: `${uid}-password` });
      c.close();
    }
    const iphone = await on('rb', 'rb-iphone');
    await iphone.registerPushToken({ provider: 'apns', token: 'a1b2c3d4e5f6' });
    iphone.close();
    const android = await on('rc', 'rc-pixel', 60_000);
    await android.registerPushToken({ provider: 'fcm', token: 'fcm-token-rc' });
    const alice = await on('ra', 'ra-phone');
    await alice.send({ to: 'rb', content: 'to the iPhone' });
    await alice.send({ to: 'rc', content: 'to the Pixel' });
    await until(() => apns.delivered.length === 1 && fcm.delivered.length === 1, 'APNs and FCM deliveries');
    expect(apns.delivered[0]).toMatchObject({
      token: 'a1b2c3d4e5f6',
      title: 'ra',
      body: 'to the iPhone',
      badge: 1,
    });
    expect(fcm.delivered[0]).toMatchObject({ token: 'fcm-token-rc', title: 'ra', body: 'to the Pixel' });
  });
});
