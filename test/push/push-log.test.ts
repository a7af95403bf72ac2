import { describe, expect, it } from 'vitest';
import {
  closePushProviders,
  createPushProviders,
  LogProvider,
  type PushProvider,
  sendPush,
} from '../../src/push/index.ts';

describe('LogProvider', () => {
  it('records the notification with an abbreviated token and answers sent', async () => {
    const lines: { obj: Record<string, unknown>; msg: string }[] = [];
    const p = new LogProvider({ logger: { info: (obj, msg) => lines.push({ obj, msg }) } });
    const r = await p.send({ provider: 'log', token: '0123456789abcdef' }, { title: 'Hi', badge: 3 });
    expect(r).toEqual({ status: 'sent' });
    expect(p.sent).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.obj).toEqual({
      push: { provider: 'log', token: '01234567…', notification: { title: 'Hi', badge: 3 } },
    });
    await p.close();
    expect(await p.send({ provider: 'log', token: 'x' }, {})).toEqual({
      status: 'retry',
      reason: 'provider closed',
    });
    expect(p.sent).toBe(1);
  });

  it('works without a logger', async () => {
    const p = new LogProvider();
    expect((await p.send({ provider: 'log', token: 't' }, { body: 'b' })).status).toBe('sent');
  });
});

describe('createPushProviders', () => {
  it('always has the log provider and only the configured others', async () => {
    const providers = createPushProviders({
      webhook: { url: 'http://127.0.0.1:9/x', secret: 'a secret of sixteen+' },
    });
    expect([...providers.keys()].sort()).toEqual(['log', 'webhook']);
    const names = [...providers.values()].map((p: PushProvider) => p.name).sort();
    expect(names).toEqual(['log', 'webhook']);
    expect((await sendPush(providers, { provider: 'log', token: 't' }, { title: 'x' })).status).toBe('sent');
    expect(await sendPush(providers, { provider: 'apns', token: 't' }, { title: 'x' })).toEqual({
      status: 'failed',
      reason: 'push provider apns not configured',
    });
    await closePushProviders(providers);
    expect((await sendPush(providers, { provider: 'log', token: 't' }, {})).status).toBe('retry');
  });

  it('throws at creation for invalid options', () => {
    expect(() =>
      createPushProviders({ apns: { key: 'nope', keyId: 'k', teamId: 't', topic: 'x' } }),
    ).toThrow();
    expect(() => createPushProviders({ fcm: { serviceAccount: '{}' } })).toThrow(/fcm/);
  });
});
