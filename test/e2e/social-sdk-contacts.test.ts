// Contacts, users, typing and presence through the SDK against a real server (TCP, SQLite file):
// friend requests, friends and remarks, blocking, the friends-only message policy, profiles and
// user search, typing notices and presence subscriptions.
import { Code, c2cConvId } from '@parley/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { barrier, fullHistory, refused, World, waitFor } from '../helpers/social-sdk.ts';

let w: World;

beforeAll(async () => {
  w = await World.start({}, [
    ...['fa', 'fb', 'fc', 'fd', 'ba', 'bb', 'bc'],
    ...['pa', 'pb', 'pc', 'pd', 'ta', 'tb', 'tc', 'td'],
    ['ua', '张伟'],
    ['ub', 'Ann Lee'],
    ['srch-1', 'Searcher One'],
    ['srch-2', 'Searcher Two'],
  ]);
});
afterEach(() => w.closeAll());
afterAll(() => w.stop());

describe('friends', () => {
  it('request with note, accept, remarks, reject, asking back accepts, delete', async () => {
    const [a, b, c, d] = await Promise.all(['fa', 'fb', 'fc', 'fd'].map((u) => w.login(u)));
    expect(await a!.c.sendFriendRequest('fb', 'hi, it is A')).toEqual({ friends: false });
    await waitFor(() => b!.contact.length === 1, 'request event');
    expect(b!.contact[0]).toMatchObject({ kind: 'requested', from: 'fa', note: 'hi, it is A' });
    expect(b!.contact[0]!.ts).toBeGreaterThan(0);
    // Asking again replaces the note.
    await a!.c.sendFriendRequest('fb', 'second note');
    await waitFor(() => b!.contact.length === 2, 'second request event');
    for (const dev of [a!, b!]) {
      expect(await dev.c.friendRequests()).toEqual([
        expect.objectContaining({ from: 'fa', to: 'fb', note: 'second note', status: 'pending' }),
      ]);
    }
    await b!.c.respondFriendRequest('fa', true);
    await waitFor(() => a!.contact.length === 1, 'accepted event');
    expect(a!.contact[0]).toMatchObject({ kind: 'accepted', from: 'fb' });
    const [fa] = await a!.c.friends();
    expect(fa).toMatchObject({
      uid: 'fb',
      remark: '',
      profile: { uid: 'fb', nickname: 'fb', avatar: '', signature: '' },
    });
    expect(fa!.since).toBeGreaterThan(0);
    expect((await b!.c.friends()).map((f) => f.uid)).toEqual(['fa']);
    expect(await a!.c.friendRequests()).toEqual([]);
    expect(await a!.c.sendFriendRequest('fb')).toEqual({ friends: true });
    await a!.c.setFriendRemark('fb', 'Bestie B 小B');
    expect((await a!.c.friends())[0]).toMatchObject({ uid: 'fb', remark: 'Bestie B 小B' });
    expect((await b!.c.friends())[0]).toMatchObject({ uid: 'fa', remark: '' });

    // Reject.
    await c!.c.sendFriendRequest('fa', 'hello from C');
    await waitFor(() => a!.contact.some((e) => e.kind === 'requested' && e.from === 'fc'), 'request from C');
    await a!.c.respondFriendRequest('fc', false);
    await waitFor(() => c!.contact.length === 1, 'rejected event');
    expect(c!.contact[0]).toMatchObject({ kind: 'rejected', from: 'fa' });
    expect(await c!.c.friends()).toEqual([]);
    await refused(a!.c.respondFriendRequest('fc', true), Code.REQUEST_NOT_FOUND);

    // Asking back is accepting.
    await d!.c.sendFriendRequest('fc', 'D to C');
    await waitFor(() => c!.contact.some((e) => e.kind === 'requested' && e.from === 'fd'), 'request from D');
    expect(await c!.c.sendFriendRequest('fd', 'C to D')).toEqual({ friends: true });
    await waitFor(() => d!.contact.length === 1, 'accepted by asking back');
    expect(d!.contact[0]).toMatchObject({ kind: 'accepted', from: 'fc' });
    expect((await d!.c.friends()).map((f) => f.uid)).toEqual(['fc']);
    expect((await c!.c.friends()).map((f) => f.uid)).toEqual(['fd']);
    expect(await c!.c.friendRequests()).toEqual([]);

    // Delete: both sides.
    await a!.c.deleteFriend('fb');
    await waitFor(() => b!.contact.some((e) => e.kind === 'unfriended'), 'unfriended event');
    expect(b!.contact.find((e) => e.kind === 'unfriended')).toMatchObject({ from: 'fa' });
    expect(await a!.c.friends()).toEqual([]);
    expect(await b!.c.friends()).toEqual([]);
    await refused(a!.c.deleteFriend('fb'), Code.NOT_FRIENDS);
    await refused(a!.c.setFriendRemark('fb', 'x'), Code.NOT_FRIENDS);

    await refused(a!.c.sendFriendRequest('fa'), Code.BAD_REQUEST);
    await refused(a!.c.sendFriendRequest('no-such-user'), Code.USER_NOT_FOUND);
    await refused(a!.c.respondFriendRequest('fd', true), Code.REQUEST_NOT_FOUND);
  });

  it('blocking: BLOCKED on send and on friend requests, nothing delivered; unblocking lets through', async () => {
    const [a, b, c] = await Promise.all(['ba', 'bb', 'bc'].map((u) => w.login(u)));
    const conv = c2cConvId('ba', 'bb');
    const before = await a!.c.send({ to: 'bb', content: 'before the block' });
    await b!.message((m) => m.msgId === before.msgId, 'before');
    await b!.c.block('ba');
    expect(await b!.c.blocklist()).toEqual(['ba']);
    await refused(a!.c.send({ to: 'bb', content: 'let me talk' }), Code.BLOCKED);
    await refused(a!.c.sendFriendRequest('bb', 'please'), Code.BLOCKED);
    expect(a!.c.pendingSends).toBe(0);
    await barrier(c!, b!);
    expect(b!.messages.filter((m) => m.from === 'ba').map((m) => m.msgId)).toEqual([before.msgId]);
    expect(b!.contact).toEqual([]);
    expect((await fullHistory(b!, conv)).map((m) => m.content)).toEqual(['before the block']);
    // One way only, and groups are not affected.
    await b!.c.send({ to: 'ba', content: 'I can still write' });
    await b!.c.createGroup({ name: 'Both', groupId: 'block-g', members: ['ba'] });
    const inGroup = await a!.c.send({ groupId: 'block-g', content: 'group is fine' });
    await b!.message((m) => m.msgId === inGroup.msgId, 'group message');

    await refused(b!.c.block('bb'), Code.BAD_REQUEST);
    await refused(b!.c.block('no-such-user'), Code.USER_NOT_FOUND);

    await b!.c.block('ba', false);
    expect(await b!.c.blocklist()).toEqual([]);
    const afterAck = await a!.c.send({ to: 'bb', content: 'after the block' });
    await b!.message((m) => m.msgId === afterAck.msgId, 'after unblock');
  });
});

describe('friends-only message policy', () => {
  let strict: World;
  beforeAll(async () => {
    strict = await World.start({ 'contacts.messagePolicy': 'friends' }, ['sp-a', 'sp-b', 'sp-c']);
  });
  afterAll(() => strict.stop());

  it('strangers get NOT_FRIENDS and nothing is delivered; friends chat; groups are by membership', async () => {
    const [a, b, c] = await Promise.all(['sp-a', 'sp-b', 'sp-c'].map((u) => strict.login(u)));
    await refused(a!.c.send({ to: 'sp-b', content: 'hi stranger' }), Code.NOT_FRIENDS);
    await refused(b!.c.send({ to: 'sp-a', content: 'hi stranger' }), Code.NOT_FRIENDS);
    await a!.c.sendFriendRequest('sp-b', 'let us talk');
    await waitFor(() => b!.contact.length === 1, 'request');
    await b!.c.respondFriendRequest('sp-a', true);
    const hi = await a!.c.send({ to: 'sp-b', content: 'now we are friends' });
    const got = await b!.message((m) => m.msgId === hi.msgId, 'friend message');
    expect(got.content).toBe('now we are friends');
    const back = await b!.c.send({ to: 'sp-a', content: 'indeed' });
    await a!.message((m) => m.msgId === back.msgId, 'reply');
    expect(b!.messages.filter((m) => m.from === 'sp-a').map((m) => m.content)).toEqual([
      'now we are friends',
    ]);
    expect((await fullHistory(b!, c2cConvId('sp-a', 'sp-b'))).map((m) => m.content)).toEqual([
      'now we are friends',
      'indeed',
    ]);
    // Not friends with C, but together in a group.
    await a!.c.createGroup({ name: 'Mixed', groupId: 'mixed-1', members: ['sp-c'] });
    const g = await c!.c.send({ groupId: 'mixed-1', content: 'group talk is fine' });
    await a!.message((m) => m.msgId === g.msgId, 'group message');
    await refused(c!.c.send({ to: 'sp-a', content: 'direct?' }), Code.NOT_FRIENDS);
    // Unfriended: strangers again.
    await a!.c.deleteFriend('sp-b');
    await refused(b!.c.send({ to: 'sp-a', content: 'still there?' }), Code.NOT_FRIENDS);
  });
});

describe('users', () => {
  it('profiles, updateProfile, searchUsers by uid prefix and by CJK nickname', async () => {
    const a = await w.login('ua');
    const b = await w.login('ub');
    const profiles = await b.c.profiles(['ua', 'ub', 'no-such-user']);
    expect([...profiles].sort((x, y) => x.uid.localeCompare(y.uid))).toEqual([
      { uid: 'ua', nickname: '张伟', avatar: '', signature: '' },
      { uid: 'ub', nickname: 'Ann Lee', avatar: '', signature: '' },
    ]);
    const own = await a.c.updateProfile({
      nickname: '张伟伟',
      avatar: 'https://img.example/a.png',
      signature: '写代码的',
    });
    expect(own).toEqual({
      profile: { uid: 'ua', nickname: '张伟伟', avatar: 'https://img.example/a.png', signature: '写代码的' },
      readReceipts: true,
    });
    const sigOnly = await a.c.updateProfile({ signature: 'いつも元気' });
    expect(sigOnly.profile).toMatchObject({ nickname: '张伟伟', signature: 'いつも元気' });
    expect(await b.c.profiles(['ua'])).toEqual([sigOnly.profile]);
    await refused(a.c.updateProfile({ nickname: '   ' }), Code.BAD_REQUEST);
    await refused(b.c.profiles([]), Code.BAD_REQUEST);

    const uids = async (q: string, limit?: number) => (await b.c.searchUsers(q, limit)).map((p) => p.uid);
    expect(await uids('srch')).toEqual(['srch-1', 'srch-2']);
    expect(await uids('srch-2')).toEqual(['srch-2']);
    expect(await uids('srch', 1)).toEqual(['srch-1']);
    expect(await uids('张伟')).toEqual(['ua']);
    expect(await uids('伟')).toEqual(['ua']);
    expect(await uids('searcher two')).toEqual(['srch-2']);
    expect(await uids('ann lee')).toEqual(['ub']);
    const [found] = await b.c.searchUsers('张伟伟');
    expect(found).toEqual(sigOnly.profile);
    expect(await uids('nobody-at-all')).toEqual([]);
    await refused(b.c.searchUsers('  '), Code.BAD_REQUEST);
  });
});

describe('typing and presence', () => {
  it('typing notices reach the peer and the group’s online members, never the typist', async () => {
    const [a, b, c, d] = await Promise.all(['ta', 'tb', 'tc', 'td'].map((u) => w.login(u)));
    const conv = c2cConvId('ta', 'tb');
    await refused(a!.c.setTyping(conv), Code.CONV_NOT_FOUND); // no conversation yet
    await a!.c.send({ to: 'tb', content: 'hey' });
    await a!.c.setTyping(conv);
    await waitFor(() => b!.typing.length === 1, 'typing');
    expect(b!.typing[0]).toMatchObject({ convId: conv, from: 'ta', typing: true });
    expect(b!.typing[0]!.ts).toBeGreaterThan(0);
    await a!.c.setTyping(conv, false);
    await waitFor(() => b!.typing.length === 2, 'stopped typing');
    expect(b!.typing[1]).toMatchObject({ convId: conv, from: 'ta', typing: false });

    const g = await c!.c.createGroup({ name: 'Typists', groupId: 'typing-1', members: ['ta', 'tb'] });
    await c!.c.setTyping(g.convId);
    for (const dev of [a!, b!]) {
      await waitFor(() => dev.typing.some((t) => t.convId === g.convId), `${dev.uid} group typing`);
      expect(dev.typing.find((t) => t.convId === g.convId)).toMatchObject({ from: 'tc', typing: true });
    }
    await refused(d!.c.setTyping(g.convId), Code.CONV_NOT_FOUND);
    await barrier(a!, c!);
    expect(c!.typing).toEqual([]);
    expect(a!.typing.map((t) => t.from)).toEqual(['tc']);
  });

  it('presence: friends only; online and offline events as sessions come and go', async () => {
    const a = await w.login('pa');
    const d = await w.login('pd');
    // pb is a friend of both pa and pd; pc is a stranger.
    for (const watcher of [a, d]) {
      await watcher.c.sendFriendRequest('pb');
      const pbTmp = await w.login('pb', 'pb-tmp', 'web');
      await pbTmp.c.respondFriendRequest(watcher.uid, true);
      pbTmp.c.close();
      await waitFor(() => watcher.contact.some((e) => e.kind === 'accepted'), 'accepted');
    }
    await refused(a.c.subscribePresence(['pc']), Code.NOT_FRIENDS);
    // Wait for pb's temporary sessions to be gone.
    await waitFor(() => w.srv.node.gate.sessionCount === 2, 'pb offline');
    expect(await a.c.subscribePresence(['pb'])).toEqual([
      expect.objectContaining({ uid: 'pb', online: false }),
    ]);
    await d.c.subscribePresence(['pb']);

    const pbPhone = await w.login('pb', 'pb-phone', 'ios');
    await waitFor(() => a.presence.length === 1, 'online event');
    expect(a.presence[0]).toMatchObject({ uid: 'pb', online: true });
    expect(a.presence[0]!.ts).toBeGreaterThan(0);
    expect(await a.c.subscribePresence(['pb'])).toEqual([
      expect.objectContaining({ uid: 'pb', online: true }),
    ]);
    // A second session is no change; closing it leaves pb online.
    const pbDesk = await w.login('pb', 'pb-desk', 'desktop');
    pbDesk.c.close();
    await waitFor(() => w.srv.node.gate.sessionCount === 3, 'pb desk gone');
    pbPhone.c.close();
    await waitFor(() => a.presence.length === 2, 'offline event');
    expect(a.presence.map((p) => [p.uid, p.online])).toEqual([
      ['pb', true],
      ['pb', false],
    ]);

    // Unsubscribed: nothing more for pa, while pd (still watching) hears of the next login.
    await a.c.unsubscribePresence(['pb']);
    const dSeen = d.presence.length;
    const pbAgain = await w.login('pb', 'pb-phone', 'ios');
    await waitFor(() => d.presence.length === dSeen + 1, 'pd hears pb online');
    await barrier(d, a);
    expect(a.presence).toHaveLength(2);

    // Unfriending ends the subscription: pd hears nothing more, while pa (watching again) does.
    expect(await a.c.subscribePresence(['pb'])).toEqual([expect.objectContaining({ online: true })]);
    await d.c.deleteFriend('pb');
    await refused(d.c.subscribePresence(['pb']), Code.NOT_FRIENDS);
    pbAgain.c.close();
    await waitFor(() => a.presence.length === 3, 'pa hears pb offline');
    expect(a.presence[2]).toMatchObject({ uid: 'pb', online: false });
    await barrier(a, d);
    expect(d.presence).toHaveLength(dSeen + 1);
  });
});
