// The admin API (docs/admin.md) over real HTTP on a one-process server with SQLite: the
// first-start account, sign-in and its limits, the cookie, roles, the cross-site refusals, and
// every route with SDK clients over WebSocket on the other side to see the effects (kicks,
// recalls).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type KickedEvent, ParleyClient, type RecalledEvent } from '@parley/client';
import { Code } from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { wsTransport } from '../../packages/client/src/ws-transport.ts';
import { newToken, tokenHash } from '../../src/logic/passwords.ts';
import { startTestServer, type TestServer, tempDir } from '../helpers/server.ts';
import { selfSignedCert } from '../helpers/tls-cert.ts';

let srv: TestServer;
const clients: ParleyClient[] = [];

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
  body: any;
}

interface CallOpts {
  cookie?: string;
  /** Origin header; default the server's own, null for none. */
  origin?: string | null;
  contentType?: string;
  server?: TestServer;
}

async function call(method: string, path: string, body?: unknown, o: CallOpts = {}): Promise<Answer> {
  const s = o.server ?? srv;
  const base = `http://127.0.0.1:${s.node.apiPort}`;
  const headers: Record<string, string> = {};
  if (o.cookie) headers.cookie = o.cookie;
  if (method !== 'GET') {
    headers['content-type'] = o.contentType ?? 'application/json';
    if (o.origin !== null) headers.origin = o.origin ?? base;
  }
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body ?? {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Signs in; returns the cookie to send back and the Set-Cookie header. */
async function signIn(
  name: string,
  password: string,
  server?: TestServer,
): Promise<{ cookie: string; set: string }> {
  const r = await call('POST', '/admin/api/login', { name, password }, server ? { server } : {});
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const set = r.headers.get('set-cookie') ?? '';
  return { cookie: set.split(';')[0]!, set };
}

async function device(uid: string, password: string, deviceId: string, platform: 'web' | 'ios' = 'web') {
  const c = new ParleyClient({
    transport: wsTransport({ url: `ws://127.0.0.1:${srv.node.wsPort}/ws`, WebSocket }),
    reconnect: false,
  });
  clients.push(c);
  const kicked: KickedEvent[] = [];
  const recalled: RecalledEvent[] = [];
  c.on('kicked', (k) => kicked.push(k));
  c.on('recalled', (r) => recalled.push(r));
  await c.login({ uid, password }, { deviceId, platform });
  return { c, kicked, recalled };
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let owner = '';
let operator = '';
let viewer = '';
const OWNER_PW = 'owner-password-1';

beforeAll(async () => {
  srv = await startTestServer({ 'admin.loginsPerMinPerIp': 10_000, 'admin.maxFailedLogins': 3 });
  // The first start made `admin`; its password is in the data directory.
  const file = join(srv.dir, 'admin-password.txt');
  const first = readFileSync(file, 'utf8').trim();
  owner = (await signIn('admin', first)).cookie;
  expect(
    (await call('POST', '/admin/api/me/password', { current: first, password: OWNER_PW }, { cookie: owner }))
      .status,
  ).toBe(200);
  for (const [name, role] of [
    ['olga', 'operator'],
    ['vera', 'viewer'],
  ] as const) {
    const r = await call(
      'POST',
      '/admin/api/admins',
      { name, password: `${name}-password`, role },
      { cookie: owner },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  operator = (await signIn('olga', 'olga-password')).cookie;
  viewer = (await signIn('vera', 'vera-password')).cookie;
  for (const uid of ['alice', 'bob', 'carol']) {
    const r = await call(
      'POST',
      '/admin/api/users',
      { uid, password: `${uid}-password` },
      { cookie: operator },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
});

afterAll(async () => {
  for (const c of clients) c.close();
  await srv?.stop();
});

describe('admin API: first start, sign-in and sessions', () => {
  it('wrote the bootstrap password file (0600) and removed it on the first password change', async () => {
    const file = join(srv.dir, 'admin-password.txt');
    expect(() => statSync(file)).toThrow();
    const entries = (await call('GET', '/admin/api/audit?limit=200', undefined, { cookie: owner })).body
      .entries;
    expect(
      entries.some(
        (e: { action: string; detail: { bootstrap?: boolean } | null }) =>
          e.action === 'admin.create' && e.detail?.bootstrap,
      ),
    ).toBe(true);
  });

  it('writes the file with mode 0600 on a fresh data directory', async () => {
    const other = await startTestServer();
    try {
      const st = statSync(join(other.dir, 'admin-password.txt'));
      expect(st.mode & 0o777).toBe(0o600);
      const pw = readFileSync(join(other.dir, 'admin-password.txt'), 'utf8').trim();
      expect(pw.length).toBeGreaterThanOrEqual(16);
      const { cookie } = await signIn('admin', pw, other);
      // Another admin changing `admin`'s password also removes it.
      const r = await call(
        'PATCH',
        '/admin/api/admins/admin',
        { password: 'brand-new-pw' },
        { cookie, server: other },
      );
      expect(r.status).toBe(200);
      expect(() => statSync(join(other.dir, 'admin-password.txt'))).toThrow();
      // A second start finds an admin and creates nothing.
      expect((await other.node.store.admins.list()).map((a) => a.name)).toEqual(['admin']);
    } finally {
      await other.stop();
    }
  });

  it('signs in with a session cookie: HttpOnly, SameSite=Strict, Path=/admin, not Secure without TLS', async () => {
    const { set } = await signIn('admin', OWNER_PW);
    expect(set).toMatch(/^parley_admin=[A-Za-z0-9_-]{43};/);
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(set).toMatch(/Path=\/admin(;|$)/);
    expect(set).not.toMatch(/Secure/i);
    const me = await call('GET', '/admin/api/me', undefined, { cookie: owner });
    expect(me.body).toEqual({ name: 'admin', role: 'owner' });
  });

  it('marks the cookie Secure when the console is reached over https, not because the gate has TLS', async () => {
    const port = srv.node.apiPort;
    const https = await call(
      'POST',
      '/admin/api/login',
      { name: 'admin', password: OWNER_PW },
      { origin: `https://127.0.0.1:${port}` },
    );
    expect(https.status).toBe(200);
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/i);
    // tls.cert is the gate's TLS; the API answers plain http, where a Secure cookie is dropped.
    const tmp = tempDir('parley-admin-tls-');
    const c = selfSignedCert(tmp.dir);
    const tls = await startTestServer({ 'tls.cert': c.certFile, 'tls.key': c.keyFile });
    try {
      const first = readFileSync(join(tls.dir, 'admin-password.txt'), 'utf8').trim();
      const { set } = await signIn('admin', first, tls);
      expect(set).not.toMatch(/Secure/i);
    } finally {
      await tls.stop();
      tmp.cleanup();
    }
  });

  it('refuses a wrong password and an unknown name alike', async () => {
    const bad = await call('POST', '/admin/api/login', { name: 'admin', password: 'wrong-password' });
    const unknown = await call('POST', '/admin/api/login', { name: 'nobody', password: 'wrong-password' });
    expect(bad.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(bad.body).toEqual(unknown.body);
    expect(bad.body.error).toMatchObject({ code: Code.BAD_CREDENTIALS, name: 'BAD_CREDENTIALS' });
    const invalid = await call('POST', '/admin/api/login', { name: '', password: 5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.name).toBe('BAD_REQUEST');
    const garbage = await call('POST', '/admin/api/login', '{not json');
    expect(garbage.status).toBe(400);
    const poisoned = await call(
      'POST',
      '/admin/api/login',
      '{"__proto__":{"x":1},"name":"a","password":"b"}',
    );
    expect(poisoned.status).toBe(400);
  });

  it('locks an account after too many failed sign-ins in a row', async () => {
    await call(
      'POST',
      '/admin/api/admins',
      { name: 'lou', password: 'lou-password', role: 'viewer' },
      { cookie: owner },
    );
    for (let i = 0; i < 3; i++) {
      expect((await call('POST', '/admin/api/login', { name: 'lou', password: 'nope-nope' })).status).toBe(
        401,
      );
    }
    const locked = await call('POST', '/admin/api/login', { name: 'lou', password: 'lou-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.name).toBe('RATE_LIMITED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('locks an account after failed sign-ins made at once (each one counts)', async () => {
    await call(
      'POST',
      '/admin/api/admins',
      { name: 'lena', password: 'lena-password', role: 'viewer' },
      { cookie: owner },
    );
    const wrong = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', '/admin/api/login', { name: 'lena', password: 'nope-nope' }),
      ),
    );
    expect(wrong.map((r) => r.status)).toEqual(Array(10).fill(401));
    const locked = await call('POST', '/admin/api/login', { name: 'lena', password: 'lena-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.name).toBe('RATE_LIMITED');
  });

  it('limits checks of the current password per address like sign-ins', async () => {
    const small = await startTestServer({ 'admin.loginsPerMinPerIp': 2 });
    try {
      const first = readFileSync(join(small.dir, 'admin-password.txt'), 'utf8').trim();
      const { cookie } = await signIn('admin', first, small);
      const wrong = await call(
        'POST',
        '/admin/api/me/password',
        { current: 'guess-1', password: 'new-password-1' },
        { cookie, server: small },
      );
      expect(wrong.status).toBe(400);
      const limited = await call(
        'POST',
        '/admin/api/me/password',
        { current: first, password: 'new-password-1' },
        { cookie, server: small },
      );
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe(Code.RATE_LIMITED);
    } finally {
      await small.stop();
    }
  });

  it('limits sign-ins per address', async () => {
    const small = await startTestServer({ 'admin.loginsPerMinPerIp': 2 });
    try {
      for (let i = 0; i < 2; i++) {
        const r = await call(
          'POST',
          '/admin/api/login',
          { name: 'admin', password: 'wrong-password' },
          { server: small },
        );
        expect(r.status).toBe(401);
      }
      const r = await call(
        'POST',
        '/admin/api/login',
        { name: 'admin', password: 'wrong-password' },
        { server: small },
      );
      expect(r.status).toBe(429);
      expect(r.body.error.code).toBe(Code.RATE_LIMITED);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await small.stop();
    }
  });

  it('answers 401 without a session, with an unknown one and with an expired one', async () => {
    for (const cookie of [undefined, 'parley_admin=bogus']) {
      const r = await call('GET', '/admin/api/users', undefined, cookie ? { cookie } : {});
      expect(r.status).toBe(401);
      expect(r.body.error).toMatchObject({ code: Code.NOT_LOGGED_IN, name: 'NOT_LOGGED_IN' });
    }
    const token = newToken();
    await srv.node.store.admins.createSession({
      tokenHash: tokenHash(token),
      name: 'admin',
      createdAt: Date.now() - 10_000,
      expiresAt: Date.now() - 1,
    });
    const expired = await call('GET', '/admin/api/me', undefined, { cookie: `parley_admin=${token}` });
    expect(expired.status).toBe(401);
    expect(await srv.node.store.admins.getSession(tokenHash(token))).toBeUndefined();
  });

  it('logs out: the session ends', async () => {
    const { cookie } = await signIn('vera', 'vera-password');
    const out = await call('POST', '/admin/api/logout', undefined, { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/parley_admin=;/);
    expect((await call('GET', '/admin/api/me', undefined, { cookie })).status).toBe(401);
  });

  it('refuses cross-site and non-JSON state changes', async () => {
    const path = '/admin/api/users/alice/logout';
    const none = await call('POST', path, {}, { cookie: operator, origin: null });
    expect(none.status).toBe(403);
    expect(none.body.error.name).toBe('PERMISSION_DENIED');
    const foreign = await call('POST', path, {}, { cookie: operator, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await call('POST', path, 'deviceId=x', {
      cookie: operator,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const text = await call('POST', path, '{}', { cookie: operator, contentType: 'text/plain' });
    expect(text.status).toBe(400);
    const login = await call(
      'POST',
      '/admin/api/login',
      { name: 'admin', password: OWNER_PW },
      { origin: null },
    );
    expect(login.status).toBe(403);
  });

  it('refuses roles too low with 403', async () => {
    const r1 = await call('POST', '/admin/api/users/alice/disable', { disabled: true }, { cookie: viewer });
    expect(r1.status).toBe(403);
    expect(r1.body.error).toMatchObject({ code: Code.PERMISSION_DENIED });
    const r2 = await call('POST', '/admin/api/keys', { name: 'x', scopes: ['read'] }, { cookie: operator });
    expect(r2.status).toBe(403);
    expect((await call('GET', '/admin/api/admins', undefined, { cookie: operator })).status).toBe(403);
    expect((await call('GET', '/admin/api/users', undefined, { cookie: viewer })).status).toBe(200);
    expect((await call('GET', '/admin/api/keys', undefined, { cookie: viewer })).status).toBe(200);
  });

  it('is not in /openapi.json', async () => {
    const spec = await (await fetch(`http://127.0.0.1:${srv.node.apiPort}/openapi.json`)).json();
    expect(Object.keys((spec as { paths: object }).paths).some((p) => p.startsWith('/admin'))).toBe(false);
  });
});

describe('admin API: users', () => {
  it('creates, searches and pages users with their online flag', async () => {
    const dup = await call(
      'POST',
      '/admin/api/users',
      { uid: 'alice', password: 'whatever1' },
      { cookie: operator },
    );
    expect(dup.status).toBe(409);
    const created = await call(
      'POST',
      '/admin/api/users',
      { uid: 'dora', password: 'dora-password', nickname: 'Dora 探险家' },
      { cookie: operator },
    );
    expect(created.body).toMatchObject({
      uid: 'dora',
      nickname: 'Dora 探险家',
      disabled: false,
      online: false,
    });
    await device('dora', 'dora-password', 'dora-web');
    const found = await call('GET', '/admin/api/users?q=探险', undefined, { cookie: viewer });
    expect(found.body.users).toEqual([expect.objectContaining({ uid: 'dora', online: true })]);
    const p1 = await call('GET', '/admin/api/users?limit=2', undefined, { cookie: viewer });
    expect(p1.body.users.map((u: { uid: string }) => u.uid)).toEqual(['alice', 'bob']);
    expect(p1.body.next).toBe('bob');
    const p2 = await call('GET', `/admin/api/users?limit=2&after=${p1.body.next}`, undefined, {
      cookie: viewer,
    });
    expect(p2.body.users.map((u: { uid: string }) => u.uid)).toEqual(['carol', 'dora']);
    const bad = await call('GET', '/admin/api/users?limit=0', undefined, { cookie: viewer });
    expect(bad.status).toBe(400);
  });

  it('shows a user with devices (and push provider) and live sessions', async () => {
    const carol = await device('carol', 'carol-password', 'carol-web');
    await carol.c.registerPushToken({ provider: 'log', token: 'carol-push-token' });
    const r = await call('GET', '/admin/api/users/carol', undefined, { cookie: viewer });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ uid: 'carol', online: true });
    expect(r.body.devices).toEqual([
      expect.objectContaining({ deviceId: 'carol-web', platform: 'web', push: 'log' }),
    ]);
    expect(r.body.sessions).toEqual([expect.objectContaining({ deviceId: 'carol-web', platform: 'web' })]);
    const missing = await call('GET', '/admin/api/users/nobody', undefined, { cookie: viewer });
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('USER_NOT_FOUND');
  });

  it('disabling logs the user out everywhere; enabling lets them in again', async () => {
    const bob = await device('bob', 'bob-password', 'bob-web');
    const r = await call('POST', '/admin/api/users/bob/disable', { disabled: true }, { cookie: operator });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ uid: 'bob', disabled: true });
    await until(() => bob.kicked.length === 1, 'the kick');
    expect(bob.kicked[0]!.code).toBe(Code.LOGGED_OUT);
    await expect(device('bob', 'bob-password', 'bob-web-2')).rejects.toMatchObject({
      code: Code.USER_DISABLED,
    });
    const back = await call(
      'POST',
      '/admin/api/users/bob/disable',
      { disabled: false },
      { cookie: operator },
    );
    expect(back.body.disabled).toBe(false);
    await device('bob', 'bob-password', 'bob-web-3');
  });

  it('resets a password: the old one and live sessions end', async () => {
    const alice = await device('alice', 'alice-password', 'alice-web');
    const r = await call(
      'POST',
      '/admin/api/users/alice/password',
      { password: 'alice-new-pw' },
      { cookie: operator },
    );
    expect(r.status).toBe(200);
    await until(() => alice.kicked.length === 1, 'the kick');
    await expect(device('alice', 'alice-password', 'alice-web')).rejects.toMatchObject({
      code: Code.BAD_CREDENTIALS,
    });
    await device('alice', 'alice-new-pw', 'alice-web');
    const short = await call(
      'POST',
      '/admin/api/users/alice/password',
      { password: 'x' },
      { cookie: operator },
    );
    expect(short.status).toBe(400);
  });

  it('forces a logout of one device or of all', async () => {
    const one = await device('carol', 'carol-password', 'carol-a', 'ios');
    const two = await device('carol', 'carol-password', 'carol-b');
    const r = await call(
      'POST',
      '/admin/api/users/carol/logout',
      { deviceId: 'carol-a' },
      { cookie: operator },
    );
    expect(r.body).toEqual({ sessions: 1 });
    await until(() => one.kicked.length === 1, 'the kick');
    expect(one.kicked[0]!.code).toBe(Code.LOGGED_OUT);
    expect(two.kicked).toEqual([]);
    const all = await call('POST', '/admin/api/users/carol/logout', undefined, { cookie: operator });
    expect(all.status).toBe(200);
    expect(all.body.sessions).toBeGreaterThanOrEqual(1);
    await until(() => two.kicked.length === 1, 'the second kick');
  });
});

describe('admin API: groups and messages', () => {
  it('searches groups, shows members, adds and removes members and dismisses', async () => {
    const alice = await device('alice', 'alice-new-pw', 'alice-groups');
    await alice.c.createGroup({ groupId: 'club-1', name: 'Book Club 读书会', members: ['bob'] });
    await alice.c.createGroup({ groupId: 'chess', name: 'Chess', members: [] });
    const found = await call('GET', '/admin/api/groups?q=读书', undefined, { cookie: viewer });
    expect(found.body.groups).toEqual([
      expect.objectContaining({
        groupId: 'club-1',
        ownerUid: 'alice',
        memberCount: 2,
        kind: 'normal',
        dismissed: false,
      }),
    ]);
    const page = await call('GET', '/admin/api/groups?limit=1', undefined, { cookie: viewer });
    expect(page.body).toMatchObject({ groups: [{ groupId: 'chess' }], next: 'chess' });
    const detail = await call('GET', '/admin/api/groups/club-1', undefined, { cookie: viewer });
    expect(detail.body.members.map((m: { uid: string; role: string }) => [m.uid, m.role])).toEqual([
      ['alice', 'owner'],
      ['bob', 'member'],
    ]);
    const changed = await call(
      'POST',
      '/admin/api/groups/club-1/members',
      { add: ['carol'], remove: ['bob'] },
      { cookie: operator },
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.group.memberCount).toBe(2);
    const owner0 = await call(
      'POST',
      '/admin/api/groups/club-1/members',
      { remove: ['alice'] },
      { cookie: operator },
    );
    expect(owner0.status).toBe(403);
    const empty = await call('POST', '/admin/api/groups/club-1/members', {}, { cookie: operator });
    expect(empty.status).toBe(400);
    const gone = await call('GET', '/admin/api/groups/nope', undefined, { cookie: viewer });
    expect(gone.status).toBe(404);
    const dismissed = await call('POST', '/admin/api/groups/chess/dismiss', undefined, { cookie: operator });
    expect(dismissed.status).toBe(200);
    expect(
      (await call('GET', '/admin/api/groups/chess', undefined, { cookie: viewer })).body.group.dismissed,
    ).toBe(true);
    expect((await call('POST', '/admin/api/groups/chess/dismiss', {}, { cookie: operator })).status).toBe(
      410,
    );
  });

  it('audits messages across users (CJK text included) and recalls one for everyone', async () => {
    const alice = await device('alice', 'alice-new-pw', 'alice-msgs');
    const bob = await device('bob', 'bob-password', 'bob-msgs');
    const zh = await alice.c.send({ to: 'bob', content: '今天天气很好，我们去公园散步吧' });
    const en = await bob.c.send({ to: 'alice', content: 'see you at the airport' });
    await bob.c.send({ to: 'carol', content: 'airport shuttle at 9' });
    const cjk = await call('GET', `/admin/api/messages?q=${encodeURIComponent('天气很好')}`, undefined, {
      cookie: viewer,
    });
    expect(cjk.body.messages.map((m: { msgId: number }) => m.msgId)).toEqual([zh.msgId]);
    expect(cjk.body.messages[0]).toMatchObject({
      from: 'alice',
      to: 'bob',
      type: 'text',
      recalled: false,
      edited: false,
    });
    const fromBob = await call('GET', '/admin/api/messages?from=bob&q=airport', undefined, {
      cookie: viewer,
    });
    expect(fromBob.body.messages).toHaveLength(2);
    const conv = await call(
      'GET',
      `/admin/api/messages?conv=${encodeURIComponent(cjk.body.messages[0].convId)}`,
      undefined,
      { cookie: viewer },
    );
    expect(conv.body.messages.map((m: { msgId: number }) => m.msgId)).toEqual([en.msgId, zh.msgId]);
    const p1 = await call('GET', '/admin/api/messages?limit=1', undefined, { cookie: viewer });
    expect(p1.body.next).toBe(p1.body.messages[0].msgId);
    const p2 = await call('GET', `/admin/api/messages?limit=1&before=${p1.body.next}`, undefined, {
      cookie: viewer,
    });
    expect(p2.body.messages[0].msgId).toBeLessThan(p1.body.next);

    // Long after any sender's window would matter: an operator recalls alice's message.
    const r = await call('POST', `/admin/api/messages/${zh.msgId}/recall`, undefined, { cookie: operator });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    await until(() => bob.recalled.some((x) => x.msgId === zh.msgId), 'the recall at bob');
    const after = await call(
      'GET',
      `/admin/api/messages?conv=${encodeURIComponent(cjk.body.messages[0].convId)}`,
      undefined,
      { cookie: viewer },
    );
    expect(after.body.messages.find((m: { msgId: number }) => m.msgId === zh.msgId)).toMatchObject({
      recalled: true,
      content: '',
    });
    const again = await call('POST', `/admin/api/messages/${zh.msgId}/recall`, undefined, {
      cookie: operator,
    });
    expect(again.status).toBe(404);
    expect(
      (await call('POST', '/admin/api/messages/999999999/recall', {}, { cookie: operator })).status,
    ).toBe(404);
    expect((await call('POST', '/admin/api/messages/abc/recall', {}, { cookie: operator })).status).toBe(400);
    expect(
      (await call('POST', `/admin/api/messages/${en.msgId}/recall`, {}, { cookie: viewer })).status,
    ).toBe(403);
  });

  it('recalls a group message from a member who left', async () => {
    const alice = await device('alice', 'alice-new-pw', 'alice-g2');
    const carol = await device('carol', 'carol-password', 'carol-g2');
    const sent = await carol.c.send({ groupId: 'club-1', content: 'carol was here' });
    await call('POST', '/admin/api/groups/club-1/members', { remove: ['carol'] }, { cookie: operator });
    const r = await call('POST', `/admin/api/messages/${sent.msgId}/recall`, {}, { cookie: operator });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    await until(() => alice.recalled.some((x) => x.msgId === sent.msgId), 'the recall at alice');
  });
});

describe('admin API: keys, admins and the audit log', () => {
  it('creates a key that works on /v1, lists it without its secret and revokes it', async () => {
    const bad = await call('POST', '/admin/api/keys', { name: 'x', scopes: ['root'] }, { cookie: owner });
    expect(bad.status).toBe(400);
    const r = await call('POST', '/admin/api/keys', { name: 'crm', scopes: ['read'] }, { cookie: owner });
    expect(r.status).toBe(200);
    expect(r.body.key).toMatch(/^pk_[0-9a-f]{12}\./);
    const v1 = () =>
      fetch(`http://127.0.0.1:${srv.node.apiPort}/v1/users/alice`, {
        headers: { authorization: `Bearer ${r.body.key}` },
      });
    expect((await v1()).status).toBe(200);
    const list = await call('GET', '/admin/api/keys', undefined, { cookie: viewer });
    const listed = list.body.keys.find((k: { keyId: string }) => k.keyId === r.body.keyId);
    expect(listed).toEqual({
      keyId: r.body.keyId,
      name: 'crm',
      scopes: ['read'],
      createdAt: expect.any(Number),
      revokedAt: 0,
    });
    expect(JSON.stringify(list.body)).not.toContain(r.body.key.split('.')[1]);
    expect(
      (await call('DELETE', `/admin/api/keys/${r.body.keyId}`, undefined, { cookie: owner })).status,
    ).toBe(200);
    expect((await v1()).status).toBe(401);
    const unknown = await call('DELETE', '/admin/api/keys/000000000000', undefined, { cookie: owner });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.name).toBe('NOT_FOUND');
  });

  it('keeps the last enabled owner, and a password change ends the other sessions', async () => {
    const demote = await call('PATCH', '/admin/api/admins/admin', { role: 'operator' }, { cookie: owner });
    expect(demote.status).toBe(403);
    expect(
      (await call('PATCH', '/admin/api/admins/admin', { disabled: true }, { cookie: owner })).status,
    ).toBe(403);
    const created = await call(
      'POST',
      '/admin/api/admins',
      { name: 'otto', password: 'otto-password', role: 'owner' },
      { cookie: owner },
    );
    expect(created.body).toMatchObject({ name: 'otto', role: 'owner', disabled: false, lastLoginAt: 0 });
    expect(
      (
        await call(
          'POST',
          '/admin/api/admins',
          { name: 'otto', password: 'otto-password', role: 'owner' },
          { cookie: owner },
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await call(
          'POST',
          '/admin/api/admins',
          { name: 'bad name', password: 'otto-password', role: 'owner' },
          { cookie: owner },
        )
      ).status,
    ).toBe(400);
    expect(
      (await call('PATCH', '/admin/api/admins/ghost', { role: 'viewer' }, { cookie: owner })).status,
    ).toBe(404);
    const a = (await signIn('otto', 'otto-password')).cookie;
    const b = (await signIn('otto', 'otto-password')).cookie;
    const own = await call('PATCH', '/admin/api/admins/otto', { password: 'otto-password-2' }, { cookie: a });
    expect(own.status).toBe(200);
    expect((await call('GET', '/admin/api/me', undefined, { cookie: a })).status).toBe(200);
    expect((await call('GET', '/admin/api/me', undefined, { cookie: b })).status).toBe(401);
    // With two owners one may be demoted; the other then is the last.
    expect(
      (await call('PATCH', '/admin/api/admins/otto', { role: 'viewer' }, { cookie: owner })).body.role,
    ).toBe('viewer');
    // A demoted admin's session carries the new role at once.
    expect((await call('GET', '/admin/api/admins', undefined, { cookie: a })).status).toBe(403);
    const disabled = await call('PATCH', '/admin/api/admins/otto', { disabled: true }, { cookie: owner });
    expect(disabled.body.disabled).toBe(true);
    expect((await call('GET', '/admin/api/me', undefined, { cookie: a })).status).toBe(401);
    const list = await call('GET', '/admin/api/admins', undefined, { cookie: owner });
    expect(list.body.admins.map((x: { name: string }) => x.name)).toEqual([
      'admin',
      'lena',
      'lou',
      'olga',
      'otto',
      'vera',
    ]);
    expect(list.body.admins[0].lastLoginAt).toBeGreaterThan(0);
    const wrong = await call(
      'POST',
      '/admin/api/me/password',
      { current: 'not-it', password: 'whatever-long' },
      { cookie: owner },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('current');
  });

  it('wrote an audit entry for every change, newest first, with paging', async () => {
    const r = await call('GET', '/admin/api/audit?limit=200', undefined, { cookie: viewer });
    const actions = r.body.entries.map((e: { action: string }) => e.action);
    for (const a of [
      'admin.create',
      'admin.update',
      'admin.login',
      'user.create',
      'user.disable',
      'user.enable',
      'user.password',
      'user.logout',
      'group.members',
      'group.dismiss',
      'message.recall',
      'key.create',
      'key.revoke',
    ]) {
      expect(actions, a).toContain(a);
    }
    const ids = r.body.entries.map((e: { id: number }) => e.id);
    expect([...ids].sort((x: number, y: number) => y - x)).toEqual(ids);
    const disable = r.body.entries.find((e: { action: string }) => e.action === 'user.disable');
    expect(disable).toMatchObject({ admin: 'olga', target: 'bob', detail: { sessionsEnded: 1 } });
    const p1 = await call('GET', '/admin/api/audit?limit=2', undefined, { cookie: viewer });
    expect(p1.body.entries).toHaveLength(2);
    const p2 = await call('GET', `/admin/api/audit?limit=2&before=${p1.body.next}`, undefined, {
      cookie: viewer,
    });
    expect(p2.body.entries[0].id).toBeLessThan(p1.body.next);
  });
});
