// The pages of the web build on the API port (src/api/routes-web.ts): / and /admin, each a
// "not built" 503 before `npm run build:web`, no-cache once built; nothing under /admin/api.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../../src/api/api-context.ts';
import { webRoutes } from '../../src/api/routes-web.ts';
import { tempDir } from '../helpers/server.ts';

const dirs: { cleanup(): void }[] = [];
afterAll(() => {
  for (const d of dirs) d.cleanup();
});

/** The routes over `dist`; these two pages never read the dependencies. */
async function app(dist: string) {
  const a = Fastify();
  await a.register(webRoutes({} as ApiDeps, dist));
  await a.ready();
  return a;
}

describe('web routes', () => {
  it('answers 503 for both pages before a build', async () => {
    const dist = tempDir('parley-web-');
    dirs.push(dist);
    const a = await app(join(dist.dir, 'missing'));
    for (const [url, text] of [
      ['/', 'web client is not built'],
      ['/admin', 'admin console is not built'],
      ['/admin/', 'admin console is not built'],
    ] as const) {
      const res = await a.inject({ url });
      expect(res.statusCode, url).toBe(503);
      expect(res.body).toContain(text);
    }
    await a.close();
  });

  it('serves the admin console page at /admin and /admin/, and nothing of /admin/api', async () => {
    const dist = tempDir('parley-web-');
    dirs.push(dist);
    mkdirSync(join(dist.dir, 'admin'));
    writeFileSync(join(dist.dir, 'index.html'), '<title>chat</title>');
    writeFileSync(join(dist.dir, 'admin', 'index.html'), '<title>admin</title>');
    const a = await app(dist.dir);
    expect((await a.inject({ url: '/' })).body).toContain('chat');
    for (const url of ['/admin', '/admin/']) {
      const res = await a.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('admin');
    }
    expect((await a.inject({ url: '/admin/api/me' })).statusCode).toBe(404);
    expect((await a.inject({ url: '/admin/index.html' })).statusCode).toBe(404);
    await a.close();
  });
});
