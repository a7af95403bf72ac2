import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApnsOptions, ApnsProvider } from '../../src/push/push-apns.ts';
import type { PushNotification } from '../../src/push/types.ts';
import { FakeApnsServer } from './fake-apns-server.ts';
import { runPushProviderContract } from './push-provider.contract.ts';
import { makeSelfSignedCert, type SelfSignedCert } from './self-signed-cert.ts';

const tls = makeSelfSignedCert();
// On a machine without openssl the TLS tests skip; in CI that would hide them, so fail instead.
if (!tls && process.env.CI)
  throw new Error('the APNs test server needs the openssl command to make its certificate');
const ids = { keyId: 'KEY1234567', teamId: 'TEAM987654', topic: 'com.example.parley' };
let signing: { privatePem: string; publicKey: KeyObject };

beforeAll(() => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  signing = { privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey };
});

async function setup(cert: SelfSignedCert, over: Partial<ApnsOptions> = {}) {
  const server = await FakeApnsServer.start({ ...cert, ...ids, publicKey: signing.publicKey });
  const provider = new ApnsProvider({
    key: signing.privatePem,
    ...ids,
    url: server.url,
    ca: cert.cert,
    ...over,
  });
  return { server, provider };
}

const hello: PushNotification = { title: 'Bob', body: 'hello', badge: 1 };

describe.skipIf(!tls)('ApnsProvider (local HTTP/2 TLS server speaking APNs)', () => {
  const cert = tls!;

  runPushProviderContract({ name: 'apns', create: (o) => setup(cert, { timeoutMs: o.timeoutMs }) });

  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  async function started(over: Partial<ApnsOptions> = {}) {
    const s = await setup(cert, over);
    cleanup = async () => {
      await s.provider.close();
      await s.server.close();
    };
    return s;
  }

  it('sends the APNs headers, path and payload, signed with a verifiable ES256 JWT', async () => {
    const { server, provider } = await started();
    const r = await provider.send(
      { provider: 'apns', token: 'ab12cd' },
      { ...hello, collapseId: 'c1', threadId: 'conv-1', ttlMs: 60_000, priority: 'normal', data: { k: 'v' } },
    );
    expect(r).toMatchObject({ status: 'sent' });
    const req = server.requests[0]!;
    expect(req.path).toBe('/3/device/ab12cd');
    expect(req.headers['apns-topic']).toBe(ids.topic);
    expect(req.headers['apns-push-type']).toBe('alert');
    expect(req.headers['apns-priority']).toBe('5');
    expect(req.headers['apns-collapse-id']).toBe('c1');
    const exp = Number(req.headers['apns-expiration']);
    expect(Math.abs(exp - (Date.now() + 60_000) / 1000)).toBeLessThan(5);
    expect(r.status === 'sent' && r.id).toBe(req.headers['apns-id']);
    expect(req.payload).toEqual({
      k: 'v',
      aps: { alert: { title: 'Bob', body: 'hello' }, badge: 1, 'thread-id': 'conv-1' },
    });
    const [h, c] = req.jwt.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: ids.keyId,
    });
    const claims = JSON.parse(Buffer.from(c!, 'base64url').toString()) as { iss: string; iat: number };
    expect(claims.iss).toBe(ids.teamId);
    expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(5);
  });

  it('sends a data-only notification as a background push with priority 5', async () => {
    const { server, provider } = await started();
    expect((await provider.send({ provider: 'apns', token: 'bg' }, { data: { sync: '1' } })).status).toBe(
      'sent',
    );
    const req = server.requests[0]!;
    expect(req.headers['apns-push-type']).toBe('background');
    expect(req.headers['apns-priority']).toBe('5');
    expect(req.payload).toEqual({ sync: '1', aps: { 'content-available': 1 } });
  });

  it('maps 410 Unregistered, DeviceTokenNotForTopic, 413 and InvalidProviderToken', async () => {
    const { server, provider } = await started();
    server.program('gone', { status: 410, body: { reason: 'Unregistered', timestamp: Date.now() } });
    server.program('topic', { status: 400, body: { reason: 'DeviceTokenNotForTopic' } });
    server.program('big', { status: 413, body: { reason: 'PayloadTooLarge' } });
    server.program('badjwt', { status: 403, body: { reason: 'InvalidProviderToken' } });
    server.program('boom', { status: 500, body: { reason: 'InternalServerError' } });
    const send = (token: string) => provider.send({ provider: 'apns', token }, hello);
    expect(await send('gone')).toEqual({ status: 'invalid-token', reason: 'Unregistered' });
    expect(await send('topic')).toEqual({ status: 'invalid-token', reason: 'DeviceTokenNotForTopic' });
    expect(await send('big')).toEqual({ status: 'failed', reason: 'PayloadTooLarge' });
    expect(await send('badjwt')).toEqual({ status: 'failed', reason: 'InvalidProviderToken' });
    expect(await send('boom')).toEqual({ status: 'retry', reason: 'InternalServerError' });
  });

  it('reuses one connection and one JWT for many sends', async () => {
    const { server, provider } = await started();
    for (let i = 0; i < 5; i++) await provider.send({ provider: 'apns', token: `t${i}` }, hello);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => provider.send({ provider: 'apns', token: `c${i}` }, hello)),
    );
    expect(server.sessionsAccepted).toBe(1);
    expect(provider.sessionsOpened).toBe(1);
    expect(server.jwts).toHaveLength(1);
  });

  it('on 403 ExpiredProviderToken re-signs the JWT once and sends again, even for concurrent sends', async () => {
    const { server, provider } = await started();
    expect((await provider.send({ provider: 'apns', token: 'first' }, hello)).status).toBe('sent');
    server.expireNextJwt();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => provider.send({ provider: 'apns', token: `x${i}` }, hello)),
    );
    expect(results.every((r) => r.status === 'sent')).toBe(true);
    expect(server.jwts).toHaveLength(2);
    expect(server.delivered).toHaveLength(11);
  });

  it('re-signs by force at most once per 20 minutes, then again after', async () => {
    let now = Date.now() - 30 * 60_000;
    const { server, provider } = await started({ now: () => now });
    expect((await provider.send({ provider: 'apns', token: 'a' }, hello)).status).toBe('sent');
    server.expireNextJwt();
    expect((await provider.send({ provider: 'apns', token: 'b' }, hello)).status).toBe('sent');
    server.expireNextJwt();
    const r = await provider.send({ provider: 'apns', token: 'c' }, hello);
    expect(r).toMatchObject({ status: 'retry' });
    expect(server.jwts).toHaveLength(2);
    now += 21 * 60_000;
    expect((await provider.send({ provider: 'apns', token: 'd' }, hello)).status).toBe('sent');
    expect(server.jwts).toHaveLength(3);
  });

  it('replaces the JWT after tokenRefreshMs (50 min by default), not before', async () => {
    let now = Date.now() - 55 * 60_000;
    const { server, provider } = await started({ now: () => now });
    await provider.send({ provider: 'apns', token: 'a' }, hello);
    now += 49 * 60_000;
    await provider.send({ provider: 'apns', token: 'b' }, hello);
    expect(server.jwts).toHaveLength(1);
    now += 2 * 60_000;
    expect((await provider.send({ provider: 'apns', token: 'c' }, hello)).status).toBe('sent');
    expect(server.jwts).toHaveLength(2);
  });

  it('reconnects after a GOAWAY', async () => {
    const { server, provider } = await started();
    expect((await provider.send({ provider: 'apns', token: 'a' }, hello)).status).toBe('sent');
    server.goAwayAll();
    await new Promise((r) => setTimeout(r, 50));
    expect((await provider.send({ provider: 'apns', token: 'b' }, hello)).status).toBe('sent');
    expect(server.sessionsAccepted).toBe(2);
    expect(provider.sessionsOpened).toBe(2);
  });

  it('sends again on a new connection a request refused by a GOAWAY', async () => {
    const { server, provider } = await started();
    expect((await provider.send({ provider: 'apns', token: 'a' }, hello)).status).toBe('sent');
    server.refuseNextWithGoaway();
    expect((await provider.send({ provider: 'apns', token: 'b' }, hello)).status).toBe('sent');
    expect(server.delivered.map((d) => d.token)).toEqual(['a', 'b']);
    expect(server.sessionsAccepted).toBe(2);
  });

  it('answers retry when the TLS certificate is not trusted', async () => {
    const { provider } = await started({ ca: undefined });
    const r = await provider.send({ provider: 'apns', token: 'a' }, hello);
    expect(r.status).toBe('retry');
  });

  it('refuses a key that is not EC P-256 and missing ids', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    expect(() => new ApnsProvider({ key: rsa.toString(), ...ids })).toThrow(/P-256/);
    expect(() => new ApnsProvider({ key: signing.privatePem, ...ids, teamId: '' })).toThrow(/teamId/);
    expect(() => new ApnsProvider({ key: 'not a key', ...ids })).toThrow();
  });
});
