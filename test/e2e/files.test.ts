// Files over real HTTP on a one-process server (local engine): uploads simple and resumable,
// access control by conversation, limits, resume after a cut, relay of a file still uploading,
// dedup, thumbnails, ranges and the expiry sweep.
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Code, groupTypeByName, joinPolicyByName } from '@parley/protocol';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../src/api/api-context.ts';
import { hashPassword } from '../../src/logic/passwords.ts';
import { c2cConvId } from '../../src/store/conv-id.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let srv: TestServer;
const tokens: Record<string, string> = {};
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const base = (): string => `http://127.0.0.1:${srv.node.apiPort}`;

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
  json: any;
  bytes: Buffer;
}

async function call(
  method: string,
  path: string,
  as: string,
  body?: Uint8Array | string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const h: Record<string, string> = { ...headers };
  if (as !== '') h.authorization = `Bearer ${tokens[as] ?? as}`;
  const res = await fetch(`${base()}${path}`, { method, headers: h, body: body as RequestInit['body'] });
  const bytes = Buffer.from(await res.arrayBuffer());
  const isJson = res.headers.get('content-type')?.startsWith('application/json') ?? false;
  return {
    status: res.status,
    headers: res.headers,
    json: isJson && bytes.length > 0 ? JSON.parse(bytes.toString()) : undefined,
    bytes,
  };
}

const upload = (as: string, query: string, body: Uint8Array, type = 'application/octet-stream') =>
  call('POST', `/files?${query}`, as, body, { 'content-type': type });

beforeAll(async () => {
  srv = await startTestServer({
    'files.maxBytes': 3_000_000,
    'files.allowedTypes': 'image/*,text/plain,application/octet-stream',
    'files.relayWaitMs': 2_000,
    'files.ttlMs': 60_000,
  });
  for (const uid of ['alice', 'bob', 'carol', 'dave']) {
    await srv.node.store.users.create({
      uid,
      nickname: uid,
      passwordHash: await hashPassword('pw-123456'),
      createdAt: 1,
    });
    tokens[uid] = (await srv.node.logic.auth.issueToken(uid, 'phone')).token;
  }
  await srv.node.logic.groups.create(actingAs('alice'), {
    groupId: 'team',
    name: 'Team',
    avatar: '',
    intro: '',
    type: groupTypeByName.normal,
    joinPolicy: joinPolicyByName.open,
    memberUids: ['carol', 'dave'],
  });
});

afterAll(async () => {
  await srv?.stop();
});

describe('upload and download', () => {
  it('uploads in one request and lets only the conversation download it', async () => {
    const data = Buffer.from('hello bob, here is a file ✓');
    const up = await upload('alice', 'to=bob&name=note.txt', data, 'text/plain');
    expect(up.status).toBe(201);
    expect(up.json).toMatchObject({
      name: 'note.txt',
      mime: 'text/plain',
      size: data.length,
      sha256: sha(data),
      state: 'complete',
      conv: c2cConvId('alice', 'bob'),
      owner: 'alice',
      thumbnailUrl: null,
    });
    const url = up.json.url as string;
    for (const who of ['alice', 'bob']) {
      const r = await call('GET', url, who);
      expect(r.status, who).toBe(200);
      expect(r.bytes.equals(data)).toBe(true);
      expect(r.headers.get('etag')).toBe(`"${sha(data)}"`);
      expect(r.headers.get('content-type')).toContain('text/plain');
    }
    const stranger = await call('GET', url, 'carol');
    expect(stranger.status).toBe(403);
    expect(stranger.json.error).toMatchObject({ code: Code.FILE_ACCESS_DENIED, name: 'FILE_ACCESS_DENIED' });
    const missing = await call('GET', '/files/AAAAAAAAAAAAAAAAAAAAAA', 'alice');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe(Code.FILE_NOT_FOUND);
    // A link for <img src>: the token in the query.
    const link = await fetch(`${base()}${url}?access_token=${tokens.bob}`);
    expect(link.status).toBe(200);
  });

  it('never lets a shared file run in the API origin: SVG and HTML download as plain attachments', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const up = await upload('alice', 'to=bob&name=x.svg', svg, 'image/svg+xml');
    expect(up.status).toBe(201);
    const r = await call('GET', up.json.url as string, 'bob');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain('sandbox');
    const txt = await upload('alice', 'to=bob&name=a.txt', Buffer.from('plain'), 'text/plain');
    const t = await call('GET', txt.json.url as string, 'bob');
    expect(t.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(t.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives group files to current members only', async () => {
    const up = await upload('carol', 'group=team&name=g.bin', randomBytes(100));
    expect(up.status).toBe(201);
    expect((await call('GET', up.json.url, 'dave')).status).toBe(200);
    expect((await call('GET', up.json.url, 'alice')).status).toBe(200);
    expect((await call('GET', up.json.url, 'bob')).json.error.code).toBe(Code.FILE_ACCESS_DENIED);
    await srv.node.logic.groups.leave(actingAs('dave'), { groupId: 'team' });
    expect((await call('GET', up.json.url, 'dave')).json.error.code).toBe(Code.FILE_ACCESS_DENIED);
    // Sharing needs membership too.
    const out = await upload('bob', 'group=team&name=x', Buffer.from('x'));
    expect(out.json.error.code).toBe(Code.NOT_GROUP_MEMBER);
  });

  it('refuses bad tokens, too large files, refused types and missing conversations', async () => {
    for (const t of ['', 'not-a-token']) {
      const r = await upload(t, 'to=bob&name=a', Buffer.from('a'));
      expect(r.status, t).toBe(401);
      expect(r.json.error.code).toBe(Code.TOKEN_INVALID);
    }
    const big = await upload('alice', 'to=bob&name=big', Buffer.alloc(3_000_001));
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe(Code.FILE_TOO_LARGE);
    const exe = await upload('alice', 'to=bob&name=a.exe', Buffer.from('MZ'), 'application/x-msdownload');
    expect(exe.status).toBe(415);
    expect(exe.json.error).toMatchObject({ code: Code.FILE_TYPE_REFUSED, field: 'content-type' });
    const noConv = await upload('alice', 'name=a', Buffer.from('a'));
    expect(noConv.json.error).toMatchObject({ code: Code.BAD_REQUEST, field: 'conv' });
    const notMine = await upload(
      'carol',
      `conv=${encodeURIComponent(c2cConvId('alice', 'bob'))}&name=a`,
      Buffer.from('a'),
    );
    expect(notMine.json.error.code).toBe(Code.CONV_NOT_FOUND);
    // The API-key hook does not apply, and an API key is no user token.
    expect((await call('GET', '/v1/stats', 'alice')).json.error.code).toBe(Code.API_KEY_INVALID);
  });

  it('serves ranges', async () => {
    const data = randomBytes(10_000);
    const { json } = await upload('alice', 'to=bob&name=r.bin', data);
    const part = await call('GET', json.url, 'bob', undefined, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/10000');
    expect(part.bytes.equals(data.subarray(100, 200))).toBe(true);
    const tail = await call('GET', json.url, 'bob', undefined, { range: 'bytes=-10' });
    expect(tail.bytes.equals(data.subarray(9_990))).toBe(true);
    const open = await call('GET', json.url, 'bob', undefined, { range: 'bytes=9000-' });
    expect(open.bytes.equals(data.subarray(9_000))).toBe(true);
    const bad = await call('GET', json.url, 'bob', undefined, { range: 'bytes=10000-' });
    expect(bad.status).toBe(416);
    expect(bad.json.error.code).toBe(Code.RANGE_NOT_SATISFIABLE);
    const cached = await call('GET', json.url, 'bob', undefined, { 'if-none-match': `"${sha(data)}"` });
    expect(cached.status).toBe(304);
  });

  it('completes a declared upload at once only for users who may see that content already', async () => {
    const data = randomBytes(50_000);
    const first = await upload('alice', 'to=bob&name=1.bin', data);
    const declare = (as: string, where: Record<string, string>) =>
      call(
        'POST',
        '/files/uploads',
        as,
        JSON.stringify({
          ...where,
          name: 'again.bin',
          mime: 'application/octet-stream',
          size: data.length,
          sha256: sha(data),
        }),
        { 'content-type': 'application/json' },
      );
    // bob received it: forwarding it to the group needs no bytes.
    const forward = await declare('bob', { to: 'carol' });
    expect(forward.status).toBe(201);
    expect(forward.json).toMatchObject({ state: 'complete', sha256: sha(data), size: data.length });
    expect(forward.json.id).not.toBe(first.json.id);
    expect((await call('GET', forward.json.url, 'carol')).bytes.equals(data)).toBe(true);
    // dave never saw it: knowing the hash is not enough, he must send the bytes.
    const guess = await declare('dave', { to: 'alice' });
    expect(guess.status).toBe(201);
    expect(guess.json.state).toBe('uploading');
    const early = await call('GET', guess.json.url, 'dave');
    expect(early.bytes.equals(data)).toBe(false);
    // A declared hash that the content does not match is refused at completion.
    const lie = await upload(
      'alice',
      `to=bob&name=l&sha256=${sha(Buffer.from('other'))}`,
      Buffer.from('real'),
    );
    expect(lie.json.error.code).toBe(Code.FILE_CHECKSUM_MISMATCH);
  });
});

describe('resumable uploads and relay', () => {
  async function create(size: number, extra: Record<string, unknown> = {}) {
    const r = await call(
      'POST',
      '/files/uploads',
      'alice',
      JSON.stringify({ to: 'bob', name: 'video.bin', mime: 'application/octet-stream', size, ...extra }),
      { 'content-type': 'application/json' },
    );
    expect(r.status).toBe(201);
    return r.json as { id: string; url: string };
  }
  const chunk = (id: string, data: Buffer, from: number, to: number, total: number) =>
    call('PUT', `/files/uploads/${id}`, 'alice', data.subarray(from, to), {
      'content-type': 'application/octet-stream',
      'content-range': `bytes ${from}-${to - 1}/${total}`,
    });

  /** Sends `bytes` of a chunk that claims `claimed` bytes, then cuts the connection. */
  function interrupted(
    id: string,
    data: Buffer,
    from: number,
    bytes: number,
    claimed: number,
  ): Promise<void> {
    return new Promise((resolve) => {
      const req = request(`${base()}/files/uploads/${id}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${tokens.alice}`,
          'content-type': 'application/octet-stream',
          'content-length': claimed,
          'content-range': `bytes ${from}-${from + claimed - 1}/${data.length}`,
        },
      });
      req.on('error', () => resolve());
      req.write(data.subarray(from, from + bytes), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100);
      });
    });
  }

  it('resumes after an interrupted chunk and refuses chunks at the wrong offset', async () => {
    const data = randomBytes(600_000);
    const { id, url } = await create(data.length, { sha256: sha(data) });
    expect((await chunk(id, data, 0, 200_000, data.length)).json.uploadedBytes).toBe(200_000);
    await interrupted(id, data, 200_000, 150_000, 300_000);
    let status = await call('GET', `/files/uploads/${id}`, 'alice');
    for (let i = 0; i < 50 && status.json.uploadedBytes < 350_000; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = await call('GET', `/files/uploads/${id}`, 'alice');
    }
    const have = status.json.uploadedBytes as number;
    expect(have).toBeGreaterThan(200_000);
    expect(status.json.state).toBe('uploading');
    const wrong = await chunk(id, data, 0, 1000, data.length);
    expect(wrong.status).toBe(409);
    expect(wrong.json.error.code).toBe(Code.UPLOAD_OFFSET_MISMATCH);
    expect((await call('POST', `/files/uploads/${id}/complete`, 'alice')).json.error.code).toBe(
      Code.UPLOAD_INCOMPLETE,
    );
    expect((await call('GET', `/files/uploads/${id}`, 'bob')).json.error.code).toBe(Code.FILE_NOT_FOUND);
    // Resume as a client does: from the offset the status gives; while the server is still
    // finishing the cut request the chunk is refused (409, "ask the status"), so ask again.
    let resumed = await chunk(id, data, have, data.length, data.length);
    for (let i = 0; i < 50 && resumed.status === 409; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const from = (await call('GET', `/files/uploads/${id}`, 'alice')).json.uploadedBytes as number;
      resumed = await chunk(id, data, from, data.length, data.length);
    }
    expect(resumed.json.uploadedBytes).toBe(data.length);
    const done = await call('POST', `/files/uploads/${id}/complete`, 'alice');
    expect(done.json).toMatchObject({ state: 'complete', sha256: sha(data), size: data.length });
    expect((await call('GET', url, 'bob')).bytes.equals(data)).toBe(true);
  });

  it('relays a file to a recipient while it is still uploading', async () => {
    const data = randomBytes(1_000_000);
    const { id, url } = await create(data.length);
    await chunk(id, data, 0, 100_000, data.length);
    const download = call('GET', url, 'bob');
    let at = 100_000;
    while (at < data.length) {
      await new Promise((r) => setTimeout(r, 30));
      const next = Math.min(data.length, at + 150_000);
      expect((await chunk(id, data, at, next, data.length)).status).toBe(200);
      at = next;
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((await call('POST', `/files/uploads/${id}/complete`, 'alice')).json.state).toBe('complete');
    const got = await download;
    expect(got.status).toBe(200);
    expect(got.headers.get('x-parley-relay')).toBe('1');
    expect(got.bytes.length).toBe(data.length);
    expect(got.bytes.equals(data)).toBe(true);
  });

  it('cuts a relayed download when the upload is abandoned', async () => {
    const data = randomBytes(50_000);
    const { id, url } = await create(data.length);
    await chunk(id, data, 0, 10_000, data.length);
    const started = Date.now();
    const r = await fetch(`${base()}${url}`, { headers: { authorization: `Bearer ${tokens.bob}` } });
    expect(r.status).toBe(200);
    await expect(r.arrayBuffer()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('images', () => {
  it('records dimensions and serves a thumbnail', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const up = await upload('alice', 'to=bob&name=photo.png', png, 'image/png');
    expect(up.json).toMatchObject({ width: 1200, height: 800, mime: 'image/png' });
    expect(up.json.thumbnailUrl).toBe(`/files/${up.json.id}/thumbnail`);
    const thumb = await call('GET', up.json.thumbnailUrl, 'bob');
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 256, 171]);
    expect((await call('GET', up.json.thumbnailUrl, 'carol')).json.error.code).toBe(Code.FILE_ACCESS_DENIED);
    // A small image is not enlarged; EXIF orientation swaps the reported dimensions.
    const tall = await sharp({ create: { width: 100, height: 40, channels: 3, background: '#000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const t = await upload('alice', 'to=bob&name=t.jpg', tall, 'image/jpeg');
    expect([t.json.width, t.json.height]).toEqual([40, 100]);
    const tm = await sharp((await call('GET', t.json.thumbnailUrl, 'alice')).bytes).metadata();
    expect([tm.width, tm.height]).toEqual([40, 100]);
    // Not really an image: stored as a plain file.
    const fake = await upload('alice', 'to=bob&name=f.png', Buffer.from('not a png'), 'image/png');
    expect(fake.json).toMatchObject({ state: 'complete', width: 0, thumbnailUrl: null });
  });
});

describe('expiry', () => {
  it('deletes files ttl after their last download, and their blobs once unreferenced', async () => {
    const data = randomBytes(2_000);
    const a = await upload('alice', 'to=bob&name=e1', data);
    const b = await upload('bob', 'to=alice&name=e2', data);
    const engine = srv.node.files.engine;
    expect(await engine.stat(sha(data))).toBeDefined();
    const now = Date.now();
    await call('GET', b.json.url, 'alice');
    const after = (await call('GET', `${b.json.url}/info`, 'alice')).json.expiresAt as number;
    expect(after).toBeGreaterThanOrEqual(now + 60_000);
    await srv.node.store.files.touch(a.json.id, now - 1);
    const first = await srv.node.files.sweep(now);
    expect(first.files).toBeGreaterThanOrEqual(1);
    expect((await call('GET', a.json.url, 'bob')).json.error.code).toBe(Code.FILE_NOT_FOUND);
    expect(await engine.stat(sha(data))).toBeDefined();
    await srv.node.files.sweep(after + 1);
    expect((await call('GET', b.json.url, 'alice')).json.error.code).toBe(Code.FILE_NOT_FOUND);
    expect(await engine.stat(sha(data))).toBeUndefined();
  });

  it('is described in the OpenAPI document', async () => {
    const spec = await (await fetch(`${base()}/openapi.json`)).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/files',
        '/files/uploads',
        '/files/uploads/{id}',
        '/files/{id}',
        '/files/{id}/thumbnail',
      ]),
    );
    expect(spec.components.securitySchemes.userToken.scheme).toBe('bearer');
  });
});
