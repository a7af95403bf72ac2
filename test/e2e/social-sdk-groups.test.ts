// Groups through the SDK against a real server (TCP, SQLite file): lifecycle, join policies, roles,
// mutes, dismissal, visibility of removed members, group send durability and order, and the switch
// between write and read diffusion with devices coming and going. Wire-level checks are in
// social-raw.test.ts; conversations and message operations in social-sdk-conversations.test.ts.
import { type ChatMessage, Code } from '@parley/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  barrier,
  clockPast,
  type Device,
  expectOrderedOnce,
  fullHistory,
  isSystem,
  refused,
  sys,
  World,
  waitFor,
} from '../helpers/social-sdk.ts';

let w: World;

beforeAll(async () => {
  w = await World.start({}, [
    ...['ga-own', 'ga-m1', 'ga-m2', 'ga-out'],
    ...['gj-own', 'gj-adm', 'gj-mem', 'gj-u1', 'gj-u2', 'gj-u3', 'gj-u4'],
    ...['gk-own', 'gk-a1', 'gk-a2', 'gk-m1', 'gk-m2', 'gk-m3'],
    ...['gm-own', 'gm-adm', 'gm-m1', 'gm-m2'],
    ...['gd-own', 'gd-m1', 'gd-out'],
    ...['gv-own', 'gv-m1', 'gv-m2', 'gv-out'],
    ...['go-a', 'go-b', 'go-c'],
  ]);
});
afterEach(() => w.closeAll());
afterAll(() => w.stop());

/** Waits for the system message `event` (about `uid`, made by `by`) of `convId` on a device. */
function systemMsg(
  dev: Device,
  convId: string,
  event: string,
  uid?: string,
  by?: string,
): Promise<ChatMessage> {
  return dev.message(
    (m) => isSystem(m, convId, event, uid) && (by === undefined || sys(m).by === by),
    `system ${event} ${uid ?? ''}`,
  );
}

/**
 * The removal notice reaches the removed member (push, timeline) but lies beyond the entry's end
 * (left_seq is the head before it), so history does not return it: what a removed member's
 * device emits is its visible history plus that notice.
 */
function withNotice(visible: ChatMessage[], notice: ChatMessage): number[] {
  const ids = visible.map((m) => m.msgId);
  return ids.includes(notice.msgId) ? ids : [...ids, notice.msgId];
}

describe('group lifecycle', () => {
  it('creates (members, chosen id, generated id), reads info, updates, pages members, lists my groups', async () => {
    const [own, m1, m2, out] = await Promise.all(
      ['ga-own', 'ga-m1', 'ga-m2', 'ga-out'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({
      name: 'Alpha',
      intro: 'first',
      members: ['ga-m1', 'ga-m2'],
      groupId: 'alpha-1',
    });
    expect(g).toMatchObject({
      groupId: 'alpha-1',
      convId: 'g:alpha-1',
      name: 'Alpha',
      intro: 'first',
      type: 'normal',
      joinPolicy: 'open',
      ownerUid: 'ga-own',
      memberCount: 3,
      mutedAll: false,
      dismissed: false,
      myRole: 'owner',
      readDiffusion: false,
    });
    expect(g.createdAt).toBeGreaterThan(0);
    for (const dev of [m1!, m2!]) {
      const created = await systemMsg(dev, g.convId, 'created');
      expect(created).toMatchObject({ from: 'ga-own', to: 'alpha-1', convType: 'group', convSeq: 1 });
      expect(created.seq).toBeGreaterThan(0); // write diffusion: in the member's timeline
      expect(sys(created)).toMatchObject({ by: 'ga-own', name: 'Alpha', uids: ['ga-m1', 'ga-m2'] });
    }

    await refused(out!.c.createGroup({ name: 'again', groupId: 'alpha-1' }), Code.GROUP_EXISTS);
    await refused(own!.c.createGroup({ name: 'x', members: ['ga-nobody'] }), Code.USER_NOT_FOUND);
    await refused(own!.c.createGroup({ name: '   ' }), Code.BAD_REQUEST);
    await refused(own!.c.createGroup({ name: 'x', groupId: 'bad id!' }), Code.BAD_REQUEST);

    const gen = await out!.c.createGroup({ name: 'Generated' });
    expect(gen.groupId).toMatch(/^g[A-Za-z0-9_-]{12}$/);
    expect(gen).toMatchObject({
      convId: `g:${gen.groupId}`,
      memberCount: 1,
      ownerUid: 'ga-out',
      myRole: 'owner',
    });
    const gen2 = await out!.c.createGroup({ name: 'Generated', type: 'large', joinPolicy: 'approval' });
    expect(gen2).toMatchObject({ type: 'large', joinPolicy: 'approval' });
    expect(gen2.groupId).not.toBe(gen.groupId);

    expect(await out!.c.groupInfo('alpha-1')).toMatchObject({ name: 'Alpha', memberCount: 3, myRole: '' });
    expect(await m1!.c.groupInfo('alpha-1')).toMatchObject({ myRole: 'member' });
    await refused(out!.c.groupInfo('no-such-group'), Code.GROUP_NOT_FOUND);

    await refused(m1!.c.updateGroup('alpha-1', { name: 'Hacked' }), Code.PERMISSION_DENIED);
    await refused(out!.c.updateGroup('alpha-1', { name: 'Hacked' }), Code.NOT_GROUP_MEMBER);
    const upd = await own!.c.updateGroup('alpha-1', { name: 'Alpha Team', intro: 'renamed' });
    expect(upd).toMatchObject({ name: 'Alpha Team', intro: 'renamed', avatar: '', joinPolicy: 'open' });
    const updated = await systemMsg(m2!, g.convId, 'updated');
    expect(sys(updated)).toMatchObject({ by: 'ga-own', name: 'Alpha Team', intro: 'renamed' });
    expect(sys(updated)).not.toHaveProperty('avatar');

    const p1 = await m1!.c.groupMembers('alpha-1', { limit: 2 });
    expect(p1.hasMore).toBe(true);
    expect(p1.members.map((m) => [m.uid, m.role])).toEqual([
      ['ga-m1', 'member'],
      ['ga-m2', 'member'],
    ]);
    expect(p1.members[0]).toMatchObject({ nickname: '', mutedUntil: 0 });
    expect(p1.members[0]!.joinedAt).toBeGreaterThan(0);
    const p2 = await m1!.c.groupMembers('alpha-1', { afterUid: 'ga-m2', limit: 2 });
    expect(p2).toEqual({
      hasMore: false,
      members: [expect.objectContaining({ uid: 'ga-own', role: 'owner' })],
    });
    await refused(out!.c.groupMembers('alpha-1'), Code.NOT_GROUP_MEMBER);

    expect((await m1!.c.myGroups()).map((x) => [x.groupId, x.myRole])).toEqual([['alpha-1', 'member']]);
    expect((await out!.c.myGroups()).map((x) => x.groupId).sort()).toEqual(
      [gen.groupId, gen2.groupId].sort(),
    );
  });

  it('join policies: open joins, approval goes through requests, invite_only refuses', async () => {
    const [own, adm, mem, u1, u2, u3] = await Promise.all(
      ['gj-own', 'gj-adm', 'gj-mem', 'gj-u1', 'gj-u2', 'gj-u3'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({ name: 'Joins', groupId: 'joins-1', members: ['gj-adm', 'gj-mem'] });
    await own!.c.setGroupRole('joins-1', 'gj-adm', 'admin');

    // OPEN: joins at once; members may invite.
    expect(await u1!.c.joinGroup('joins-1')).toEqual({ joined: true, pending: false });
    expect(sys(await systemMsg(mem!, g.convId, 'joined', 'gj-u1'))).toMatchObject({ by: 'gj-u1' });
    await refused(u1!.c.joinGroup('joins-1'), Code.ALREADY_MEMBER);
    // A member who joins later sees the group from the join on.
    expect((await fullHistory(u1!, g.convId)).map((m) => sys(m).event)).toEqual(['joined']);
    const invited = await mem!.c.inviteToGroup('joins-1', ['gj-u4']);
    expect(invited.memberCount).toBe(5);
    expect(sys(await systemMsg(adm!, g.convId, 'invited'))).toMatchObject({ by: 'gj-mem', uids: ['gj-u4'] });
    await refused(own!.c.joinGroup('no-such-group'), Code.GROUP_NOT_FOUND);

    // APPROVAL: a request each, listed for admins, approved or rejected.
    await own!.c.updateGroup('joins-1', { joinPolicy: 'approval' });
    expect(sys(await systemMsg(mem!, g.convId, 'updated'))).toMatchObject({ joinPolicy: 'approval' });
    expect(await u2!.c.joinGroup('joins-1', 'let me in')).toEqual({ joined: false, pending: true });
    expect(await u3!.c.joinGroup('joins-1', 'me too?')).toEqual({ joined: false, pending: true });
    expect(await u3!.c.joinGroup('joins-1', 'me too')).toEqual({ joined: false, pending: true });
    expect((await u2!.c.groupInfo('joins-1')).myRole).toBe('');
    await refused(u2!.c.send({ groupId: 'joins-1', content: 'early' }), Code.NOT_GROUP_MEMBER);
    await refused(mem!.c.groupJoinRequests('joins-1'), Code.PERMISSION_DENIED);
    const reqs = await adm!.c.groupJoinRequests('joins-1');
    expect(reqs.map((r) => [r.uid, r.note]).sort()).toEqual([
      ['gj-u2', 'let me in'],
      ['gj-u3', 'me too'],
    ]);
    expect(reqs.every((r) => r.ts > 0)).toBe(true);
    await refused(mem!.c.approveJoin('joins-1', 'gj-u2'), Code.PERMISSION_DENIED);
    await adm!.c.approveJoin('joins-1', 'gj-u2');
    const joined = await systemMsg(u2!, g.convId, 'joined', 'gj-u2');
    expect(sys(joined)).toMatchObject({ by: 'gj-adm', approvedBy: 'gj-adm', uids: ['gj-u2'] });
    expect((await u2!.c.groupInfo('joins-1')).myRole).toBe('member');
    await adm!.c.approveJoin('joins-1', 'gj-u3', false);
    expect((await u3!.c.groupInfo('joins-1')).myRole).toBe('');
    await refused(adm!.c.approveJoin('joins-1', 'gj-u3'), Code.REQUEST_NOT_FOUND);
    expect(await adm!.c.groupJoinRequests('joins-1')).toEqual([]);

    // INVITE_ONLY: no joining, only admins invite; existing members are skipped.
    await own!.c.updateGroup('joins-1', { joinPolicy: 'invite_only' });
    await refused(u3!.c.joinGroup('joins-1'), Code.PERMISSION_DENIED);
    await refused(mem!.c.inviteToGroup('joins-1', ['gj-u3']), Code.PERMISSION_DENIED);
    await refused(adm!.c.inviteToGroup('joins-1', ['gj-nobody']), Code.USER_NOT_FOUND);
    const after = await adm!.c.inviteToGroup('joins-1', ['gj-u3', 'gj-mem']);
    expect(after).toMatchObject({ memberCount: 7, joinPolicy: 'invite_only', myRole: 'admin' });
    const inv = await systemMsg(u3!, g.convId, 'invited', 'gj-u3');
    expect(sys(inv)).toMatchObject({ by: 'gj-adm', uids: ['gj-u3'] });
  });

  it('roles: kick (admin vs admin/owner refused), leave (owner refused until transfer), transfer, set role', async () => {
    const [own, a1, a2, m1, m2, m3] = await Promise.all(
      ['gk-own', 'gk-a1', 'gk-a2', 'gk-m1', 'gk-m2', 'gk-m3'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({
      name: 'Roles',
      groupId: 'roles-1',
      members: ['gk-a1', 'gk-a2', 'gk-m1', 'gk-m2', 'gk-m3'],
    });
    await own!.c.setGroupRole('roles-1', 'gk-a1', 'admin');
    await own!.c.setGroupRole('roles-1', 'gk-a2', 'admin');
    expect(sys(await systemMsg(m1!, g.convId, 'role_changed', 'gk-a2'))).toMatchObject({
      by: 'gk-own',
      role: 'admin',
    });
    await refused(a1!.c.setGroupRole('roles-1', 'gk-m1', 'admin'), Code.PERMISSION_DENIED);
    await refused(own!.c.setGroupRole('roles-1', 'gk-own', 'member'), Code.BAD_REQUEST);

    await refused(m1!.c.kickFromGroup('roles-1', ['gk-m2']), Code.PERMISSION_DENIED);
    await refused(a1!.c.kickFromGroup('roles-1', ['gk-a2']), Code.PERMISSION_DENIED);
    await refused(a1!.c.kickFromGroup('roles-1', ['gk-own']), Code.PERMISSION_DENIED);
    expect((await a1!.c.kickFromGroup('roles-1', ['gk-m1'])).memberCount).toBe(5);
    for (const dev of [m1!, m2!]) {
      expect(sys(await systemMsg(dev, g.convId, 'removed', 'gk-m1'))).toMatchObject({ by: 'gk-a1' });
    }
    expect((await m1!.c.groupInfo('roles-1')).myRole).toBe('');
    await refused(m1!.c.send({ groupId: 'roles-1', content: 'still here?' }), Code.NOT_GROUP_MEMBER);
    expect((await own!.c.kickFromGroup('roles-1', ['gk-a2'])).memberCount).toBe(4); // the owner kicks admins
    expect(sys(await systemMsg(a2!, g.convId, 'removed', 'gk-a2'))).toMatchObject({ by: 'gk-own' });

    await refused(own!.c.leaveGroup('roles-1'), Code.PERMISSION_DENIED);
    await m2!.c.leaveGroup('roles-1');
    expect(sys(await systemMsg(own!, g.convId, 'left', 'gk-m2'))).toMatchObject({ by: 'gk-m2' });
    await refused(m2!.c.leaveGroup('roles-1'), Code.NOT_GROUP_MEMBER);
    // Rejoining starts afresh: the earlier history stays hidden.
    await m3!.c.send({ groupId: 'roles-1', content: 'while m2 is away' });
    expect(await m2!.c.joinGroup('roles-1')).toEqual({ joined: true, pending: false });
    const back = await m2!.c.send({ groupId: 'roles-1', content: 'm2 is back' });
    expect((await fullHistory(m2!, g.convId)).map((m) => m.msgId)).toEqual([
      (await fullHistory(m3!, g.convId)).find((m) => isSystem(m, g.convId, 'joined', 'gk-m2'))!.msgId,
      back.msgId,
    ]);
    expect((await m2!.c.conversations()).conversations.find((c) => c.convId === g.convId)!.unread).toBe(0);
    await m2!.c.leaveGroup('roles-1');

    await refused(a1!.c.transferGroup('roles-1', 'gk-m3'), Code.PERMISSION_DENIED);
    await refused(own!.c.transferGroup('roles-1', 'gk-m1'), Code.NOT_GROUP_MEMBER);
    const t = await own!.c.transferGroup('roles-1', 'gk-m3');
    expect(t).toMatchObject({ ownerUid: 'gk-m3', myRole: 'admin' });
    expect(sys(await systemMsg(a1!, g.convId, 'owner_changed', 'gk-m3'))).toMatchObject({ by: 'gk-own' });
    expect((await m3!.c.groupInfo('roles-1')).myRole).toBe('owner');
    await own!.c.leaveGroup('roles-1'); // no longer the owner
    await systemMsg(m3!, g.convId, 'left', 'gk-own');
    await m3!.c.setGroupRole('roles-1', 'gk-a1', 'member');
    expect(sys(await systemMsg(a1!, g.convId, 'role_changed', 'gk-a1', 'gk-m3'))).toMatchObject({
      role: 'member',
    });
    const members = await m3!.c.groupMembers('roles-1');
    expect(members.members.map((m) => [m.uid, m.role])).toEqual([
      ['gk-a1', 'member'],
      ['gk-m3', 'owner'],
    ]);
  });

  it('mutes a member (MUTED; admins still speak), the whole group, and sets nicknames', async () => {
    const [own, adm, m1, m2] = await Promise.all(
      ['gm-own', 'gm-adm', 'gm-m1', 'gm-m2'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({
      name: 'Mutes',
      groupId: 'mute-1',
      members: ['gm-adm', 'gm-m1', 'gm-m2'],
    });
    await own!.c.setGroupRole('mute-1', 'gm-adm', 'admin');
    const until = Date.now() + 60_000;
    await adm!.c.muteMember('mute-1', 'gm-m1', until);
    expect(sys(await systemMsg(m2!, g.convId, 'muted', 'gm-m1'))).toMatchObject({ by: 'gm-adm', until });
    const listed = await m2!.c.groupMembers('mute-1');
    expect(listed.members.find((m) => m.uid === 'gm-m1')!.mutedUntil).toBe(until);
    await refused(m1!.c.send({ groupId: 'mute-1', content: 'muted words' }), Code.MUTED);
    await m2!.c.send({ groupId: 'mute-1', content: 'm2 speaks' });
    await adm!.c.send({ groupId: 'mute-1', content: 'admin speaks' });
    await refused(adm!.c.muteMember('mute-1', 'gm-own', until), Code.PERMISSION_DENIED);
    await refused(m2!.c.muteMember('mute-1', 'gm-m1', 0), Code.PERMISSION_DENIED);
    await refused(adm!.c.muteMember('mute-1', 'gm-out', until), Code.NOT_GROUP_MEMBER);
    await adm!.c.muteMember('mute-1', 'gm-m1', 0);
    expect(sys(await systemMsg(m2!, g.convId, 'unmuted', 'gm-m1'))).toMatchObject({ until: 0 });
    await m1!.c.send({ groupId: 'mute-1', content: 'm1 speaks again' });

    await own!.c.muteGroup('mute-1', true);
    await systemMsg(m1!, g.convId, 'muted_all');
    expect((await m1!.c.groupInfo('mute-1')).mutedAll).toBe(true);
    await refused(m2!.c.send({ groupId: 'mute-1', content: 'quiet please' }), Code.MUTED);
    await adm!.c.send({ groupId: 'mute-1', content: 'admin during mute-all' });
    await own!.c.send({ groupId: 'mute-1', content: 'owner during mute-all' });
    await own!.c.muteGroup('mute-1', false);
    await systemMsg(m2!, g.convId, 'unmuted_all');
    await m2!.c.send({ groupId: 'mute-1', content: 'free again' });

    await m2!.c.setGroupNickname('mute-1', '小二');
    expect(sys(await systemMsg(m1!, g.convId, 'nickname_changed', 'gm-m2'))).toMatchObject({
      by: 'gm-m2',
      nickname: '小二',
    });
    const after = await m1!.c.groupMembers('mute-1');
    expect(after.members.find((m) => m.uid === 'gm-m2')!.nickname).toBe('小二');

    // What was refused was never delivered: the full history has the accepted texts only.
    await m1!.message((m) => m.content === 'free again', 'last text');
    const texts = (await fullHistory(m1!, g.convId)).filter((m) => m.type === 'text').map((m) => m.content);
    expect(texts).toEqual([
      'm2 speaks',
      'admin speaks',
      'm1 speaks again',
      'admin during mute-all',
      'owner during mute-all',
      'free again',
    ]);
  });

  it('dismiss: only the owner; afterwards every send and change is GROUP_DISMISSED', async () => {
    const [own, m1, out] = await Promise.all(['gd-own', 'gd-m1', 'gd-out'].map((u) => w.login(u)));
    const g = await own!.c.createGroup({ name: 'Doomed', groupId: 'dismiss-1', members: ['gd-m1'] });
    await refused(m1!.c.dismissGroup('dismiss-1'), Code.PERMISSION_DENIED);
    await own!.c.dismissGroup('dismiss-1');
    expect(sys(await systemMsg(m1!, g.convId, 'dismissed'))).toMatchObject({ by: 'gd-own' });
    expect(await m1!.c.groupInfo('dismiss-1')).toMatchObject({ dismissed: true });
    await refused(m1!.c.send({ groupId: 'dismiss-1', content: 'hello?' }), Code.GROUP_DISMISSED);
    await refused(own!.c.send({ groupId: 'dismiss-1', content: 'hello?' }), Code.GROUP_DISMISSED);
    await refused(out!.c.joinGroup('dismiss-1'), Code.GROUP_DISMISSED);
    await refused(own!.c.inviteToGroup('dismiss-1', ['gd-out']), Code.GROUP_DISMISSED);
    await refused(own!.c.updateGroup('dismiss-1', { name: 'Back' }), Code.GROUP_DISMISSED);
    await refused(own!.c.dismissGroup('dismiss-1'), Code.GROUP_DISMISSED);
    // The record stays readable.
    const h = await fullHistory(m1!, g.convId);
    expect(h.map((m) => sys(m).event)).toEqual(['created', 'dismissed']);
  });
});

describe('group visibility and delivery', () => {
  it('only members send and read; a removed member stops receiving at once and reads nothing newer', async () => {
    const own = await w.login('gv-own');
    const m1Phone = await w.login('gv-m1', 'gv-m1-phone', 'ios');
    const m1Desk = await w.login('gv-m1', 'gv-m1-desk', 'desktop');
    const m2 = await w.login('gv-m2');
    const out = await w.login('gv-out');
    const g = await own.c.createGroup({ name: 'Vis', groupId: 'vis-1', members: ['gv-m1', 'gv-m2'] });
    const before = await own.c.send({ groupId: 'vis-1', content: 'before removal' });
    expect(before).toMatchObject({ convId: g.convId, convSeq: 2 });
    for (const d of [m1Phone, m1Desk]) await d.message((m) => m.msgId === before.msgId, 'before');

    await refused(out.c.send({ groupId: 'vis-1', content: 'let me in' }), Code.NOT_GROUP_MEMBER);
    await refused(out.c.history(g.convId), Code.CONV_NOT_FOUND);
    await refused(out.c.syncConversation(g.convId), Code.CONV_NOT_FOUND);
    await refused(out.c.setTyping(g.convId), Code.CONV_NOT_FOUND);
    await refused(out.c.readStatus(before.msgId), Code.MESSAGE_NOT_FOUND);
    expect(out.inConv(g.convId)).toEqual([]);

    await own.c.kickFromGroup('vis-1', ['gv-m1']);
    const removed = await systemMsg(m1Phone, g.convId, 'removed', 'gv-m1');
    await systemMsg(m1Desk, g.convId, 'removed', 'gv-m1');
    const side = await m2.c.send({ to: 'gv-m1', content: 'side chat' });
    await clockPast(side.ts);
    const secret = await own.c.send({ groupId: 'vis-1', content: 'after removal' });
    await m2.message((m) => m.msgId === secret.msgId, 'secret at m2');
    await barrier(own, m1Phone);
    await barrier(own, m1Desk);
    for (const d of [m1Phone, m1Desk]) {
      expect(d.inConv(g.convId).map((m) => m.convSeq)).toEqual([1, 2, removed.convSeq]);
    }

    const h = await fullHistory(m1Phone, g.convId);
    expect(h.slice(0, 2).map((m) => m.msgId)).toEqual([h[0]!.msgId, before.msgId]);
    expect(withNotice(h, removed)).toEqual([h[0]!.msgId, before.msgId, removed.msgId]);
    const seen = m1Desk.inConv(g.convId).length;
    await m1Desk.c.syncConversation(g.convId);
    expect(m1Desk.inConv(g.convId)).toHaveLength(seen);
    const page = await m1Phone.c.history(g.convId, { beforeSeq: secret.convSeq + 1 });
    expect(page.messages.map((m) => m.msgId)).toEqual(h.map((m) => m.msgId).reverse());
    expect((await m1Phone.c.search('after removal')).messages).toEqual([]);
    await refused(m1Phone.c.readStatus(secret.msgId), Code.MESSAGE_NOT_FOUND);
    await refused(
      m1Phone.c.send({ to: 'gv-m2', content: '', refMsgId: secret.msgId, refKind: 'forward' }),
      Code.MESSAGE_NOT_FOUND,
    );
    await refused(m1Phone.c.send({ groupId: 'vis-1', content: 'hello?' }), Code.NOT_GROUP_MEMBER);
    await refused(m1Phone.c.setTyping(g.convId), Code.NOT_GROUP_MEMBER);
    const entry = (await m1Phone.c.conversations()).conversations.find((c) => c.convId === g.convId)!;
    expect(entry.maxSeq).toBe(h[h.length - 1]!.convSeq);
    expect(entry.unread).toBe(h.length);
    expect(entry.lastMessage?.msgId).toBe(h[h.length - 1]!.msgId);
    // Nothing of the group's later activity shows, not even its time.
    expect(entry.lastTs).toBe(entry.lastMessage!.ts);
    expect((await m1Phone.c.conversations()).conversations.map((c) => c.peer)).toEqual([
      'gv-own',
      'gv-m2',
      'vis-1',
    ]);
  });

  it('group send: the ack means stored; every device sees the same convSeq order', async () => {
    const aPhone = await w.login('go-a', 'go-a-phone', 'ios');
    const aDesk = await w.login('go-a', 'go-a-desk', 'desktop');
    const bPhone = await w.login('go-b', 'go-b-phone', 'android');
    const bWeb = await w.login('go-b', 'go-b-web', 'web');
    const c = await w.login('go-c');
    const g = await aPhone.c.createGroup({ name: 'Order', groupId: 'order-1', members: ['go-b', 'go-c'] });
    const senders = [aPhone, aDesk, bPhone, bWeb, c];
    const N = 8;
    const checks: Promise<void>[] = [];
    const acks = await Promise.all(
      senders.flatMap((d) =>
        Array.from({ length: N }, (_, i) =>
          d.c.send({ groupId: 'order-1', content: `${d.deviceId} #${i}` }).then((ack) => {
            // Readable by another user the moment the ack is in.
            checks.push(
              c.c.history(g.convId, { beforeSeq: ack.convSeq + 1, limit: 1 }).then((h) => {
                expect(h.messages[0]?.msgId).toBe(ack.msgId);
              }),
            );
            return ack;
          }),
        ),
      ),
    );
    await Promise.all(checks);
    expect(acks.every((a) => a.convId === g.convId && a.seq > 0 && !a.duplicate)).toBe(true);
    expect(acks.map((a) => a.convSeq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: senders.length * N }, (_, i) => i + 2),
    );
    const truth = await fullHistory(c, g.convId);
    expect(truth).toHaveLength(1 + senders.length * N);
    for (const d of senders) {
      await d.c.sync();
      await waitFor(() => d.inConv(g.convId).length >= truth.length, `${d.deviceId} has all`);
      expectOrderedOnce(d.inConv(g.convId), d.deviceId);
      expect(d.inConv(g.convId).map((m) => m.msgId)).toEqual(truth.map((m) => m.msgId));
      expect(d.errors).toEqual([]);
    }
    // Each sender's own messages in the order it sent them.
    for (const d of senders) {
      const mine = truth.filter((m) => m.content.startsWith(`${d.deviceId} #`)).map((m) => m.content);
      expect(mine).toEqual(Array.from({ length: N }, (_, i) => `${d.deviceId} #${i}`));
    }
  });
});

describe('large groups: write diffusion ⇄ read diffusion', () => {
  let big: World;
  beforeAll(async () => {
    big = await World.start({ 'group.writeDiffusionMax': 3, 'group.maxMembers': 5 }, [
      'lo',
      'la',
      'lb',
      'lc',
      'ld',
      'le',
    ]);
  });
  afterAll(() => big.stop());

  it('crossing the threshold both ways loses, repeats and reorders nothing on any device', async () => {
    const loPhone = await big.login('lo', 'lo-phone', 'ios');
    const loDesk = await big.login('lo', 'lo-desk', 'desktop');
    const laPhone = await big.login('la', 'la-phone', 'ios');
    const laDesk = await big.login('la', 'la-desk', 'desktop');
    const lbPhone = await big.login('lb', 'lb-phone', 'android');
    const lbDesk = await big.login('lb', 'lb-desk', 'desktop');
    const lc = await big.login('lc');
    const ld = await big.login('ld');
    const g = await loPhone.c.createGroup({ name: 'Big', groupId: 'big-1', members: ['la', 'lb'] });
    expect(g.readDiffusion).toBe(false);
    const conv = g.convId;
    const burst = (devs: Device[], tag: string, n = 3) =>
      Promise.all(
        devs.flatMap((d) =>
          Array.from({ length: n }, (_, i) =>
            d.c.send({ groupId: 'big-1', content: `${tag} ${d.deviceId} ${i}` }),
          ),
        ),
      );

    // Phase 1: 3 members, write diffusion.
    const p1 = await burst([loPhone, laPhone, lbPhone], 'p1');
    expect(p1.every((a) => a.seq > 0)).toBe(true);
    await laDesk.message((m) => m.msgId === p1[p1.length - 1]!.msgId, 'la-desk p1');
    await lbDesk.message((m) => m.msgId === p1[p1.length - 1]!.msgId, 'lb-desk p1');
    // Two devices go offline before the switch.
    await laDesk.c.logout();
    await lbDesk.c.logout();

    // Grow past the threshold: 5 members, read diffusion.
    const grown = await loPhone.c.inviteToGroup('big-1', ['lc', 'ld']);
    expect(grown).toMatchObject({ memberCount: 5, readDiffusion: true });
    await refused(loPhone.c.inviteToGroup('big-1', ['le']), Code.GROUP_FULL);
    const p2a = await burst([loPhone, loDesk, laPhone, lbPhone, lc, ld], 'p2a', 2);
    expect(p2a.every((a) => a.seq === 0 && a.convSeq > 0)).toBe(true);
    // Recall (by the owner) and edit in read diffusion, while la-desk, which saw the message, is away.
    const laOld = p1[3]!; // la-phone's first
    const laNew = p2a[4]!; // la-phone's first in read diffusion
    await loPhone.c.recall(laOld.msgId);
    await laPhone.c.edit(laNew.msgId, 'edited in read diffusion');
    // A forward without content in read diffusion: the sender's client fetches its own copy.
    const fwd = await loPhone.c.send({
      groupId: 'big-1',
      content: '',
      refMsgId: p1[0]!.msgId,
      refKind: 'forward',
    });
    expect(fwd.seq).toBe(0);
    const copy = await loPhone.message((m) => m.msgId === fwd.msgId, 'own forward');
    expect(copy).toMatchObject({ content: 'p1 lo-phone 0', refKind: 'forward', refMsgId: p1[0]!.msgId });
    // lb-desk comes back in the middle of read diffusion, while messages keep coming.
    const [p2b] = await Promise.all([burst([loPhone, laPhone, lc, ld], 'p2b', 2), big.relogin(lbDesk)]);
    const rd = (await lbDesk.c.conversations()).conversations.find((c) => c.convId === conv)!;
    expect(rd.readDiffusion).toBe(true);

    // Shrink back: 3 members, write diffusion again.
    const shrunk = await loPhone.c.kickFromGroup('big-1', ['lc', 'ld']);
    expect(shrunk).toMatchObject({ memberCount: 3, readDiffusion: false });
    const p3 = await burst([loDesk, laPhone, lbPhone, lbDesk], 'p3');
    expect(p3.every((a) => a.seq > 0)).toBe(true);
    // la-desk comes back after both switches; a device never seen before logs in too.
    await big.relogin(laDesk);
    const loWeb = await big.login('lo', 'lo-web', 'web');

    const truth = await fullHistory(loPhone, conv);
    const allAcks = [...p1, ...p2a, fwd, ...p2b!, ...p3];
    expect(truth.map((m) => m.convSeq)).toEqual(truth.map((_, i) => i + 1));
    for (const a of allAcks) expect(truth[a.convSeq - 1]!.msgId).toBe(a.msgId);
    const full = [loPhone, loDesk, loWeb, laPhone, laDesk, lbPhone, lbDesk];
    for (const d of full) {
      await d.c.sync();
      await waitFor(() => d.inConv(conv).length >= truth.length, `${d.deviceId}: all ${truth.length}`, 8000);
      expectOrderedOnce(d.inConv(conv), d.deviceId);
      expect(
        d.inConv(conv).map((m) => m.msgId),
        d.deviceId,
      ).toEqual(truth.map((m) => m.msgId));
      expect(d.c.lastConvSeq(conv)).toBe(truth.length);
      expect(d.errors, d.deviceId).toEqual([]);
      if (d !== loPhone)
        expect(d.recalled, d.deviceId).toEqual([{ convId: conv, msgId: laOld.msgId, by: 'lo' }]);
      if (d !== laPhone) {
        expect(
          d.edited.map((e) => [e.msgId, e.content]),
          d.deviceId,
        ).toEqual([[laNew.msgId, 'edited in read diffusion']]);
      }
    }
    expect(truth.find((m) => m.msgId === laOld.msgId)).toMatchObject({ recalled: true, content: '' });
    expect(truth.find((m) => m.msgId === laNew.msgId)!.content).toBe('edited in read diffusion');
    // Both of la's devices list the group alike.
    const [lp, ldk] = await Promise.all([laPhone.c.conversations(), laDesk.c.conversations()]);
    expect(ldk.conversations).toEqual(lp.conversations);
    expect(ldk.totalUnread).toBe(lp.totalUnread);
    expect(lp.conversations[0]).toMatchObject({ convId: conv, maxSeq: truth.length, readDiffusion: false });
    expect(lp.totalUnread).toBe(
      truth.filter((m) => m.from !== 'la' && m.type !== 'recall' && m.type !== 'edit').length,
    );

    // The members who came and went: exactly their visible range, once, in order.
    const removed = truth.find((m) => isSystem(m, conv, 'removed'))!;
    const invitedAt = truth.find((m) => isSystem(m, conv, 'invited'))!.convSeq;
    for (const d of [lc, ld]) {
      await barrier(loPhone, d);
      const visible = await fullHistory(d, conv);
      expect(visible[0]!.convSeq).toBe(invitedAt);
      expect(visible.every((m) => m.convSeq < removed.convSeq || m.msgId === removed.msgId)).toBe(true);
      expect(visible[visible.length - 1]!.convSeq).toBeGreaterThanOrEqual(removed.convSeq - 1);
      expectOrderedOnce(d.inConv(conv), d.uid);
      expect(
        d.inConv(conv).map((m) => m.msgId),
        d.uid,
      ).toEqual(withNotice(visible, removed));
      expect(d.errors, d.uid).toEqual([]);
    }
  }, 20_000);
});
