import { afterEach, describe, expect, it } from 'vitest';
import {
  signWebhook,
  verifyWebhookSignature,
  type WebhookOptions,
  WebhookProvider,
  type WebhookPushBody,
} from '../../src/push/push-webhook.ts';
import { FakeWebhookServer } from './fake-webhook-server.ts';
import { runPushProviderContract } from './push-provider.contract.ts';

const secret = 'a shared secret of some length';

async function setup(over: Partial<WebhookOptions> = {}) {
  const server = await FakeWebhookServer.start(secret);
  const provider = new WebhookProvider({ url: server.url, secret, ...over });
  return { server, provider };
}

runPushProviderContract({ name: 'webhook', create: (o) => setup({ timeoutMs: o.timeoutMs }) });

describe('WebhookProvider', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  async function started(over: Partial<WebhookOptions> = {}) {
    const s = await setup(over);
    cleanup = async () => {
      await s.provider.close();
      await s.server.close();
    };
    return s;
  }

  it('posts a signed JSON body that the receiver can verify', async () => {
    const { server, provider } = await started();
    const r = await provider.send({ provider: 'webhook', token: 'dev-1' }, { title: 'Hi', data: { a: 'b' } });
    expect(r.status).toBe('sent');
    const req = server.requests[0]!;
    expect(req.signatureOk).toBe(true);
    expect(req.headers['content-type']).toBe('application/json');
    const body = JSON.parse(req.body) as WebhookPushBody;
    expect(body.target).toEqual({ provider: 'webhook', token: 'dev-1' });
    expect(body.notification).toEqual({ title: 'Hi', data: { a: 'b' } });
    expect(r.status === 'sent' && r.id).toBe(body.id);
    const ts = String(req.headers['x-parley-timestamp']);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(5);
    expect(
      verifyWebhookSignature({
        secret,
        timestamp: ts,
        body: req.body,
        signature: String(req.headers['x-parley-signature']),
      }),
    ).toBe(true);
  });

  it('verifyWebhookSignature rejects a wrong secret, a changed body and an old timestamp', () => {
    const now = Date.now();
    const ts = String(Math.floor(now / 1000));
    const sig = signWebhook(secret, ts, '{"x":1}');
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(
      verifyWebhookSignature({ secret, timestamp: ts, body: '{"x":1}', signature: sig, nowMs: now }),
    ).toBe(true);
    expect(
      verifyWebhookSignature({ secret: `${secret}!`, timestamp: ts, body: '{"x":1}', signature: sig }),
    ).toBe(false);
    expect(verifyWebhookSignature({ secret, timestamp: ts, body: '{"x":2}', signature: sig })).toBe(false);
    expect(
      verifyWebhookSignature({
        secret,
        timestamp: ts,
        body: '{"x":1}',
        signature: sig,
        nowMs: now + 600_000,
      }),
    ).toBe(false);
    expect(verifyWebhookSignature({ secret, timestamp: undefined, body: '', signature: sig })).toBe(false);
  });

  it('a receiver with another secret answers 401, which is failed, not invalid-token', async () => {
    const { provider } = await started({ secret: 'another secret of some length' });
    const r = await provider.send({ provider: 'webhook', token: 'dev-1' }, { title: 'Hi' });
    expect(r).toEqual({ status: 'failed', reason: 'bad signature' });
  });

  it('maps 410 to invalid-token, 404 to failed and 500 to retry', async () => {
    const { server, provider } = await started();
    server.program('gone', { kind: 'invalid-token' });
    server.program('nf', { status: 404 });
    server.program('err', { status: 500 });
    const send = (token: string) => provider.send({ provider: 'webhook', token }, { body: 'x' });
    expect(await send('gone')).toEqual({ status: 'invalid-token', reason: 'token unregistered' });
    expect(await send('nf')).toEqual({ status: 'failed', reason: 'HTTP 404' });
    expect(await send('err')).toEqual({ status: 'retry', reason: 'HTTP 500' });
  });

  it('refuses a short secret and a non-http URL', () => {
    expect(() => new WebhookProvider({ url: 'http://127.0.0.1/x', secret: 'short' })).toThrow(/secret/);
    expect(() => new WebhookProvider({ url: 'ftp://127.0.0.1/x', secret })).toThrow(/http/);
  });
});
