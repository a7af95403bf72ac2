import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Commands, Platform } from '@parley/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { startChildServer } from '../helpers/child-server.ts';
import { RawClient } from '../helpers/raw-client.ts';
import { tempDir } from '../helpers/server.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, PARLEY_LOG_LEVEL: 'silent' },
  });

describe('parley CLI', () => {
  const tmp = tempDir('parley-cli-');
  afterAll(() => tmp.cleanup());

  it('adds and lists users, refuses a duplicate, and the server accepts their login', async () => {
    await cli('migrate', '--data-dir', tmp.dir);
    const add = await cli(
      'user',
      'add',
      'zoe',
      '--password',
      'zoe-secret',
      '--nickname',
      'Zoë',
      '--data-dir',
      tmp.dir,
    );
    expect(add.stdout).toMatch(/user zoe created/);
    await cli('user', 'add', 'yan', '-p', 'yan-secret', '--data-dir', tmp.dir);
    const dup = await cli('user', 'add', 'zoe', '-p', 'other-secret', '--data-dir', tmp.dir).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in dup && dup.code).toBe(1);
    expect((dup as { stderr: string }).stderr).toMatch(/USER_EXISTS/);
    const list = await cli('user', 'list', '--json', '--data-dir', tmp.dir);
    const users = list.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { uid: string; nickname: string });
    expect(users.map((u) => u.uid)).toEqual(['yan', 'zoe']);
    expect(users[1]?.nickname).toBe('Zoë');

    // Registration closed: the CLI-made user logs in, self-registration is refused.
    const server = await startChildServer(tmp.dir, ['--set', 'auth.registration=closed']);
    try {
      const c = await RawClient.connect(server.tcpPort);
      const login = await c.request(Commands.login, {
        uid: 'zoe',
        password: 'zoe-secret',
        deviceId: 'z',
        platform: Platform.WEB,
      });
      expect(login.status).toBe(0);
      const reg = await c.request(Commands.register, { uid: 'mallory', password: 'mallory-pw' });
      expect(reg.error?.message).toMatch(/closed/);
      c.close();
    } finally {
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 60_000);

  it('the parley bin works from any directory', async () => {
    const bin = new URL('../../bin/parley.js', import.meta.url).pathname;
    const r = await run(process.execPath, [bin, 'user', 'list', '--json', '--data-dir', tmp.dir], {
      cwd: tmp.dir,
    });
    expect(r.stdout.trim().split('\n').length).toBe(2);
  });

  it('creates, lists and revokes API keys; the REST API takes a created key until it is revoked', async () => {
    await cli('migrate', '--data-dir', tmp.dir);
    const created = await cli(
      'apikey',
      'create',
      '--name',
      'billing',
      '--scopes',
      'read,write',
      '--data-dir',
      tmp.dir,
    );
    const key = created.stdout.trim();
    expect(key).toMatch(/^pk_[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/not shown again/);
    const keyId = key.slice(3, 15);
    const list = await cli('apikey', 'list', '--data-dir', tmp.dir);
    expect(list.stdout).toContain(`${keyId}\tbilling\tread,write\tactive`);
    expect(list.stdout).not.toContain(key.slice(16));
    const bad = await cli('apikey', 'create', '--name', 'x', '--scopes', 'root', '--data-dir', tmp.dir).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((bad as { stderr: string }).stderr).toMatch(/unknown scope "root"/);

    const server = await startChildServer(tmp.dir);
    try {
      const stats = () =>
        fetch(`http://127.0.0.1:${server.apiPort}/v1/stats`, { headers: { authorization: `Bearer ${key}` } });
      expect((await stats()).status).toBe(200);
      await cli('apikey', 'revoke', keyId, '--data-dir', tmp.dir);
      expect((await cli('apikey', 'list', '--data-dir', tmp.dir)).stdout).toMatch(
        /billing\tread,write\trevoked/,
      );
      // Nodes cache a key for 5 s.
      const deadline = Date.now() + 10_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        status = (await stats()).status;
      }
      expect(status).toBe(401);
    } finally {
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 60_000);

  it('reports a bad setting clearly', async () => {
    const r = await cli('migrate', '--data-dir', tmp.dir, '--set', 'gate.tcpPort=abc').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((r as { stderr: string }).stderr).toMatch(/gate.tcpPort/);
  });
});
