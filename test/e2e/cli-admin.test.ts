// `parley admin`: accounts of the admin console made from the command line, and a server that
// accepts them (and then makes no first-start account of its own).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startChildServer } from '../helpers/child-server.ts';
import { tempDir } from '../helpers/server.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, PARLEY_LOG_LEVEL: 'silent' },
  });
const fails = (...args: string[]) =>
  cli(...args).then(
    () => {
      throw new Error(`parley ${args.join(' ')} succeeded`);
    },
    (e: { code: number; stderr: string }) => e,
  );

describe('parley admin', () => {
  const tmp = tempDir('parley-cli-admin-');
  afterAll(() => tmp.cleanup());

  it('creates, lists, changes and disables admin accounts; the server signs them in', async () => {
    const d = ['--data-dir', tmp.dir];
    const made = await cli('admin', 'create', 'root', '--role', 'owner', ...d);
    const generated = made.stdout.trim();
    expect(generated).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(made.stderr).toMatch(/admin root \(owner\) created/);
    await cli('admin', 'create', 'eve', '--role', 'viewer', '--password', 'eve-password', ...d);
    const dup = await fails('admin', 'create', 'eve', '--role', 'viewer', '--password', 'eve-password', ...d);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/USER_EXISTS/);
    expect((await fails('admin', 'create', 'x', '--role', 'king', ...d)).stderr).toMatch(/invalid/);
    expect(
      (await fails('admin', 'create', 'short', '--role', 'viewer', '--password', 'x', ...d)).stderr,
    ).toMatch(/8-1024 characters/);
    const list = await cli('admin', 'list', ...d);
    expect(list.stdout).toContain('eve\tviewer\tactive\tnever signed in');
    expect(list.stdout).toContain('root\towner\tactive');
    // The last enabled owner stays.
    expect((await fails('admin', 'disable', 'root', ...d)).stderr).toMatch(/last enabled owner/);
    await cli('admin', 'disable', 'eve', ...d);
    expect((await cli('admin', 'list', ...d)).stdout).toContain('eve\tviewer\tdisabled');
    const changed = await cli('admin', 'passwd', 'root', ...d);
    const rootPassword = changed.stdout.trim();
    expect(rootPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(rootPassword).not.toBe(generated);
    await cli('admin', 'passwd', 'eve', '--password', 'eve-password-2', ...d);
    expect((await fails('admin', 'passwd', 'ghost', '--password', 'whatever-1', ...d)).stderr).toMatch(
      /NOT_FOUND/,
    );

    const server = await startChildServer(tmp.dir);
    try {
      const base = `http://127.0.0.1:${server.apiPort}`;
      const login = (name: string, password: string) =>
        fetch(`${base}/admin/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base },
          body: JSON.stringify({ name, password }),
        });
      expect((await login('root', generated)).status).toBe(401);
      const ok = await login('root', rootPassword);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ name: 'root', role: 'owner' });
      expect((await login('eve', 'eve-password-2')).status).toBe(403);
      expect(existsSync(join(tmp.dir, 'admin-password.txt'))).toBe(false);
    } finally {
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 60_000);
});
