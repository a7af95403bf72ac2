// Conversations and message operations through the SDK against a real server (TCP, SQLite file):
// the conversation list and its unread counts across devices, settings, read receipts and read
// status, recall / edit / reply / forward / delete for me, history paging and search.
import { Code, c2cConvId } from '@parley/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockPast, type Device, fullHistory, refused, sys, World, waitFor } from '../helpers/social-sdk.ts';

let w: World;

beforeAll(async () => {
  w = await World.start({}, [
    ...['cv', 'cx', 'cy', 'cz'],
    ...['rr1', 'rr2', 'rs-own', 'rs-a', 'rs-b', 'rs-c', 'rs-late'],
    ...['ma', 'mb', 'mc', 'mg-own', 'mg-adm', 'mg-m1', 'mg-m2'],
    ...['ha', 'hb', 'sa', 'sb', 'sc', 'sd', 'se', 'ka', 'kb', 'kc', 'oa', 'ob'],
  ]);
});
afterEach(() => w.closeAll());
afterAll(() => w.stop());

/** The list as [convId, unread] pairs, in list order. */
async function rows(dev: Device, includeHidden = false): Promise<[string, number][]> {
  const list = await dev.c.conversations({ includeHidden });
  return list.conversations.map((c) => [c.convId, c.unread]);
}

describe('conversation list', () => {
  it('sorted pinned first then by activity, exact unread on both devices; read, mute, hide, draft, clear', async () => {
    const phone = await w.login('cv', 'cv-phone', 'ios');
    const desk = await w.login('cv', 'cv-desk', 'desktop');
    const [x, y, z] = await Promise.all(['cx', 'cy', 'cz'].map((u) => w.login(u)));
    const withX = c2cConvId('cv', 'cx');
    const withY = c2cConvId('cv', 'cy');
    const withZ = c2cConvId('cv', 'cz');
    const own = await phone.c.send({ to: 'cz', content: 'hello z' }); // own messages never count
    await clockPast(own.ts);
    await x!.c.send({ to: 'cv', content: 'x1' });
    const x2 = await x!.c.send({ to: 'cv', content: 'x2' });
    await clockPast(x2.ts);
    const g = await z!.c.createGroup({ name: 'Conv group', groupId: 'conv-g1', members: ['cv', 'cx'] });
    await x!.c.send({ groupId: 'conv-g1', content: 'g1' });
    const g2 = await z!.c.send({ groupId: 'conv-g1', content: 'g2' });
    await clockPast(g2.ts);
    for (let i = 1; i <= 3; i++) await y!.c.send({ to: 'cv', content: `y${i}` });

    const expected: [string, number][] = [
      [withY, 3],
      [g.convId, 3], // "created" counts: system messages from others are unread
      [withX, 2],
      [withZ, 0],
    ];
    for (const d of [phone, desk]) {
      expect(await rows(d)).toEqual(expected);
      const list = await d.c.conversations();
      expect(list.totalUnread).toBe(8);
      expect(await d.c.unreadTotal()).toBe(8);
      const gEntry = list.conversations.find((c) => c.convId === g.convId)!;
      expect(gEntry).toMatchObject({
        convType: 'group',
        peer: 'conv-g1',
        maxSeq: 3,
        readSeq: 0,
        startSeq: 0,
      });
      expect(gEntry.lastMessage).toMatchObject({ msgId: g2.msgId, content: 'g2' });
      const yEntry = list.conversations.find((c) => c.convId === withY)!;
      expect(yEntry).toMatchObject({ convType: 'c2c', peer: 'cy', maxSeq: 3, pinned: false, muted: false });
    }

    // Pin the oldest: first now, on both devices.
    await phone.c.updateConversation(withZ, { pinned: true });
    await waitFor(() =>
      desk.conversation.some((e) => e.conversation.convId === withZ && e.conversation.pinned),
    );
    expect((await rows(desk)).map(([id]) => id)).toEqual([withZ, withY, g.convId, withX]);

    // Read on the phone; the desk hears of it and lists the same.
    const read = await phone.c.markRead(withX);
    expect(read).toMatchObject({ totalUnread: 6, conversation: { convId: withX, unread: 0, readSeq: 2 } });
    await waitFor(() =>
      desk.conversation.some((e) => e.conversation.convId === withX && e.conversation.unread === 0),
    );
    expect(desk.conversation.find((e) => e.conversation.convId === withX)!.totalUnread).toBe(6);
    expect(await rows(desk)).toEqual([
      [withZ, 0],
      [withY, 3],
      [g.convId, 3],
      [withX, 0],
    ]);

    // Read positions only go up; a seq beyond the newest is the newest.
    expect((await desk.c.markRead(withY, 2)).conversation).toMatchObject({ readSeq: 2, unread: 1 });
    expect((await desk.c.markRead(withY, 1)).conversation).toMatchObject({ readSeq: 2, unread: 1 });
    const full = await desk.c.markRead(withY, 999);
    expect(full).toMatchObject({ totalUnread: 3, conversation: { readSeq: 3, unread: 0 } });

    // Incremental listing: only what changed after a version.
    const since = full.conversation.version;
    expect((await phone.c.conversations({ sinceVersion: since })).conversations).toEqual([]);
    const y4 = await y!.c.send({ to: 'cv', content: 'y4' });
    const inc = await phone.c.conversations({ sinceVersion: since, includeHidden: true });
    expect(inc.conversations.map((c) => [c.convId, c.unread, c.lastMessage?.msgId])).toEqual([
      [withY, 1, y4.msgId],
    ]);
    expect(inc.totalUnread).toBe(4);
    expect(inc.version).toBeGreaterThan(0);

    // Mute: the entry keeps its exact unread, the total leaves it out.
    const muted = await phone.c.updateConversation(g.convId, { muted: true });
    expect(muted).toMatchObject({ totalUnread: 1, conversation: { muted: true, unread: 3 } });
    expect(await desk.c.unreadTotal()).toBe(1);
    expect((await desk.c.conversations()).totalUnread).toBe(1);

    // Hide: gone from the list (and read), back with the next message.
    const hidden = await phone.c.updateConversation(withY, { hidden: true });
    expect(hidden.conversation).toMatchObject({ hidden: true, unread: 0 });
    await waitFor(() =>
      desk.conversation.some((e) => e.conversation.convId === withY && e.conversation.hidden),
    );
    expect((await rows(desk)).map(([id]) => id)).toEqual([withZ, g.convId, withX]);
    expect(await rows(desk, true)).toContainEqual([withY, 0]);
    const y5 = await y!.c.send({ to: 'cv', content: 'y5' });
    await desk.message((m) => m.msgId === y5.msgId, 'y5');
    const back = await desk.c.conversations();
    expect(back.conversations.map((c) => [c.convId, c.unread, c.hidden])).toEqual([
      [withZ, 0, false],
      [withY, 1, false],
      [g.convId, 3, false],
      [withX, 0, false],
    ]);
    expect(back.totalUnread).toBe(1);

    // Draft: shared by the devices.
    await phone.c.updateConversation(withX, { draft: 'half-typed 草稿' });
    await waitFor(() => desk.conversation.some((e) => e.conversation.draft === 'half-typed 草稿'));
    expect((await desk.c.conversations()).conversations.find((c) => c.convId === withX)!.draft).toBe(
      'half-typed 草稿',
    );
    await phone.c.updateConversation(withX, { draft: '' });
    expect((await desk.c.conversations()).conversations.find((c) => c.convId === withX)!.draft).toBe('');

    // Clear: the past is gone for this user only; new messages show.
    const cleared = await desk.c.clearConversation(withX);
    expect(cleared.conversation).toMatchObject({ startSeq: 2, unread: 0 });
    await waitFor(() =>
      phone.conversation.some((e) => e.conversation.convId === withX && e.conversation.startSeq === 2),
    );
    expect((await phone.c.history(withX)).messages).toEqual([]);
    expect((await x!.c.history(withX)).messages).toHaveLength(2);
    const x3 = await x!.c.send({ to: 'cv', content: 'x3' });
    expect((await phone.c.history(withX)).messages.map((m) => m.msgId)).toEqual([x3.msgId]);
    expect((await phone.c.conversations()).conversations.find((c) => c.convId === withX)!.unread).toBe(1);

    await refused(phone.c.markRead('c:cx|cy'), Code.CONV_NOT_FOUND);
    await refused(phone.c.updateConversation('g:nope', { pinned: true }), Code.CONV_NOT_FOUND);
    await refused(phone.c.markRead('not-a-conv'), Code.BAD_REQUEST);
  });
});

describe('clearing', () => {
  it('a cleared past stays hidden on a device that syncs later, c2c and group', async () => {
    const a = await w.login('ka');
    const b = await w.login('kb', 'kb-phone', 'ios');
    const c2c = c2cConvId('ka', 'kb');
    const g = await a.c.createGroup({ name: 'Clear', groupId: 'clear-1', members: ['kb', 'kc'] });
    for (let i = 0; i < 3; i++) {
      await a.c.send({ to: 'kb', content: `old ${i}` });
      await a.c.send({ groupId: 'clear-1', content: `old group ${i}` });
    }
    const cleared = await b.c.clearConversation(c2c);
    expect(cleared.conversation.startSeq).toBe(3);
    const gCleared = await b.c.clearConversation(g.convId);
    expect(gCleared.conversation.startSeq).toBe(4);
    const fresh = await a.c.send({ to: 'kb', content: 'new' });
    const gFresh = await a.c.send({ groupId: 'clear-1', content: 'new in group' });
    const later = await w.login('kb', 'kb-desk', 'desktop');
    await later.message((m) => m.msgId === fresh.msgId, 'new c2c');
    await later.message((m) => m.msgId === gFresh.msgId, 'new group');
    // protocol.md, Conversation settings: msg.sync still returns the older timeline entries, and
    // the client drops those with conv_seq <= the entry's start_seq.
    expect.soft(later.inConv(c2c).map((m) => m.content)).toEqual(['new']);
    expect.soft(later.inConv(g.convId).map((m) => m.content)).toEqual(['new in group']);
  });
});

describe('read receipts and read status', () => {
  it('1:1 READ receipts reach the sender, and stop while the reader turned them off', async () => {
    const r1 = await w.login('rr1');
    const r2 = await w.login('rr2');
    const conv = c2cConvId('rr1', 'rr2');
    await r1.c.send({ to: 'rr2', content: 'one' });
    const m2 = await r1.c.send({ to: 'rr2', content: 'two' });
    await r2.message((m) => m.msgId === m2.msgId, 'two');
    await r2.c.markRead(conv);
    await waitFor(() => r1.read.length === 1, 'read receipt');
    expect(r1.read[0]).toMatchObject({
      convId: conv,
      readSeq: 2,
      msgId: m2.msgId,
      by: 'rr2',
      clientMsgId: m2.clientMsgId,
    });
    expect((await r1.c.conversations()).conversations[0]).toMatchObject({ convId: conv, peerReadSeq: 2 });
    expect(await r1.c.readStatus(m2.msgId, true)).toEqual({
      readCount: 1,
      unreadCount: 0,
      readUids: ['rr2'],
      unreadUids: [],
    });
    await refused(r2.c.readStatus(m2.msgId), Code.PERMISSION_DENIED);

    const off = await r2.c.updateProfile({ readReceipts: false });
    expect(off).toMatchObject({ readReceipts: false, profile: { uid: 'rr2' } });
    const m3 = await r1.c.send({ to: 'rr2', content: 'three' });
    await r2.message((m) => m.msgId === m3.msgId, 'three');
    expect((await r2.c.markRead(conv)).conversation.readSeq).toBe(3);
    expect((await r1.c.conversations()).conversations[0]!.peerReadSeq).toBe(0);
    await refused(r1.c.readStatus(m3.msgId), Code.PERMISSION_DENIED);

    // On again: the next read is told; the one made while off never was.
    expect((await r2.c.updateProfile({ readReceipts: true })).readReceipts).toBe(true);
    const m4 = await r1.c.send({ to: 'rr2', content: 'four' });
    await r2.message((m) => m.msgId === m4.msgId, 'four');
    await r2.c.markRead(conv);
    await waitFor(() => r1.read.some((r) => r.readSeq === 4), 'receipt of four');
    expect(r1.read.map((r) => r.readSeq)).toEqual([2, 4]);
  });

  it('group read status counts readers from their read positions', async () => {
    const [own, a, b, c, late] = await Promise.all(
      ['rs-own', 'rs-a', 'rs-b', 'rs-c', 'rs-late'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({
      name: 'Readers',
      groupId: 'readers-1',
      members: ['rs-a', 'rs-b', 'rs-c'],
    });
    const msg = await a!.c.send({ groupId: 'readers-1', content: 'did you read this?' });
    await b!.c.markRead(g.convId);
    await c!.c.markRead(g.convId, msg.convSeq - 1);
    await late!.c.joinGroup('readers-1'); // joined after it: never had it to read
    await late!.c.markRead(g.convId);
    expect(await a!.c.readStatus(msg.msgId, true)).toEqual({
      readCount: 1,
      unreadCount: 2,
      readUids: ['rs-b'],
      unreadUids: ['rs-c', 'rs-own'],
    });
    expect(await a!.c.readStatus(msg.msgId)).toEqual({
      readCount: 1,
      unreadCount: 2,
      readUids: [],
      unreadUids: [],
    });
    await refused(b!.c.readStatus(msg.msgId), Code.PERMISSION_DENIED);
    await own!.c.markRead(g.convId);
    await c!.c.markRead(g.convId);
    // The owner (an admin) may ask too.
    expect(await own!.c.readStatus(msg.msgId, true)).toMatchObject({ readCount: 3, unreadCount: 0 });
  });
});

describe('message operations', () => {
  it('recall (sender; seen by an offline device later), edit, reply, forward, delete for me', async () => {
    const aPhone = await w.login('ma', 'ma-phone', 'ios');
    const aDesk = await w.login('ma', 'ma-desk', 'desktop');
    const bPhone = await w.login('mb', 'mb-phone', 'ios');
    const bDesk = await w.login('mb', 'mb-desk', 'desktop');
    const c = await w.login('mc');
    const conv = c2cConvId('ma', 'mb');

    // Recall by the sender, while one of the recipient's devices is offline.
    const m1 = await aPhone.c.send({ to: 'mb', content: 'original words' });
    await bDesk.message((m) => m.msgId === m1.msgId, 'm1 on desk');
    await bDesk.c.logout();
    await refused(bPhone.c.recall(m1.msgId), Code.PERMISSION_DENIED);
    const notice = await aPhone.c.recall(m1.msgId);
    expect(notice.convSeq).toBe(m1.convSeq + 1);
    for (const d of [bPhone, aDesk]) {
      const n = await d.message((m) => m.type === 'recall' && m.refMsgId === m1.msgId, 'recall notice');
      expect(n).toMatchObject({
        msgId: notice.noticeMsgId,
        from: 'ma',
        convId: conv,
        convSeq: notice.convSeq,
      });
      expect(JSON.parse(n.content)).toEqual({ by: 'ma' });
      await waitFor(() => d.recalled.length === 1, 'recalled event');
      expect(d.recalled[0]).toEqual({ convId: conv, msgId: m1.msgId, by: 'ma' });
    }
    const hist = await bPhone.c.history(conv);
    expect(hist.messages.find((m) => m.msgId === m1.msgId)).toMatchObject({ recalled: true, content: '' });
    await refused(aPhone.c.recall(m1.msgId), Code.MESSAGE_NOT_FOUND);
    await refused(aPhone.c.edit(m1.msgId, 'x'), Code.MESSAGE_NOT_FOUND);
    await refused(aPhone.c.recall(notice.noticeMsgId), Code.BAD_REQUEST);
    // The recalled message still counts as unread; the notice does not.
    expect((await bPhone.c.conversations()).conversations.find((x) => x.convId === conv)!.unread).toBe(1);

    // The offline device comes back and learns of the recall; a new device sees it recalled.
    await w.relogin(bDesk);
    await waitFor(() => bDesk.recalled.length === 1, 'recall on the returning device');
    expect(bDesk.recalled[0]).toEqual({ convId: conv, msgId: m1.msgId, by: 'ma' });
    expect(bDesk.messages.filter((m) => m.msgId === m1.msgId)).toHaveLength(1);
    const bWeb = await w.login('mb', 'mb-web', 'web');
    const first = await bWeb.message((m) => m.msgId === m1.msgId, 'm1 on a new device');
    expect(first).toMatchObject({ recalled: true, content: '' });
    await waitFor(() => bWeb.recalled.length === 1, 'recall on the new device');

    // Edit: the sender only.
    const e1 = await aPhone.c.send({ to: 'mb', content: 'tpyo here' });
    await refused(bPhone.c.edit(e1.msgId, 'mine now'), Code.PERMISSION_DENIED);
    await refused(aPhone.c.edit(e1.msgId, ''), Code.BODY_EMPTY);
    await aPhone.c.edit(e1.msgId, 'typo here');
    await waitFor(() => bPhone.edited.length === 1, 'edited event');
    expect(bPhone.edited[0]).toMatchObject({ convId: conv, msgId: e1.msgId, content: 'typo here' });
    expect(bPhone.edited[0]!.editedAt).toBeGreaterThan(0);
    expect(await bPhone.c.search('tpyo')).toMatchObject({ messages: [] });
    expect((await bPhone.c.search('typo here')).messages.map((m) => m.msgId)).toEqual([e1.msgId]);
    // The edit notice is not unread; the edited message is.
    expect((await bPhone.c.conversations()).conversations.find((x) => x.convId === conv)!.unread).toBe(2);
    const edited = (await bPhone.c.history(conv)).messages.find((m) => m.msgId === e1.msgId)!;
    expect(edited).toMatchObject({ content: 'typo here', type: 'text', convSeq: e1.convSeq });
    expect(edited.editedAt).toBeGreaterThan(0);

    // Reply: same conversation only, visible messages only.
    const rep = await bPhone.c.send({ to: 'ma', content: 'replying', refMsgId: e1.msgId });
    const got = await aDesk.message((m) => m.msgId === rep.msgId, 'reply');
    expect(got).toMatchObject({ refMsgId: e1.msgId, refKind: 'reply', content: 'replying' });
    await refused(bPhone.c.send({ to: 'mc', content: 'elsewhere', refMsgId: e1.msgId }), Code.BAD_REQUEST);
    await refused(c.c.send({ to: 'ma', content: 'not mine', refMsgId: e1.msgId }), Code.MESSAGE_NOT_FOUND);
    await refused(bPhone.c.send({ to: 'ma', content: 're', refMsgId: m1.msgId }), Code.MESSAGE_NOT_FOUND);

    // Forward: copies type and content when given none; or carries a comment.
    const card = JSON.stringify({ card: 'hello', n: 1 });
    const custom = await aPhone.c.send({ to: 'mb', type: 'custom', content: card });
    await bPhone.message((m) => m.msgId === custom.msgId, 'custom');
    const fwd = await bPhone.c.send({ to: 'mc', content: '', refMsgId: custom.msgId, refKind: 'forward' });
    const atC = await c.message((m) => m.msgId === fwd.msgId, 'forward at c');
    expect(atC).toMatchObject({
      from: 'mb',
      type: 'custom',
      content: card,
      refMsgId: custom.msgId,
      refKind: 'forward',
    });
    const ownCopy = await bPhone.message((m) => m.msgId === fwd.msgId, 'own forward');
    expect(ownCopy).toMatchObject({ type: 'custom', content: card, refKind: 'forward' });
    const commented = await bPhone.c.send({
      to: 'mc',
      content: 'look at this',
      refMsgId: e1.msgId,
      refKind: 'forward',
    });
    expect(await c.message((m) => m.msgId === commented.msgId)).toMatchObject({
      type: 'text',
      content: 'look at this',
      refMsgId: e1.msgId,
    });
    await refused(
      bPhone.c.send({ to: 'mc', content: '', refMsgId: m1.msgId, refKind: 'forward' }),
      Code.MESSAGE_NOT_FOUND,
    );

    // Delete for me: the other device is told; the peer keeps it.
    await bPhone.c.deleteForMe([e1.msgId]);
    await waitFor(() => bDesk.deleted.length === 1 && bWeb.deleted.length === 1, 'deleted events');
    expect(bDesk.deleted[0]).toEqual({ msgIds: [e1.msgId] });
    expect(bWeb.deleted).toEqual([{ msgIds: [e1.msgId] }]);
    expect(bPhone.deleted).toEqual([]);
    const mine = (await bDesk.c.history(conv)).messages.find((m) => m.msgId === e1.msgId)!;
    expect(mine).toMatchObject({ deleted: true, content: '' });
    const theirs = (await aPhone.c.history(conv)).messages.find((m) => m.msgId === e1.msgId)!;
    expect(theirs).toMatchObject({ deleted: false, content: 'typo here' });
    expect((await bPhone.c.search('typo here')).messages).toEqual([]);
    expect((await aPhone.c.search('typo here')).messages.map((m) => m.msgId)).toEqual([e1.msgId]);
    await refused(bPhone.c.send({ to: 'ma', content: 're', refMsgId: e1.msgId }), Code.MESSAGE_NOT_FOUND);
    await refused(c.c.deleteForMe([e1.msgId]), Code.MESSAGE_NOT_FOUND);
    // Deleting the newest message: the list shows it deleted too.
    const last = await aPhone.c.send({ to: 'mb', content: 'delete me, newest' });
    await bPhone.c.deleteForMe([last.msgId]);
    const row = (await bDesk.c.conversations()).conversations.find((x) => x.convId === conv)!;
    expect(row.lastMessage).toMatchObject({ msgId: last.msgId, deleted: true, content: '' });
    const peerRow = (await aPhone.c.conversations()).conversations.find((x) => x.convId === conv)!;
    expect(peerRow.lastMessage).toMatchObject({
      msgId: last.msgId,
      deleted: false,
      content: 'delete me, newest',
    });
  });

  it('the device that recalls, edits or changes a group gets the notice too, without further traffic', async () => {
    const a = await w.login('oa');
    const b = await w.login('ob');
    const m = await a.c.send({ to: 'ob', content: 'recall me' });
    const e = await a.c.send({ to: 'ob', content: 'edit me' });
    await b.message((x) => x.msgId === e.msgId, 'edit me');
    const recall = await a.c.recall(m.msgId);
    const edit = await a.c.edit(e.msgId, 'edited');
    const g = await a.c.createGroup({ name: 'Own notices', groupId: 'own-notices', members: ['ob'] });
    await b.message((x) => x.convId === g.convId, 'created at ob');
    // The other side has them all at once; the acting device should too (README: "Everyone gets a
    // RECALL notice ('message' of type 'recall', then 'recalled')"; 'message': every message, once).
    await b.message((x) => x.msgId === recall.noticeMsgId, 'recall notice at ob');
    await b.message((x) => x.msgId === edit.noticeMsgId, 'edit notice at ob');
    const has = (id: number) => () => a.messages.some((x) => x.msgId === id);
    const bound = 1000;
    const seen = async (cond: () => boolean, label: string) =>
      expect
        .soft(
          await waitFor(cond, label, bound).then(
            () => label,
            (err: Error) => err.message,
          ),
        )
        .toBe(label);
    await Promise.all([
      seen(has(recall.noticeMsgId), 'own recall notice'),
      seen(() => a.recalled.some((r) => r.msgId === m.msgId), 'own recalled event'),
      seen(has(edit.noticeMsgId), 'own edit notice'),
      seen(() => a.edited.some((r) => r.msgId === e.msgId), 'own edited event'),
      seen(() => a.messages.some((x) => x.convId === g.convId), 'own created system message'),
    ]);
  });

  it('a group admin recalls any member’s message; others may not', async () => {
    const [own, adm, m1, m2] = await Promise.all(
      ['mg-own', 'mg-adm', 'mg-m1', 'mg-m2'].map((u) => w.login(u)),
    );
    const g = await own!.c.createGroup({
      name: 'Recalls',
      groupId: 'recalls-1',
      members: ['mg-adm', 'mg-m1', 'mg-m2'],
    });
    await own!.c.setGroupRole('recalls-1', 'mg-adm', 'admin');
    const oops = await m1!.c.send({ groupId: 'recalls-1', content: 'oops' });
    await refused(m2!.c.recall(oops.msgId), Code.PERMISSION_DENIED);
    await refused(adm!.c.edit(oops.msgId, 'fixed'), Code.PERMISSION_DENIED);
    await adm!.c.recall(oops.msgId);
    for (const d of [own!, m1!, m2!]) {
      await waitFor(() => d.recalled.length === 1, `${d.uid} recalled`);
      expect(d.recalled[0]).toEqual({ convId: g.convId, msgId: oops.msgId, by: 'mg-adm' });
      const n = d.messages.find((m) => m.type === 'recall')!;
      expect(n).toMatchObject({ from: 'mg-adm', convType: 'group', refMsgId: oops.msgId });
    }
    const h = await fullHistory(m2!, g.convId);
    expect(h.find((m) => m.msgId === oops.msgId)).toMatchObject({ recalled: true, content: '' });
  });

  it('history pages backwards by beforeSeq and beforeMsgId', async () => {
    const a = await w.login('ha');
    const b = await w.login('hb');
    const conv = c2cConvId('ha', 'hb');
    const acks = await Promise.all(
      Array.from({ length: 25 }, (_, i) => a.c.send({ to: 'hb', content: `h${i}` })),
    );
    const bySeq = [...acks].sort((x, y) => x.convSeq - y.convSeq);
    expect(bySeq.map((x) => x.convSeq)).toEqual(bySeq.map((_, i) => i + 1));
    const p1 = await b.c.history(conv, { limit: 10 });
    expect(p1.hasMore).toBe(true);
    expect(p1.messages.map((m) => m.convSeq)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    const p2 = await b.c.history(conv, { beforeSeq: 16, limit: 10 });
    expect(p2.messages.map((m) => m.convSeq)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    expect(p2.hasMore).toBe(true);
    const p3 = await b.c.history(conv, { beforeMsgId: p2.messages[9]!.msgId, limit: 10 });
    expect(p3).toMatchObject({ hasMore: false });
    expect(p3.messages.map((m) => m.convSeq)).toEqual([5, 4, 3, 2, 1]);
    expect([...p1.messages, ...p2.messages, ...p3.messages].map((m) => m.msgId)).toEqual(
      bySeq.map((x) => x.msgId).reverse(),
    );
    const all = await b.c.history(conv);
    expect(all.messages).toHaveLength(25);
    expect(all.hasMore).toBe(false);
    expect(all.messages[0]).toMatchObject({ from: 'ha', to: 'hb', convType: 'c2c', seq: 0 });
    const other = await b.c.send({ to: 'hb', content: 'note to self' });
    await refused(b.c.history(conv, { beforeMsgId: other.msgId }), Code.BAD_REQUEST);
    await refused(b.c.history('c:ha|zz'), Code.CONV_NOT_FOUND);
  });

  it('search: English, Chinese, Japanese, 2-character CJK, own conversations only', async () => {
    const [a, b, c, d] = await Promise.all(['sa', 'sb', 'sc', 'sd'].map((u) => w.login(u)));
    const ab = c2cConvId('sa', 'sb');
    const report = await a!.c.send({ to: 'sb', content: 'The quarterly report is ready' });
    const weather = await b!.c.send({ to: 'sa', content: '今天天气很好，我们去公园吧' });
    const tokyo = await a!.c.send({ to: 'sb', content: '昨日は東京タワーに行きました' });
    const hello = await b!.c.send({ to: 'sa', content: 'みなさん、こんにちは世界' });
    await a!.c.createGroup({ name: 'Search', groupId: 'search-1', members: ['sb', 'sc'] });
    const plan = await c!.c.send({ groupId: 'search-1', content: 'Quarterly planning: 今天天气很好' });
    const secret = await d!.c.send({ to: 'se', content: 'quarterly secrets 今天天气很好 東京タワー' });
    const ids = async (dev: Device, q: string, convId?: string) =>
      (await dev.c.search(q, { convId })).messages.map((m) => m.msgId);

    expect(await ids(a!, 'quarterly')).toEqual([plan.msgId, report.msgId]); // newest first, any case
    expect(await ids(a!, 'ARTERL')).toEqual([plan.msgId, report.msgId]);
    expect(await ids(a!, '今天天气很好')).toEqual([plan.msgId, weather.msgId]);
    expect(await ids(b!, '今天天气很好', ab)).toEqual([weather.msgId]);
    expect(await ids(a!, '東京タワー')).toEqual([tokyo.msgId]);
    expect(await ids(b!, 'こんにちは')).toEqual([hello.msgId]);
    expect(await ids(a!, '天气')).toEqual([plan.msgId, weather.msgId]); // 2 characters: no index
    expect(await ids(a!, '公园')).toEqual([weather.msgId]);
    expect(await ids(a!, '天气', ab)).toEqual([weather.msgId]);
    expect(await ids(c!, 'quarterly')).toEqual([plan.msgId]); // not the others' one-to-one
    expect(await ids(c!, '公园')).toEqual([]);
    expect(await ids(d!, 'quarterly')).toEqual([secret.msgId]);
    expect(await ids(d!, '天气')).toEqual([secret.msgId]);
    await refused(c!.c.search('quarterly', { convId: ab }), Code.CONV_NOT_FOUND);
    await refused(a!.c.search('   '), Code.BAD_REQUEST);

    const page = await a!.c.search('quarterly', { limit: 1 });
    expect(page).toMatchObject({ hasMore: true, messages: [{ msgId: plan.msgId, convId: 'g:search-1' }] });
    const next = await a!.c.search('quarterly', { limit: 1, beforeMsgId: plan.msgId });
    expect(next.messages.map((m) => m.msgId)).toEqual([report.msgId]);

    // Recalled messages are not found any more.
    await a!.c.recall(tokyo.msgId);
    expect(await ids(b!, '東京タワー')).toEqual([]);
  });
});

describe('recall and edit windows', () => {
  let short: World;
  const WINDOW = 300;
  beforeAll(async () => {
    short = await World.start({ 'msg.recallWindowMs': WINDOW, 'msg.editWindowMs': WINDOW }, [
      'wa',
      'wb',
      'wo',
    ]);
  });
  afterAll(() => short.stop());

  it('WINDOW_PASSED for the sender after the window; a group admin recalls at any time', async () => {
    const [a, b, o] = await Promise.all(['wa', 'wb', 'wo'].map((u) => short.login(u)));
    const g = await o!.c.createGroup({ name: 'Window', groupId: 'window-1', members: ['wa'] });
    const old = await a!.c.send({ to: 'wb', content: 'too late to change' });
    const oldGroup = await a!.c.send({ groupId: 'window-1', content: 'group words' });
    // Within the window: fine.
    const quick = await a!.c.send({ to: 'wb', content: 'quick' });
    await a!.c.edit(quick.msgId, 'quick, edited');
    await a!.c.recall(quick.msgId);
    await waitFor(() => b!.recalled.some((r) => r.msgId === quick.msgId), 'quick recalled');
    await waitFor(() => Date.now() > Math.max(old.ts, oldGroup.ts) + WINDOW + 20, 'window passed', 2000);
    await refused(a!.c.recall(old.msgId), Code.WINDOW_PASSED);
    await refused(a!.c.edit(old.msgId, 'changed'), Code.WINDOW_PASSED);
    await refused(a!.c.recall(oldGroup.msgId), Code.WINDOW_PASSED);
    await refused(b!.c.recall(old.msgId), Code.PERMISSION_DENIED);
    await o!.c.recall(oldGroup.msgId);
    await waitFor(() => a!.recalled.some((r) => r.msgId === oldGroup.msgId), 'admin recall');
    expect(a!.recalled.find((r) => r.msgId === oldGroup.msgId)!.by).toBe('wo');
    const h = await fullHistory(a!, g.convId);
    expect(h.map((m) => (m.type === 'system' ? sys(m).event : m.type))).toEqual([
      'created',
      'text',
      'recall',
    ]);
  });
});
