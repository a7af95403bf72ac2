/**
 * The conversation part of the Store contract: ConversationStore (entries, unread counts, read
 * positions) and the conversation reads of MessageStore (conversation timelines, getMany, delete
 * for me, full-text search), checked against any implementation through the Store interface only.
 * Each implementation's test file calls runConversationStoreContract once per configuration.
 *
 * @example
 * runConversationStoreContract({ name: 'sqlite', create: () => createSqliteStore({ file: ':memory:' }) });
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { c2cConvId, groupConvId } from '../../src/store/conv-id.ts';
import { NotFoundError } from '../../src/store/errors.ts';
import type {
  AppendRequest,
  AppendResult,
  ConvListing,
  GroupRecord,
  MessageChange,
  SearchQuery,
  Store,
  StoredMessage,
} from '../../src/store/types.ts';
import { testMessage } from '../helpers/messages.ts';
import type { StoreContractOptions } from './options.ts';

const T0 = 1_700_000_000_000;
const AB = c2cConvId('alice', 'bob');
const AC = c2cConvId('alice', 'carol');
const G1 = groupConvId('g1');

function groupOf(groupId: string, ownerUid: string): Omit<GroupRecord, 'memberCount'> {
  return {
    groupId,
    name: `group ${groupId}`,
    avatar: '',
    intro: '',
    type: 'normal',
    joinPolicy: 'open',
    ownerUid,
    mutedAll: false,
    dismissed: false,
    createdAt: T0,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const idsOf = (ms: readonly StoredMessage[]) => ms.map((m) => m.msgId);

export function runConversationStoreContract(opts: StoreContractOptions): void {
  describe(`Conversation store contract: ${opts.name}`, () => {
    let store: Store;
    /** Message ids increase in send order, as the id generator's do. */
    let nextMsgId: number;

    beforeEach(async () => {
      store = await opts.create();
      nextMsgId = 1_000;
    });

    afterEach(async () => {
      await (opts.destroy ?? ((s: Store) => s.close()))(store);
    });

    function message(from: string, to: string, over: Partial<StoredMessage> = {}): StoredMessage {
      return testMessage(over.msgId ?? nextMsgId++, from, to, over);
    }

    function c2cReq(from: string, to: string, over: Partial<StoredMessage> = {}): AppendRequest {
      return { message: message(from, to, over), recipients: [from, to] };
    }

    function groupReq(from: string, groupId: string, over: Partial<StoredMessage> = {}): AppendRequest {
      return {
        message: message(from, groupId, { convType: 'group', ...over }),
        recipients: [],
        group: { groupId, writeDiffusionMax: 500 },
      };
    }

    async function append(...reqs: AppendRequest[]): Promise<AppendResult[]> {
      return store.messages.append(reqs);
    }

    /** Sends `count` one-to-one messages; returns them as stored (with their conv seqs). */
    async function send(from: string, to: string, count = 1, over: Partial<StoredMessage> = {}) {
      const reqs = range(1, count).map(() => c2cReq(from, to, over));
      const rs = await store.messages.append(reqs);
      return reqs.map((r, i) => ({ ...r.message, convSeq: rs[i]!.convSeq }));
    }

    async function sendGroup(from: string, groupId: string, count = 1, over: Partial<StoredMessage> = {}) {
      const reqs = range(1, count).map(() => groupReq(from, groupId, over));
      const rs = await store.messages.append(reqs);
      return reqs.map((r, i) => ({ ...r.message, convSeq: rs[i]!.convSeq }));
    }

    /** A recall or edit notice about `target` (not counted as unread), in its conversation. */
    async function change(from: string, target: StoredMessage, c: MessageChange): Promise<StoredMessage> {
      const isGroup = target.convType === 'group';
      const to = isGroup ? target.to : target.fromUid === from ? target.to : target.fromUid;
      const m = message(from, to, {
        convType: target.convType,
        type: c.kind,
        content: c.kind === 'edit' ? c.content : '',
        refMsgId: target.msgId,
      });
      const [r] = await append({
        message: m,
        recipients: isGroup ? [] : [from, to],
        group: isGroup ? { groupId: target.to, writeDiffusionMax: 500 } : undefined,
        change: c,
        countsUnread: false,
      });
      return { ...m, convSeq: r!.convSeq };
    }

    async function makeGroup(owner: string, ...members: string[]): Promise<void> {
      await store.groups.create(
        groupOf('g1', owner),
        members.map((uid) => ({ uid, role: 'member' as const })),
      );
    }

    const convIdsOf = (ls: readonly ConvListing[]) => ls.map((l) => l.convId).sort();

    async function listed(uid: string, sinceVersion = 0, includeHidden = false): Promise<string[]> {
      return convIdsOf(await store.conversations.list(uid, { sinceVersion, includeHidden }));
    }

    async function unread(uid: string, convId: string): Promise<number | undefined> {
      return (await store.conversations.get(uid, convId))?.unread;
    }

    describe('conversations: get, head, list', () => {
      it('get and head return undefined for unknown entries and conversations', async () => {
        await send('alice', 'bob');
        expect(await store.conversations.get('alice', AC)).toBeUndefined();
        expect(await store.conversations.get('carol', AB)).toBeUndefined();
        expect(await store.conversations.get('nobody', 'c:nobody|x')).toBeUndefined();
        expect(await store.conversations.head(AC)).toBeUndefined();
        expect(await store.conversations.head(G1)).toBeUndefined();
        expect(await store.conversations.list('nobody', { sinceVersion: 0, includeHidden: true })).toEqual(
          [],
        );
      });

      it('head is the last message of the conversation', async () => {
        const [, second] = await send('alice', 'bob', 2);
        await send('alice', 'carol');
        expect(await store.conversations.head(AB)).toEqual({
          convId: AB,
          seq: 2,
          lastMsgId: second!.msgId,
          lastTs: second!.ts,
        });
        const [third] = await send('bob', 'alice');
        expect(await store.conversations.head(AB)).toMatchObject({ seq: 3, lastMsgId: third!.msgId });
      });

      it('get returns the whole listing, head and unread included', async () => {
        const [m1, m2] = await send('bob', 'alice', 2);
        await store.conversations.update('alice', AB, { pinned: true, draft: '草稿' }, 77);
        expect(await store.conversations.get('alice', AB)).toEqual({
          uid: 'alice',
          convId: AB,
          convType: 'c2c',
          peer: 'bob',
          readSeq: 0,
          startSeq: 0,
          leftSeq: 0,
          hiddenSeq: -1,
          pinned: true,
          muted: false,
          draft: '草稿',
          version: 77,
          head: { convId: AB, seq: 2, lastMsgId: m2!.msgId, lastTs: m2!.ts },
          unread: 2,
        });
        expect(m1!.convSeq).toBe(1);
      });

      it('lists the user’s entries only, group entries before any message included', async () => {
        await makeGroup('alice', 'bob');
        await send('alice', 'bob');
        await send('carol', 'alice');
        await send('bob', 'carol');
        expect(await listed('alice')).toEqual([AC, AB, G1].sort());
        expect(await listed('bob')).toEqual([G1, AB, c2cConvId('bob', 'carol')].sort());
        expect(await listed('carol')).toEqual([AC, c2cConvId('bob', 'carol')].sort());
        const list = await store.conversations.list('alice', { sinceVersion: 0, includeHidden: false });
        const g = list.find((l) => l.convId === G1);
        expect(g).toMatchObject({
          uid: 'alice',
          convType: 'group',
          peer: 'g1',
          head: { convId: G1, seq: 0, lastMsgId: 0, lastTs: 0 },
          unread: 0,
        });
        for (const l of list) expect(l).toEqual(await store.conversations.get('alice', l.convId));
      });

      it('hidden entries are left out until a newer message arrives; includeHidden lists them', async () => {
        await makeGroup('alice', 'bob');
        await send('bob', 'alice', 2);
        await store.conversations.update('alice', AB, { hiddenSeq: 2 }, 10);
        await store.conversations.update('alice', G1, { hiddenSeq: 0 }, 11);
        expect(await listed('alice')).toEqual([]);
        expect(await listed('alice', 0, true)).toEqual([AB, G1].sort());
        expect(await store.conversations.get('alice', AB)).toMatchObject({ hiddenSeq: 2 });
        // Hidden for alice only.
        expect(await listed('bob')).toEqual([AB, G1].sort());

        await send('alice', 'bob');
        expect(await listed('alice')).toEqual([AB]);
        expect(await store.conversations.get('alice', AB)).toMatchObject({ hiddenSeq: 2, head: { seq: 3 } });
        await sendGroup('bob', 'g1');
        expect(await listed('alice')).toEqual([AB, G1].sort());
      });

      it('sinceVersion lists entries whose version or last message id exceeds it', async () => {
        await send('alice', 'bob', 1, { msgId: 100 });
        await send('bob', 'alice', 1, { msgId: 200 });
        await send('carol', 'alice', 1, { msgId: 300 });
        expect(await listed('alice', 0)).toEqual([AB, AC].sort());
        expect(await listed('alice', 150)).toEqual([AB, AC].sort());
        expect(await listed('alice', 250)).toEqual([AC]);
        expect(await listed('alice', 300)).toEqual([]);

        await store.conversations.update('alice', AB, { pinned: true }, 400);
        expect(await listed('alice', 350)).toEqual([AB]);
        expect(await listed('bob', 350)).toEqual([]);
        expect(await listed('alice', 400)).toEqual([]);

        await send('carol', 'alice', 1, { msgId: 500 });
        expect(await listed('alice', 400)).toEqual([AC]);
        await store.conversations.markRead('alice', AC, 2, 600);
        expect(await listed('alice', 550)).toEqual([AC]);
        expect(await listed('alice', 600)).toEqual([]);
      });

      it('sinceVersion returns changed entries hidden or not: hiding is a change', async () => {
        await send('alice', 'bob', 1, { msgId: 100 });
        await store.conversations.update('alice', AB, { hiddenSeq: 1 }, 200);
        expect(await listed('alice', 0)).toEqual([]);
        expect(await listed('alice', 150)).toEqual([AB]);
        expect(await listed('alice', 150, true)).toEqual([AB]);
        expect(await listed('alice', 250)).toEqual([]);
      });

      it('writes nothing for a group message whose sender is no longer a member at commit', async () => {
        await makeGroup('alice', 'bob');
        await store.groups.removeMembers('g1', ['bob']);
        const [refused] = await append(groupReq('bob', 'g1'));
        expect(refused).toMatchObject({ notMember: true, duplicate: false, convSeq: 0 });
        expect((await store.conversations.head(G1))?.seq ?? 0).toBe(0);
        // The server's own system messages (e.g. "left", written as the leaver) still go in.
        const [left] = await append(groupReq('bob', 'g1', { type: 'system' }));
        expect(left).toMatchObject({ duplicate: false, convSeq: 1 });
        expect(left!.notMember).toBeUndefined();
      });

      it('a member who left is not shown newer activity: no unhiding, no change', async () => {
        await makeGroup('alice', 'bob');
        await sendGroup('alice', 'g1', 1, { msgId: 500 });
        await store.groups.removeMembers('g1', ['bob']);
        await store.conversations.update('bob', G1, { hiddenSeq: 1 }, 600);
        await sendGroup('alice', 'g1', 1, { msgId: 700 });
        expect(await listed('bob', 0)).toEqual([]);
        expect(await listed('bob', 650)).toEqual([]);
        expect(await listed('bob', 0, true)).toEqual([G1]);
      });
    });

    describe('conversations: update', () => {
      beforeEach(async () => {
        await send('alice', 'bob', 3);
      });

      it('applies each field of the patch, keeps the others and sets version', async () => {
        const base = await store.conversations.get('alice', AB);
        const u1 = await store.conversations.update('alice', AB, { pinned: true }, 11);
        expect(u1).toEqual({ ...base, pinned: true, version: 11 });
        const u2 = await store.conversations.update('alice', AB, { muted: true }, 12);
        expect(u2).toEqual({ ...base, pinned: true, muted: true, version: 12 });
        const u3 = await store.conversations.update('alice', AB, { draft: 'half a thought… 🙂' }, 13);
        expect(u3).toEqual({ ...base, pinned: true, muted: true, draft: 'half a thought… 🙂', version: 13 });
        const u4 = await store.conversations.update('alice', AB, { hiddenSeq: 3 }, 14);
        expect(u4).toMatchObject({ hiddenSeq: 3, draft: 'half a thought… 🙂', version: 14 });
        const u5 = await store.conversations.update('alice', AB, { startSeq: 2 }, 15);
        expect(u5).toMatchObject({ startSeq: 2, hiddenSeq: 3, pinned: true, muted: true, version: 15 });
        const u6 = await store.conversations.update(
          'alice',
          AB,
          { pinned: false, muted: false, hiddenSeq: -1, draft: '' },
          16,
        );
        expect(u6).toEqual({ ...base, startSeq: 2, version: 16 });
        expect(await store.conversations.get('alice', AB)).toEqual(u6);
        // The other participant's entry is untouched.
        expect(await store.conversations.get('bob', AB)).toMatchObject({ pinned: false, version: 0 });
      });

      it('with an empty patch sets only the version', async () => {
        const base = await store.conversations.get('alice', AB);
        expect(await store.conversations.update('alice', AB, {}, 42)).toEqual({ ...base, version: 42 });
      });

      it('startSeq (clearing) hides the earlier messages from unread', async () => {
        expect(await unread('bob', AB)).toBe(3);
        const r = await store.conversations.update('bob', AB, { startSeq: 3 }, 20);
        expect(r.unread).toBe(0);
        await send('alice', 'bob');
        expect(await unread('bob', AB)).toBe(1);
      });

      it('throws NotFoundError for an entry that does not exist and creates none', async () => {
        await expect(store.conversations.update('carol', AB, { pinned: true }, 1)).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(store.conversations.update('alice', AC, {}, 1)).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.conversations.update('alice', G1, { muted: true }, 1)).rejects.toBeInstanceOf(
          NotFoundError,
        );
        expect(await store.conversations.get('carol', AB)).toBeUndefined();
        expect(await store.conversations.get('alice', AC)).toBeUndefined();
      });
    });

    describe('conversations: markRead', () => {
      it('raises readSeq, sets version and returns the listing', async () => {
        await send('alice', 'bob', 4);
        const r = await store.conversations.markRead('bob', AB, 2, 50);
        expect(r).toMatchObject({ uid: 'bob', readSeq: 2, version: 50, unread: 2 });
        expect(await store.conversations.get('bob', AB)).toEqual(r);
        expect(await store.conversations.get('alice', AB)).toMatchObject({ readSeq: 0, version: 0 });
      });

      it('never lowers readSeq and leaves version alone when it did not move', async () => {
        await send('alice', 'bob', 4);
        await store.conversations.markRead('bob', AB, 3, 50);
        expect(await store.conversations.markRead('bob', AB, 1, 60)).toMatchObject({
          readSeq: 3,
          version: 50,
        });
        expect(await store.conversations.markRead('bob', AB, 3, 70)).toMatchObject({
          readSeq: 3,
          version: 50,
        });
        expect(await store.conversations.markRead('bob', AB, 0, 80)).toMatchObject({
          readSeq: 3,
          version: 50,
        });
        expect(await store.conversations.get('bob', AB)).toMatchObject({
          readSeq: 3,
          version: 50,
          unread: 1,
        });
      });

      it('caps readSeq at the head', async () => {
        await send('alice', 'bob', 3);
        expect(await store.conversations.markRead('bob', AB, 1_000, 50)).toMatchObject({
          readSeq: 3,
          version: 50,
          unread: 0,
        });
        // At the cap already: nothing moves.
        expect(await store.conversations.markRead('bob', AB, 1_000, 60)).toMatchObject({
          readSeq: 3,
          version: 50,
        });
        await send('alice', 'bob');
        expect(await unread('bob', AB)).toBe(1);
      });

      it('does not move in a conversation without messages', async () => {
        await makeGroup('alice', 'bob');
        expect(await store.conversations.markRead('bob', G1, 5, 50)).toMatchObject({
          readSeq: 0,
          version: 0,
        });
      });

      it('caps readSeq at leftSeq for a removed member', async () => {
        await makeGroup('alice', 'bob');
        await sendGroup('alice', 'g1', 3);
        await store.groups.removeMembers('g1', ['bob']);
        await sendGroup('alice', 'g1', 2);
        expect(await store.conversations.get('bob', G1)).toMatchObject({
          leftSeq: 3,
          unread: 3,
          head: { seq: 5 },
        });
        expect(await store.conversations.markRead('bob', G1, 5, 50)).toMatchObject({
          readSeq: 3,
          version: 50,
          unread: 0,
        });
      });

      it('throws NotFoundError for an entry that does not exist', async () => {
        await send('alice', 'bob');
        await expect(store.conversations.markRead('carol', AB, 1, 1)).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.conversations.markRead('alice', AC, 1, 1)).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.conversations.get('carol', AB)).toBeUndefined();
      });
    });

    describe('conversations: unread', () => {
      it('counts messages from others only', async () => {
        await send('alice', 'bob', 3);
        await send('bob', 'alice', 2);
        await send('alice', 'bob');
        expect(await unread('alice', AB)).toBe(2);
        expect(await unread('bob', AB)).toBe(4);
        await send('carol', 'carol', 2);
        expect(await unread('carol', c2cConvId('carol', 'carol'))).toBe(0);
      });

      it('counts after the read position', async () => {
        await send('alice', 'bob', 2);
        await send('bob', 'alice');
        await send('alice', 'bob', 2);
        await store.conversations.markRead('bob', AB, 3, 1);
        expect(await unread('bob', AB)).toBe(2);
        await store.conversations.markRead('alice', AB, 2, 1);
        expect(await unread('alice', AB)).toBe(1);
        await store.conversations.markRead('alice', AB, 3, 1);
        expect(await unread('alice', AB)).toBe(0);
      });

      it('counts after max(readSeq, startSeq)', async () => {
        await send('alice', 'bob', 6);
        await store.conversations.markRead('bob', AB, 2, 1);
        await store.conversations.update('bob', AB, { startSeq: 4 }, 2);
        expect(await store.conversations.get('bob', AB)).toMatchObject({
          readSeq: 2,
          startSeq: 4,
          unread: 2,
        });
        await store.conversations.markRead('bob', AB, 5, 3);
        expect(await unread('bob', AB)).toBe(1);
      });

      it('a member who joins later counts only what came after joining', async () => {
        await makeGroup('alice', 'bob');
        await sendGroup('alice', 'g1', 3);
        await store.groups.addMembers('g1', ['carol'], T0, 100);
        expect(await store.conversations.get('carol', G1)).toMatchObject({ startSeq: 3, unread: 0 });
        await sendGroup('bob', 'g1', 2);
        await sendGroup('carol', 'g1');
        expect(await unread('carol', G1)).toBe(2);
        expect(await unread('bob', G1)).toBe(4);
        expect(await unread('alice', G1)).toBe(3);
      });

      it('a removed member counts up to leftSeq', async () => {
        await makeGroup('alice', 'bob', 'carol');
        await sendGroup('alice', 'g1', 2);
        await store.conversations.markRead('bob', G1, 1, 1);
        await store.groups.removeMembers('g1', ['bob']);
        await sendGroup('alice', 'g1', 3);
        await sendGroup('carol', 'g1');
        expect(await store.conversations.get('bob', G1)).toMatchObject({
          leftSeq: 2,
          unread: 1,
          head: { seq: 6 },
        });
        expect(await unread('carol', G1)).toBe(5);
      });

      it('leaves out notices that do not count', async () => {
        const [m1, m2] = await send('alice', 'bob', 2);
        await change('alice', m1!, { kind: 'recall', msgId: m1!.msgId });
        await change('alice', m2!, { kind: 'edit', msgId: m2!.msgId, content: 'edited', at: T0 });
        expect(await store.conversations.get('bob', AB)).toMatchObject({ unread: 2, head: { seq: 4 } });
        await send('alice', 'bob');
        expect(await unread('bob', AB)).toBe(3);
        await store.conversations.markRead('bob', AB, 4, 1);
        expect(await unread('bob', AB)).toBe(1);
      });

      it('unreadTotal sums unread over entries that are not muted, hidden ones included', async () => {
        await makeGroup('carol', 'alice');
        await send('bob', 'alice', 2);
        await send('carol', 'alice', 3);
        await sendGroup('carol', 'g1', 4);
        await send('alice', 'dave', 5);
        expect(await store.conversations.unreadTotal('alice')).toBe(9);
        await store.conversations.update('alice', AC, { muted: true }, 1);
        expect(await store.conversations.unreadTotal('alice')).toBe(6);
        await store.conversations.update('alice', G1, { hiddenSeq: 4 }, 2);
        expect(await store.conversations.unreadTotal('alice')).toBe(6);
        await store.conversations.markRead('alice', G1, 3, 3);
        expect(await store.conversations.unreadTotal('alice')).toBe(3);
        await store.conversations.update('alice', AC, { muted: false }, 4);
        expect(await store.conversations.unreadTotal('alice')).toBe(6);
        expect(await store.conversations.unreadTotal('dave')).toBe(5);
        expect(await store.conversations.unreadTotal('nobody')).toBe(0);
      });

      it('stays exact over many messages and conversations', async () => {
        const peers = range(1, 12).map((i) => `p${String(i).padStart(2, '0')}`);
        const reqs: AppendRequest[] = [];
        for (let i = 0; i < 300; i++) {
          const p = peers[i % peers.length]!;
          reqs.push(i % 3 === 0 ? c2cReq('alice', p) : c2cReq(p, 'alice'));
        }
        await store.messages.append(reqs);
        const list = await store.conversations.list('alice', { sinceVersion: 0, includeHidden: false });
        expect(list).toHaveLength(12);
        let total = 0;
        for (const l of list) {
          const fromPeer = reqs.filter((r) => r.message.convId === l.convId && r.message.fromUid !== 'alice');
          expect(l.unread).toBe(fromPeer.length);
          total += l.unread;
        }
        expect(total).toBe(200);
        expect(await store.conversations.unreadTotal('alice')).toBe(200);
      });
    });

    describe('conversations: positions and peerReadSeqs', () => {
      it('positions returns read and start positions of the uids that have an entry', async () => {
        await makeGroup('alice', 'bob');
        await sendGroup('alice', 'g1', 4);
        await store.groups.addMembers('g1', ['carol'], T0, 100);
        await sendGroup('alice', 'g1', 2);
        await store.conversations.markRead('bob', G1, 3, 1);
        expect(await store.conversations.positions(G1, ['alice', 'bob', 'carol', 'nobody', 'bob'])).toEqual(
          new Map([
            ['alice', { readSeq: 0, startSeq: 0 }],
            ['bob', { readSeq: 3, startSeq: 0 }],
            ['carol', { readSeq: 4, startSeq: 4 }],
          ]),
        );
        expect(await store.conversations.positions(G1, [])).toEqual(new Map());
        expect(await store.conversations.positions(AB, ['alice'])).toEqual(new Map());
      });

      it('peerReadSeqs returns the other participant’s readSeq per one-to-one conversation', async () => {
        await makeGroup('alice', 'bob');
        await send('alice', 'bob', 3);
        await send('alice', 'carol', 2);
        await send('alice', 'alice');
        await sendGroup('bob', 'g1');
        await store.conversations.markRead('bob', AB, 2, 1);
        await store.conversations.markRead('alice', AB, 3, 1);
        await store.conversations.markRead('alice', G1, 1, 1);
        const self = c2cConvId('alice', 'alice');
        expect(await store.conversations.peerReadSeqs('alice', [AB, AC, self, G1, 'c:alice|zed'])).toEqual(
          new Map([
            [AB, 2],
            [AC, 0],
          ]),
        );
        expect(await store.conversations.peerReadSeqs('bob', [AB])).toEqual(new Map([[AB, 3]]));
        expect(await store.conversations.peerReadSeqs('alice', [])).toEqual(new Map());
      });

      it('startSeqs returns the user’s start position per conversation with an entry', async () => {
        await makeGroup('alice', 'bob');
        await send('alice', 'bob', 3);
        await sendGroup('alice', 'g1', 2);
        await store.conversations.update('bob', AB, { startSeq: 3 }, 1);
        await store.groups.addMembers('g1', ['carol'], T0, 100);
        expect(await store.conversations.startSeqs('bob', [AB, G1, AC, 'c:bob|zed'])).toEqual(
          new Map([
            [AB, 3],
            [G1, 0],
          ]),
        );
        expect(await store.conversations.startSeqs('carol', [G1])).toEqual(new Map([[G1, 2]]));
        expect(await store.conversations.startSeqs('alice', [])).toEqual(new Map());
        const many = range(1, 40_000).map((i) => c2cConvId('bob', `nobody-${i}`));
        expect(await store.conversations.startSeqs('bob', [...many, AB])).toEqual(new Map([[AB, 3]]));
      });

      it('positions handles more uids than one statement may bind', async () => {
        await makeGroup('alice', 'bob');
        await sendGroup('alice', 'g1', 2);
        await store.conversations.markRead('bob', G1, 1, 1);
        const many = range(1, 70_000).map((i) => `nobody-${i}`);
        const positions = await store.conversations.positions(G1, [...many.slice(0, 40_000), 'bob', ...many]);
        expect(positions).toEqual(new Map([['bob', { readSeq: 1, startSeq: 0 }]]));
      });

      it('peerReadSeqs handles more conversation ids than one statement may bind', async () => {
        await send('alice', 'bob', 2);
        await store.conversations.markRead('bob', AB, 2, 1);
        const convIds = range(1, 70_000).map((i) => c2cConvId('alice', `nobody-${i}`));
        const peers = await store.conversations.peerReadSeqs('alice', [
          ...convIds.slice(0, 40_000),
          AB,
          ...convIds,
        ]);
        expect(peers).toEqual(new Map([[AB, 2]]));
      });
    });

    describe('messages: conversation timelines', () => {
      /** 7 messages between alice and bob, interleaved with others. */
      async function seven(): Promise<StoredMessage[]> {
        const out: StoredMessage[] = [];
        for (let i = 0; i < 7; i++) {
          out.push(...(await send(i % 2 === 0 ? 'alice' : 'bob', i % 2 === 0 ? 'bob' : 'alice')));
          await send('alice', 'carol');
        }
        return out;
      }

      it('convTimeline pages ascending within (afterSeq, upTo] with hasMore', async () => {
        const ms = await seven();
        const page = async (after: number, upTo: number, limit: number) => {
          const r = await store.messages.convTimeline(AB, after, upTo, limit);
          return { seqs: r.messages.map((m) => m.convSeq), hasMore: r.hasMore };
        };
        expect(await page(0, 100, 3)).toEqual({ seqs: [1, 2, 3], hasMore: true });
        expect(await page(3, 100, 3)).toEqual({ seqs: [4, 5, 6], hasMore: true });
        expect(await page(6, 100, 3)).toEqual({ seqs: [7], hasMore: false });
        expect(await page(0, 4, 10)).toEqual({ seqs: [1, 2, 3, 4], hasMore: false });
        expect(await page(0, 4, 4)).toEqual({ seqs: [1, 2, 3, 4], hasMore: false });
        expect(await page(0, 4, 3)).toEqual({ seqs: [1, 2, 3], hasMore: true });
        expect(await page(2, 4, 1)).toEqual({ seqs: [3], hasMore: true });
        expect(await page(4, 4, 10)).toEqual({ seqs: [], hasMore: false });
        expect(await page(7, 100, 10)).toEqual({ seqs: [], hasMore: false });
        const { messages } = await store.messages.convTimeline(AB, 0, 100, 100);
        expect(messages).toEqual(ms);
        expect(await store.messages.convTimeline('c:nobody|x', 0, 100, 10)).toEqual({
          messages: [],
          hasMore: false,
        });
      });

      it('convHistory pages descending within (floor, beforeSeq) with hasMore', async () => {
        const ms = await seven();
        const page = async (before: number, floor: number, limit: number) => {
          const r = await store.messages.convHistory(AB, before, floor, limit);
          return { seqs: r.messages.map((m) => m.convSeq), hasMore: r.hasMore };
        };
        expect(await page(8, 0, 3)).toEqual({ seqs: [7, 6, 5], hasMore: true });
        expect(await page(5, 0, 3)).toEqual({ seqs: [4, 3, 2], hasMore: true });
        expect(await page(2, 0, 3)).toEqual({ seqs: [1], hasMore: false });
        expect(await page(Number.MAX_SAFE_INTEGER, 0, 2)).toEqual({ seqs: [7, 6], hasMore: true });
        expect(await page(8, 4, 10)).toEqual({ seqs: [7, 6, 5], hasMore: false });
        expect(await page(8, 4, 3)).toEqual({ seqs: [7, 6, 5], hasMore: false });
        expect(await page(8, 4, 2)).toEqual({ seqs: [7, 6], hasMore: true });
        expect(await page(5, 4, 10)).toEqual({ seqs: [], hasMore: false });
        expect(await page(1, 0, 10)).toEqual({ seqs: [], hasMore: false });
        const { messages } = await store.messages.convHistory(AB, 100, 0, 100);
        expect(messages).toEqual([...ms].reverse());
        expect(await store.messages.convHistory('c:nobody|x', 100, 0, 10)).toEqual({
          messages: [],
          hasMore: false,
        });
      });

      it('holds group messages under read diffusion and shows changes', async () => {
        await makeGroup('alice', 'bob', 'carol');
        const [m] = await store.messages.append([
          { ...groupReq('bob', 'g1'), group: { groupId: 'g1', writeDiffusionMax: 1 } },
        ]);
        const edited = (await sendGroup('alice', 'g1'))[0]!;
        await change('alice', edited, {
          kind: 'edit',
          msgId: edited.msgId,
          content: 'new words',
          at: T0 + 5,
        });
        const { messages } = await store.messages.convTimeline(G1, 0, 10, 10);
        expect(messages.map((x) => [x.msgId, x.convSeq, x.content, x.editedAt])).toEqual([
          [m!.msgId, 1, `message ${m!.msgId}`, 0],
          [edited.msgId, 2, 'new words', T0 + 5],
          [edited.msgId + 1, 3, 'new words', 0],
        ]);
      });
    });

    describe('messages: getMany', () => {
      it('returns the messages that exist, each once', async () => {
        const [a, b] = await send('alice', 'bob', 2);
        await makeGroup('x');
        const [c] = await sendGroup('x', 'g1');
        const got = await store.messages.getMany([b!.msgId, 999_999, a!.msgId, b!.msgId, c!.msgId]);
        expect(got.sort((p, q) => p.msgId - q.msgId)).toEqual([a, b, c]);
        expect(await store.messages.getMany([])).toEqual([]);
        expect(await store.messages.getMany([1, 2, 3])).toEqual([]);
      });

      it('handles more ids than one statement may bind', async () => {
        const [a, b] = await send('alice', 'bob', 2);
        const ids = range(1, 70_000).map((i) => 10_000_000 + i);
        ids.splice(5, 0, a!.msgId);
        ids.push(b!.msgId);
        const got = await store.messages.getMany(ids);
        expect(idsOf(got).sort()).toEqual([a!.msgId, b!.msgId]);
      });
    });

    describe('messages: delete for me', () => {
      it('marks messages deleted for one user only', async () => {
        const [a, b, c] = await send('alice', 'bob', 3);
        await store.messages.deleteForUser('bob', [a!.msgId, c!.msgId]);
        expect(await store.messages.deletedFor('bob', [a!.msgId, b!.msgId, c!.msgId])).toEqual(
          new Set([a!.msgId, c!.msgId]),
        );
        expect(await store.messages.deletedFor('alice', [a!.msgId, b!.msgId, c!.msgId])).toEqual(new Set());
        // The message itself stays.
        expect(await store.messages.get(a!.msgId)).toEqual(a);
        expect((await store.messages.convTimeline(AB, 0, 10, 10)).messages).toHaveLength(3);
      });

      it('is idempotent, accepts empty lists and ignores unknown ids without failing', async () => {
        const [a, b] = await send('alice', 'bob', 2);
        await store.messages.deleteForUser('bob', [a!.msgId, a!.msgId]);
        await store.messages.deleteForUser('bob', [a!.msgId]);
        await store.messages.deleteForUser('bob', []);
        await expect(store.messages.deleteForUser('bob', [123_456_789])).resolves.toBeUndefined();
        expect(await store.messages.deletedFor('bob', [a!.msgId, b!.msgId, b!.msgId])).toEqual(
          new Set([a!.msgId]),
        );
        expect(await store.messages.deletedFor('bob', [])).toEqual(new Set());
        expect(await store.messages.deletedFor('nobody', [a!.msgId])).toEqual(new Set());
      });

      it('deleteForUser and deletedFor handle more ids than one statement may bind', async () => {
        const [a] = await send('alice', 'bob');
        const ids = range(1, 40_000).map((i) => 10_000_000 + i);
        await store.messages.deleteForUser('bob', [...ids, a!.msgId]);
        const got = await store.messages.deletedFor('bob', [a!.msgId, ...ids.slice(0, 35_000)]);
        expect(got.has(a!.msgId)).toBe(true);
        expect(await store.messages.deletedFor('alice', [a!.msgId])).toEqual(new Set());
      });
    });

    describe('messages: search', () => {
      const query = (uid: string, text: string, over: Partial<SearchQuery> = {}): SearchQuery => ({
        uid,
        text,
        convId: '',
        beforeMsgId: 0,
        limit: 50,
        ...over,
      });

      async function found(uid: string, text: string, over: Partial<SearchQuery> = {}): Promise<number[]> {
        return idsOf((await store.messages.search(query(uid, text, over))).messages);
      }

      async function indexAll(): Promise<void> {
        for (let i = 0; i < 100; i++) if ((await store.messages.indexForSearch(1000)) === 0) return;
        throw new Error('indexForSearch did not catch up');
      }

      it('finds English substrings of 3+ characters, case-insensitively, newest first', async () => {
        const [m1] = await send('alice', 'bob', 1, { content: 'Hello world, how are you?' });
        const [m2] = await send('bob', 'alice', 1, { content: 'The world is big' });
        const [m3] = await send('alice', 'bob', 1, { content: 'nothing here' });
        expect(await found('alice', 'world')).toEqual([m2!.msgId, m1!.msgId]);
        expect(await found('bob', 'WORLD')).toEqual([m2!.msgId, m1!.msgId]);
        expect(await found('alice', 'orl')).toEqual([m2!.msgId, m1!.msgId]);
        expect(await found('alice', 'how are')).toEqual([m1!.msgId]);
        expect(await found('alice', 'thing')).toEqual([m3!.msgId]);
        expect(await found('alice', 'planet')).toEqual([]);
        const r = await store.messages.search(query('alice', 'world'));
        expect(r).toEqual({ messages: [m2, m1], hasMore: false });
      });

      it('finds Chinese, Japanese and Korean substrings of 3+ characters', async () => {
        const [zh] = await send('alice', 'bob', 1, { content: '今天天气很好，我们去公园散步吧' });
        const [ja] = await send('bob', 'alice', 1, { content: 'こんにちは、世界の皆さん。カタカナもＯＫ' });
        const [ko] = await send('alice', 'bob', 1, { content: '안녕하세요 세계 여러분' });
        const [mixed] = await send('alice', 'bob', 1, { content: '会议在3点开始 meeting at 3pm 🙂🙂🙂' });
        expect(await found('alice', '天气很')).toEqual([zh!.msgId]);
        expect(await found('alice', '去公园散步')).toEqual([zh!.msgId]);
        expect(await found('alice', 'にちは')).toEqual([ja!.msgId]);
        expect(await found('alice', 'カタカナ')).toEqual([ja!.msgId]);
        expect(await found('alice', '하세요')).toEqual([ko!.msgId]);
        expect(await found('alice', '3点开始 meet')).toEqual([mixed!.msgId]);
        expect(await found('alice', '🙂🙂🙂')).toEqual([mixed!.msgId]);
        expect(await found('alice', '天气坏')).toEqual([]);
      });

      it('finds 1-2 character queries by scanning', async () => {
        const [hi] = await send('alice', 'bob', 1, { content: '你好' });
        const [hi2] = await send('bob', 'alice', 1, { content: '大家好，你好吗' });
        const [ok] = await send('alice', 'bob', 1, { content: 'Ok then' });
        const [ja] = await send('alice', 'bob', 1, { content: '猫です' });
        expect(await found('alice', '你好')).toEqual([hi2!.msgId, hi!.msgId]);
        expect(await found('bob', '好')).toEqual([hi2!.msgId, hi!.msgId]);
        expect(await found('alice', 'ok')).toEqual([ok!.msgId]);
        expect(await found('alice', 'OK')).toEqual([ok!.msgId]);
        expect(await found('alice', '猫')).toEqual([ja!.msgId]);
        expect(await found('alice', 'zz')).toEqual([]);
        // Surrounding whitespace is not part of the query.
        expect(await found('alice', ' 你好 ')).toEqual([hi2!.msgId, hi!.msgId]);
      });

      it('treats LIKE wildcards and backslashes in short queries literally', async () => {
        const [pct] = await send('alice', 'bob', 1, { content: 'sure 100%' });
        const [plain] = await send('alice', 'bob', 1, { content: 'sure 1000' });
        const [under] = await send('alice', 'bob', 1, { content: 'snake_case' });
        const [noUnder] = await send('alice', 'bob', 1, { content: 'snakeXcase' });
        const [slash] = await send('alice', 'bob', 1, { content: 'back\\slash' });
        expect(await found('alice', '%')).toEqual([pct!.msgId]);
        expect(await found('alice', '0%')).toEqual([pct!.msgId]);
        expect(await found('alice', '_')).toEqual([under!.msgId]);
        expect(await found('alice', 'e_')).toEqual([under!.msgId]);
        expect(await found('alice', '\\')).toEqual([slash!.msgId]);
        expect(await found('alice', 'k\\')).toEqual([slash!.msgId]);
        // And through the index.
        expect(await found('alice', '00%')).toEqual([pct!.msgId]);
        expect(await found('alice', 'e_c')).toEqual([under!.msgId]);
        expect(await found('alice', 'k\\s')).toEqual([slash!.msgId]);
        expect(await found('alice', '1000')).toEqual([plain!.msgId]);
        expect(await found('alice', 'eXc')).toEqual([noUnder!.msgId]);
      });

      it('treats quotes and FTS syntax in queries as text', async () => {
        const [q] = await send('alice', 'bob', 1, { content: 'she said "hi there" OR NOT* (x)' });
        expect(await found('alice', '"hi there"')).toEqual([q!.msgId]);
        expect(await found('alice', 'said "hi')).toEqual([q!.msgId]);
        expect(await found('alice', 'OR NOT*')).toEqual([q!.msgId]);
        expect(await found('alice', '(x)')).toEqual([q!.msgId]);
        expect(await found('alice', 'NOT* (y)')).toEqual([]);
      });

      it('searches only the user’s conversations', async () => {
        const [ab] = await send('alice', 'bob', 1, { content: 'secret plan' });
        const [ac] = await send('alice', 'carol', 1, { content: 'secret party' });
        expect(await found('alice', 'secret')).toEqual([ac!.msgId, ab!.msgId]);
        expect(await found('bob', 'secret')).toEqual([ab!.msgId]);
        expect(await found('carol', 'secret')).toEqual([ac!.msgId]);
        expect(await found('dave', 'secret')).toEqual([]);
        expect(await found('dave', 'se')).toEqual([]);
      });

      it('searches group conversations of members, within what each can see', async () => {
        await makeGroup('alice', 'bob', 'carol');
        const [early] = await sendGroup('alice', 'g1', 1, { content: 'early news' });
        await store.groups.removeMembers('g1', ['carol']);
        await store.groups.addMembers('g1', ['dave'], T0, 100);
        const [late] = await sendGroup('bob', 'g1', 1, { content: 'late news' });
        expect(await found('alice', 'news')).toEqual([late!.msgId, early!.msgId]);
        // Removed after the first: not after leftSeq.
        expect(await found('carol', 'news')).toEqual([early!.msgId]);
        expect(await found('carol', 'ne')).toEqual([early!.msgId]);
        // Joined after the first: not before startSeq.
        expect(await found('dave', 'news')).toEqual([late!.msgId]);
        expect(await found('dave', 'ne')).toEqual([late!.msgId]);
        expect(await found('erin', 'news')).toEqual([]);
      });

      it('leaves out what a user cleared (startSeq)', async () => {
        const [m1, m2] = await send('alice', 'bob', 2, { content: 'find me' });
        await store.conversations.update('bob', AB, { startSeq: m1!.convSeq }, 1);
        expect(await found('bob', 'find')).toEqual([m2!.msgId]);
        expect(await found('bob', 'fi')).toEqual([m2!.msgId]);
        expect(await found('alice', 'find')).toEqual([m2!.msgId, m1!.msgId]);
      });

      it('leaves out recalled messages and notices', async () => {
        const [m1, m2] = await send('alice', 'bob', 2, { content: 'regret this' });
        await indexAll();
        await change('alice', m1!, { kind: 'recall', msgId: m1!.msgId });
        expect(await found('bob', 'regret')).toEqual([m2!.msgId]);
        expect(await found('bob', 're')).toEqual([m2!.msgId]);
        // Recalled before ever being indexed.
        const [m3] = await send('alice', 'bob', 1, { content: 'regret that' });
        await change('alice', m3!, { kind: 'recall', msgId: m3!.msgId });
        expect(await found('bob', 'regret')).toEqual([m2!.msgId]);
      });

      it('leaves out messages deleted for the user, for that user only', async () => {
        const [m1, m2] = await send('alice', 'bob', 2, { content: 'delete me' });
        await store.messages.deleteForUser('bob', [m1!.msgId]);
        expect(await found('bob', 'delete')).toEqual([m2!.msgId]);
        expect(await found('bob', 'de')).toEqual([m2!.msgId]);
        expect(await found('alice', 'delete')).toEqual([m2!.msgId, m1!.msgId]);
      });

      it('re-indexes an edited message: the old text is gone, the new text found', async () => {
        const [m] = await send('alice', 'bob', 1, { content: 'meet at the station' });
        expect(await found('bob', 'station')).toEqual([m!.msgId]);
        await change('alice', m!, { kind: 'edit', msgId: m!.msgId, content: 'meet at the airport', at: T0 });
        expect(await found('bob', 'station')).toEqual([]);
        expect(await found('bob', 'airport')).toEqual([m!.msgId]);
        expect(await found('bob', 'meet at')).toEqual([m!.msgId]);
        const [again] = (await store.messages.search(query('bob', 'airport'))).messages;
        expect(again).toMatchObject({ content: 'meet at the airport', editedAt: T0 });
      });

      it('indexes a message edited before it was ever indexed', async () => {
        const [m] = await send('alice', 'bob', 1, { content: 'version one' });
        await change('alice', m!, { kind: 'edit', msgId: m!.msgId, content: 'version two', at: T0 });
        expect(await found('bob', 'version one')).toEqual([]);
        expect(await found('bob', 'version two')).toEqual([m!.msgId]);
      });

      it('filters by conversation', async () => {
        await makeGroup('alice', 'bob');
        const [ab] = await send('alice', 'bob', 1, { content: 'pizza tonight' });
        const [ac] = await send('carol', 'alice', 1, { content: 'pizza tomorrow' });
        const [g] = await sendGroup('bob', 'g1', 1, { content: 'pizza party' });
        expect(await found('alice', 'pizza')).toEqual([g!.msgId, ac!.msgId, ab!.msgId]);
        expect(await found('alice', 'pizza', { convId: AB })).toEqual([ab!.msgId]);
        expect(await found('alice', 'pizza', { convId: G1 })).toEqual([g!.msgId]);
        expect(await found('alice', 'pi', { convId: AC })).toEqual([ac!.msgId]);
        // Not in a conversation of the user.
        expect(await found('bob', 'pizza', { convId: AC })).toEqual([]);
      });

      it('pages newest first with beforeMsgId and hasMore', async () => {
        const ms = await send('alice', 'bob', 7, { content: 'page me' });
        const ids = idsOf(ms).reverse();
        const page = async (beforeMsgId: number, limit: number) => {
          const r = await store.messages.search(query('alice', 'page', { beforeMsgId, limit }));
          return { ids: idsOf(r.messages), hasMore: r.hasMore };
        };
        expect(await page(0, 3)).toEqual({ ids: ids.slice(0, 3), hasMore: true });
        expect(await page(ids[2]!, 3)).toEqual({ ids: ids.slice(3, 6), hasMore: true });
        expect(await page(ids[5]!, 3)).toEqual({ ids: ids.slice(6), hasMore: false });
        expect(await page(ids[6]!, 3)).toEqual({ ids: [], hasMore: false });
        expect(await page(0, 7)).toEqual({ ids, hasMore: false });
        const short = await store.messages.search(query('alice', 'pa', { beforeMsgId: ids[1]!, limit: 2 }));
        expect({ ids: idsOf(short.messages), hasMore: short.hasMore }).toEqual({
          ids: ids.slice(2, 4),
          hasMore: true,
        });
      });

      it('indexForSearch processes at most `limit` per call and reports 0 when caught up', async () => {
        await send('alice', 'bob', 5, { content: 'indexed text' });
        let total = 0;
        for (let i = 0; i < 10; i++) {
          const n = await store.messages.indexForSearch(2);
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(2);
          if (n === 0) break;
          total += n;
        }
        expect(total === 0 || total >= 5).toBe(true);
        expect(await store.messages.indexForSearch(100)).toBe(0);
        const [later] = await send('alice', 'bob', 1, { content: 'indexed later' });
        await indexAll();
        expect(await found('alice', 'later')).toEqual([later!.msgId]);
        expect(await found('alice', 'indexed')).toHaveLength(6);
      });
    });
  });
}
