// The admin console (web/admin, served at /admin; its API is /admin/api, docs/admin.md) in Debian's
// chromium: the owner signs in with the bootstrap password, sees the dashboard's figures and
// charts, creates a chat user who then signs in on the chat client at /, finds that user, sees the
// device and live session and forces a logout (the chat page shows that it was signed out),
// creates an API key (shown once), creates a viewer admin, who sees no action buttons; a wrong
// password shows an error; a per-device logout, a dead letter requeued, role changes (a refused
// one, an owner demoting itself). Screenshots for docs/admin.md.
import { ParleyClient, wsTransport } from '@parley/client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { EVENT_TYPES } from '../../src/events/types.ts';
import {
  adminSignIn,
  browserSuite,
  readAdminBootstrapPassword,
  screenshot,
  signIn,
  until,
} from './browser.ts';

const USER_PASSWORD = 'a long password';
const VIEWER_PASSWORD = 'viewer password 1';
// Samples and gate reports twice a second, so the charts fill within the test; an event a
// webhook fails to deliver is a dead letter at once.
const suite = browserSuite('parley-admin-browser-', {
  'admin.dashboardSampleMs': 500,
  'dispatch.reportIntervalMs': 500,
  'events.webhookMaxAttempts': 1,
});
let owner: Page;
let ownerPassword = '';
const base = (): string => suite.base();
const open = (path: string, viewport?: { width: number; height: number }): Promise<Page> =>
  suite.open(path, viewport);

/** A figure card's value on the dashboard. */
const card = (page: Page, label: string) => page.getByRole('article', { name: label, exact: true });

/** The console's left navigation. */
const nav = (page: Page) => page.getByRole('navigation', { name: 'Console' });

/** The console's notes at the bottom right (toasts). */
const toasts = (page: Page) => page.locator('.toast');

/** Closes every note shown (each has its own button), so a screenshot shows the page only. */
async function dismissToasts(page: Page): Promise<void> {
  while ((await toasts(page).count()) > 0) {
    await page
      .getByRole('button', { name: 'Dismiss note' })
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
  }
}

/** The page's admin API session cookie, for requests made beside the page. */
async function cookieOf(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Confirms the console's in-page confirm dialog with its `button`. */
async function confirmWith(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * A scripted user `bob` (desktop) creates the group "Project Falcon" with `to`, then sends `n`
 * messages to `to`, one every 50 ms.
 */
async function chatter(to: string, n: number): Promise<void> {
  const bob = new ParleyClient({
    transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
  });
  try {
    await bob.register({ uid: 'bob', password: USER_PASSWORD });
    await bob.login({ uid: 'bob', password: USER_PASSWORD }, { deviceId: 'script', platform: 'desktop' });
    await bob.createGroup({ name: 'Project Falcon', members: [to] });
    for (let i = 1; i <= n; i++) {
      await bob.send({ to, content: `report ${i}` });
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    bob.close();
  }
}

describe('admin console', () => {
  it('serves its page at /admin, outside the OpenAPI document', async () => {
    for (const path of ['/admin', '/admin/']) {
      const res = await fetch(`${base()}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('<div id="app">');
      expect(html).toContain('Parley admin');
    }
    // The chat client is still at /.
    expect(await (await fetch(`${base()}/`)).text()).toContain('<title>Parley</title>');
    const openapi = (await (await fetch(`${base()}/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths).filter((p) => p.startsWith('/admin'))).toEqual([]);
    // Signed out, the API answers 401 with the one error body.
    const me = await fetch(`${base()}/admin/api/me`);
    expect(me.status).toBe(401);
    expect(((await me.json()) as { error: { message: string } }).error.message).toBeTruthy();
  });

  it('refuses a wrong password with a clear error, then signs the owner in to the dashboard', async () => {
    ownerPassword = readAdminBootstrapPassword(suite.dataDir);
    owner = await open('/admin', { width: 1280, height: 860 });
    await owner.getByRole('button', { name: 'Sign in' }).waitFor();
    await owner.getByLabel('Admin name').fill('admin');
    await owner.getByLabel('Password').fill('not the password');
    await owner.getByRole('button', { name: 'Sign in' }).click();
    const alert = owner.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(5);
    await owner.getByRole('button', { name: 'Sign in' }).waitFor(); // still on the sign-in page

    await adminSignIn(owner, 'admin', ownerPassword);
    await owner.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    for (const label of ['Online users', 'Connections', 'Sessions', 'Messages/s']) {
      await until(`the ${label} card to show a number`, async () =>
        /\d/.test((await card(owner, label).textContent()) ?? ''),
      );
    }
    await card(owner, 'Store').getByText('Healthy').waitFor();
    await card(owner, 'Push').waitFor();
    await card(owner, 'Event sinks').waitFor();
    // Two uPlot charts, drawn on canvases.
    await owner
      .getByRole('img', { name: /Online users and connections/ })
      .locator('canvas')
      .first()
      .waitFor();
    await owner
      .getByRole('img', { name: /Messages in and out per second/ })
      .locator('canvas')
      .first()
      .waitFor();
    await owner.getByRole('table', { name: 'Gates' }).getByRole('row').nth(1).waitFor();
    // The owner sees every page in the nav.
    for (const name of [
      'Users',
      'Groups',
      'Messages',
      'API keys',
      'Webhooks',
      'Settings',
      'Admins',
      'Audit log',
    ]) {
      await nav(owner).getByRole('link', { name }).waitFor();
    }
  }, 60_000);

  it('creates a user, sees the chat session, and force-logs it out of the chat page', async () => {
    await nav(owner).getByRole('link', { name: 'Users' }).click();
    await owner.getByRole('button', { name: 'Create user' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Create a user' });
    await dialog.getByLabel('User id').fill('alice');
    await dialog.getByLabel('Password').fill(USER_PASSWORD);
    await dialog.getByLabel('Nickname (optional)').fill('Alice');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await owner.getByRole('heading', { name: /alice/ }).waitFor();

    // alice signs in on the chat client in another browser profile.
    const chat = await open('/');
    await signIn(chat, 'alice', USER_PASSWORD, false);

    // The dashboard counts her, her connection, and the traffic of a scripted user writing to her.
    await nav(owner).getByRole('link', { name: 'Dashboard' }).click();
    const value = async (label: string) =>
      (await card(owner, label).locator('.card-value').textContent()) ?? '';
    await until('the dashboard to show alice online', async () => (await value('Online users')) === '1');
    await until('the dashboard to show her connection', async () => (await value('Connections')) === '1');
    await until('the toasts to go', async () => (await owner.locator('.toast').count()) === 0);
    const traffic = chatter('alice', 100);
    try {
      await until('the dashboard to show the traffic', async () => (await value('Messages/s')) !== '0.0');
      await owner.waitForTimeout(1500); // a few points of it in the charts
      await screenshot(owner, 'admin-dashboard');
    } finally {
      await traffic;
    }

    // Search, open, see the device and the live session.
    await nav(owner).getByRole('link', { name: 'Users' }).click();
    await owner.getByRole('searchbox', { name: 'Search users' }).fill('ali');
    await owner.getByRole('button', { name: 'Search', exact: true }).click();
    const row = owner.getByRole('table', { name: 'Users' }).getByRole('row', { name: /alice/ });
    await row.getByText('online').waitFor();
    await screenshot(owner, 'admin-users');
    await row.getByRole('link', { name: 'alice' }).click();
    const devices = owner.getByRole('table', { name: 'Devices' });
    await devices.getByRole('cell', { name: 'web', exact: true }).waitFor();
    const sessions = owner.getByRole('table', { name: 'Live sessions' });
    await sessions.getByRole('cell', { name: 'web', exact: true }).waitFor();
    await screenshot(owner, 'admin-user');

    // Cancel leaves everything as it was; confirming ends the session.
    await owner.getByRole('button', { name: 'Force logout' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await owner.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await chat.getByTestId('kicked-notice').count()).toBe(0);
    await owner.getByRole('button', { name: 'Force logout' }).click();
    await confirmWith(owner, 'Force logout');
    await owner.getByText('Ended 1 session of alice.').waitFor();
    await chat.getByTestId('kicked-notice').waitFor();
    expect(await chat.getByTestId('kicked-notice').textContent()).toContain('signed out by the server');
    await chat.getByRole('button', { name: 'Sign in' }).waitFor();
    // The page reloads the user after the action (and every 5 s): the live session is gone.
    await sessions.getByRole('cell', { name: 'Not connected now.' }).waitFor();

    // Disable (asks first) and enable again; reset the password, which the chat page then uses.
    const head = owner.getByRole('region', { name: 'User alice' });
    await owner.getByRole('button', { name: 'Disable', exact: true }).click();
    await confirmWith(owner, 'Disable');
    await head.getByText('disabled', { exact: true }).waitFor();
    await owner.getByRole('button', { name: 'Enable', exact: true }).click();
    await head.getByText('active', { exact: true }).waitFor();
    await owner.getByRole('button', { name: 'Reset password' }).click();
    const reset = owner.getByRole('dialog', { name: 'Reset the password of alice' });
    // The page's refresh (every 5 s) leaves the dialog's focus where it is.
    const field = reset.getByLabel('New password');
    await until('the dialog to focus its field', () => field.evaluate((el) => el === document.activeElement));
    await reset.getByRole('button', { name: 'Cancel' }).focus();
    await owner.waitForResponse((r) => r.url().endsWith('/admin/api/users/alice'));
    await owner.waitForTimeout(100);
    expect(await owner.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await field.fill('another long password');
    await reset.getByRole('button', { name: 'Reset password' }).click();
    await owner.getByText(/Password of alice reset/).waitFor();
    await signIn(chat, 'alice', 'another long password', false);

    // Log out one device: the request names it, and its chat page is signed out.
    await sessions.getByRole('cell', { name: 'web', exact: true }).waitFor();
    const deviceId = (await devices.getByRole('row').nth(1).locator('code').textContent()) ?? '';
    expect(deviceId).not.toBe('');
    await owner.getByRole('button', { name: `Log out device ${deviceId}` }).click();
    const answer = owner.waitForResponse((r) => r.url().endsWith('/admin/api/users/alice/logout'));
    await confirmWith(owner, 'Log out device');
    const res = await answer;
    expect(res.request().postDataJSON()).toEqual({ deviceId });
    expect(await res.json()).toEqual({ sessions: 1 });
    await chat.getByTestId('kicked-notice').waitFor();
    await sessions.getByRole('cell', { name: 'Not connected now.' }).waitFor();
  }, 90_000);

  it('creates an API key whose secret is shown once', async () => {
    await nav(owner).getByRole('link', { name: 'API keys' }).click();
    await owner.getByLabel('Key name').fill('billing');
    await owner.getByRole('checkbox', { name: 'write' }).check();
    await owner.getByRole('button', { name: 'Create key' }).click();
    const secret = owner.getByTestId('secret-value');
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^pk_/);
    await owner
      .getByRole('table', { name: 'API keys' })
      .getByRole('cell', { name: 'billing', exact: true })
      .waitFor();
    await screenshot(owner, 'admin-keys');
    await owner.getByRole('button', { name: 'Done' }).click();
    await secret.waitFor({ state: 'detached' });
    expect(await owner.content()).not.toContain(key.split('.').pop()!);
    // The key works on the REST API, and the list never shows the secret again.
    expect(
      (await fetch(`${base()}/v1/users/alice`, { headers: { authorization: `Bearer ${key}` } })).status,
    ).toBe(200);
    await owner.reload();
    await owner.getByRole('cell', { name: 'billing', exact: true }).waitFor();
    expect(await owner.content()).not.toContain(key.split('.').pop()!);
  }, 60_000);

  it('pages through the message audit, searches by sender and text, and recalls a message', async () => {
    await nav(owner).getByRole('link', { name: 'Messages' }).click();
    const table = owner.getByRole('table', { name: 'Messages' });
    await owner.getByLabel('Sender').fill('bob');
    await owner.getByRole('button', { name: 'Search messages' }).click();
    // 100 messages from bob: a first page of 50, newest first, and an older page.
    await table.getByRole('row', { name: /report 100\b/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(51);
    await screenshot(owner, 'admin-messages');
    await owner.getByRole('button', { name: 'Older' }).click();
    await table.getByRole('row', { name: /report 50\b/ }).waitFor();
    await owner.getByRole('button', { name: 'Newer' }).click();
    await table.getByRole('row', { name: /report 100\b/ }).waitFor();

    await owner.getByLabel('Text').fill('report 42');
    await owner.getByRole('button', { name: 'Search messages' }).click();
    const row = table.getByRole('row', { name: /report 42\b/ });
    await row.waitFor();
    await until('only the matching message', async () => (await table.getByRole('row').count()) === 2);
    await row.getByRole('button', { name: /^Recall message/ }).click();
    await confirmWith(owner, 'Recall');
    await owner.getByText('Message recalled.').waitFor();
    await nav(owner).getByRole('link', { name: 'Audit log' }).click();
    await owner
      .getByRole('table', { name: 'Audit log' })
      .getByRole('cell', { name: 'message.recall' })
      .waitFor();
  }, 60_000);

  it('finds a group, removes and adds a member, and dismisses it', async () => {
    await nav(owner).getByRole('link', { name: 'Groups' }).click();
    await owner.getByRole('searchbox', { name: 'Search groups' }).fill('Falcon');
    await owner.getByRole('button', { name: 'Search', exact: true }).click();
    const row = owner.getByRole('table', { name: 'Groups' }).getByRole('row', { name: /Project Falcon/ });
    await row.getByRole('link').click();
    const members = owner.getByRole('table', { name: 'Members' });
    await members.getByRole('link', { name: 'alice' }).waitFor();
    await members.getByRole('link', { name: 'bob' }).waitFor();
    expect(await members.getByRole('button', { name: 'Remove bob' }).count()).toBe(0); // the owner stays
    await screenshot(owner, 'admin-group');

    await members.getByRole('button', { name: 'Remove alice' }).click();
    await confirmWith(owner, 'Remove');
    await members.getByRole('link', { name: 'alice' }).waitFor({ state: 'detached' });
    await owner.getByLabel('Add members (user ids)').fill('alice');
    await owner.getByRole('button', { name: 'Add members' }).click();
    await members.getByRole('link', { name: 'alice' }).waitFor();

    await owner.getByRole('button', { name: 'Dismiss group' }).click();
    await confirmWith(owner, 'Dismiss group');
    await owner.getByRole('table', { name: 'Groups' }).waitFor();
    await row.getByText('dismissed').waitFor();
  }, 60_000);

  it('edits a setting inline with validation, then resets it', async () => {
    await nav(owner).getByRole('link', { name: 'Settings' }).click();
    const row = owner.locator('tr[data-setting="group.maxMembers"]');
    await row.getByRole('button', { name: 'Edit group.maxMembers' }).click();
    const input = row.getByLabel('New value of group.maxMembers');
    await input.fill('1');
    await row.getByText('At least 2.').waitFor();
    expect(await row.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await input.fill('500');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByText('changed', { exact: true }).waitFor();
    await row.getByRole('cell', { name: /^500/ }).waitFor();
    await screenshot(owner, 'admin-settings');
    await row.getByRole('button', { name: 'Reset group.maxMembers' }).click();
    await confirmWith(owner, 'Reset');
    await row.getByText('changed', { exact: true }).waitFor({ state: 'detached' });

    // Notes go after a few seconds, and never pile up: the last three show, each can be closed.
    for (const value of ['600', '700', '800']) {
      await row.getByRole('button', { name: 'Edit group.maxMembers' }).click();
      await row.getByLabel('New value of group.maxMembers').fill(value);
      await row.getByRole('button', { name: 'Save' }).click();
      await row.getByRole('cell', { name: new RegExp(`^${value}`) }).waitFor();
    }
    await owner.getByText('group.maxMembers set to 800.').waitFor();
    expect(await toasts(owner).count()).toBeLessThanOrEqual(3);
    await dismissToasts(owner);
    await row.getByRole('button', { name: 'Reset group.maxMembers' }).click();
    await confirmWith(owner, 'Reset');
    await row.getByText('changed', { exact: true }).waitFor({ state: 'detached' });
  }, 60_000);

  it('adds a webhook whose secret is shown once, requeues its dead letter, and revokes it', async () => {
    await nav(owner).getByRole('link', { name: 'Webhooks' }).click();
    // The event types offered are the server's.
    const types = owner.getByRole('group', { name: 'Event types (none: all)' }).getByRole('checkbox');
    await types.first().waitFor();
    expect(await types.evaluateAll((l) => l.map((c) => (c as HTMLInputElement).value))).toEqual([
      ...EVENT_TYPES,
    ]);
    await owner.getByLabel('Webhook URL').fill('http://127.0.0.1:9/parley-hook');
    await owner.getByRole('checkbox', { name: 'message.sent' }).check();
    await owner.getByRole('button', { name: 'Add webhook' }).click();
    const secret = owner.getByTestId('secret-value');
    await secret.waitFor();
    expect((await secret.inputValue()).length).toBeGreaterThan(10);
    const row = owner.getByRole('table', { name: 'Webhooks' }).getByRole('row', { name: /parley-hook/ });
    await row.getByText('console').waitFor();
    await row.getByText('message.sent').waitFor();
    await dismissToasts(owner);
    await screenshot(owner, 'admin-webhooks');
    await owner.getByRole('button', { name: 'Done' }).click();
    await secret.waitFor({ state: 'detached' });

    // A message to alice is an event the webhook cannot deliver (port 9): a dead letter.
    const sink = ((await row.getByText(/^sink /).textContent()) ?? '').replace(/^sink /, '');
    const bob = new ParleyClient({
      transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
    });
    try {
      await bob.login({ uid: 'bob', password: USER_PASSWORD }, { deviceId: 'script', platform: 'desktop' });
      await bob.send({ to: 'alice', content: 'for the webhook' });
    } finally {
      bob.close();
    }
    const cookie = await cookieOf(owner);
    await until('the dead letter', async () => {
      const r = await fetch(`${base()}/admin/api/deadletters?sink=${encodeURIComponent(sink)}`, {
        headers: { cookie },
      });
      return ((await r.json()) as { deadLetters: unknown[] }).deadLetters.length > 0;
    });
    await owner.getByRole('textbox', { name: 'Filter dead letters by sink' }).fill(sink);
    await owner.getByRole('button', { name: 'Filter', exact: true }).click();
    const dead = owner.getByRole('table', { name: 'Dead letters' });
    const requeue = dead.getByRole('button', { name: /^Requeue event / }).first();
    await requeue.waitFor();
    const eventId = ((await requeue.getAttribute('aria-label')) ?? '').replace('Requeue event ', '');
    const answer = owner.waitForResponse((r) => r.url().includes(`/deadletters/${eventId}/requeue`));
    await requeue.click();
    const res = await answer;
    expect(res.request().postDataJSON()).toEqual({ sink });
    expect(await res.json()).toEqual({ requeued: 1 });
    await owner.getByText(`Requeued ${eventId}.`).waitFor();

    // Revoking drops its dead letters: the list below shows so.
    await row.getByRole('button', { name: /^Revoke webhook/ }).click();
    await confirmWith(owner, 'Revoke webhook');
    await row.waitFor({ state: 'detached' });
    await dead.getByRole('cell', { name: 'No dead letters.' }).waitFor();
  }, 60_000);

  it('shows a viewer admin no action buttons, and signs it out when disabled', async () => {
    await nav(owner).getByRole('link', { name: 'Admins' }).click();
    await owner.getByRole('button', { name: 'Create admin' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Create an admin' });
    await dialog.getByLabel('Name').fill('watcher');
    await dialog.getByLabel('Password').fill(VIEWER_PASSWORD);
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Create admin' }).click();
    await owner
      .getByRole('table', { name: 'Admin accounts' })
      .getByRole('cell', { name: 'watcher', exact: true })
      .waitFor();

    const viewer = await open('/admin#/users/alice', { width: 820, height: 1000 });
    await adminSignIn(viewer, 'watcher', VIEWER_PASSWORD);
    await viewer.getByRole('table', { name: 'Devices' }).waitFor();
    for (const name of ['Force logout', 'Disable', 'Reset password', 'Log out device']) {
      expect(await viewer.getByRole('button', { name }).count()).toBe(0);
    }
    await screenshot(viewer, 'admin-tablet-viewer');
    await viewer.getByRole('button', { name: 'Menu' }).click();
    await nav(viewer).getByRole('link', { name: 'Users' }).waitFor();
    expect(await nav(viewer).getByRole('link', { name: 'Admins' }).count()).toBe(0);
    await nav(viewer).getByRole('link', { name: 'Users' }).click();
    await viewer.getByRole('table', { name: 'Users' }).getByRole('link', { name: 'alice' }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Create user' }).count()).toBe(0);
    await viewer.goto(`${base()}/admin#/keys`);
    await viewer
      .getByRole('table', { name: 'API keys' })
      .getByRole('cell', { name: 'billing', exact: true })
      .waitFor();
    expect(await viewer.getByRole('button', { name: 'Create key' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    // The server enforces it too: a viewer's write is refused with 403.
    const cookies = await viewer.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const refused = await fetch(`${base()}/admin/api/users/alice/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: base() },
      body: '{}',
    });
    expect(refused.status).toBe(403);

    // Disabling the account ends its session: the viewer's next call answers 401, and the page
    // returns to the sign-in form saying so.
    await owner.getByRole('button', { name: 'Disable admin watcher' }).click();
    await confirmWith(owner, 'Disable admin');
    await owner
      .getByRole('row', { name: /watcher/ })
      .getByText('disabled')
      .waitFor();
    await viewer.evaluate(() => {
      location.hash = '#/dashboard';
    });
    await viewer.getByText('Your session has ended. Sign in again.').waitFor();
    await viewer.getByRole('button', { name: 'Sign in' }).waitFor();
    await viewer.getByLabel('Admin name').fill('watcher');
    await viewer.getByLabel('Password').fill(VIEWER_PASSWORD);
    await viewer.getByRole('button', { name: 'Sign in' }).click();
    await viewer
      .getByRole('alert')
      .getByText(/disabled/)
      .waitFor();
  }, 60_000);

  it('changes admin roles: the last owner stays, an owner demoting itself loses the owner pages', async () => {
    await nav(owner).getByRole('link', { name: 'Admins' }).click();
    const own = owner.getByLabel('Role of admin', { exact: true });
    await own.selectOption('viewer');
    await owner.getByText(/last enabled owner cannot be demoted.*PERMISSION_DENIED/).waitFor();
    await until('the role to show owner again', async () => (await own.inputValue()) === 'owner');
    await nav(owner).getByRole('link', { name: 'Admins' }).waitFor(); // still the owner

    await owner.getByRole('button', { name: 'Create admin' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Create an admin' });
    await dialog.getByLabel('Name').fill('deputy');
    await dialog.getByLabel('Password').fill('deputy password 1');
    await dialog.getByLabel('Role').selectOption('owner');
    await dialog.getByRole('button', { name: 'Create admin' }).click();
    await owner.getByLabel('Role of deputy').waitFor();

    const deputy = await open('/admin#/admins');
    await adminSignIn(deputy, 'deputy', 'deputy password 1');
    const answer = deputy.waitForResponse((r) => r.url().endsWith('/admin/api/admins/deputy'));
    await deputy.getByLabel('Role of deputy').selectOption('operator');
    const res = await answer;
    expect(res.request().method()).toBe('PATCH');
    expect(res.request().postDataJSON()).toEqual({ role: 'operator' });
    expect(res.status()).toBe(200);
    // The next call is refused (403): the console asks who is signed in and follows the new role.
    await deputy.getByText('Your role is now operator.').waitFor();
    await deputy.getByText('There is no page “admins” for your role.').waitFor();
    expect(await nav(deputy).getByRole('link', { name: 'Admins' }).count()).toBe(0);
    await deputy.getByRole('button', { name: /^Account deputy \(operator\)/ }).waitFor();
  }, 60_000);

  it('changes the own password from the account menu, then signs out', async () => {
    await owner.getByRole('button', { name: /^Account admin/ }).click();
    await owner.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Change your password' });
    await dialog.getByLabel('Current password').fill(ownerPassword);
    await dialog.getByLabel('New password', { exact: true }).fill('the new owner password');
    await dialog.getByLabel('Repeat the new password').fill('the new owner password');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await owner.getByText('Your password was changed.').waitFor();
    await owner.getByRole('button', { name: /^Account admin/ }).click();
    await owner.getByRole('menuitem', { name: 'Sign out' }).click();
    await owner.getByRole('button', { name: 'Sign in' }).waitFor();
    await adminSignIn(owner, 'admin', 'the new owner password');
  }, 60_000);
});
