// The web client's media and message tools in Debian's chromium, two browser profiles (alice and
// bob): an image upload with its progress bar (throttled upload), the thumbnail and the full-size
// viewer on the other side (blob URLs: the login token is sent in a header, never in a URL); a
// file card and its download (busy state, an error, the bytes); an upload refused for its size and one
// cut off and retried; edit, reply with quote, emoji; search of a Chinese phrase over all chats and
// over the open one; a group chat's name and senders; the preview of an upload still running is
// let go of on sign-out. Screenshots chat-image, chat-reply-edit and
// search for docs/web.md.
import { readFileSync } from 'node:fs';
import { ParleyClient, wsTransport } from '@parley/client';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { browserSuite, bubble, say, screenshot, signIn, until } from './browser.ts';

const PASSWORD = 'a long password';
const MAX_BYTES = 2_000_000;
const suite = browserSuite('parley-browser-media-', { 'files.maxBytes': MAX_BYTES });
let alice: Page;
let bob: Page;
/** Every URL either page requested, and the /files requests with their Authorization header. */
const requested: string[] = [];
const fileRequests: { url: string; authorization: string }[] = [];
const composer = (page: Page, peer: string) => page.getByLabel(`Message to ${peer}`);

/** A 480×320 PNG: a colour gradient with noise (so it does not compress to nothing). */
async function makePng(): Promise<Buffer> {
  const width = 480;
  const height = 320;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed % 41) - 20;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = Math.max(0, Math.min(255, 40 + (x * 200) / width + noise()));
      raw[i + 1] = Math.max(0, Math.min(255, 90 + (y * 140) / height + noise()));
      raw[i + 2] = Math.max(0, Math.min(255, 220 - (x * 120) / width + noise()));
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * No credential in any URL of the page: no `access_token` in any src / href, and the login token
 * (from localStorage) nowhere in the DOM; every <img> of a message is a blob: URL.
 */
async function expectNoTokenInPage(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const saved = localStorage.getItem('parley.session');
    const token = saved ? (JSON.parse(saved) as { token: string }).token : '';
    const urls = [...document.querySelectorAll('[src], [href]')].map(
      (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
    );
    return {
      urls,
      tokenInDom: token !== '' && document.documentElement.outerHTML.includes(token),
      imgSrcs: [...document.querySelectorAll('.messages img, .viewer img')].map((el) =>
        el.getAttribute('src'),
      ),
      location: location.href,
    };
  });
  expect(found.urls.filter((u) => /access_token/i.test(u))).toEqual([]);
  expect(found.tokenInDom).toBe(false);
  expect(found.location).not.toMatch(/access_token/i);
  for (const src of found.imgSrcs) expect(src).toMatch(/^blob:/);
}

async function sdkUser(uid: string): Promise<ParleyClient> {
  const c = new ParleyClient({
    transport: wsTransport({ url: `ws://127.0.0.1:${suite.srv.node.wsPort}/ws`, WebSocket }),
  });
  await c.register({ uid, password: PASSWORD });
  await c.login({ uid, password: PASSWORD }, { deviceId: `script-${uid}`, platform: 'desktop' });
  return c;
}

beforeAll(async () => {
  for (const who of ['alice', 'bob']) {
    const page = await suite.open();
    await signIn(page, who, PASSWORD, true);
    page.on('request', (req) => {
      requested.push(req.url());
      if (new URL(req.url()).pathname.startsWith('/files/')) {
        void req
          .allHeaders()
          .then((h) => fileRequests.push({ url: req.url(), authorization: h.authorization ?? '' }));
      }
    });
    if (who === 'alice') alice = page;
    else bob = page;
  }
  await alice.getByLabel('Start a chat with user id').fill('bob');
  await alice.getByRole('button', { name: 'Start' }).click();
  await say(alice, 'bob', 'hello bob');
  await bob.getByRole('button', { name: /alice/ }).click();
  await bubble(bob, 'hello bob').waitFor();
}, 60_000);

describe('web client: images, files, edit, reply, emoji, search, groups', () => {
  it('uploads an image with a progress bar; bob sees the thumbnail and opens it full size', async () => {
    const png = await makePng();
    // Slow the upload down (DevTools throttling) so that the progress bar is seen moving.
    const cdp = await alice.context().newCDPSession(alice);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: Math.ceil(png.length / 4),
    });
    await alice
      .getByLabel('Choose files to send')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    const seen = new Set<number>();
    // The bar appears at once; it is gone when the upload is done (a busy CI machine may sample it
    // only a few times in the ~4 s, so the wait is generous).
    await alice.locator('[data-testid=upload]').waitFor();
    await until(
      'the upload to finish',
      async () => {
        const pct = alice.locator('[data-testid=upload] .pct');
        if ((await pct.count()) === 0) return true;
        const text = (await pct.textContent().catch(() => null)) ?? '';
        if (text) seen.add(Number.parseInt(text, 10));
        return false;
      },
      40_000,
    );
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
    expect(
      [...seen].some((p) => p > 0 && p < 100),
      `progress seen: ${[...seen].join(', ')}`,
    ).toBe(true);

    // Bob gets the thumbnail (WebP from the server, fetched with the token in the Authorization
    // header into a blob: URL), shown at its box of 240×160 ...
    const thumb = bob.getByRole('button', { name: 'Open image photo.png' });
    const thumbImg = thumb.locator('img');
    await thumbImg.waitFor();
    await until('the thumbnail to load', () =>
      thumbImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    );
    expect(await thumbImg.getAttribute('src')).toMatch(/^blob:/);
    expect(
      await thumbImg.evaluate((img: HTMLImageElement) => {
        const box = img.getBoundingClientRect();
        return [img.naturalWidth, img.naturalHeight, Math.round(box.width), Math.round(box.height)];
      }),
    ).toEqual([256, 171, 240, 160]);
    const thumbRequest = fileRequests.find((r) => /\/files\/[\w-]+\/thumbnail/.test(r.url));
    expect(thumbRequest?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+\/thumbnail$/);
    expect(thumbRequest?.authorization).toMatch(/^Bearer \S+$/);
    // ... (the same request without the header is refused) ...
    expect((await fetch(thumbRequest!.url)).status).toBe(401);

    // ... and opens it full size (a blob: URL too).
    await thumb.click();
    const viewer = bob.getByRole('dialog', { name: 'photo.png' });
    await viewer.waitFor();
    const full = viewer.locator('img.full');
    await until('the full-size image', () =>
      full.evaluate(
        (img: HTMLImageElement) => img.complete && img.naturalWidth === 480 && img.naturalHeight === 320,
      ),
    );
    expect(await full.getAttribute('src')).toMatch(/^blob:/);
    const shown = await full.evaluate((img: HTMLImageElement) => img.getBoundingClientRect());
    expect([Math.round(shown.width), Math.round(shown.height)]).toEqual([480, 320]);
    for (const page of [alice, bob]) await expectNoTokenInPage(page);
    // The focus stays where the user put it while the chat behind changes (a message comes in).
    await viewer.getByRole('button', { name: 'Download photo.png' }).focus();
    await say(alice, 'bob', 'nice one?');
    await bubble(bob, 'nice one?').waitFor();
    expect(await bob.evaluate(() => document.activeElement?.textContent)).toBe('Download photo.png');
    await viewer.getByRole('button', { name: 'Close' }).click();
    await viewer.waitFor({ state: 'detached' });
    expect(await alice.locator('li.msg.image img.thumb').count()).toBe(1);
  }, 90_000);

  it('sends a file as a card with name, size and a download', async () => {
    const text = 'Minutes of the meeting.\n'.repeat(60);
    await alice.getByLabel('Choose files to send').setInputFiles({
      name: 'minutes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    const card = bob.getByTestId('file-card').filter({ hasText: 'minutes.txt' });
    await card.waitFor();
    expect(await card.textContent()).toContain('1.4 kB');
    const button = card.getByRole('button', { name: 'Download minutes.txt' });

    // A failed download says why; a click tries again.
    await bob.route('**/files/*', (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { name: 'UNAVAILABLE', message: 'storage is down' } }),
          })
        : route.continue(),
    );
    await button.click();
    await card
      .getByRole('alert')
      .filter({ hasText: 'Download of minutes.txt failed: storage is down' })
      .waitFor();
    await bob.unroute('**/files/*');

    // While the bytes come the button is busy; then the browser saves them under the file's name.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await bob.route('**/files/*', async (route) => {
      if (route.request().method() === 'GET') await held;
      await route.continue();
    });
    const downloaded = bob.waitForEvent('download');
    await button.click();
    await card.getByRole('button', { name: /^Downloading minutes\.txt/ }).waitFor();
    expect(await card.locator('button.download').getAttribute('aria-busy')).toBe('true');
    expect(await card.getByRole('alert').count()).toBe(0);
    release();
    const download = await downloaded;
    await bob.unroute('**/files/*');
    expect(download.suggestedFilename()).toBe('minutes.txt');
    expect(download.url()).toMatch(/^blob:/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text);
    await button.waitFor();
    for (const page of [alice, bob]) await expectNoTokenInPage(page);
    expect(requested.filter((u) => /access_token/i.test(u))).toEqual([]);
    await screenshot(bob, 'chat-image');
  }, 60_000);

  it('refuses a file over the size limit with the server’s limit, and retries a cut-off upload', async () => {
    await alice.getByLabel('Choose files to send').setInputFiles({
      name: 'huge.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(MAX_BYTES + 1000, 1),
    });
    const huge = bubble(alice, 'huge.bin');
    await huge.getByText('Too large: files can be at most 2.0 MB').waitFor();
    expect(await huge.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await huge.getByRole('button', { name: 'Remove' }).click();
    await huge.waitFor({ state: 'detached' });

    // The bytes never arrive: the upload fails with Retry, which then completes it.
    await alice.route('**/files/uploads/*', (route) =>
      route.request().method() === 'PUT' ? route.abort('connectionfailed') : route.continue(),
    );
    await alice.getByLabel('Choose files to send').setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 a tiny report'),
    });
    const report = bubble(alice, 'report.pdf');
    await report.getByText(/Upload failed/).waitFor();
    expect(await report.getAttribute('data-receipt')).toBe('failed');
    await alice.unroute('**/files/uploads/*');
    await report.getByRole('button', { name: 'Retry' }).click();
    await bob.getByTestId('file-card').filter({ hasText: 'report.pdf' }).waitFor();
    await until(
      'report.pdf to be stored',
      async () => (await report.getAttribute('data-receipt')) !== 'pending',
    );
    expect(await report.getAttribute('data-receipt')).not.toBe('failed');
  }, 60_000);

  it('sends an image pasted into the composer and a file dropped on the chat', async () => {
    const small = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    await composer(alice, 'bob').evaluate((el, b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, small.toString('base64'));
    await bob.getByRole('button', { name: 'Open image pasted.png' }).waitFor();
    expect(await composer(alice, 'bob').inputValue()).toBe('');

    await alice.getByRole('region', { name: 'Chat with bob' }).evaluate((el) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['dropped text'], 'dropped.txt', { type: 'text/plain' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await bob.getByTestId('file-card').filter({ hasText: 'dropped.txt' }).waitFor();
  }, 60_000);

  it('edits a message and replies with a quote on both sides; inserts an emoji', async () => {
    await say(alice, 'bob', 'see you at 5');
    await bubble(bob, 'see you at 5').waitFor();
    await bubble(alice, 'see you at 5').getByRole('button', { name: 'Edit' }).click();
    await alice.getByTestId('edit-preview').waitFor();
    expect(await composer(alice, 'bob').inputValue()).toBe('see you at 5');
    await composer(alice, 'bob').fill('see you at 6');
    await composer(alice, 'bob').press('Enter');
    for (const page of [alice, bob]) {
      const edited = bubble(page, 'see you at 6');
      await edited.locator('.edited').waitFor();
      expect(await bubble(page, 'see you at 5').count()).toBe(0);
    }

    // Bob replies to it: the preview above his composer, the quote in the bubble on both sides.
    await bubble(bob, 'see you at 6')
      .getByRole('button', { name: /^Reply/ })
      .click();
    const preview = bob.getByTestId('reply-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('see you at 6');
    await say(bob, 'alice', 'ok, 6 works');
    await preview.waitFor({ state: 'detached' });
    for (const page of [alice, bob]) {
      const quote = bubble(page, 'ok, 6 works').getByTestId('quote');
      await quote.waitFor();
      expect(await quote.textContent()).toContain('see you at 6');
    }

    // The server's history has both: the edited text (with editedAt) and the reply's reference.
    await bob.reload();
    await bob.getByText('Signed in as bob').waitFor();
    await bob.getByRole('button', { name: /alice/ }).click();
    await bubble(bob, 'ok, 6 works').getByTestId('quote').filter({ hasText: 'see you at 6' }).waitFor();
    const edited = bubble(bob, 'see you at 6').filter({ hasNot: bob.getByTestId('quote') });
    expect(await edited.locator('.edited').count()).toBe(1);

    // An emoji from the picker goes in at the cursor.
    await composer(alice, 'bob').fill('great ');
    await alice.getByRole('button', { name: 'Insert emoji' }).click();
    await alice.getByRole('button', { name: 'thumbs up' }).click();
    expect(await composer(alice, 'bob').inputValue()).toBe('great 👍');
    await composer(alice, 'bob').press('Enter');
    await bubble(bob, 'great 👍').waitFor();
    await alice.getByRole('button', { name: 'Insert emoji' }).click();
    await alice.getByRole('button', { name: 'party popper' }).waitFor();
    await screenshot(alice, 'chat-reply-edit');
    await alice.getByRole('button', { name: 'Insert emoji' }).click();
  }, 60_000);

  it('searches a Chinese phrase over all chats and in the open one; a result opens its chat', async () => {
    const carol = await sdkUser('carol');
    try {
      await carol.send({ to: 'bob', content: '明天天气怎么样？' });
      await say(alice, 'bob', '你好世界，今天天气很好');
      await bubble(bob, '你好世界，今天天气很好').waitFor();
      await bob.getByRole('button', { name: /carol/ }).waitFor();

      await bob.getByLabel('Search messages', { exact: true }).fill('天气');
      await bob.getByLabel('Where to search').selectOption('all');
      await bob.getByRole('button', { name: 'Search', exact: true }).click();
      const results = bob.getByRole('region', { name: 'Search results' });
      await results.getByRole('button', { name: /你好世界，今天天气很好/ }).waitFor();
      const fromCarol = results.getByRole('button', { name: /carol.*明天天气怎么样/ });
      await fromCarol.waitFor();
      expect(await results.locator('mark').first().textContent()).toBe('天气');
      await screenshot(bob, 'search');

      // A result opens its conversation at the message.
      await fromCarol.click();
      await bob.getByRole('region', { name: 'Chat with carol' }).waitFor();
      await bubble(bob, '明天天气怎么样？').waitFor();

      // In the open chat only: carol's conversation has one hit, not alice's.
      await bob.getByLabel('Where to search').selectOption('this');
      await bob.getByRole('button', { name: 'Search', exact: true }).click();
      await results.getByRole('button', { name: /明天天气怎么样/ }).waitFor();
      expect(await results.getByRole('button').count()).toBe(1);
      await bob.keyboard.press('Escape');
      await results.waitFor({ state: 'detached' });
    } finally {
      carol.close();
    }
  }, 60_000);

  it('shows a group chat with its name and who wrote each message', async () => {
    const dave = await sdkUser('dave');
    try {
      const g = await dave.createGroup({ name: 'Weekend trip', members: ['alice', 'bob'] });
      await dave.send({ groupId: g.groupId, content: 'who brings the tent?' });
      await dave.send({ groupId: g.groupId, content: 'and the map' });
      await alice.getByRole('button', { name: /Weekend trip/ }).click();
      const chat = alice.getByRole('region', { name: 'Chat with Weekend trip' });
      await chat.waitFor();
      await bubble(alice, 'who brings the tent?').locator('.sender', { hasText: 'dave' }).waitFor();
      // Consecutive messages of the same sender name them once.
      expect(await bubble(alice, 'and the map').locator('.sender').count()).toBe(0);
      await say(alice, 'Weekend trip', 'I do');
      await bubble(bob, 'I do').count(); // bob's chat is elsewhere; the group gets it
      await bob.getByRole('button', { name: /Weekend trip/ }).click();
      await bubble(bob, 'I do').locator('.sender', { hasText: 'alice' }).waitFor();
      expect(await bubble(alice, 'I do').locator('.sender').count()).toBe(0);
    } finally {
      dave.close();
    }
  }, 60_000);

  it('lets go of the preview of an upload still running when signing out', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a37' } })
      .png()
      .toBuffer();
    // The bytes are held back: the upload is still running when alice signs out.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await alice.route('**/files/uploads/*', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      await held;
      await route.abort().catch(() => undefined);
    });
    await alice.getByLabel('Choose files to send').setInputFiles({
      name: 'unsent.png',
      mimeType: 'image/png',
      buffer: png,
    });
    const preview = alice.locator('[data-testid=upload] img.thumb');
    await preview.waitFor();
    const src = (await preview.getAttribute('src')) ?? '';
    expect(src).toMatch(/^blob:/);
    const readable = () =>
      alice.evaluate(async (u) => {
        try {
          await (await fetch(u)).blob();
          return true;
        } catch {
          return false;
        }
      }, src);
    expect(await readable()).toBe(true);
    await alice.getByRole('button', { name: 'Sign out' }).click();
    await alice.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await readable()).toBe(false);
    release();
    await alice.unroute('**/files/uploads/*');
  }, 30_000);
});
