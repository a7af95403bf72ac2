/**
 * Shared by the browser tests: the built web client, Debian's chromium driven by playwright-core
 * (never a downloaded browser), bounded waits and screenshots for docs/web.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Overrides, startTestServer, type TestServer, tempDir } from '../helpers/server.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
/**
 * Where screenshots go: docs/screenshots with PARLEY_SCREENSHOTS=docs (`npm run screenshots`,
 * which refreshes the docs' pictures), else .tmp/screenshots, so a test run leaves the tree clean.
 */
export const SCREENSHOTS =
  process.env.PARLEY_SCREENSHOTS === 'docs'
    ? join(ROOT, 'docs', 'screenshots')
    : join(ROOT, '.tmp', 'screenshots');
/** Longest wait for anything in a page (a reconnect included). */
export const WAIT_MS = 15_000;

/** Builds web/dist unless it is up to date (scripts/ensure-web.mjs; a lock serialises builds). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensure-web.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 180_000,
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium is missing at ${CHROMIUM}: the browser tests need Debian's chromium (apt-get install -y chromium; .ci/run does it)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (its own localStorage, so its own device id) on a page of the app. */
export async function openApp(
  browser: Browser,
  url: string,
  viewport = { width: 1000, height: 640 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error in chromium: ${err.message}`));
  await page.goto(url);
  return { context, page };
}

/** Registers (or signs in) a user on the login screen and waits for the main screen. */
export async function signIn(page: Page, uid: string, password: string, register: boolean): Promise<void> {
  if (register) await page.getByRole('button', { name: 'New here? Create an account' }).click();
  await page.getByLabel('User id').fill(uid);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: register ? 'Create an account' : 'Sign in' }).click();
  await page.getByText(`Signed in as ${uid}`).waitFor();
}

/** Polls `probe` until it returns true, failing with `what` after `timeoutMs`. */
export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The first owner's password, which a node writes to `<dataDir>/admin-password.txt` when it
 * starts without any admin account (docs/admin.md).
 */
export function readAdminBootstrapPassword(dataDir: string): string {
  const file = join(dataDir, 'admin-password.txt');
  if (!existsSync(file)) throw new Error(`no ${file}: the node did not create the first admin account`);
  const text = readFileSync(file, 'utf8').trim();
  // The file may hold just the password or a "name: password" / "password=..." line.
  const last = text.split('\n').pop() ?? '';
  const m = /^(?:[\w.-]+\s*[:=]\s*)(\S+)$/.exec(last);
  return m ? m[1]! : last;
}

/** Signs in on the admin console's sign-in page (/admin) and waits for its navigation. */
export async function adminSignIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByLabel('Admin name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(`^Account ${name} `) }).waitFor();
}

/** One browser test file's server, chromium and the browser profiles it opened. */
export interface BrowserSuite {
  /** The running server (replaced by `restart`). */
  readonly srv: TestServer;
  /** The data directory the server keeps across restarts. */
  readonly dataDir: string;
  /** `http://127.0.0.1:<api port>` (no trailing slash). */
  base(): string;
  /** A fresh browser profile on `path` of the server (closed after the file). */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Stops the server (the pages stay open). */
  stop(): Promise<void>;
  /** Starts the server again on the same data directory with `overrides` (e.g. the same ports). */
  restart(overrides: Overrides): Promise<void>;
}

/**
 * Registers the file's beforeAll/afterAll: builds the web client if stale, starts a test server
 * with `overrides` on a temp data directory and launches chromium; afterwards closes every
 * profile, the browser and the server, and removes the directory.
 */
export function browserSuite(prefix: string, overrides: Overrides = {}): BrowserSuite {
  const data = tempDir(prefix);
  let srv: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ensureWebBuilt();
    srv = await startTestServer(overrides, data.dir);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await srv?.stop();
    data.cleanup();
  });
  const suite: BrowserSuite = {
    get srv() {
      if (srv === undefined) throw new Error('the browser suite has not started');
      return srv;
    },
    dataDir: data.dir,
    base: () => `http://127.0.0.1:${suite.srv.node.apiPort}`,
    async open(path = '/', viewport) {
      if (browser === undefined) throw new Error('the browser suite has not started');
      const { context, page } = await openApp(browser, `${suite.base()}${path}`, viewport);
      contexts.push(context);
      return page;
    },
    stop: () => suite.srv.node.stop(),
    async restart(o) {
      srv = await startTestServer(o, data.dir);
    },
  };
  return suite;
}

/** The message bubble of the open thread that shows `text`. */
export const bubble = (page: Page, text: string | RegExp) => page.locator('li.msg', { hasText: text });

/** Types `text` into the composer of the chat with `peer` (its title) and sends it with Enter. */
export async function say(page: Page, peer: string, text: string): Promise<void> {
  const composer = page.getByLabel(`Message to ${peer}`);
  await composer.fill(text);
  await composer.press('Enter');
}
