/**
 * What the admin console needs of the Store (src/store/types.ts), run by runStoreContract against
 * every store implementation: AdminStore (accounts, sessions, audit log), the listings of users
 * and groups with a query, and MessageStore.browse (the message audit across all users).
 */

import { describe, expect, it } from 'vitest';
import { c2cConvId } from '../../src/store/conv-id.ts';
import { DuplicateError, NotFoundError } from '../../src/store/errors.ts';
import type {
  AdminRecord,
  AppendRequest,
  BrowseQuery,
  GroupRecord,
  Store,
  StoredMessage,
} from '../../src/store/types.ts';
import { testMessage } from '../helpers/messages.ts';

const T0 = 1_700_000_000_000;
let nextMsgId = 7_000_000;

function adminOf(name: string, over: Partial<AdminRecord> = {}): AdminRecord {
  return {
    name,
    passwordHash: `$argon2id$${name}`,
    role: 'operator',
    disabled: false,
    createdAt: T0,
    lastLoginAt: 0,
    failedLogins: 0,
    lockedUntil: 0,
    ...over,
  };
}

function groupOf(
  groupId: string,
  ownerUid: string,
  name = `group ${groupId}`,
): Omit<GroupRecord, 'memberCount'> {
  return {
    groupId,
    name,
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

function message(from: string, to: string, over: Partial<StoredMessage> = {}): StoredMessage {
  const msgId = over.msgId ?? nextMsgId++;
  return testMessage(msgId, from, to, { clientMsgId: `adm-${msgId}`, ...over });
}

function c2c(from: string, to: string, over: Partial<StoredMessage> = {}): AppendRequest {
  return { message: message(from, to, over), recipients: [from, to] };
}

const ids = (r: { messages: readonly StoredMessage[] }) => r.messages.map((m) => m.msgId);

export function describeAdminStore(store: () => Store): void {
  describe('admins: accounts', () => {
    it('creates, reads, lists by name and refuses a duplicate name', async () => {
      const a = adminOf('zoe', { role: 'owner' });
      await store().admins.create(a);
      await store().admins.create(adminOf('管理员', { role: 'viewer' }));
      await store().admins.create(adminOf('amy'));
      expect(await store().admins.get('zoe')).toEqual(a);
      expect(await store().admins.get('nobody')).toBeUndefined();
      expect((await store().admins.list()).map((x) => x.name)).toEqual(['amy', 'zoe', '管理员']);
      const dup = await store()
        .admins.create(adminOf('zoe', { role: 'viewer' }))
        .catch((e: unknown) => e);
      expect(dup).toBeInstanceOf(DuplicateError);
      expect((await store().admins.get('zoe'))?.role).toBe('owner');
    });

    it('updates the fields of a patch only, and refuses an unknown name', async () => {
      await store().admins.create(adminOf('amy'));
      const r = await store().admins.update('amy', { role: 'owner', lastLoginAt: T0 + 5, failedLogins: 3 });
      expect(r).toEqual(adminOf('amy', { role: 'owner', lastLoginAt: T0 + 5, failedLogins: 3 }));
      await store().admins.update('amy', { disabled: true, lockedUntil: T0 + 9, passwordHash: 'h2' });
      expect(await store().admins.get('amy')).toEqual(
        adminOf('amy', {
          role: 'owner',
          lastLoginAt: T0 + 5,
          failedLogins: 3,
          disabled: true,
          lockedUntil: T0 + 9,
          passwordHash: 'h2',
        }),
      );
      expect(await store().admins.update('amy', {})).toMatchObject({ name: 'amy', disabled: true });
      await expect(store().admins.update('ghost', { role: 'viewer' })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('admins: failed sign-ins', () => {
    it('counts failures, locks at the limit and counts failures made at once each', async () => {
      await store().admins.create(adminOf('fay'));
      await store().admins.recordFailedLogin('fay', 3, T0 + 60_000);
      await store().admins.recordFailedLogin('fay', 3, T0 + 60_000);
      expect(await store().admins.get('fay')).toMatchObject({ failedLogins: 2, lockedUntil: 0 });
      await store().admins.recordFailedLogin('fay', 3, T0 + 60_000);
      expect(await store().admins.get('fay')).toMatchObject({ failedLogins: 0, lockedUntil: T0 + 60_000 });

      await store().admins.create(adminOf('gus'));
      await Promise.all(Array.from({ length: 3 }, () => store().admins.recordFailedLogin('gus', 3, T0 + 5)));
      expect(await store().admins.get('gus')).toMatchObject({ failedLogins: 0, lockedUntil: T0 + 5 });
      await store().admins.recordFailedLogin('ghost', 3, T0);
      expect(await store().admins.get('ghost')).toBeUndefined();
    });
  });

  describe('admins: sessions', () => {
    it('creates, reads and deletes sessions; a duplicate hash is refused', async () => {
      const s = { tokenHash: 'a'.repeat(64), name: 'amy', createdAt: T0, expiresAt: T0 + 1000 };
      await store().admins.createSession(s);
      expect(await store().admins.getSession(s.tokenHash)).toEqual(s);
      await expect(store().admins.createSession(s)).rejects.toBeInstanceOf(DuplicateError);
      expect(await store().admins.deleteSession(s.tokenHash)).toBe(true);
      expect(await store().admins.deleteSession(s.tokenHash)).toBe(false);
      expect(await store().admins.getSession(s.tokenHash)).toBeUndefined();
    });

    it('deletes all sessions of one admin, but the one to keep', async () => {
      const mk = (h: string, name: string, expiresAt = T0 + 1000) => ({
        tokenHash: h.repeat(64),
        name,
        createdAt: T0,
        expiresAt,
      });
      for (const s of [mk('1', 'amy'), mk('2', 'amy'), mk('3', 'amy'), mk('4', 'bob')])
        await store().admins.createSession(s);
      expect(await store().admins.deleteSessionsOf('amy', '2'.repeat(64))).toBe(2);
      expect(await store().admins.getSession('2'.repeat(64))).toBeDefined();
      expect(await store().admins.getSession('1'.repeat(64))).toBeUndefined();
      expect(await store().admins.deleteSessionsOf('amy')).toBe(1);
      expect(await store().admins.getSession('4'.repeat(64))).toBeDefined();
      expect(await store().admins.deleteSessionsOf('nobody')).toBe(0);
    });

    it('deletes expired sessions (expiresAt <= now) only', async () => {
      await store().admins.createSession({
        tokenHash: 'e'.repeat(64),
        name: 'a',
        createdAt: 1,
        expiresAt: 100,
      });
      await store().admins.createSession({
        tokenHash: 'f'.repeat(64),
        name: 'a',
        createdAt: 1,
        expiresAt: 200,
      });
      expect(await store().admins.deleteExpiredSessions(100)).toBe(1);
      expect(await store().admins.getSession('e'.repeat(64))).toBeUndefined();
      expect(await store().admins.getSession('f'.repeat(64))).toBeDefined();
    });
  });

  describe('admins: audit log', () => {
    it('appends with increasing ids and lists newest first with before and limit', async () => {
      const appended = [];
      for (let i = 0; i < 5; i++) {
        appended.push(
          await store().admins.appendAudit({
            ts: T0 + i,
            admin: 'amy',
            action: 'user.disable',
            target: `u${i}`,
            detail: JSON.stringify({ i, text: 'Ünïcødé 爱' }),
          }),
        );
      }
      const idList = appended.map((e) => e.id);
      expect([...idList].sort((a, b) => a - b)).toEqual(idList);
      expect(new Set(idList).size).toBe(5);
      const all = await store().admins.audit({ limit: 10 });
      expect(all).toEqual([...appended].reverse());
      const page = await store().admins.audit({ before: idList[3], limit: 2 });
      expect(page.map((e) => e.target)).toEqual(['u2', 'u1']);
      expect(await store().admins.audit({ limit: 0 })).toEqual([]);
    });
  });

  describe('admins: listing users and groups', () => {
    it('lists users by uid with a query over uid prefix and nickname part, disabled included', async () => {
      const now = T0;
      for (const [uid, nickname] of [
        ['alice', 'Alice Liddell'],
        ['bob', 'Robert'],
        ['carol', '小红'],
        ['dave', 'alien dave'],
      ] as const) {
        await store().users.create({ uid, nickname, passwordHash: '', createdAt: now });
      }
      await store().users.setDisabled('dave', true);
      const uids = async (o: { after?: string; limit: number; query?: string }) =>
        (await store().users.list(o)).map((u) => u.uid);
      expect(await uids({ limit: 10, query: 'ALI' })).toEqual(['alice', 'dave']);
      expect(await uids({ limit: 10, query: 'bo' })).toEqual(['bob']);
      expect(await uids({ limit: 10, query: '小红' })).toEqual(['carol']);
      expect(await uids({ limit: 1, query: 'ali' })).toEqual(['alice']);
      expect(await uids({ limit: 10, query: 'ali', after: 'alice' })).toEqual(['dave']);
      expect(await uids({ limit: 10, query: '%' })).toEqual([]);
      expect(await uids({ limit: 10 })).toEqual(['alice', 'bob', 'carol', 'dave']);
    });

    it('lists groups by id, each once, with a query over id prefix and name part', async () => {
      for (const uid of ['alice', 'bob', 'carol', 'dave'])
        await store().users.create({ uid, nickname: uid, passwordHash: '', createdAt: T0 });
      const members = (uids: string[]) =>
        uids.map((uid, i) => ({ uid, role: i === 0 ? ('owner' as const) : ('member' as const) }));
      await store().groups.create(groupOf('club', 'alice', 'Book Club'), members(['alice', 'bob']));
      await store().groups.create(groupOf('team-1', 'bob', '项目组'), members(['bob', 'carol', 'dave']));
      await store().groups.create(groupOf('team-2', 'dave', 'Chess club'), members(['dave', 'alice']));
      await store().groups.update('team-2', { dismissed: true });
      const list = async (o: { after?: string; limit: number; query?: string }) =>
        (await store().groups.list(o)).map((g) => g.groupId);
      expect(await list({ limit: 10 })).toEqual(['club', 'team-1', 'team-2']);
      expect(await list({ limit: 2 })).toEqual(['club', 'team-1']);
      expect(await list({ limit: 10, after: 'club' })).toEqual(['team-1', 'team-2']);
      expect(await list({ limit: 10, query: 'CLUB' })).toEqual(['club', 'team-2']);
      expect(await list({ limit: 10, query: 'team' })).toEqual(['team-1', 'team-2']);
      expect(await list({ limit: 10, query: '项目' })).toEqual(['team-1']);
      expect(await list({ limit: 10, query: '_' })).toEqual([]);
      const [g] = await store().groups.list({ limit: 1, query: 'team-2' });
      expect(g).toMatchObject({ groupId: 'team-2', memberCount: 2, dismissed: true, ownerUid: 'dave' });
    });
  });

  describe('messages: browse (message audit)', () => {
    const q = (over: Partial<BrowseQuery> = {}): BrowseQuery => ({
      fromUid: '',
      convId: '',
      text: '',
      beforeMsgId: 0,
      limit: 50,
      ...over,
    });

    it('lists every message once, newest first, filtered by sender and conversation, with paging', async () => {
      for (const uid of ['alice', 'bob', 'carol', 'dave'])
        await store().users.create({ uid, nickname: uid, passwordHash: '', createdAt: T0 });
      const sent: number[] = [];
      for (const [from, to] of [
        ['alice', 'bob'],
        ['bob', 'alice'],
        ['carol', 'dave'],
        ['alice', 'carol'],
        ['dave', 'bob'],
      ] as const) {
        const [r] = await store().messages.append([c2c(from, to)]);
        sent.push(r!.msgId);
      }
      const newest = [...sent].reverse();
      expect(ids(await store().messages.browse(q()))).toEqual(newest);
      expect(ids(await store().messages.browse(q({ fromUid: 'alice' })))).toEqual([sent[3], sent[0]]);
      expect(ids(await store().messages.browse(q({ convId: c2cConvId('alice', 'bob') })))).toEqual([
        sent[1],
        sent[0],
      ]);
      expect(
        ids(await store().messages.browse(q({ fromUid: 'bob', convId: c2cConvId('alice', 'bob') }))),
      ).toEqual([sent[1]]);
      const p1 = await store().messages.browse(q({ limit: 2 }));
      expect(p1).toMatchObject({ hasMore: true });
      expect(ids(p1)).toEqual(newest.slice(0, 2));
      const p2 = await store().messages.browse(q({ limit: 2, beforeMsgId: ids(p1)[1]! }));
      expect(ids(p2)).toEqual(newest.slice(2, 4));
      const p3 = await store().messages.browse(q({ limit: 2, beforeMsgId: ids(p2)[1]! }));
      expect(p3).toMatchObject({ hasMore: false });
      expect(ids(p3)).toEqual(newest.slice(4));
      const [first] = (await store().messages.browse(q({ limit: 1 }))).messages;
      expect(first).toMatchObject({ fromUid: 'dave', to: 'bob', type: 'text', recalled: false });
    });

    it('filters by text through the search index, CJK included, live text messages only', async () => {
      for (const uid of ['alice', 'bob', 'carol'])
        await store().users.create({ uid, nickname: uid, passwordHash: '', createdAt: T0 });
      const [zh] = await store().messages.append([
        c2c('alice', 'bob', { content: '今天天气很好，我们去公园散步吧' }),
      ]);
      const [en] = await store().messages.append([
        c2c('bob', 'carol', { content: 'Meet at the AIRPORT at noon' }),
      ]);
      const [custom] = await store().messages.append([
        c2c('carol', 'alice', { type: 'custom', content: '{"airport":"天气很"}' }),
      ]);
      const [gone] = await store().messages.append([c2c('alice', 'carol', { content: 'airport again' })]);
      await store().messages.append([
        {
          message: message('alice', 'carol', { type: 'recall', content: '{}', refMsgId: gone!.msgId }),
          recipients: ['alice', 'carol'],
          change: { kind: 'recall', msgId: gone!.msgId },
          countsUnread: false,
        },
      ]);
      expect(ids(await store().messages.browse(q({ text: '天气很' })))).toEqual([zh!.msgId]);
      expect(ids(await store().messages.browse(q({ text: '公园' })))).toEqual([zh!.msgId]);
      expect(ids(await store().messages.browse(q({ text: 'airport' })))).toEqual([en!.msgId]);
      expect(ids(await store().messages.browse(q({ text: 'airport', fromUid: 'alice' })))).toEqual([]);
      expect(
        ids(await store().messages.browse(q({ text: 'noon', convId: c2cConvId('bob', 'carol') }))),
      ).toEqual([en!.msgId]);
      expect(ids(await store().messages.browse(q({ text: 'planet' })))).toEqual([]);
      expect(custom!.msgId).toBeGreaterThan(0);
      // Without text every message is listed, the recalled one (content '') included.
      const all = await store().messages.browse(q({ convId: c2cConvId('alice', 'carol') }));
      expect(all.messages.find((m) => m.msgId === gone!.msgId)).toMatchObject({
        recalled: true,
        content: '',
      });
    });
  });
}
