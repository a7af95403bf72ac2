// Groups and friends in the web client (web/src/social-store.ts, groups-panel.tsx,
// friends-panel.tsx), in Debian's chromium: three browser profiles — alice, bob, carol. A friend
// request arrives live and is accepted (another is rejected); alice creates a group with bob and
// carol, all three chat in it; alice removes carol (carol's page says she is no longer a member and
// shows no composer) and makes bob an admin.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, bubble, say, screenshot, signIn, until } from './browser.ts';

const PASSWORD = 'a long password';
const VIEWPORT = { width: 1200, height: 720 };
const suite = browserSuite('parley-browser-social-');
let alice: Page;
let bob: Page;
let carol: Page;
const open = (): Promise<Page> => suite.open('/', VIEWPORT);

const panel = (page: Page, id: string) => page.locator(`[data-panel="${id}"]`);
const member = (page: Page, uid: string) => panel(page, 'group-info').locator(`li[data-uid="${uid}"]`);

describe('web client: friends and groups', () => {
  it('a friend request arrives live, is accepted, and both list each other', async () => {
    alice = await open();
    await signIn(alice, 'alice', PASSWORD, true);
    bob = await open();
    await signIn(bob, 'bob', PASSWORD, true);
    carol = await open();
    await signIn(carol, 'carol', PASSWORD, true);

    // Alice finds bob by search and asks, with a note.
    await alice.getByRole('button', { name: 'Contacts' }).click();
    const friends = panel(alice, 'friends');
    await friends.getByLabel('Search users by id or name').fill('bo');
    await friends.getByRole('button', { name: 'Add bob as a friend' }).click();
    await friends.getByLabel('Note to bob').fill('Hi bob, it’s alice from the climbing club');
    await friends.getByRole('button', { name: 'Send request' }).click();
    await friends.getByText('Friend request sent to bob.').waitFor();
    await friends.getByRole('list', { name: 'Your friend requests' }).getByText('bob').waitFor();

    // Bob's badge shows it without a reload; he accepts.
    await bob.getByRole('button', { name: 'Contacts, 1 friend request' }).waitFor();
    expect(await bob.getByTestId('requests-badge').textContent()).toBe('1');
    await bob.getByRole('button', { name: 'Contacts, 1 friend request' }).click();
    const bobs = panel(bob, 'friends');
    await bobs.getByText('“Hi bob, it’s alice from the climbing club”').waitFor();
    await bobs.getByRole('button', { name: 'Accept alice' }).click();
    await bobs
      .getByRole('list', { name: 'Friends' })
      .getByRole('button', { name: 'Chat with alice' })
      .waitFor();
    await until('bob’s badge to clear', async () => (await bob.getByTestId('requests-badge').count()) === 0);

    // Alice's open panel follows: bob is a friend, her request is gone.
    await friends
      .getByRole('list', { name: 'Friends' })
      .getByRole('button', { name: 'Chat with bob' })
      .waitFor();
    await until(
      'alice’s sent request to go',
      async () => (await friends.getByRole('list', { name: 'Your friend requests' }).count()) === 0,
    );

    // Carol asks alice too: alice sees it live next to her friends (screenshot), then rejects it.
    await carol.getByRole('button', { name: 'Contacts' }).click();
    await panel(carol, 'friends').getByLabel('Search users by id or name').fill('alice');
    await panel(carol, 'friends').getByRole('button', { name: 'Add alice as a friend' }).click();
    await panel(carol, 'friends').getByLabel('Note to alice').fill('Carol here, bob’s sister');
    await panel(carol, 'friends').getByRole('button', { name: 'Send request' }).click();
    await friends.getByRole('button', { name: 'Accept carol' }).waitFor();
    await alice.getByRole('button', { name: 'Contacts, 1 friend request' }).waitFor();
    await friends.getByLabel('Search users by id or name').fill('');
    await screenshot(alice, 'friends');
    await friends.getByRole('button', { name: 'Reject carol' }).click();
    await until(
      'carol’s request to go',
      async () => (await friends.getByRole('button', { name: 'Accept carol' }).count()) === 0,
    );
    await until(
      'carol’s request to end on her side',
      async () =>
        (await panel(carol, 'friends').getByRole('list', { name: 'Your friend requests' }).count()) === 0,
    );
    expect(await panel(carol, 'friends').getByRole('list', { name: 'Friends' }).count()).toBe(0);

    // A friend's row opens the chat.
    await friends.getByRole('button', { name: 'Chat with bob' }).click();
    await alice.getByRole('region', { name: 'Chat with bob' }).waitFor();
    expect(await panel(alice, 'friends').count()).toBe(0);
    await panel(carol, 'friends').getByRole('button', { name: 'Close' }).click();
    await panel(bob, 'friends').getByRole('button', { name: 'Close' }).click();
  }, 90_000);

  it('alice creates a group with bob and carol; all three see it and chat in it', async () => {
    await alice.getByRole('button', { name: 'New group' }).click();
    const form = panel(alice, 'new-group');
    await form.getByLabel('Group name').fill('Weekend trip');
    // Bob by id (Enter), carol from the search results.
    await form.getByLabel('Add a user by id or name').fill('bob');
    await form.getByLabel('Add a user by id or name').press('Enter');
    await form.getByLabel('Add a user by id or name').fill('car');
    await form.getByRole('button', { name: 'Add carol' }).click();
    await form.getByRole('list', { name: 'Picked users' }).getByText('carol').waitFor();
    await form.getByRole('button', { name: 'Create group with 2' }).click();

    await alice.getByRole('region', { name: 'Chat with Weekend trip' }).waitFor();
    for (const page of [alice, bob, carol]) {
      await page
        .getByRole('navigation', { name: 'Conversations' })
        .getByRole('button', { name: /Weekend trip/ })
        .waitFor();
    }

    await say(alice, 'Weekend trip', 'Who is driving on Saturday?');
    for (const page of [bob, carol]) {
      await page.getByRole('button', { name: /Weekend trip/ }).click();
      await page.getByRole('region', { name: 'Chat with Weekend trip' }).waitFor();
      await bubble(page, 'Who is driving on Saturday?').waitFor();
    }
    await say(bob, 'Weekend trip', 'I can drive, 4 seats');
    await bubble(alice, 'I can drive, 4 seats').waitFor();
    await bubble(carol, 'I can drive, 4 seats').waitFor();
    await say(carol, 'Weekend trip', 'Count me in');
    await bubble(alice, 'Count me in').waitFor();
    await bubble(bob, 'Count me in').waitFor();
    await screenshot(alice, 'group-chat');
  }, 90_000);

  it('alice removes carol and makes bob an admin; carol can no longer write', async () => {
    await alice.getByRole('button', { name: 'Group info' }).click();
    const info = panel(alice, 'group-info');
    await info.getByRole('heading', { name: 'Weekend trip' }).waitFor();
    await member(alice, 'carol').waitFor();
    expect(await member(alice, 'alice').getAttribute('data-role')).toBe('owner');
    expect(await member(alice, 'bob').getAttribute('data-role')).toBe('member');
    expect(await member(alice, 'alice').textContent()).toContain('Owner');

    // Bob keeps his panel open: it follows the changes alice makes.
    await bob.getByRole('button', { name: 'Group info' }).click();
    await member(bob, 'carol').waitFor();
    expect(
      await panel(bob, 'group-info')
        .getByRole('button', { name: /^Remove / })
        .count(),
    ).toBe(0);

    await info.getByRole('button', { name: 'Remove carol from the group' }).click();
    await until(
      'carol to leave alice’s member list',
      async () => (await member(alice, 'carol').count()) === 0,
    );
    await carol.getByTestId('group-gone').waitFor();
    expect(await carol.getByTestId('group-gone').textContent()).toBe('Not a member');
    await carol.getByRole('button', { name: 'Group info' }).click();
    await panel(carol, 'group-info').getByTestId('not-member').waitFor();
    expect(await panel(carol, 'group-info').getByTestId('not-member').textContent()).toContain(
      'no longer a member',
    );
    await screenshot(carol, 'group-removed');
    await until('carol to leave bob’s member list', async () => (await member(bob, 'carol').count()) === 0);

    // Her composer gives way to a notice: she cannot write to the group any more.
    expect(await carol.getByTestId('composer-closed').textContent()).toBe(
      'You are no longer a member of this group.',
    );
    expect(await carol.getByLabel('Message to Weekend trip').count()).toBe(0);

    await info.getByRole('button', { name: 'Make bob admin' }).click();
    await until(
      'bob to show as an admin',
      async () => (await member(alice, 'bob').getAttribute('data-role')) === 'admin',
    );
    expect(await member(alice, 'bob').textContent()).toContain('Admin');
    await until(
      'bob’s own panel to show him as an admin',
      async () => (await member(bob, 'bob').getAttribute('data-role')) === 'admin',
    );
    await panel(bob, 'group-info').getByText('you are an admin').waitFor();
    await screenshot(alice, 'group-members');

    // Renaming reaches everyone's list.
    await info.getByRole('button', { name: 'Rename group' }).click();
    await info.getByLabel('New group name').fill('Weekend trip 🚗');
    await info.getByRole('button', { name: 'Save' }).click();
    await info.getByRole('heading', { name: 'Weekend trip 🚗' }).waitFor();
    await bob
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: /Weekend trip 🚗/ })
      .waitFor();
  }, 90_000);

  it('invite back, leave, unfriend and dismiss reach the other pages live', async () => {
    const info = panel(alice, 'group-info');
    await info.getByLabel('Add a user by id or name').fill('carol');
    await info.getByLabel('Add a user by id or name').press('Enter');
    await info.getByRole('button', { name: 'Invite carol' }).click();
    await member(alice, 'carol').waitFor();
    await carol.getByTestId('group-gone').waitFor({ state: 'detached' });
    await member(carol, 'carol').waitFor();
    await say(carol, 'Weekend trip', 'back again');
    await bubble(alice, 'back again').waitFor();

    // Carol leaves by herself (asked twice).
    await panel(carol, 'group-info').getByRole('button', { name: 'Leave group' }).click();
    await panel(carol, 'group-info').getByRole('button', { name: 'Yes, leave' }).click();
    await panel(carol, 'group-info').getByText('You left this group.').waitFor();
    await until(
      'carol to leave alice’s member list',
      async () => (await member(alice, 'carol').count()) === 0,
    );

    // Alice ends the friendship: bob's list follows.
    await alice.getByRole('button', { name: 'Contacts' }).click();
    await panel(alice, 'friends').getByRole('button', { name: 'Remove friend bob' }).click();
    await panel(alice, 'friends').getByRole('button', { name: 'Yes, remove' }).click();
    await panel(alice, 'friends').getByText('No friends yet.').waitFor();
    await bob.getByRole('button', { name: 'Contacts' }).click();
    await panel(bob, 'friends').getByText('No friends yet.').waitFor();

    // The owner dismisses the group: bob's chat says so.
    await alice.getByRole('button', { name: 'Group info' }).click();
    await panel(alice, 'group-info').getByRole('button', { name: 'Dismiss group' }).click();
    await panel(alice, 'group-info').getByRole('button', { name: 'Yes, dismiss' }).click();
    await panel(alice, 'group-info').getByText('This group was dismissed.').waitFor();
    await bob.getByTestId('group-gone').waitFor();
    expect(await bob.getByTestId('group-gone').textContent()).toBe('Dismissed');
  }, 90_000);
});
