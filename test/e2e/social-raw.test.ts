// Wire-level checks of the social layer (groups, conversations, operations, contacts): what a
// client of any language sees. The SDK-level flows are in social-sdk-*.test.ts.
import { Code, Commands, JoinPolicy, MsgType, ReceiptKind, RefKind } from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { loginRaw, registerUser } from '../helpers/users.ts';

let srv: TestServer;
let port: number;

beforeAll(async () => {
  srv = await startTestServer({ 'group.writeDiffusionMax': 3 });
  port = srv.node.tcpPort;
  for (const u of ['ann', 'ben', 'cat', 'dan', 'eve', 'fay']) await registerUser(port, u);
});
afterAll(() => srv.stop());

describe('groups over the wire', () => {
  it('creates a group, sends, switches to read diffusion and keeps one order', async () => {
    const ann = await loginRaw(port, 'ann');
    const ben = await loginRaw(port, 'ben');
    const created = await ann.client.request(Commands.groupCreate, {
      name: 'team',
      memberUids: ['ben'],
      groupId: 'team1',
      joinPolicy: JoinPolicy.OPEN,
    });
    expect(created.status, created.error?.message).toBe(0);
    expect(created.body!.group!.memberCount).toBe(2);
    const s1 = await ann.client.request(Commands.send, {
      groupId: 'team1',
      clientMsgId: 'g1',
      type: MsgType.TEXT,
      content: 'hello team',
    });
    expect(s1.status, s1.error?.message).toBe(0);
    expect(s1.body!.convId).toBe('g:team1');
    expect(s1.body!.convSeq).toBe(2); // 1 is the "created" system message
    const pushed = await ben.client.waitFrame(
      (f) =>
        f.service === Commands.push.service &&
        f.command === Commands.push.command &&
        f.body.length > 0 &&
        Commands.push.body.decode(f.body).msg?.clientMsgId === 'g1',
    );
    const msg = Commands.push.body.decode(pushed.body).msg!;
    expect(msg.seq).toBeGreaterThan(0);
    // Grow past writeDiffusionMax (3): cat and dan join.
    for (const u of ['cat', 'dan']) {
      const c = await loginRaw(port, u);
      const j = await c.client.request(Commands.groupJoin, { groupId: 'team1' });
      expect(j.body?.joined, j.error?.message).toBe(true);
      c.client.close();
    }
    const s2 = await ann.client.request(Commands.send, {
      groupId: 'team1',
      clientMsgId: 'g2',
      type: MsgType.TEXT,
      content: 'now large',
    });
    expect(s2.status, s2.error?.message).toBe(0);
    expect(s2.body!.seq).toBe(0); // not in the sender's timeline: read diffusion
    const big = await ben.client.waitFrame(
      (f) =>
        f.command === Commands.push.command &&
        f.service === Commands.push.service &&
        Commands.push.body.decode(f.body).msg?.clientMsgId === 'g2',
    );
    const bigMsg = Commands.push.body.decode(big.body).msg!;
    expect(bigMsg.seq).toBe(0);
    expect(bigMsg.convSeq).toBe(s2.body!.convSeq);
    const pulled = await ben.client.request(Commands.convSync, { convId: 'g:team1', afterSeq: 0 });
    expect(pulled.status, pulled.error?.message).toBe(0);
    const seqs = pulled.body!.messages!.map((m) => m.convSeq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const list = await ben.client.request(Commands.convList, {});
    const conv = list.body!.conversations!.find((c) => c.convId === 'g:team1')!;
    expect(conv.readDiffusion).toBe(true);
    expect(conv.maxSeq).toBe(s2.body!.convSeq);
    expect(conv.unread).toBeGreaterThan(0);
    const read = await ben.client.request(Commands.convMarkRead, { convId: 'g:team1', seq: 0 });
    expect(read.body!.conversation!.unread).toBe(0);
    const status = await ann.client.request(Commands.readStatus, { msgId: s2.body!.msgId, withUids: true });
    expect(status.body!.readUids).toEqual(['ben']);
    expect(status.body!.unreadUids!.sort()).toEqual(['cat', 'dan']);
    ann.client.close();
    ben.client.close();
  });

  it('pushes a removal notice in read diffusion to the online members and to the removed', async () => {
    const ann = await loginRaw(port, 'ann', 'ann-rd');
    const ben = await loginRaw(port, 'ben', 'ben-rd');
    const cat = await loginRaw(port, 'cat', 'cat-rd');
    const g = await ann.client.request(Commands.groupCreate, {
      name: 'big',
      groupId: 'rd-kick',
      memberUids: ['ben', 'cat', 'dan', 'eve'],
    });
    expect(g.body!.group!.readDiffusion, g.error?.message).toBe(true);
    const kick = await ann.client.request(Commands.groupKick, { groupId: 'rd-kick', uids: ['cat'] });
    expect(kick.status, kick.error?.message).toBe(0);
    const isRemoval = (f: { service: number; command: number; body: Uint8Array }) =>
      f.service === Commands.push.service &&
      f.command === Commands.push.command &&
      Commands.push.body.decode(f.body).msg?.content?.includes('"removed"') === true;
    const toMember = Commands.push.body.decode((await ben.client.waitFrame(isRemoval)).body).msg!;
    expect(toMember.seq).toBe(0);
    const toRemoved = Commands.push.body.decode((await cat.client.waitFrame(isRemoval)).body).msg!;
    expect(toRemoved.seq).toBeGreaterThan(0); // into the removed member's own timeline
    expect(toRemoved.convSeq).toBe(toMember.convSeq);
    for (const c of [ann, ben, cat]) c.client.close();
  });

  it('refuses non-members, muted members and removed members', async () => {
    const ann = await loginRaw(port, 'ann', 'ann-2');
    const eve = await loginRaw(port, 'eve');
    const g = await ann.client.request(Commands.groupCreate, {
      name: 'closed',
      groupId: 'closed1',
      memberUids: ['eve'],
    });
    expect(g.status, g.error?.message).toBe(0);
    const fay = await loginRaw(port, 'fay');
    const nope = await fay.client.request(Commands.send, {
      groupId: 'closed1',
      clientMsgId: 'x',
      type: 1,
      content: 'hi',
    });
    expect(nope.status).toBe(Code.NOT_GROUP_MEMBER);
    const mute = await ann.client.request(Commands.groupMute, {
      groupId: 'closed1',
      uid: 'eve',
      untilMs: Date.now() + 60_000,
    });
    expect(mute.status, mute.error?.message).toBe(0);
    const muted = await eve.client.request(Commands.send, {
      groupId: 'closed1',
      clientMsgId: 'm',
      type: 1,
      content: 'hi',
    });
    expect(muted.status).toBe(Code.MUTED);
    const kick = await ann.client.request(Commands.groupKick, { groupId: 'closed1', uids: ['eve'] });
    expect(kick.status, kick.error?.message).toBe(0);
    const after = await ann.client.request(Commands.send, {
      groupId: 'closed1',
      clientMsgId: 'after',
      type: 1,
      content: 'secret',
    });
    expect(after.status).toBe(0);
    const hist = await eve.client.request(Commands.history, { convId: 'g:closed1' });
    expect(hist.status, hist.error?.message).toBe(0);
    expect(hist.body!.messages!.some((m) => m.content === 'secret')).toBe(false);
    const sync = await eve.client.request(Commands.convSync, { convId: 'g:closed1', afterSeq: 0 });
    expect(sync.body!.messages!.some((m) => m.content === 'secret')).toBe(false);
    for (const c of [ann, eve, fay]) c.client.close();
  });
});

describe('what may not be done by those who may not speak', () => {
  it('refuses edits and recalls from removed, muted and blocked senders, and read status to the removed', async () => {
    const ann = await loginRaw(port, 'ann', 'ann-x');
    const ben = await loginRaw(port, 'ben', 'ben-x');
    const cat = await loginRaw(port, 'cat', 'cat-x');
    const g = await ann.client.request(Commands.groupCreate, {
      name: 'x',
      groupId: 'nospeak',
      memberUids: ['ben', 'cat'],
    });
    expect(g.status, g.error?.message).toBe(0);
    const send = (c: typeof ben, clientMsgId: string, extra: object) =>
      c.client.request(Commands.send, { clientMsgId, type: MsgType.TEXT, content: 'hi', ...extra });
    const byBen = await send(ben, 'ns-1', { groupId: 'nospeak' });
    const byCat = await send(cat, 'ns-2', { groupId: 'nospeak' });
    await ann.client.request(Commands.groupKick, { groupId: 'nospeak', uids: ['ben'] });
    const kickedEdit = await ben.client.request(Commands.edit, {
      msgId: byBen.body!.msgId,
      content: 'still here',
    });
    expect(kickedEdit.status).toBe(Code.NOT_GROUP_MEMBER);
    const kickedRecall = await ben.client.request(Commands.recall, { msgId: byBen.body!.msgId });
    expect(kickedRecall.status).toBe(Code.NOT_GROUP_MEMBER);
    const kickedStatus = await ben.client.request(Commands.readStatus, {
      msgId: byBen.body!.msgId,
      withUids: true,
    });
    expect(kickedStatus.status).toBe(Code.NOT_GROUP_MEMBER);
    await ann.client.request(Commands.groupMute, {
      groupId: 'nospeak',
      uid: 'cat',
      untilMs: Date.now() + 60_000,
    });
    const mutedEdit = await cat.client.request(Commands.edit, { msgId: byCat.body!.msgId, content: 'muted' });
    expect(mutedEdit.status).toBe(Code.MUTED);
    const mutedNick = await cat.client.request(Commands.groupSetNickname, {
      groupId: 'nospeak',
      nickname: 'loud',
    });
    expect(mutedNick.status).toBe(Code.MUTED);
    // One-to-one: after a block, an edit is refused like a send.
    const c2c = await send(ben, 'ns-3', { toUid: 'cat' });
    await cat.client.request(Commands.block, { uid: 'ben', blocked: true });
    const blockedEdit = await ben.client.request(Commands.edit, { msgId: c2c.body!.msgId, content: 'again' });
    expect(blockedEdit.status).toBe(Code.BLOCKED);
    await cat.client.request(Commands.block, { uid: 'ben', blocked: false });
    // An edit client id that would not fit once prefixed is refused, not failed in the store.
    const byAnn = await send(ann, 'ns-4', { groupId: 'nospeak' });
    const longId = await ann.client.request(Commands.edit, {
      msgId: byAnn.body!.msgId,
      content: 'x',
      clientMsgId: 'x'.repeat(64),
    });
    expect(longId.status).toBe(Code.BAD_REQUEST);
    for (const c of [ann, ben, cat]) c.client.close();
  });

  it('keeps a join request when approving it fails because the group is full', async () => {
    const s = await startTestServer({ 'group.maxMembers': 2 });
    try {
      for (const u of ['own', 'req']) await registerUser(s.node.tcpPort, u);
      const own = await loginRaw(s.node.tcpPort, 'own');
      const req = await loginRaw(s.node.tcpPort, 'req');
      await registerUser(s.node.tcpPort, 'two');
      await own.client.request(Commands.groupCreate, {
        name: 'full',
        groupId: 'full',
        joinPolicy: JoinPolicy.APPROVAL,
        memberUids: ['two'],
      });
      const j = await req.client.request(Commands.groupJoin, { groupId: 'full', note: 'me too' });
      expect(j.body?.pending, j.error?.message).toBe(true);
      const ok = await own.client.request(Commands.groupApprove, {
        groupId: 'full',
        uid: 'req',
        accept: true,
      });
      expect(ok.status).toBe(Code.GROUP_FULL);
      const still = await own.client.request(Commands.groupJoinRequests, { groupId: 'full' });
      expect(still.body!.requests!.map((r) => r.uid)).toEqual(['req']);
      own.client.close();
      req.client.close();
    } finally {
      await s.stop();
    }
  });
});

describe('message operations over the wire', () => {
  it('recalls, edits, replies, searches CJK and deletes for me', async () => {
    const ann = await loginRaw(port, 'ann', 'ann-3');
    const ben = await loginRaw(port, 'ben', 'ben-3');
    const send = (clientMsgId: string, content: string, extra = {}) =>
      ann.client.request(Commands.send, { toUid: 'ben', clientMsgId, type: MsgType.TEXT, content, ...extra });
    const a = await send('op-a', '今天天气很好，我们去公园吧');
    const b = await send('op-b', 'meeting at noon');
    expect(a.status, a.error?.message).toBe(0);
    const reply = await ben.client.request(Commands.send, {
      toUid: 'ann',
      clientMsgId: 'op-r',
      type: MsgType.TEXT,
      content: 'ok',
      refMsgId: b.body!.msgId,
      refKind: RefKind.REPLY,
    });
    expect(reply.status, reply.error?.message).toBe(0);
    const recall = await ann.client.request(Commands.recall, { msgId: b.body!.msgId });
    expect(recall.status, recall.error?.message).toBe(0);
    const notRecallable = await ben.client.request(Commands.recall, { msgId: a.body!.msgId });
    expect(notRecallable.status).toBe(Code.PERMISSION_DENIED);
    const edit = await ann.client.request(Commands.edit, {
      msgId: a.body!.msgId,
      content: '今天天气不好，我们在家吧',
    });
    expect(edit.status, edit.error?.message).toBe(0);
    const found = await ben.client.request(Commands.search, { query: '天气不好' });
    expect(found.body!.messages!.map((m) => m.msgId)).toEqual([a.body!.msgId]);
    const old = await ben.client.request(Commands.search, { query: '天气很好' });
    expect(old.body!.messages).toEqual([]);
    const short = await ben.client.request(Commands.search, { query: '在家' });
    expect(short.body!.messages!.length).toBe(1);
    const hist = await ben.client.request(Commands.history, { convId: a.body!.convId });
    const recalled = hist.body!.messages!.find((m) => m.msgId === b.body!.msgId)!;
    expect(recalled.recalled).toBe(true);
    expect(recalled.content).toBe('');
    const del = await ben.client.request(Commands.deleteForMe, { msgIds: [a.body!.msgId!] });
    expect(del.status, del.error?.message).toBe(0);
    const hist2 = await ben.client.request(Commands.history, { convId: a.body!.convId });
    expect(hist2.body!.messages!.find((m) => m.msgId === a.body!.msgId)!.deleted).toBe(true);
    const read = await ben.client.request(Commands.convMarkRead, { convId: a.body!.convId });
    expect(read.status, read.error?.message).toBe(0);
    const receipt = await ann.client.waitPush(Commands.receipt);
    expect([ReceiptKind.DELIVERED, ReceiptKind.READ]).toContain(receipt.kind);
    ann.client.close();
    ben.client.close();
  });
});

describe('contacts over the wire', () => {
  it('friends, blocks and the friends-only policy', async () => {
    const cat = await loginRaw(port, 'cat', 'cat-4');
    const dan = await loginRaw(port, 'dan', 'dan-4');
    const req = await cat.client.request(Commands.friendRequest, { toUid: 'dan', note: 'hi' });
    expect(req.body?.friends, req.error?.message).toBe(false);
    const ev = await dan.client.waitPush(Commands.contactEvent);
    expect(ev.fromUid).toBe('cat');
    const ok = await dan.client.request(Commands.friendRespond, { fromUid: 'cat', accept: true });
    expect(ok.status, ok.error?.message).toBe(0);
    const friends = await cat.client.request(Commands.friends, {});
    expect(friends.body!.friends!.map((f) => f.uid)).toEqual(['dan']);
    const block = await dan.client.request(Commands.block, { uid: 'cat', blocked: true });
    expect(block.status).toBe(0);
    const refused = await cat.client.request(Commands.send, {
      toUid: 'dan',
      clientMsgId: 'b1',
      type: 1,
      content: 'hey',
    });
    expect(refused.status).toBe(Code.BLOCKED);
    const sub = await cat.client.request(Commands.subscribePresence, { uids: ['dan'] });
    expect(sub.body!.states![0]!.online).toBe(true);
    dan.client.close();
    const p = await cat.client.waitPush(Commands.presence);
    expect(p).toMatchObject({ uid: 'dan', online: false });
    cat.client.close();
  });
});
