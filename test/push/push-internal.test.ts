import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InFlight, parseRetryAfter, pick, signJwt, ttlSeconds } from '../../src/push/internal.ts';
import { CachedCredential } from '../../src/push/push-credential.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP dates, ignores garbage', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(['3'], now)).toBe(3_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
  });
});

describe('signJwt', () => {
  it('makes ES256 signatures in the 64-byte JWS form and RS256 ones', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwt = signJwt('ES256', ec.privateKey, { kid: 'K' }, { iss: 'T', iat: 1 });
    const [h, c, s] = jwt.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: 'K',
    });
    expect(Buffer.from(s!, 'base64url')).toHaveLength(64);
    const data = Buffer.from(`${h}.${c}`);
    const sig = Buffer.from(s!, 'base64url');
    expect(verify('sha256', data, { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const [rh, rc, rs] = signJwt('RS256', rsa.privateKey, {}, { a: 'b' }).split('.');
    expect(verify('sha256', Buffer.from(`${rh}.${rc}`), rsa.publicKey, Buffer.from(rs!, 'base64url'))).toBe(
      true,
    );
  });
});

describe('CachedCredential', () => {
  it('issues once for concurrent callers and again after expiry', async () => {
    let now = 1_000;
    let issued = 0;
    const c = new CachedCredential(
      async () => ({ value: `v${++issued}`, expiresAt: now + 100 }),
      () => now,
    );
    expect(await Promise.all([c.get(), c.get(), c.get()])).toEqual(['v1', 'v1', 'v1']);
    now += 99;
    expect(await c.get()).toBe('v1');
    now += 1;
    expect(await c.get()).toBe('v2');
  });

  it('invalidates only the current value, and respects minReissueMs', async () => {
    let now = 0;
    let issued = 0;
    const c = new CachedCredential(
      async () => ({ value: `v${++issued}`, expiresAt: now + 1e9 }),
      () => now,
      50,
    );
    expect(await c.get()).toBe('v1');
    expect(c.invalidate('v1')).toBe(true);
    expect(c.invalidate('v1')).toBe(true);
    expect(await c.get()).toBe('v2');
    expect(c.invalidate('v2')).toBe(false);
    expect(await c.get()).toBe('v2');
    now += 50;
    expect(c.invalidate('v2')).toBe(true);
    expect(await c.get()).toBe('v3');
  });

  it('a failed issue rejects its callers and caches nothing', async () => {
    let fail = true;
    const c = new CachedCredential(
      async () => {
        if (fail) throw new Error('down');
        return { value: 'ok', expiresAt: Number.POSITIVE_INFINITY };
      },
      () => 0,
    );
    await expect(Promise.all([c.get(), c.get()])).rejects.toThrow('down');
    fail = false;
    expect(await c.get()).toBe('ok');
  });
});

describe('helpers', () => {
  it('InFlight.drain waits for running work', async () => {
    const f = new InFlight();
    let done = false;
    const p = f.run(async () => {
      await new Promise((r) => setTimeout(r, 30));
      done = true;
    });
    await f.drain();
    expect(done).toBe(true);
    await p;
    await f.drain();
  });

  it('pick and ttlSeconds', () => {
    expect(pick({ a: [{ b: 1 }] }, 'a', 0, 'b')).toBe(1);
    expect(pick({ a: null }, 'a', 'b')).toBeUndefined();
    expect(ttlSeconds(1_999)).toBe(1);
    expect(ttlSeconds(-5)).toBe(0);
    expect(ttlSeconds(undefined)).toBeUndefined();
  });
});
