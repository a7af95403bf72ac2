import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FcmOptions, FcmProvider, fcmMessage } from '../../src/push/push-fcm.ts';
import { FCM_SCOPE, parseServiceAccount } from '../../src/push/push-fcm-auth.ts';
import type { PushNotification } from '../../src/push/types.ts';
import { FakeFcmServer } from './fake-fcm-server.ts';
import { runPushProviderContract } from './push-provider.contract.ts';

const projectId = 'parley-test';
const clientEmail = 'push@parley-test.iam.gserviceaccount.com';
let keys: { privatePem: string; publicKey: KeyObject };

beforeAll(() => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  keys = { privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey };
});

function serviceAccount(tokenUri: string): string {
  return JSON.stringify({
    type: 'service_account',
    project_id: projectId,
    private_key_id: 'abc123',
    private_key: keys.privatePem,
    client_email: clientEmail,
    token_uri: tokenUri,
  });
}

async function setup(over: Partial<FcmOptions> = {}, expiresIn?: number) {
  const server = await FakeFcmServer.start({
    projectId,
    clientEmail,
    publicKey: keys.publicKey,
    ...(expiresIn !== undefined && { expiresIn }),
  });
  const provider = new FcmProvider({
    serviceAccount: serviceAccount(server.tokenUri),
    url: server.url,
    ...over,
  });
  return { server, provider };
}

const hello: PushNotification = { title: 'Bob', body: 'hello', badge: 2 };

runPushProviderContract({ name: 'fcm', create: (o) => setup({ timeoutMs: o.timeoutMs }) });

describe('FcmProvider (local HTTP servers speaking Google OAuth2 and FCM v1)', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  async function started(over: Partial<FcmOptions> = {}, expiresIn?: number) {
    const s = await setup(over, expiresIn);
    cleanup = async () => {
      await s.provider.close();
      await s.server.close();
    };
    return s;
  }

  it('gets an access token with a verifiable RS256 assertion and sends the v1 message', async () => {
    const { server, provider } = await started();
    const r = await provider.send(
      { provider: 'fcm', token: 'reg-1' },
      { ...hello, collapseId: 'c1', threadId: 'conv-1', ttlMs: 90_500, priority: 'normal', data: { k: 'v' } },
    );
    expect(r.status).toBe('sent');
    expect(r.status === 'sent' && r.id).toMatch(new RegExp(`^projects/${projectId}/messages/`));
    expect(server.lastClaims).toMatchObject({ iss: clientEmail, scope: FCM_SCOPE, aud: server.tokenUri });
    expect(server.messages[0]).toEqual({
      token: 'reg-1',
      notification: { title: 'Bob', body: 'hello' },
      data: { k: 'v' },
      android: { priority: 'NORMAL', collapse_key: 'c1', ttl: '90s', notification: { tag: 'c1' } },
      apns: {
        headers: { 'apns-priority': '5', 'apns-collapse-id': 'c1' },
        payload: { aps: { badge: 2, 'thread-id': 'conv-1' } },
      },
    });
  });

  it('builds a data-only message without a notification block', () => {
    expect(fcmMessage('t', { data: { sync: '1' } })).toEqual({
      token: 't',
      data: { sync: '1' },
      android: { priority: 'HIGH' },
      apns: { headers: { 'apns-priority': '5' }, payload: { aps: { 'content-available': 1 } } },
    });
  });

  it('caches the access token across sends, concurrent ones included', async () => {
    const { server, provider } = await started();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => provider.send({ provider: 'fcm', token: `t${i}` }, hello)),
    );
    await provider.send({ provider: 'fcm', token: 'later' }, hello);
    expect(server.tokenRequests).toBe(1);
    expect(server.delivered).toHaveLength(11);
  });

  it('gets a new access token shortly before expires_in', async () => {
    let now = Date.now();
    const { server, provider } = await started({ now: () => now }, 3599);
    await provider.send({ provider: 'fcm', token: 'a' }, hello);
    now += 3599_000 - 120_000;
    await provider.send({ provider: 'fcm', token: 'b' }, hello);
    expect(server.tokenRequests).toBe(1);
    now += 90_000;
    await provider.send({ provider: 'fcm', token: 'c' }, hello);
    expect(server.tokenRequests).toBe(2);
  });

  it('on 401 drops the access token, gets a new one and sends once more', async () => {
    const { server, provider } = await started();
    expect((await provider.send({ provider: 'fcm', token: 'a' }, hello)).status).toBe('sent');
    server.revokeAccessTokens();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => provider.send({ provider: 'fcm', token: `b${i}` }, hello)),
    );
    expect(results.every((r) => r.status === 'sent')).toBe(true);
    expect(server.tokenRequests).toBe(2);
    expect(server.sendRequests).toBe(11);
  });

  it('maps FCM error answers', async () => {
    const { server, provider } = await started();
    const err = (code: number, status: string, message: string, extra: object[] = []) => ({
      error: { code, status, message, details: extra },
    });
    server.program('badtok', {
      status: 400,
      body: err(400, 'INVALID_ARGUMENT', 'The registration token is not a valid FCM registration token', [
        {
          '@type': 'type.googleapis.com/google.rpc.BadRequest',
          fieldViolations: [{ field: 'message.token' }],
        },
      ]),
    });
    server.program('badpayload', {
      status: 400,
      body: err(400, 'INVALID_ARGUMENT', 'Invalid data payload key: from', [
        { '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'INVALID_ARGUMENT' },
      ]),
    });
    server.program('mismatch', {
      status: 403,
      body: err(403, 'PERMISSION_DENIED', 'SenderId mismatch', [
        { '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'SENDER_ID_MISMATCH' },
      ]),
    });
    server.program('plain404', {
      status: 404,
      body: err(404, 'NOT_FOUND', 'Requested entity was not found.'),
    });
    server.program('internal', { status: 500, body: err(500, 'INTERNAL', 'oops') });
    const send = (token: string) => provider.send({ provider: 'fcm', token }, hello);
    expect(await send('badtok')).toMatchObject({ status: 'invalid-token' });
    expect(await send('badpayload')).toMatchObject({ status: 'failed', reason: /from/ });
    expect(await send('mismatch')).toMatchObject({ status: 'invalid-token', reason: /SENDER_ID_MISMATCH/ });
    expect(await send('plain404')).toMatchObject({ status: 'failed' });
    expect(await send('internal')).toMatchObject({ status: 'retry', reason: /INTERNAL/ });
  });

  it('answers failed when the token endpoint refuses the key, retry when it is busy', async () => {
    const { server, provider } = await started();
    server.tokenEndpointAnswer = {
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
    };
    expect(await provider.send({ provider: 'fcm', token: 'a' }, hello)).toMatchObject({
      status: 'failed',
      reason: /Invalid JWT Signature/,
    });
    server.tokenEndpointAnswer = { status: 503, body: {}, headers: { 'retry-after': '4' } };
    expect(await provider.send({ provider: 'fcm', token: 'a' }, hello)).toMatchObject({
      status: 'retry',
      retryAfterMs: 4000,
    });
    server.tokenEndpointAnswer = undefined;
    expect((await provider.send({ provider: 'fcm', token: 'a' }, hello)).status).toBe('sent');
  });

  it('rejects an incomplete service account', () => {
    expect(() => parseServiceAccount('{"project_id":"p"}')).toThrow(/private_key/);
    expect(() => parseServiceAccount('nope')).toThrow(/JSON/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    expect(() =>
      parseServiceAccount({ project_id: 'p', client_email: 'e', private_key: ec.toString() }),
    ).toThrow(/RSA/);
    const sa = parseServiceAccount({ project_id: 'p', client_email: 'e', private_key: keys.privatePem });
    expect(sa.tokenUri).toBe('https://oauth2.googleapis.com/token');
  });
});
