import { describe, expect, it } from 'vitest';
import { BeforeSendHook } from '../../src/events/before-send.ts';
import { retryDelay } from '../../src/events/event-dispatcher.ts';
import { signBody, verifySignature } from '../../src/events/signature.ts';
import { WebhookSink, webhookSinkId } from '../../src/events/sink-webhook.ts';
import { runEventSinkContract } from '../contract/event-sink.contract.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';

const SECRET = 'a-test-secret-of-some-length';

runEventSinkContract({
  name: 'signed webhook',
  create: async () => {
    const rx = new WebhookReceiver(SECRET);
    await rx.start();
    const sink = new WebhookSink({ url: rx.url, secret: SECRET, timeoutMs: 2000 });
    await sink.start();
    return {
      sink,
      dedups: false,
      received: async () => {
        for (const h of rx.hooks) {
          if (!h.signatureOk) throw new Error('bad signature');
          if (h.headers['x-parley-event-id'] !== String(h.json.id)) throw new Error('event id header');
        }
        return rx.hooks.map((h) => ({ id: h.json.id, type: h.json.type, data: h.json.data }));
      },
      breakIt: async () => {
        rx.respond = () => ({ status: 500 });
      },
      fixIt: async () => {
        rx.respond = () => ({ status: 200 });
      },
      close: async () => {
        await sink.close();
        await rx.stop();
      },
    };
  },
});

describe('webhook signatures and backoff', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 and verifies it, refusing tampering and stale times', () => {
    const body = '{"id":1}';
    const sig = signBody(SECRET, 1_700_000_000_000, body);
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    const headers = { 'x-parley-timestamp': '1700000000000', 'x-parley-signature': sig };
    expect(verifySignature(SECRET, headers, body, 1_700_000_000_500)).toBe(true);
    expect(verifySignature(SECRET, headers, '{"id":2}', 1_700_000_000_500)).toBe(false);
    expect(verifySignature('another-secret-xxxxxxxx', headers, body, 1_700_000_000_500)).toBe(false);
    expect(verifySignature(SECRET, headers, body, 1_700_000_000_000 + 3_600_000)).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(retryDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelay(1, 1000, 60_000, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(retryDelay(4, 1000, 60_000, () => 0)).toBe(4000);
    expect(retryDelay(30, 1000, 60_000, () => 0.999)).toBeLessThanOrEqual(60_000);
  });

  it('sends the user info of its URL as Basic authorization (fetch refuses it in the URL), never shows it', async () => {
    const rx = new WebhookReceiver(SECRET);
    await rx.start();
    const url = rx.url.replace('http://', 'http://hook-user:p%40ss@');
    const sink = new WebhookSink({ url, secret: SECRET, timeoutMs: 2000 });
    try {
      expect(sink.target).toBe(rx.url);
      const event = { eventId: 1, type: 'login', ts: 1, node: 'n', payload: '{}', dedupKey: '' };
      expect(await sink.deliver([event])).toEqual([{ ok: true }]);
      expect(rx.hooks[0]!.signatureOk).toBe(true);
      expect(rx.hooks[0]!.headers.authorization).toBe(
        `Basic ${Buffer.from('hook-user:p@ss').toString('base64')}`,
      );
      rx.respond = () => ({ status: 500 });
      const [failed] = await sink.deliver([{ ...event, eventId: 2 }]);
      expect(failed).toEqual({ ok: false, error: 'HTTP 500' });
    } finally {
      await sink.close();
      await rx.stop();
    }
  });

  it('the before-send hook also sends the user info of its URL as Basic authorization', async () => {
    const rx = new WebhookReceiver(SECRET);
    await rx.start();
    rx.respond = () => ({ status: 200, body: { action: 'allow' } });
    const warnings: unknown[] = [];
    const log = { warn: (o: unknown) => warnings.push(o) } as unknown as ConstructorParameters<
      typeof BeforeSendHook
    >[0]['log'];
    const hook = new BeforeSendHook({
      url: rx.url.replace('http://', 'http://hook-user:p%40ss@'),
      secret: SECRET,
      timeoutMs: 2000,
      failPolicy: 'closed',
      log,
    });
    try {
      const req = {
        from: 'a',
        deviceId: 'd',
        convType: 'c2c' as const,
        to: 'b',
        convId: 'c',
        type: 'text',
        content: 'hi',
        clientMsgId: 'x',
      };
      expect(await hook.check(req)).toBe('hi');
      expect(warnings).toEqual([]);
      expect(rx.hooks[0]!.signatureOk).toBe(true);
      expect(rx.hooks[0]!.headers.authorization).toBe(
        `Basic ${Buffer.from('hook-user:p@ss').toString('base64')}`,
      );
    } finally {
      await rx.stop();
    }
  });

  it('a sink id is stable per URL', () => {
    expect(webhookSinkId('http://a/x')).toBe(webhookSinkId('http://a/x'));
    expect(webhookSinkId('http://a/x')).not.toBe(webhookSinkId('http://a/y'));
    expect(webhookSinkId('http://a/x')).toMatch(/^webhook:[0-9a-f]{12}$/);
  });
});
