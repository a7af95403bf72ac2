import {
  Code,
  Commands,
  ContactEventKind,
  ConvType,
  encodePush,
  FriendRequestStatus,
  GroupRole,
  GroupType,
  JoinPolicy,
  MsgType,
  RefKind,
} from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { NotConnectedError } from '../src/errors.ts';
import { type FakeConn, Refusal } from './helpers/fake-server.ts';
import { memoryTo } from './helpers/listen.ts';
import { Clients, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { collect, nextEvent, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

const wireGroup = {
  groupId: 'team',
  name: 'Team',
  avatar: 'a.png',
  intro: 'hi',
  type: GroupType.LARGE,
  joinPolicy: JoinPolicy.APPROVAL,
  ownerUid: 'alice',
  memberCount: 3,
  mutedAll: false,
  dismissed: false,
  createdAt: 1_700_000_000_000,
  myRole: GroupRole.OWNER,
  readDiffusion: true,
  convId: 'g:team',
};

const friendlyGroup = {
  groupId: 'team',
  convId: 'g:team',
  name: 'Team',
  avatar: 'a.png',
  intro: 'hi',
  type: 'large',
  joinPolicy: 'approval',
  ownerUid: 'alice',
  memberCount: 3,
  mutedAll: false,
  dismissed: false,
  createdAt: 1_700_000_000_000,
  myRole: 'owner',
  readDiffusion: true,
};

async function alice() {
  const server = fakeWithUsers('alice', 'bob', 'carol');
  const { client } = await loggedIn(clients, server, 'alice');
  await client.sync();
  return { server, client, conn: server.conns[0] as FakeConn };
}

describe('groups API', () => {
  it('creates a group: names become wire enums, the answer a friendly GroupInfo', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.groupCreate, () => ({ group: wireGroup }));
    const info = await client.createGroup({
      name: 'Team',
      avatar: 'a.png',
      intro: 'hi',
      type: 'large',
      joinPolicy: 'approval',
      members: ['bob', 'carol'],
    });
    expect(info).toEqual(friendlyGroup);
    expect(conn.requests(Commands.groupCreate)[0]).toMatchObject({
      name: 'Team',
      avatar: 'a.png',
      intro: 'hi',
      type: GroupType.LARGE,
      joinPolicy: JoinPolicy.APPROVAL,
      memberUids: ['bob', 'carol'],
      groupId: '',
    });
  });

  it('updates only the fields given, and refuses an unknown join policy locally', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.groupUpdate, (req) => ({ group: { ...wireGroup, name: req.name ?? '' } }));
    await expect(client.updateGroup('team', { name: 'Renamed' })).resolves.toMatchObject({ name: 'Renamed' });
    const req = conn.requests(Commands.groupUpdate)[0];
    expect(req).toMatchObject({ groupId: 'team', name: 'Renamed' });
    expect(req?.avatar ?? undefined).toBeUndefined();
    expect(req?.joinPolicy ?? undefined).toBeUndefined();
    await client.updateGroup('team', { joinPolicy: 'invite_only', intro: '' });
    expect(conn.requests(Commands.groupUpdate)[1]).toMatchObject({
      joinPolicy: JoinPolicy.INVITE_ONLY,
      intro: '',
    });
    await expect(client.updateGroup('team', { joinPolicy: 'secret' as 'open' })).rejects.toMatchObject({
      code: Code.BAD_REQUEST,
      field: 'join_policy',
    });
    expect(conn.requests(Commands.groupUpdate)).toHaveLength(2);
  });

  it('lists members, join requests and my groups in friendly form', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.groupMembers, () => ({
      members: [
        { uid: 'alice', role: GroupRole.OWNER, nickname: 'A', mutedUntil: 0, joinedAt: 5 },
        { uid: 'bob', role: GroupRole.MEMBER, mutedUntil: 99 },
      ],
      hasMore: true,
    }));
    server.respond(Commands.groupJoinRequests, () => ({ requests: [{ uid: 'carol', note: 'me?', ts: 3 }] }));
    server.respond(Commands.groupMine, () => ({ groups: [wireGroup] }));
    expect(await client.groupMembers('team', { afterUid: 'a', limit: 2 })).toEqual({
      members: [
        { uid: 'alice', role: 'owner', nickname: 'A', mutedUntil: 0, joinedAt: 5 },
        { uid: 'bob', role: 'member', nickname: '', mutedUntil: 99, joinedAt: 0 },
      ],
      hasMore: true,
    });
    expect(conn.requests(Commands.groupMembers)[0]).toMatchObject({
      groupId: 'team',
      afterUid: 'a',
      limit: 2,
    });
    expect(await client.groupJoinRequests('team')).toEqual([{ uid: 'carol', note: 'me?', ts: 3 }]);
    expect(await client.myGroups()).toEqual([friendlyGroup]);
  });

  it('sends the membership and moderation commands with their bodies', async () => {
    const { server, client, conn } = await alice();
    for (const cmd of [
      Commands.groupInvite,
      Commands.groupKick,
      Commands.groupTransfer,
      Commands.groupInfo,
    ]) {
      server.respond(cmd, () => ({ group: wireGroup }));
    }
    for (const cmd of [
      Commands.groupApprove,
      Commands.groupLeave,
      Commands.groupDismiss,
      Commands.groupSetRole,
      Commands.groupMute,
      Commands.groupSetNickname,
    ]) {
      server.respond(cmd as typeof Commands.groupLeave, () => ({}));
    }
    server.respond(Commands.groupJoin, () => ({ joined: false, pending: true }));
    expect(await client.joinGroup('team', 'let me in')).toEqual({ joined: false, pending: true });
    expect((await client.groupInfo('team')).groupId).toBe('team');
    expect((await client.inviteToGroup('team', ['bob'])).memberCount).toBe(3);
    await client.kickFromGroup('team', ['carol']);
    await client.transferGroup('team', 'bob');
    await client.approveJoin('team', 'carol', false);
    await client.setGroupRole('team', 'bob', 'admin');
    await client.muteMember('team', 'bob', 1_800_000_000_000);
    await client.muteGroup('team', true);
    await client.muteGroup('team', false);
    await client.setGroupNickname('team', 'boss');
    await client.leaveGroup('team');
    await client.dismissGroup('team');
    expect(conn.requests(Commands.groupJoin)[0]).toMatchObject({ groupId: 'team', note: 'let me in' });
    expect(conn.requests(Commands.groupInvite)[0]).toMatchObject({ groupId: 'team', uids: ['bob'] });
    expect(conn.requests(Commands.groupKick)[0]).toMatchObject({ uids: ['carol'] });
    expect(conn.requests(Commands.groupTransfer)[0]).toMatchObject({ groupId: 'team', uid: 'bob' });
    expect(conn.requests(Commands.groupApprove)[0]).toMatchObject({ uid: 'carol', accept: false });
    expect(conn.requests(Commands.groupSetRole)[0]).toMatchObject({ uid: 'bob', role: GroupRole.ADMIN });
    const mutes = conn.requests(Commands.groupMute);
    expect(mutes[0]).toMatchObject({ uid: 'bob', untilMs: 1_800_000_000_000 });
    expect(mutes[1]?.uid).toBe('');
    expect(mutes[1]?.untilMs).not.toBe(0);
    expect(mutes[2]).toMatchObject({ uid: '', untilMs: 0 });
    expect(conn.requests(Commands.groupSetNickname)[0]).toMatchObject({ nickname: 'boss' });
    expect(conn.requests(Commands.groupLeave)[0]).toMatchObject({ groupId: 'team' });
    expect(conn.requests(Commands.groupDismiss)[0]).toMatchObject({ groupId: 'team' });
  });

  it('passes a server refusal through with its code and field', async () => {
    const { server, client } = await alice();
    server.respond(Commands.groupJoin, () => {
      throw new Refusal(Code.PERMISSION_DENIED, 'invite only', 'group_id');
    });
    await expect(client.joinGroup('vip')).rejects.toMatchObject({
      code: Code.PERMISSION_DENIED,
      message: 'invite only',
      field: 'group_id',
    });
  });
});

describe('conversations and messages API', () => {
  it('lists conversations with their last message, and changes one', async () => {
    const { server, client, conn } = await alice();
    const conversation = {
      convId: 'c:alice|bob',
      convType: ConvType.C2C,
      peer: 'bob',
      lastMessage: { msgId: 9, fromUid: 'bob', convType: ConvType.C2C, to: 'alice', type: 1, content: 'yo' },
      maxSeq: 4,
      readSeq: 2,
      unread: 2,
      pinned: true,
      version: 77,
      lastTs: 123,
      peerReadSeq: 4,
    };
    server.respond(Commands.convList, () => ({ conversations: [conversation], version: 80, totalUnread: 2 }));
    const list = await client.conversations({ sinceVersion: 50, includeHidden: true });
    expect(conn.requests(Commands.convList).at(-1)).toMatchObject({ sinceVersion: 50, includeHidden: true });
    expect(list.version).toBe(80);
    expect(list.totalUnread).toBe(2);
    expect(list.conversations[0]).toEqual({
      convId: 'c:alice|bob',
      convType: 'c2c',
      peer: 'bob',
      lastMessage: expect.objectContaining({ msgId: 9, from: 'bob', content: 'yo', type: 'text' }),
      maxSeq: 4,
      readSeq: 2,
      unread: 2,
      pinned: true,
      muted: false,
      hidden: false,
      draft: '',
      version: 77,
      lastTs: 123,
      startSeq: 0,
      peerReadSeq: 4,
      readDiffusion: false,
    });

    const changed = (patch: object) => ({ conversation: { ...conversation, ...patch }, totalUnread: 0 });
    server.respond(Commands.convMarkRead, (req) => changed({ readSeq: req.seq || 4, unread: 0 }));
    server.respond(Commands.convUpdate, (req) => changed({ muted: req.muted ?? false }));
    server.respond(Commands.convClear, () => changed({ startSeq: 4 }));
    server.respond(Commands.convUnread, () => ({ totalUnread: 12 }));
    await expect(client.markRead('c:alice|bob')).resolves.toMatchObject({
      conversation: { readSeq: 4, unread: 0 },
      totalUnread: 0,
    });
    await client.markRead('c:alice|bob', 3);
    expect(conn.requests(Commands.convMarkRead).map((r) => r.seq)).toEqual([0, 3]);
    await expect(client.updateConversation('c:alice|bob', { muted: true })).resolves.toMatchObject({
      conversation: { muted: true },
    });
    const update = conn.requests(Commands.convUpdate)[0];
    expect(update?.muted).toBe(true);
    expect(update?.pinned ?? undefined).toBeUndefined();
    expect(update?.draft ?? undefined).toBeUndefined();
    await expect(client.clearConversation('c:alice|bob')).resolves.toMatchObject({
      conversation: { startSeq: 4 },
    });
    await expect(client.unreadTotal()).resolves.toBe(12);
  });

  it('pages history and search, and converts their messages', async () => {
    const { server, client, conn } = await alice();
    const wireMsg = {
      msgId: 5,
      fromUid: 'bob',
      convType: ConvType.GROUP,
      to: 'team',
      type: MsgType.TEXT,
      content: 'old',
      convId: 'g:team',
      convSeq: 3,
      refMsgId: 2,
      refKind: RefKind.FORWARD,
      editedAt: 44,
    };
    server.respond(Commands.history, () => ({
      messages: [wireMsg, { ...wireMsg, msgId: 4, convSeq: 2, recalled: true, content: '' }],
      hasMore: true,
    }));
    server.respond(Commands.search, () => ({ messages: [{ ...wireMsg, deleted: false }], hasMore: false }));
    const page = await client.history('g:team', { beforeSeq: 4, limit: 2 });
    expect(page.hasMore).toBe(true);
    expect(page.messages.map((m) => [m.convSeq, m.recalled, m.refKind, m.editedAt])).toEqual([
      [3, false, 'forward', 44],
      [2, true, 'forward', 44],
    ]);
    expect(conn.requests(Commands.history)[0]).toMatchObject({
      convId: 'g:team',
      beforeSeq: 4,
      beforeMsgId: 0,
      limit: 2,
    });
    await client.history('g:team', { beforeMsgId: 4 });
    expect(conn.requests(Commands.history)[1]).toMatchObject({ beforeSeq: 0, beforeMsgId: 4, limit: 0 });
    const found = await client.search('old', { convId: 'g:team', beforeMsgId: 10, limit: 5 });
    expect(found.messages[0]).toMatchObject({ msgId: 5, content: 'old', convType: 'group' });
    expect(conn.requests(Commands.search)[0]).toMatchObject({
      query: 'old',
      convId: 'g:team',
      beforeMsgId: 10,
      limit: 5,
    });
  });

  it('recalls, edits, deletes, asks read status and sends typing', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.recall, () => ({ noticeMsgId: 100, convSeq: 8, ts: 1 }));
    server.respond(Commands.edit, () => ({ noticeMsgId: 101, convSeq: 9, ts: 2 }));
    server.respond(Commands.deleteForMe, () => ({}));
    server.respond(Commands.typing, () => ({}));
    server.respond(Commands.readStatus, (req) => ({
      readCount: 1,
      unreadCount: 1,
      readUids: req.withUids ? ['bob'] : [],
      unreadUids: req.withUids ? ['carol'] : [],
    }));
    expect(await client.recall(7)).toEqual({ noticeMsgId: 100, convSeq: 8, ts: 1 });
    expect(await client.edit(7, 'better')).toEqual({ noticeMsgId: 101, convSeq: 9, ts: 2 });
    await client.deleteForMe([7, 6]);
    await client.setTyping('c:alice|bob');
    await client.setTyping('c:alice|bob', false);
    expect(await client.readStatus(7, true)).toEqual({
      readCount: 1,
      unreadCount: 1,
      readUids: ['bob'],
      unreadUids: ['carol'],
    });
    expect(await client.readStatus(7)).toEqual({
      readCount: 1,
      unreadCount: 1,
      readUids: [],
      unreadUids: [],
    });
    const recall = conn.requests(Commands.recall)[0];
    expect(recall?.msgId).toBe(7);
    expect(recall?.clientMsgId).toMatch(/^[0-9a-f-]{36}$/);
    expect(conn.requests(Commands.edit)[0]).toMatchObject({ msgId: 7, content: 'better' });
    expect(conn.requests(Commands.deleteForMe)[0]?.msgIds).toEqual([7, 6]);
    expect(conn.requests(Commands.typing).map((t) => [t.convId, t.typing])).toEqual([
      ['c:alice|bob', true],
      ['c:alice|bob', false],
    ]);
  });

  it('sends replies and forwards with their refs; refuses to and groupId together', async () => {
    const { client, conn } = await alice();
    const mine = collect(client);
    const first = await client.send({ to: 'bob', content: 'one' });
    await client.send({ to: 'bob', content: 're', refMsgId: first.msgId });
    const fwd = await client.send({ to: 'bob', content: '', refMsgId: first.msgId, refKind: 'forward' });
    // The ack does not carry the copied content: the message comes from a timeline sync instead.
    await waitFor(() => mine.length === 3);
    expect(mine[2]).toMatchObject({ msgId: fwd.msgId, content: 'one', type: 'text', refKind: 'forward' });
    const sends = conn.requests(Commands.send);
    expect(sends[1]).toMatchObject({
      toUid: 'bob',
      groupId: '',
      refMsgId: first.msgId,
      refKind: RefKind.REPLY,
    });
    expect(sends[2]).toMatchObject({
      refKind: RefKind.FORWARD,
      type: MsgType.MSG_TYPE_UNSPECIFIED,
      content: '',
    });
    await expect(
      client.send({ to: 'bob', groupId: 'team', content: 'x' } as unknown as { to: string; content: string }),
    ).rejects.toMatchObject({ code: Code.BAD_REQUEST });
    await expect(
      client.send({ content: 'x' } as unknown as { to: string; content: string }),
    ).rejects.toMatchObject({ code: Code.BAD_REQUEST });
    expect(conn.requests(Commands.send)).toHaveLength(3);
  });
});

describe('contacts and users API', () => {
  it('round-trips friend requests, friends, remarks, deletion and the blocklist', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.friendRequest, () => ({ friends: true }));
    server.respond(Commands.friendRespond, () => ({}));
    server.respond(Commands.friendRequests, () => ({
      requests: [
        { fromUid: 'bob', toUid: 'alice', note: 'hi', status: FriendRequestStatus.PENDING, ts: 1 },
        { fromUid: 'alice', toUid: 'carol', status: FriendRequestStatus.REJECTED, ts: 2 },
      ],
    }));
    server.respond(Commands.friends, () => ({
      friends: [
        { uid: 'bob', remark: 'B', since: 9, profile: { uid: 'bob', nickname: 'Bobby' } },
        { uid: 'carol' },
      ],
    }));
    server.respond(Commands.friendRemark, () => ({}));
    server.respond(Commands.friendDelete, () => ({}));
    server.respond(Commands.block, () => ({}));
    server.respond(Commands.blocklist, () => ({ uids: ['mallory'] }));
    expect(await client.sendFriendRequest('bob', 'hello')).toEqual({ friends: true });
    await client.respondFriendRequest('bob', true);
    expect(await client.friendRequests()).toEqual([
      { from: 'bob', to: 'alice', note: 'hi', status: 'pending', ts: 1 },
      { from: 'alice', to: 'carol', note: '', status: 'rejected', ts: 2 },
    ]);
    expect(await client.friends()).toEqual([
      {
        uid: 'bob',
        remark: 'B',
        since: 9,
        profile: { uid: 'bob', nickname: 'Bobby', avatar: '', signature: '' },
      },
      { uid: 'carol', remark: '', since: 0, profile: undefined },
    ]);
    await client.setFriendRemark('bob', 'Bob B.');
    await client.deleteFriend('carol');
    await client.block('mallory');
    await client.block('mallory', false);
    expect(await client.blocklist()).toEqual(['mallory']);
    expect(conn.requests(Commands.friendRequest)[0]).toMatchObject({ toUid: 'bob', note: 'hello' });
    expect(conn.requests(Commands.friendRespond)[0]).toMatchObject({ fromUid: 'bob', accept: true });
    expect(conn.requests(Commands.friendRemark)[0]).toMatchObject({ uid: 'bob', remark: 'Bob B.' });
    expect(conn.requests(Commands.friendDelete)[0]).toMatchObject({ uid: 'carol' });
    expect(conn.requests(Commands.block).map((b) => b.blocked)).toEqual([true, false]);
  });

  it('round-trips profiles, profile updates, user search and presence subscriptions', async () => {
    const { server, client, conn } = await alice();
    server.respond(Commands.profiles, (req) => ({
      profiles: (req.uids ?? []).map((uid) => ({ uid, nickname: uid.toUpperCase() })),
    }));
    server.respond(Commands.updateProfile, (req) => ({
      profile: { uid: 'alice', nickname: req.nickname ?? 'alice', signature: 'sig' },
      readReceipts: req.readReceipts ?? true,
    }));
    server.respond(Commands.userSearch, () => ({ profiles: [{ uid: 'bob', nickname: 'Bob' }] }));
    server.respond(Commands.subscribePresence, () => ({ states: [{ uid: 'bob', online: true, ts: 5 }] }));
    server.respond(Commands.unsubscribePresence, () => ({}));
    expect(await client.profiles(['bob', 'carol'])).toEqual([
      { uid: 'bob', nickname: 'BOB', avatar: '', signature: '' },
      { uid: 'carol', nickname: 'CAROL', avatar: '', signature: '' },
    ]);
    expect(await client.updateProfile({ nickname: 'Al', readReceipts: false })).toEqual({
      profile: { uid: 'alice', nickname: 'Al', avatar: '', signature: 'sig' },
      readReceipts: false,
    });
    const update = conn.requests(Commands.updateProfile)[0];
    expect(update).toMatchObject({ nickname: 'Al', readReceipts: false });
    expect(update?.avatar ?? undefined).toBeUndefined();
    expect(await client.searchUsers('bo', 5)).toEqual([
      { uid: 'bob', nickname: 'Bob', avatar: '', signature: '' },
    ]);
    expect(conn.requests(Commands.userSearch)[0]).toMatchObject({ query: 'bo', limit: 5 });
    expect(await client.subscribePresence(['bob'])).toEqual([{ uid: 'bob', online: true, ts: 5 }]);
    await client.unsubscribePresence(['bob']);
    expect(conn.requests(Commands.unsubscribePresence)[0]?.uids).toEqual(['bob']);
  });
});

describe('social pushes', () => {
  it('emits typing, deleted, conversation, contact and presence events', async () => {
    const { client, conn } = await alice();
    const typing = nextEvent(client, 'typing');
    const deleted = nextEvent(client, 'deleted');
    const conversation = nextEvent(client, 'conversation');
    const contact = nextEvent(client, 'contact');
    const presence = nextEvent(client, 'presence');
    conn.send(
      encodePush(Commands.typingNotice, { convId: 'c:alice|bob', fromUid: 'bob', typing: true, ts: 3 }),
    );
    conn.send(encodePush(Commands.deleted, { msgIds: [4, 5] }));
    conn.send(encodePush(Commands.convChanged, { totalUnread: 1 })); // no conversation: ignored
    conn.send(
      encodePush(Commands.convChanged, {
        conversation: {
          convId: 'g:team',
          convType: ConvType.GROUP,
          peer: 'team',
          readSeq: 9,
          maxSeq: 10,
          unread: 1,
        },
        totalUnread: 1,
      }),
    );
    conn.send(encodePush(Commands.contactEvent, { kind: 99 as ContactEventKind, fromUid: 'x' })); // unknown kind
    conn.send(
      encodePush(Commands.contactEvent, { kind: ContactEventKind.REQUESTED, fromUid: 'carol', note: 'hey' }),
    );
    conn.send(encodePush(Commands.presence, { uid: 'bob', online: false, ts: 8 }));
    expect(await typing).toEqual({ convId: 'c:alice|bob', from: 'bob', typing: true, ts: 3 });
    expect(await deleted).toEqual({ msgIds: [4, 5] });
    expect(await conversation).toMatchObject({
      conversation: { convId: 'g:team', convType: 'group', readSeq: 9, unread: 1, lastMessage: undefined },
      totalUnread: 1,
    });
    expect(await contact).toEqual({ kind: 'requested', from: 'carol', note: 'hey', ts: 0 });
    expect(await presence).toEqual({ uid: 'bob', online: false, ts: 8 });
  });
});

describe('requests without a session', () => {
  it('refuses with NOT_LOGGED_IN before login, NotConnectedError while reconnecting', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    await expect(client.createGroup({ name: 'x' })).rejects.toMatchObject({ code: Code.NOT_LOGGED_IN });
    await expect(client.friends()).rejects.toMatchObject({ code: Code.NOT_LOGGED_IN });
    await expect(client.syncConversation('g:x')).rejects.toMatchObject({ code: Code.NOT_LOGGED_IN });
    expect(server.conns).toHaveLength(0);
    await client.login({ uid: 'alice', password: 'pw' }, { deviceId: 'd', platform: 'web' });
    server.accepting = false;
    server.dropAll();
    await waitFor(() => client.state === 'reconnecting');
    await expect(client.conversations()).rejects.toBeInstanceOf(NotConnectedError);
  });
});
