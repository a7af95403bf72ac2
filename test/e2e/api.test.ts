// The REST API for business servers over real HTTP on a one-process server: keys and scopes,
// bad input, rate limits, and every endpoint with SDK clients on the other side to see the
// effects (pushes, kicks, token logins).
import { type ChatMessage, type KickedEvent, ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { Code } from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/api/api-keys.ts';
import type { ApiScope } from '../../src/store/types.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let srv: TestServer;
const clients: ParleyClient[] = [];
const keys: Partial<Record<ApiScope, string>> = {};

async function key(scopes: ApiScope[], name = 'test'): Promise<{ key: string; keyId: string }> {
  const { key, record } = newApiKey(name, scopes);
  await srv.node.store.apiKeys.create(record);
  return { key, keyId: record.keyId };
}

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
  body: any;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  as: ApiScope | string = 'admin',
): Promise<Answer> {
  const auth = as === 'read' || as === 'write' || as === 'admin' ? keys[as]! : as;
  const headers: Record<string, string> = {};
  if (auth !== '') headers.authorization = `Bearer ${auth}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`http://127.0.0.1:${srv.node.apiPort}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

async function device(login: { uid: string; password: string } | { token: string }, deviceId: string) {
  const c = new ParleyClient({
    transport: tcpTransport({ host: '127.0.0.1', port: srv.node.tcpPort }),
    reconnect: false,
  });
  clients.push(c);
  const messages: ChatMessage[] = [];
  const kicked: KickedEvent[] = [];
  c.on('message', (m) => messages.push(m));
  c.on('kicked', (k) => kicked.push(k));
  const session = await c.login(login, { deviceId, platform: 'ios' });
  return { c, messages, kicked, token: session.token };
}

async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

beforeAll(async () => {
  srv = await startTestServer();
  for (const s of ['read', 'write', 'admin'] as const) keys[s] = (await key([s], s)).key;
  const r = await call('POST', '/v1/users', {
    users: [
      { uid: 'alice', password: 'alice-password', nickname: 'Alice' },
      { uid: 'bob', password: 'bob-password' },
      { uid: 'carol', password: 'carol-password' },
      { uid: 'notices' },
    ],
  });
  expect(r.body).toEqual({ created: ['alice', 'bob', 'carol', 'notices'], existing: [] });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await srv?.stop();
});

describe('keys, scopes and errors', () => {
  it('serves the OpenAPI description and its docs page without a key', async () => {
    const spec = await call('GET', '/openapi.json', undefined, '');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/v1/users', '/v1/messages', '/v1/groups', '/v1/stats', '/v1/online']),
    );
    expect(spec.body.components.securitySchemes.apiKey.scheme).toBe('bearer');
    const page = await fetch(`http://127.0.0.1:${srv.node.apiPort}/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
  });

  it('refuses a missing, malformed, unknown, wrong or revoked key with API_KEY_INVALID', async () => {
    const good = await key(['read']);
    const revoked = await key(['read']);
    await srv.node.store.apiKeys.revoke(revoked.keyId, Date.now());
    const wrongSecret = `${good.key.slice(0, -4)}AAAA`;
    for (const k of ['', 'nonsense', `pk_000000000000.${'A'.repeat(43)}`, wrongSecret, revoked.key]) {
      const r = await call('GET', '/v1/stats', undefined, k);
      expect(r.status, k).toBe(401);
      expect(r.body.error).toMatchObject({ code: Code.API_KEY_INVALID, name: 'API_KEY_INVALID' });
    }
    expect((await call('GET', '/v1/stats', undefined, good.key)).status).toBe(200);
  });

  it('guards /v1 routes however their path is spelled (percent escapes, case)', async () => {
    for (const path of ['/%761/stats', '/v%31/stats', '/%2Fv1/stats', '/v1/%73tats']) {
      const r = await call('GET', path, undefined, '');
      expect(r.status, path).not.toBe(200);
    }
    const takeover = await call('POST', '/%761/users/alice/tokens', { deviceId: 'x' }, '');
    expect(takeover.status).toBe(401);
    expect(takeover.body.error.code).toBe(Code.API_KEY_INVALID);
  });

  it('checks scopes: read < write < admin', async () => {
    const r = await call('POST', '/v1/users', { users: [{ uid: 'x1' }] }, 'read');
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe(Code.API_KEY_SCOPE);
    expect((await call('GET', '/v1/users/alice', undefined, 'write')).status).toBe(200);
    const disable = await call('PATCH', '/v1/users/alice', { disabled: true }, 'write');
    expect(disable.status).toBe(403);
    expect(disable.body.error).toMatchObject({ code: Code.API_KEY_SCOPE, field: 'disabled' });
    expect((await call('POST', '/v1/users/alice/logout', {}, 'write')).status).toBe(403);
  });

  it('answers bad input with BAD_REQUEST naming the field, and unknown routes with UNKNOWN_COMMAND', async () => {
    const badUid = await call('POST', '/v1/users', { users: [{ uid: 'bad uid!' }] });
    expect(badUid.status).toBe(400);
    expect(badUid.body.error).toMatchObject({ code: Code.BAD_REQUEST, field: 'users.0.uid' });
    const missing = await call('POST', '/v1/messages', { from: 'alice', content: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('to');
    const wrongType = await call('POST', '/v1/online', { uids: 'alice' });
    expect(wrongType.body.error).toMatchObject({ code: Code.BAD_REQUEST, field: 'uids' });
    const notJson = await call('POST', '/v1/online', '{"uids": [');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe(Code.BAD_REQUEST);
    const tooLarge = await call('POST', '/v1/online', { uids: ['a'], pad: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe(Code.BODY_TOO_LARGE);
    const unknown = await call('GET', '/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe(Code.UNKNOWN_COMMAND);
  });

  it('limits each key to its rate with 429 and Retry-After, other keys unaffected', async () => {
    const limited = await startTestServer({ 'api.rateLimitPerSec': 1, 'api.rateLimitBurst': 3 });
    try {
      const { key: k, record } = newApiKey('limited', ['read']);
      const other = newApiKey('other', ['read']);
      await limited.node.store.apiKeys.create(record);
      await limited.node.store.apiKeys.create(other.record);
      const get = (auth: string) =>
        fetch(`http://127.0.0.1:${limited.node.apiPort}/v1/stats`, {
          headers: { authorization: `Bearer ${auth}` },
        });
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await get(k);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await last!.json()) as { error: { code: number } }).error.code).toBe(Code.RATE_LIMITED);
      expect((await get(other.key)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('users', () => {
  it('imports users once, reads and updates them', async () => {
    const again = await call('POST', '/v1/users', {
      users: [{ uid: 'alice' }, { uid: 'dave', nickname: 'Dave' }],
    });
    expect(again.body).toEqual({ created: ['dave'], existing: ['alice'] });
    const alice = await call('GET', '/v1/users/alice', undefined, 'read');
    expect(alice.body).toMatchObject({ uid: 'alice', nickname: 'Alice', disabled: false });
    const patched = await call(
      'PATCH',
      '/v1/users/dave',
      { nickname: 'David', signature: 'hi 你好' },
      'write',
    );
    expect(patched.body).toMatchObject({ uid: 'dave', nickname: 'David', signature: 'hi 你好' });
    const empty = await call('PATCH', '/v1/users/dave', { nickname: '  ' }, 'write');
    expect(empty.body.error).toMatchObject({ code: Code.BAD_REQUEST, field: 'nickname' });
    const none = await call('GET', '/v1/users/nobody', undefined, 'read');
    expect(none.status).toBe(404);
    expect(none.body.error).toMatchObject({ code: Code.USER_NOT_FOUND, name: 'USER_NOT_FOUND' });
  });

  it('issues a login token a device logs in with; a password change takes effect', async () => {
    const issued = await call(
      'POST',
      '/v1/users/notices/tokens',
      { deviceId: 'svc-1', ttlSeconds: 3600 },
      'write',
    );
    expect(issued.status).toBe(200);
    expect(issued.body.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
    const d = await device({ token: issued.body.token }, 'svc-1');
    expect(d.c.uid).toBe('notices');
    d.c.close();
    expect((await call('POST', '/v1/users/nobody/tokens', { deviceId: 'x' }, 'write')).body.error.code).toBe(
      Code.USER_NOT_FOUND,
    );
    await call('PATCH', '/v1/users/dave', { password: 'a new password' }, 'write');
    const dave = await device({ uid: 'dave', password: 'a new password' }, 'dave-phone');
    expect(dave.c.uid).toBe('dave');
    dave.c.close();
  });

  it('reports who is online, and forces a logout that also revokes the tokens', async () => {
    const bob = await device({ uid: 'bob', password: 'bob-password' }, 'bob-phone');
    const online = await call('POST', '/v1/online', { uids: ['bob', 'carol', 'bob'] }, 'read');
    expect(online.body.users).toEqual([
      {
        uid: 'bob',
        online: true,
        devices: [expect.objectContaining({ deviceId: 'bob-phone', platform: 'ios' })],
      },
      { uid: 'carol', online: false, devices: [] },
    ]);
    const { token } = bob;
    const out = await call('POST', '/v1/users/bob/logout', { deviceId: 'bob-phone' });
    expect(out.body).toEqual({ sessionsEnded: 1 });
    await until(() => bob.kicked.length === 1, 'the kick');
    expect(bob.kicked[0]!.code).toBe(Code.LOGGED_OUT);
    await expect(device({ token }, 'bob-phone')).rejects.toMatchObject({ code: Code.TOKEN_INVALID });
  });

  it('disables a user: logged out at once, no new login; enabling lets them back', async () => {
    const carol = await device({ uid: 'carol', password: 'carol-password' }, 'carol-phone');
    const r = await call('PATCH', '/v1/users/carol', { disabled: true });
    expect(r.body.disabled).toBe(true);
    await until(() => carol.kicked.length === 1, 'the kick');
    await expect(device({ uid: 'carol', password: 'carol-password' }, 'carol-2')).rejects.toMatchObject({
      code: Code.USER_DISABLED,
    });
    await call('PATCH', '/v1/users/carol', { disabled: false });
    const back = await device({ uid: 'carol', password: 'carol-password' }, 'carol-3');
    back.c.close();
  });
});

describe('messages', () => {
  it('sends as a user, durable and idempotent, pushed to the recipient', async () => {
    const bob = await device({ uid: 'bob', password: 'bob-password' }, 'bob-tablet');
    const body = {
      from: 'alice',
      to: 'bob',
      type: 'text',
      content: 'hello from the server',
      clientMsgId: 'api-1',
    };
    const first = await call('POST', '/v1/messages', body, 'write');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ convId: 'c:alice|bob', duplicate: false });
    const again = await call('POST', '/v1/messages', body, 'write');
    expect(again.body).toMatchObject({ msgId: first.body.msgId, duplicate: true });
    await until(() => bob.messages.some((m) => m.msgId === first.body.msgId), 'the push');
    expect(bob.messages.filter((m) => m.msgId === first.body.msgId)).toHaveLength(1);
    expect(bob.messages.find((m) => m.msgId === first.body.msgId)).toMatchObject({
      from: 'alice',
      content: 'hello from the server',
    });
    bob.c.close();
  });

  it('applies the sender rules of a device: a block refuses the send', async () => {
    const bob = await device({ uid: 'bob', password: 'bob-password' }, 'bob-desk');
    await bob.c.block('dave', true);
    const r = await call('POST', '/v1/messages', { from: 'dave', to: 'bob', content: 'hi' }, 'write');
    expect(r.body.error.code).toBe(Code.BLOCKED);
    const nobody = await call('POST', '/v1/messages', { from: 'nobody', to: 'bob', content: 'hi' }, 'write');
    expect(nobody.body.error).toMatchObject({ code: Code.USER_NOT_FOUND, field: 'from' });
    bob.c.close();
  });

  it('sends system messages to a user and to a group its author is not in', async () => {
    const bob = await device({ uid: 'bob', password: 'bob-password' }, 'bob-watch');
    const toUser = await call('POST', '/v1/messages', {
      from: 'notices',
      to: 'bob',
      type: 'system',
      content: 'maintenance at 3',
    });
    expect(toUser.body.convId).toBe('c:bob|notices');
    await until(() => bob.messages.some((m) => m.msgId === toUser.body.msgId), 'the system push');
    expect(bob.messages.find((m) => m.msgId === toUser.body.msgId)?.type).toBe('system');
    const g = await call('POST', '/v1/groups', {
      groupId: 'g-sys',
      name: 'Team',
      owner: 'alice',
      members: ['bob'],
    });
    expect(g.status).toBe(200);
    const toGroup = await call('POST', '/v1/messages', {
      from: 'notices',
      groupId: 'g-sys',
      type: 'system',
      content: 'welcome',
    });
    expect(toGroup.body.convId).toBe('g:g-sys');
    await until(() => bob.messages.some((m) => m.msgId === toGroup.body.msgId), 'the group system push');
    const asNonMember = await call('POST', '/v1/messages', {
      from: 'notices',
      groupId: 'g-sys',
      content: 'x',
    });
    expect(asNonMember.body.error.code).toBe(Code.NOT_GROUP_MEMBER);
    const noGroup = await call('POST', '/v1/messages', {
      from: 'notices',
      groupId: 'nope',
      type: 'system',
      content: 'x',
    });
    expect(noGroup.body.error.code).toBe(Code.GROUP_NOT_FOUND);
    bob.c.close();
  });

  it('broadcasts to every online device, and to nobody offline', async () => {
    const on = [
      await device({ uid: 'alice', password: 'alice-password' }, 'alice-bc'),
      await device({ uid: 'bob', password: 'bob-password' }, 'bob-bc'),
    ];
    const seen = on.map(() => [] as { from: string; content: string }[]);
    for (const [i, d] of on.entries()) {
      d.c.on('broadcast', (b) => seen[i]!.push({ from: b.from, content: b.content }));
    }
    const r = await call('POST', '/v1/broadcast', { from: 'notices', content: 'maintenance at 03:00' });
    expect(r.status).toBe(200);
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => seen.every((s) => s.length === 1), 'the broadcast on both devices');
    expect(seen).toEqual([
      [{ from: 'notices', content: 'maintenance at 03:00' }],
      [{ from: 'notices', content: 'maintenance at 03:00' }],
    ]);
    expect((await call('POST', '/v1/broadcast', { from: 'notices', content: 'x' }, 'write')).status).toBe(
      403,
    );
    expect((await call('POST', '/v1/broadcast', { from: 'nobody', content: 'x' })).body.error.code).toBe(
      Code.USER_NOT_FOUND,
    );
    expect((await call('POST', '/v1/broadcast', { from: 'notices', content: '' })).body.error.code).toBe(
      Code.BODY_EMPTY,
    );
    for (const d of on) d.c.close();
  });

  it("pages a conversation's history, newest first", async () => {
    for (let i = 0; i < 5; i++) {
      await call('POST', '/v1/messages', { from: 'carol', to: 'dave', content: `h${i}` }, 'write');
    }
    const p1 = await call('GET', '/v1/conversations/c:carol%7Cdave/messages?limit=3', undefined, 'read');
    expect(p1.body.messages.map((m: { content: string }) => m.content)).toEqual(['h4', 'h3', 'h2']);
    expect(p1.body.hasMore).toBe(true);
    const before = p1.body.messages[2].convSeq;
    const p2 = await call(
      'GET',
      `/v1/conversations/c:carol%7Cdave/messages?limit=3&before=${before}`,
      undefined,
      'read',
    );
    expect(p2.body.messages.map((m: { content: string }) => m.content)).toEqual(['h1', 'h0']);
    expect(p2.body.hasMore).toBe(false);
    expect((await call('GET', '/v1/conversations/xyz/messages', undefined, 'read')).body.error.field).toBe(
      'convId',
    );
    const none = await call('GET', '/v1/conversations/c:carol%7Czed/messages', undefined, 'read');
    expect(none.body.error.code).toBe(Code.CONV_NOT_FOUND);
  });
});

describe('groups and stats', () => {
  it('creates a group, adds and removes members, dismisses it', async () => {
    const created = await call('POST', '/v1/groups', { name: 'Ops', owner: 'alice', members: ['bob'] });
    expect(created.body).toMatchObject({ name: 'Ops', owner: 'alice', memberCount: 2, dismissed: false });
    const id = created.body.groupId as string;
    const added = await call('POST', `/v1/groups/${id}/members`, { uids: ['carol', 'dave'] });
    expect(added.body.memberCount).toBe(4);
    const info = await call('GET', `/v1/groups/${id}`, undefined, 'read');
    expect(info.body.members.map((m: { uid: string; role: string }) => [m.uid, m.role])).toEqual([
      ['alice', 'owner'],
      ['bob', 'member'],
      ['carol', 'member'],
      ['dave', 'member'],
    ]);
    const removed = await call('DELETE', `/v1/groups/${id}/members/dave`);
    expect(removed.body.memberCount).toBe(3);
    expect((await call('DELETE', `/v1/groups/${id}/members/dave`)).body.error.code).toBe(
      Code.NOT_GROUP_MEMBER,
    );
    const dismissed = await call('POST', `/v1/groups/${id}/dismiss`, {});
    expect(dismissed.body.dismissed).toBe(true);
    expect((await call('GET', '/v1/groups/none', undefined, 'read')).body.error.code).toBe(
      Code.GROUP_NOT_FOUND,
    );
    const taken = await call('POST', '/v1/groups', { groupId: id, name: 'Again', owner: 'alice' });
    expect(taken.body.error.code).toBe(Code.GROUP_EXISTS);
  });

  it('reports the live gates with their load', async () => {
    const a = await device({ uid: 'alice', password: 'alice-password' }, 'alice-web');
    await until(() => srv.node.gate.sessionCount >= 1, 'a session');
    const r = await call('GET', '/v1/stats', undefined, 'read');
    expect(r.body.node).toBe('node-0');
    expect(r.body.gates).toHaveLength(1);
    expect(r.body.gates[0]).toMatchObject({ tcpPort: srv.node.tcpPort });
    a.c.close();
  });
});
