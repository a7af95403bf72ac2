import { afterEach, describe, expect, it } from 'vitest';
import type { PushNotification, PushProvider, PushResult } from '../../src/push/types.ts';

/** How a fake server answers a token; each harness translates it into its service's protocol. */
export type FakeAnswer =
  | { kind: 'ok' }
  /** The service's "this token is dead" answer (APNs 400 BadDeviceToken, FCM 404 UNREGISTERED, ...). */
  | { kind: 'invalid-token' }
  | { kind: 'busy'; status: 429 | 503; retryAfterSec: number }
  /** Accept, but answer only after `ms`. */
  | { kind: 'slow'; ms: number }
  /** Never answer (until the server closes). */
  | { kind: 'hang' };

/** A notification as the fake server received it, normalised from the service's format. */
export interface Delivered {
  token: string;
  title?: string;
  body?: string;
  badge?: number;
  sound?: string;
  threadId?: string;
  collapseId?: string;
  data: Record<string, string>;
}

/** A local server speaking one service's protocol, with controls for the contract. */
export interface FakePushServer {
  /** Answer for requests to this token from now on; tokens not programmed get `ok`. */
  program(token: string, answer: FakeAnswer): void;
  /** Notifications accepted (authenticated and answered `ok`/`slow`), in arrival order. */
  readonly delivered: Delivered[];
  /** TCP connections currently open to the server. */
  openConnections(): number;
  /** Stops listening and cuts every connection; a second call does nothing. */
  close(): Promise<void>;
}

export interface PushContractHarness {
  provider: PushProvider;
  server: FakePushServer;
}

export interface PushProviderContractOptions {
  name: string;
  /** A provider wired to a fresh fake server, with this per-request timeout. */
  create(opts: { timeoutMs: number }): Promise<PushContractHarness>;
}

const FULL: PushNotification = {
  title: 'Alice',
  body: 'Lunch at noon? 🍜',
  badge: 7,
  sound: 'default',
  data: { conv: 'c:alice:bob', msgId: '12345' },
  collapseId: 'conv-c:alice:bob',
  threadId: 'c:alice:bob',
  ttlMs: 3_600_000,
  priority: 'high',
};

/** Polls `cond` every 20 ms, at most `ms`; bounded. */
async function waitFor(cond: () => boolean, ms = 2_000): Promise<boolean> {
  for (let waited = 0; waited <= ms; waited += 20) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

/** The contract every PushProvider keeps against a local server that speaks its protocol. */
export function runPushProviderContract(opts: PushProviderContractOptions): void {
  describe(`PushProvider contract: ${opts.name}`, () => {
    let h: PushContractHarness | undefined;
    const make = async (timeoutMs = 5_000): Promise<PushContractHarness> => {
      h = await opts.create({ timeoutMs });
      return h;
    };
    afterEach(async () => {
      await h?.provider.close();
      await h?.server.close();
      h = undefined;
    });

    it('sends a notification that arrives with every field', async () => {
      const { provider, server } = await make();
      const r = await provider.send({ provider: provider.name, token: 'a1b2c3' }, FULL);
      expect(r.status).toBe('sent');
      expect(server.delivered).toEqual([
        {
          token: 'a1b2c3',
          title: FULL.title,
          body: FULL.body,
          badge: 7,
          sound: 'default',
          threadId: FULL.threadId,
          collapseId: FULL.collapseId,
          data: FULL.data,
        },
      ]);
    });

    it('answers invalid-token for a dead token and delivers nothing', async () => {
      const { provider, server } = await make();
      server.program('dead', { kind: 'invalid-token' });
      const r = await provider.send({ provider: provider.name, token: 'dead' }, FULL);
      expect(r.status).toBe('invalid-token');
      expect(server.delivered).toEqual([]);
    });

    it('answers retry with retryAfterMs for 429 and 503', async () => {
      const { provider, server } = await make();
      server.program('t429', { kind: 'busy', status: 429, retryAfterSec: 7 });
      server.program('t503', { kind: 'busy', status: 503, retryAfterSec: 2 });
      const r1 = await provider.send({ provider: provider.name, token: 't429' }, FULL);
      const r2 = await provider.send({ provider: provider.name, token: 't503' }, FULL);
      expect(r1).toMatchObject({ status: 'retry', retryAfterMs: 7_000 });
      expect(r2).toMatchObject({ status: 'retry', retryAfterMs: 2_000 });
    });

    it('answers retry, without throwing, when the server is down', async () => {
      const { provider, server } = await make();
      expect((await provider.send({ provider: provider.name, token: 'up' }, FULL)).status).toBe('sent');
      await server.close();
      const r = await provider.send({ provider: provider.name, token: 'down' }, FULL);
      expect(r.status).toBe('retry');
    });

    it('answers retry when the server does not answer within the timeout', async () => {
      const { provider, server } = await make(300);
      server.program('hang', { kind: 'hang' });
      const t0 = Date.now();
      const r: PushResult = await provider.send({ provider: provider.name, token: 'hang' }, FULL);
      expect(r.status).toBe('retry');
      expect(Date.now() - t0).toBeLessThan(3_000);
    });

    it('handles many concurrent sends', async () => {
      const { provider, server } = await make();
      const tokens = Array.from({ length: 40 }, (_, i) => `tok${i}`);
      const results = await Promise.all(
        tokens.map((token, i) => provider.send({ provider: provider.name, token }, { ...FULL, badge: i })),
      );
      expect(results.every((r) => r.status === 'sent')).toBe(true);
      expect(server.delivered.map((d) => d.token).sort()).toEqual([...tokens].sort());
    });

    it('close() waits for sends in progress, then ends connections; later sends answer retry', async () => {
      const { provider, server } = await make();
      server.program('slow', { kind: 'slow', ms: 200 });
      expect((await provider.send({ provider: provider.name, token: 'warm' }, FULL)).status).toBe('sent');
      expect(server.openConnections()).toBeGreaterThan(0);
      const pending = provider.send({ provider: provider.name, token: 'slow' }, FULL);
      await new Promise((r) => setTimeout(r, 50));
      await provider.close();
      expect((await pending).status).toBe('sent');
      expect(await waitFor(() => server.openConnections() === 0)).toBe(true);
      const after = await provider.send({ provider: provider.name, token: 'late' }, FULL);
      expect(after).toEqual({ status: 'retry', reason: 'provider closed' });
      await provider.close();
    });
  });
}
