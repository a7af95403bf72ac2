// The web client (web/, served by the API server at /) in Debian's chromium: two browser profiles
// chat with each other — send, receive, unread badge, read receipt (also of what came in while the
// tab was hidden), typing, recall, pin — then the server restarts under them (a message written
// while it is down is pending, then delivered once); a reload while the server is out of reach
// keeps the session, a chat opened offline loads once back, a token refused on reconnect signs
// out, and a sign-in on another device of the same platform class shows the kicked notice.
import { ParleyClient, wsTransport } from '@parley/client';
import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { browserSuite, bubble, screenshot, signIn, until } from './browser.ts';

const PASSWORD = 'a long password';
const suite = browserSuite('parley-browser-');
let alice: Page;
let bob: Page;
const url = (): string => `${suite.base()}/`;
const open = (viewport?: { width: number; height: number }): Promise<Page> => suite.open('/', viewport);
const receiptOf = (page: Page, text: string) => bubble(page, text).getAttribute('data-receipt');

describe('web client', () => {
  it('serves the page and its config next to the API', async () => {
    const page = await fetch(url());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const config = (await (await fetch(`${url()}config.json`)).json()) as { wsUrl: string };
    expect(config.wsUrl).toBe(`ws://127.0.0.1:${suite.srv.node.wsPort}/ws`);
    expect((await fetch(`${url()}openapi.json`)).status).toBe(200);
    expect((await fetch(`${url()}v1/users/x`)).status).toBe(401);
  });

  it('two users register, chat, see unread, delivered and read marks, typing and a recall', async () => {
    alice = await open();
    await alice.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(alice, 'login');
    await signIn(alice, 'alice', PASSWORD, true);
    bob = await open();
    await signIn(bob, 'bob', PASSWORD, true);

    await alice.getByLabel('Start a chat with user id').fill('bob');
    await alice.getByRole('button', { name: 'Start' }).click();
    await alice.getByRole('region', { name: 'Chat with bob' }).waitFor();
    await alice.getByLabel('Message to bob').fill('hello bob');
    await alice.getByLabel('Message to bob').press('Enter');
    await until(
      'hello bob delivered to bob',
      async () => (await receiptOf(alice, 'hello bob')) === 'delivered',
    );

    // Bob has it unread in his list; opening the chat reads it, and alice sees the read mark.
    const row = bob.getByRole('button', { name: /alice/ });
    await row.locator('[data-testid=unread]', { hasText: '1' }).waitFor();
    await alice.getByLabel('Message to bob').fill('are you there?');
    await alice.getByLabel('Message to bob').press('Enter');
    await row.locator('[data-testid=unread]', { hasText: '2' }).waitFor();
    await screenshot(bob, 'conversations');
    await row.click();
    await bubble(bob, 'hello bob').waitFor();
    await until(
      'the read mark on alice’s messages',
      async () => (await receiptOf(alice, 'are you there?')) === 'read',
    );
    expect(await receiptOf(alice, 'hello bob')).toBe('read');
    await until(
      'bob’s badge to clear',
      async () => (await row.locator('[data-testid=unread]').count()) === 0,
    );

    // Typing reaches the other side, then bob answers.
    await bob.getByLabel('Message to alice').fill('hi ali');
    await alice.getByText('bob is typing…').waitFor();
    await bob.getByLabel('Message to alice').press('Enter');
    await bubble(alice, 'hi ali').waitFor();
    await until('alice’s badge for a message in the open chat to stay clear', async () => {
      return (await alice.locator('[data-testid=unread]').count()) === 0;
    });

    // Pinned and muted show in the list.
    await alice.getByRole('button', { name: 'Pin', exact: true }).click();
    await alice.getByRole('button', { name: 'Mute', exact: true }).click();
    await alice.getByRole('button', { name: /bob.*Pinned.*Muted/ }).waitFor();
    await screenshot(alice, 'chat');

    // Alice recalls her first message: both sides show it as recalled.
    await bubble(alice, 'hello bob').getByRole('button', { name: 'Recall' }).click();
    await until('the recall on alice’s side', async () => (await bubble(alice, 'hello bob').count()) === 0);
    await until('the recall on bob’s side', async () => (await bubble(bob, 'hello bob').count()) === 0);
    expect(await bob.locator('li.msg.recalled').count()).toBe(1);
    await bob.setViewportSize({ width: 390, height: 720 });
    await bob.getByRole('button', { name: 'Back to conversations' }).waitFor();
    await screenshot(bob, 'phone-chat');
    await bob.setViewportSize({ width: 1000, height: 640 });
  }, 90_000);

  it('marks what came in while the tab was hidden read once it is shown again', async () => {
    const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility(alice, 'hidden');
    await bob.getByLabel('Message to alice').fill('while you were away');
    await bob.getByLabel('Message to alice').press('Enter');
    await bubble(alice, 'while you were away').waitFor();
    const row = alice.getByRole('button', { name: /bob/ });
    await row.locator('[data-testid=unread]', { hasText: '1' }).waitFor();
    await setVisibility(alice, 'visible');
    await until(
      'alice’s badge to clear',
      async () => (await row.locator('[data-testid=unread]').count()) === 0,
    );
    await until(
      'the read mark on bob’s side',
      async () => (await receiptOf(bob, 'while you were away')) === 'read',
    );
  }, 30_000);

  it('keeps a message sent while the server is down pending, then delivers it exactly once', async () => {
    const ports = {
      'gate.tcpPort': suite.srv.node.tcpPort,
      'gate.wsPort': suite.srv.node.wsPort,
      'http.port': suite.srv.node.httpPort,
      'api.port': suite.srv.node.apiPort,
    };
    await suite.stop();
    await alice.getByTestId('offline-banner').waitFor();
    await bob.getByTestId('offline-banner').waitFor();
    // What cannot be done offline says so (no unhandled rejection).
    await alice.getByRole('button', { name: 'Unpin', exact: true }).click();
    await alice.getByRole('alert').filter({ hasText: 'Cannot unpin' }).waitFor();
    await alice.getByLabel('Message to bob').fill('written while offline');
    await alice.getByLabel('Message to bob').press('Enter');
    await until(
      'the pending mark',
      async () => (await receiptOf(alice, 'written while offline')) === 'pending',
    );
    await screenshot(alice, 'offline-pending');

    await suite.restart(ports);
    await alice.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await until('the offline message to be stored', async () => {
      const r = await receiptOf(alice, 'written while offline');
      return r === 'sent' || r === 'delivered' || r === 'read';
    });
    await bubble(bob, 'written while offline').waitFor();
    expect(await bubble(bob, 'written while offline').count()).toBe(1);
    expect(await bubble(alice, 'written while offline').count()).toBe(1);

    // The server stored it once: a fresh load of the history shows one copy.
    await bob.reload();
    await bob.getByText('Signed in as bob').waitFor();
    await bob.getByRole('button', { name: /alice/ }).click();
    await bubble(bob, 'hi ali').waitFor();
    expect(await bubble(bob, 'written while offline').count()).toBe(1);
  }, 90_000);

  it('loads older history pages when scrolled up', async () => {
    const carol = new ParleyClient({
      transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
    });
    try {
      await carol.register({ uid: 'carol', password: PASSWORD });
      await carol.login({ uid: 'carol', password: PASSWORD }, { deviceId: 'script', platform: 'desktop' });
      for (let i = 1; i <= 45; i++) await carol.send({ to: 'alice', content: `note ${i}` });
    } finally {
      carol.close();
    }
    await alice.getByRole('button', { name: /carol/ }).click();
    await bubble(alice, 'note 45').waitFor();
    expect(await alice.locator('li.msg', { hasText: /note \d+/ }).count()).toBe(30);
    await alice.getByRole('log', { name: 'Messages' }).evaluate((el) => {
      el.scrollTop = 0;
    });
    await alice.getByText('Start of the conversation').waitFor();
    expect(await alice.locator('li.msg', { hasText: /note \d+/ }).count()).toBe(45);
    expect(await alice.locator('li.msg .text').first().textContent()).toBe('note 1');
  }, 60_000);

  it('loads a chat opened offline once back, and signs out when the token is refused on reconnect', async () => {
    const page = await open();
    // The page's WebSockets go through here: `blocked` refuses new ones, as a network outage would.
    let blocked = false;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/ws$/, (ws) => {
      if (blocked) {
        void ws.close();
        return;
      }
      sockets.push(ws);
      ws.connectToServer();
    });
    const cut = async () => {
      blocked = true;
      for (const ws of sockets.splice(0)) await ws.close();
      await page.getByTestId('offline-banner').waitFor();
    };
    await signIn(page, 'erin', PASSWORD, true);
    const frank = new ParleyClient({
      transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
    });
    try {
      await frank.register({ uid: 'frank', password: PASSWORD });
      await frank.login({ uid: 'frank', password: PASSWORD }, { deviceId: 'script', platform: 'desktop' });
      await frank.send({ to: 'erin', content: 'hi erin' });
    } finally {
      frank.close();
    }
    await page.getByRole('button', { name: /frank/ }).waitFor();

    // Offline, the history of a chat opened now cannot load: the page stays responsive (no
    // retry in a loop), and the history comes once the connection is back.
    await cut();
    await page.getByRole('button', { name: /frank/ }).click();
    await page.getByRole('region', { name: 'Chat with frank' }).waitFor();
    await page.getByLabel('Start a chat with user id').fill('zed');
    expect(await page.getByLabel('Start a chat with user id').inputValue()).toBe('zed');
    blocked = false;
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await bubble(page, 'hi erin').waitFor();

    // The token is revoked while the page is offline: the re-login is refused and the page goes
    // back to sign-in saying why, instead of "reconnecting" for ever.
    await cut();
    const saved = await page.evaluate(() => localStorage.getItem('parley.session'));
    const { uid, token } = JSON.parse(saved ?? '{}') as { uid: string; token: string };
    const other = new ParleyClient({
      transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
    });
    try {
      await other.login({ uid, token }, { deviceId: 'script', platform: 'desktop' });
      await other.logout();
    } finally {
      other.close();
    }
    blocked = false;
    await page.getByTestId('kicked-notice').waitFor();
    expect(await page.getByTestId('kicked-notice').textContent()).toContain('Your session has ended');
    expect(await page.evaluate(() => localStorage.getItem('parley.session'))).toBeNull();

    // A reload while the WebSocket is out of reach cannot resume the session, but keeps it for
    // the next one. Last: after a reload, closing the page's routed sockets is not reliable.
    await signIn(page, 'erin', PASSWORD, false);
    await cut();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('parley.session'))).not.toBeNull();
    blocked = false;
    await page.reload();
    await page.getByText('Signed in as erin').waitFor();
  }, 60_000);

  it('shows the kicked notice when the same user signs in on another web device', async () => {
    const phone = await open({ width: 390, height: 720 });
    await signIn(phone, 'bob', PASSWORD, false);
    await bob.getByTestId('kicked-notice').waitFor();
    expect(await bob.getByRole('alert').textContent()).toContain('signed in on another device');
    await bob.getByRole('button', { name: 'Sign in' }).waitFor();
    // The phone keeps its session and sees the conversation.
    await phone.getByRole('button', { name: /alice/ }).waitFor();
  }, 60_000);
});
