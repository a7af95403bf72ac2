/**
 * The social part of the Store contract: profiles and user search (UserStore), groups
 * (GroupStore) and contacts (ContactStore), checked against any implementation through the Store
 * interface only. Each implementation's test file calls runSocialStoreContract once.
 *
 * Tests of the conversation entries that group membership maintains read them through
 * store.conversations and skip themselves while a store has none.
 *
 * @example
 * runSocialStoreContract({ name: 'sqlite', create: () => createSqliteStore({ file: ':memory:' }) });
 */
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { groupConvId } from '../../src/store/conv-id.ts';
import { ConflictError, DuplicateError, NotFoundError, StoreError } from '../../src/store/errors.ts';
import type {
  ConversationStore,
  GroupRecord,
  GroupRoleName,
  NewUser,
  Store,
  UserRecord,
} from '../../src/store/types.ts';
import type { StoreContractOptions } from './options.ts';

const T0 = 1_700_000_000_000;

function newUser(uid: string, over: Partial<NewUser> = {}): NewUser {
  return { uid, nickname: `nick ${uid}`, passwordHash: `$argon2id$${uid}`, createdAt: T0, ...over };
}

function userRecord(uid: string, over: Partial<UserRecord> = {}): UserRecord {
  return {
    uid,
    nickname: `nick ${uid}`,
    passwordHash: `$argon2id$${uid}`,
    disabled: false,
    createdAt: T0,
    avatar: '',
    signature: '',
    readReceipts: true,
    ...over,
  };
}

type NewGroup = Omit<GroupRecord, 'memberCount'>;

function groupOf(groupId: string, ownerUid: string, over: Partial<NewGroup> = {}): NewGroup {
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
    ...over,
  };
}

const asMembers = (uids: readonly string[], role: GroupRoleName = 'member') =>
  uids.map((uid) => ({ uid, role }));

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

export function runSocialStoreContract(opts: StoreContractOptions): void {
  describe(`Social store contract: ${opts.name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await opts.create();
    });

    afterEach(async () => {
      await (opts.destroy ?? ((s: Store) => s.close()))(store);
    });

    /** store.conversations, or skips the test while the store has none. */
    function conversations(ctx: TestContext): ConversationStore {
      const c = (store as Partial<Store>).conversations;
      if (c === undefined) ctx.skip('store.conversations is not implemented yet');
      return c;
    }

    let nextMsgId = 1;

    /** Appends `count` messages from `from` to the group; returns the conversation's seq after. */
    async function sendToGroup(groupId: string, from: string, count: number): Promise<number> {
      let convSeq = 0;
      for (let i = 0; i < count; i++) {
        const msgId = nextMsgId++;
        const [r] = await store.messages.append([
          {
            message: {
              msgId,
              clientMsgId: `gm-${msgId}`,
              fromUid: from,
              convType: 'group',
              to: groupId,
              type: 'text',
              content: `group message ${msgId}`,
              ts: T0 + msgId,
              convId: groupConvId(groupId),
              convSeq: 0,
              refMsgId: 0,
              refKind: '',
              editedAt: 0,
              recalled: false,
            },
            recipients: [],
            group: { groupId, writeDiffusionMax: 500 },
          },
        ]);
        convSeq = r!.convSeq;
      }
      return convSeq;
    }

    async function createUsers(...uids: string[]): Promise<void> {
      for (const uid of uids) await store.users.create(newUser(uid));
    }

    describe('users: profiles', () => {
      it('a new user has an empty avatar and signature and read receipts on', async () => {
        await store.users.create(newUser('alice'));
        expect(await store.users.get('alice')).toEqual(userRecord('alice'));
        expect(await store.users.list({ limit: 10 })).toEqual([userRecord('alice')]);
      });

      it('updateProfile sets each field, keeps the others and returns the updated record', async () => {
        await createUsers('alice', 'bob');
        const a1 = await store.users.updateProfile('alice', { nickname: '爱丽丝 Ünï 🐇' });
        expect(a1).toEqual(userRecord('alice', { nickname: '爱丽丝 Ünï 🐇' }));
        const a2 = await store.users.updateProfile('alice', { avatar: 'https://x/a.png', signature: '签名' });
        expect(a2).toEqual(
          userRecord('alice', { nickname: '爱丽丝 Ünï 🐇', avatar: 'https://x/a.png', signature: '签名' }),
        );
        const a3 = await store.users.updateProfile('alice', { readReceipts: false });
        expect(a3.readReceipts).toBe(false);
        expect(a3.signature).toBe('签名');
        expect(await store.users.get('alice')).toEqual(a3);
        expect((await store.users.updateProfile('alice', { readReceipts: true })).readReceipts).toBe(true);
        expect(await store.users.get('bob')).toEqual(userRecord('bob'));
      });

      it('updateProfile can clear fields to empty strings', async () => {
        await createUsers('alice');
        await store.users.updateProfile('alice', { avatar: 'a', signature: 's' });
        const r = await store.users.updateProfile('alice', { avatar: '', signature: '' });
        expect(r).toEqual(userRecord('alice'));
      });

      it('updateProfile with an empty patch returns the record unchanged', async () => {
        await createUsers('alice');
        await store.users.setDisabled('alice', true);
        expect(await store.users.updateProfile('alice', {})).toEqual(userRecord('alice', { disabled: true }));
      });

      it('updateProfile throws NotFoundError for an unknown uid, also with an empty patch', async () => {
        const err = await caught(store.users.updateProfile('nobody', { nickname: 'x' }));
        expect(err).toBeInstanceOf(NotFoundError);
        expect(err).toBeInstanceOf(StoreError);
        await expect(store.users.updateProfile('nobody', {})).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.users.get('nobody')).toBeUndefined();
      });

      it('updateProfile leaves password hash, disabled and createdAt alone', async () => {
        await createUsers('alice');
        await store.users.setPasswordHash('alice', '$scrypt$x');
        await store.users.setDisabled('alice', true);
        const r = await store.users.updateProfile('alice', { nickname: 'A' });
        expect(r).toEqual(userRecord('alice', { nickname: 'A', passwordHash: '$scrypt$x', disabled: true }));
      });
    });

    describe('users: getMany', () => {
      it('returns the records of the uids that exist, disabled included, each once', async () => {
        await createUsers('a', 'b', '用户');
        await store.users.setDisabled('b', true);
        await store.users.updateProfile('a', { signature: 'sig' });
        const got = await store.users.getMany(['b', 'x', 'a', 'a', '用户', 'b']);
        expect(got.sort((p, q) => (p.uid < q.uid ? -1 : 1))).toEqual([
          userRecord('a', { signature: 'sig' }),
          userRecord('b', { disabled: true }),
          userRecord('用户'),
        ]);
      });

      it('returns [] for no uids or only unknown ones', async () => {
        await createUsers('a');
        expect(await store.users.getMany([])).toEqual([]);
        expect(await store.users.getMany(['x', 'y'])).toEqual([]);
      });

      it('handles more uids than one statement may bind', async () => {
        await createUsers('u1', 'u2', 'u3');
        const uids = Array.from({ length: 70_000 }, (_, i) => `unknown-${i}`);
        uids.splice(10, 0, 'u1');
        uids.splice(40_000, 0, 'u2');
        uids.push('u3');
        const got = await store.users.getMany(uids);
        expect(got.map((u) => u.uid).sort()).toEqual(['u1', 'u2', 'u3']);
      });
    });

    describe('users: search', () => {
      const uidsOf = (rs: UserRecord[]) => rs.map((r) => r.uid);

      it('finds by uid prefix and by nickname substring, ordered by uid', async () => {
        await store.users.create(newUser('bob', { nickname: 'Robert' }));
        await store.users.create(newUser('bobby', { nickname: 'B' }));
        await store.users.create(newUser('carol', { nickname: 'Bob’s sister' }));
        await store.users.create(newUser('abob', { nickname: 'X' }));
        await store.users.create(newUser('dave', { nickname: 'the bobcat' }));
        expect(uidsOf(await store.users.search('bob', 10))).toEqual(['bob', 'bobby', 'carol', 'dave']);
        expect(uidsOf(await store.users.search('ober', 10))).toEqual(['bob']);
        expect(uidsOf(await store.users.search('nobody', 10))).toEqual([]);
      });

      it('matches a uid only as a prefix', async () => {
        await store.users.create(newUser('xalice', { nickname: 'X' }));
        await store.users.create(newUser('alice', { nickname: 'A' }));
        expect(uidsOf(await store.users.search('lic', 10))).toEqual([]);
        expect(uidsOf(await store.users.search('ali', 10))).toEqual(['alice']);
      });

      it('is case-insensitive for ASCII on both sides', async () => {
        await store.users.create(newUser('Alice', { nickname: 'x' }));
        await store.users.create(newUser('bob', { nickname: 'MiXeD Case' }));
        expect(uidsOf(await store.users.search('ALI', 10))).toEqual(['Alice']);
        expect(uidsOf(await store.users.search('alice', 10))).toEqual(['Alice']);
        expect(uidsOf(await store.users.search('mixed c', 10))).toEqual(['bob']);
        expect(uidsOf(await store.users.search('XED CASE', 10))).toEqual(['bob']);
      });

      it('puts an exact uid match first, then orders by uid', async () => {
        await store.users.create(newUser('ann', { nickname: 'x' }));
        await store.users.create(newUser('anna', { nickname: 'x' }));
        await store.users.create(newUser('aaa', { nickname: 'Joanna' }));
        await store.users.create(newUser('zed', { nickname: 'anna-lena' }));
        await store.users.create(newUser('annabel', { nickname: 'x' }));
        expect(uidsOf(await store.users.search('anna', 10))).toEqual(['anna', 'aaa', 'annabel', 'zed']);
        expect(uidsOf(await store.users.search('ann', 10))).toEqual(['ann', 'aaa', 'anna', 'annabel', 'zed']);
      });

      it('keeps the exact match within the limit', async () => {
        for (const uid of ['ab', 'aba', 'abb', 'abc'])
          await store.users.create(newUser(uid, { nickname: 'ab' }));
        await store.users.create(newUser('a', { nickname: 'x' }));
        await store.users.create(newUser('b', { nickname: 'ab' }));
        expect(uidsOf(await store.users.search('ab', 2))).toEqual(['ab', 'aba']);
        expect(uidsOf(await store.users.search('b', 1))).toEqual(['b']);
        expect(uidsOf(await store.users.search('b', 3))).toEqual(['b', 'ab', 'aba']);
      });

      it('leaves out disabled users', async () => {
        await store.users.create(newUser('alice', { nickname: 'A' }));
        await store.users.create(newUser('alina', { nickname: 'B' }));
        await store.users.setDisabled('alice', true);
        expect(uidsOf(await store.users.search('ali', 10))).toEqual(['alina']);
        expect(uidsOf(await store.users.search('alice', 10))).toEqual([]);
        await store.users.setDisabled('alice', false);
        expect(uidsOf(await store.users.search('alice', 10))).toEqual(['alice']);
      });

      it('returns at most `limit` users, none for a limit of 0', async () => {
        for (let i = 0; i < 8; i++) await store.users.create(newUser(`u${i}`));
        expect(uidsOf(await store.users.search('u', 3))).toEqual(['u0', 'u1', 'u2']);
        expect(await store.users.search('u', 0)).toEqual([]);
        expect(await store.users.search('u', 100)).toHaveLength(8);
      });

      it('returns whole records, profile fields included', async () => {
        await store.users.create(newUser('alice', { nickname: 'Alice' }));
        await store.users.updateProfile('alice', { avatar: 'av', signature: 'sig', readReceipts: false });
        expect(await store.users.search('alice', 1)).toEqual([
          userRecord('alice', { nickname: 'Alice', avatar: 'av', signature: 'sig', readReceipts: false }),
        ]);
      });

      it('treats % in the query as a literal character', async () => {
        await store.users.create(newUser('u1', { nickname: '100% sure' }));
        await store.users.create(newUser('u2', { nickname: '100 sure' }));
        await store.users.create(newUser('u3', { nickname: 'anything' }));
        expect(uidsOf(await store.users.search('%', 10))).toEqual(['u1']);
        expect(uidsOf(await store.users.search('0% s', 10))).toEqual(['u1']);
        expect(uidsOf(await store.users.search('100%', 10))).toEqual(['u1']);
      });

      it('treats _ in the query as a literal character', async () => {
        await store.users.create(newUser('a_b', { nickname: 'x' }));
        await store.users.create(newUser('axb', { nickname: 'snake_case' }));
        await store.users.create(newUser('ayb', { nickname: 'snakeXcase' }));
        expect(uidsOf(await store.users.search('a_', 10))).toEqual(['a_b']);
        expect(uidsOf(await store.users.search('e_c', 10))).toEqual(['axb']);
        expect(uidsOf(await store.users.search('_', 10))).toEqual(['axb']);
      });

      it('treats a backslash in the query as a literal character', async () => {
        await store.users.create(newUser('u1', { nickname: 'back\\slash' }));
        await store.users.create(newUser('u2', { nickname: 'back%slash' }));
        await store.users.create(newUser('u3', { nickname: 'backslash' }));
        await store.users.create(newUser('u4', { nickname: 'back\\%slash' }));
        expect(uidsOf(await store.users.search('\\', 10))).toEqual(['u1', 'u4']);
        expect(uidsOf(await store.users.search('k\\s', 10))).toEqual(['u1']);
        expect(uidsOf(await store.users.search('\\%', 10))).toEqual(['u4']);
        expect(uidsOf(await store.users.search('k%s', 10))).toEqual(['u2']);
      });

      it('finds CJK and other non-ASCII nicknames by substring', async () => {
        await store.users.create(newUser('u1', { nickname: '张三丰' }));
        await store.users.create(newUser('u2', { nickname: '李四' }));
        await store.users.create(newUser('u3', { nickname: 'やまだ たろう' }));
        await store.users.create(newUser('u4', { nickname: '김철수 🐇' }));
        await store.users.create(newUser('用户甲', { nickname: 'x' }));
        expect(uidsOf(await store.users.search('三', 10))).toEqual(['u1']);
        expect(uidsOf(await store.users.search('张三丰', 10))).toEqual(['u1']);
        expect(uidsOf(await store.users.search('四', 10))).toEqual(['u2']);
        expect(uidsOf(await store.users.search('たろ', 10))).toEqual(['u3']);
        expect(uidsOf(await store.users.search('철수', 10))).toEqual(['u4']);
        expect(uidsOf(await store.users.search('🐇', 10))).toEqual(['u4']);
        expect(uidsOf(await store.users.search('用户', 10))).toEqual(['用户甲']);
        expect(uidsOf(await store.users.search('王', 10))).toEqual([]);
      });
    });

    describe('groups: create and read', () => {
      it('creates a group with its members and returns the record with memberCount', async () => {
        const created = await store.groups.create(
          groupOf('g1', 'alice', { name: '群 一', avatar: 'av', intro: 'hi', joinPolicy: 'approval' }),
          [
            { uid: 'alice', role: 'owner' },
            { uid: 'bob', role: 'admin' },
            { uid: 'carol', role: 'member' },
          ],
        );
        const expected: GroupRecord = {
          groupId: 'g1',
          name: '群 一',
          avatar: 'av',
          intro: 'hi',
          type: 'normal',
          joinPolicy: 'approval',
          ownerUid: 'alice',
          memberCount: 3,
          mutedAll: false,
          dismissed: false,
          createdAt: T0,
        };
        expect(created).toEqual(expected);
        expect(await store.groups.get('g1')).toEqual(expected);
        expect(await store.groups.member('g1', 'alice')).toEqual({
          groupId: 'g1',
          uid: 'alice',
          role: 'owner',
          nickname: '',
          mutedUntil: 0,
          joinedAt: T0,
        });
        expect((await store.groups.member('g1', 'bob'))?.role).toBe('admin');
        expect((await store.groups.member('g1', 'carol'))?.role).toBe('member');
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob', 'carol']);
      });

      it('keeps the type and flags given at creation', async () => {
        const g = await store.groups.create(
          groupOf('big', 'o', { type: 'large', joinPolicy: 'invite_only', mutedAll: true }),
          [{ uid: 'o', role: 'owner' }],
        );
        expect(g).toMatchObject({
          type: 'large',
          joinPolicy: 'invite_only',
          mutedAll: true,
          dismissed: false,
        });
        expect(await store.groups.get('big')).toEqual(g);
      });

      it('makes the owner a member with role owner even when the list leaves them out', async () => {
        const g = await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
        expect(g.memberCount).toBe(2);
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('owner');
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob']);
      });

      it('counts a uid listed twice once', async () => {
        const g = await store.groups.create(groupOf('g1', 'alice'), [
          { uid: 'alice', role: 'owner' },
          { uid: 'bob', role: 'member' },
          { uid: 'bob', role: 'member' },
          { uid: 'alice', role: 'owner' },
        ]);
        expect(g.memberCount).toBe(2);
        expect((await store.groups.get('g1'))?.memberCount).toBe(2);
      });

      it('creates a group of the owner alone', async () => {
        const g = await store.groups.create(groupOf('solo', 'alice'), [{ uid: 'alice', role: 'owner' }]);
        expect(g.memberCount).toBe(1);
        expect(await store.groups.memberUids('solo')).toEqual(['alice']);
      });

      it('throws DuplicateError for an existing group id and changes nothing', async () => {
        await store.groups.create(groupOf('g1', 'alice', { name: 'first' }), asMembers(['bob']));
        const err = await caught(
          store.groups.create(groupOf('g1', 'zed', { name: 'second' }), asMembers(['yan'])),
        );
        expect(err).toBeInstanceOf(DuplicateError);
        expect(await store.groups.get('g1')).toMatchObject({
          name: 'first',
          ownerUid: 'alice',
          memberCount: 2,
        });
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob']);
        expect(await store.groups.groupsOf('zed')).toEqual([]);
        expect(await store.groups.groupsOf('yan')).toEqual([]);
      });

      it('getMany returns the groups that exist, each once', async () => {
        const g1 = await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
        const g2 = await store.groups.create(groupOf('g2', 'bob'), []);
        const got = await store.groups.getMany(['g2', 'nope', 'g1', 'g2']);
        expect(got.sort((a, b) => a.groupId.localeCompare(b.groupId))).toEqual([g1, g2]);
        expect(await store.groups.getMany([])).toEqual([]);
        const many = Array.from({ length: 40_000 }, (_, i) => `x${i}`);
        expect((await store.groups.getMany([...many, 'g1'])).map((g) => g.groupId)).toEqual(['g1']);
      });

      it('get returns undefined for an unknown group', async () => {
        expect(await store.groups.get('nope')).toBeUndefined();
        expect(await store.groups.member('nope', 'alice')).toBeUndefined();
        expect(await store.groups.memberUids('nope')).toEqual([]);
        expect(await store.groups.members('nope', '', 10)).toEqual([]);
      });

      it('gives every member a group conversation entry starting at seq 0', async (ctx) => {
        const convs = conversations(ctx);
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob', 'carol']));
        for (const uid of ['alice', 'bob', 'carol']) {
          const e = await convs.get(uid, groupConvId('g1'));
          expect(e).toMatchObject({
            uid,
            convId: groupConvId('g1'),
            convType: 'group',
            peer: 'g1',
            readSeq: 0,
            startSeq: 0,
            leftSeq: 0,
            hiddenSeq: -1,
            pinned: false,
            muted: false,
            draft: '',
          });
        }
        expect(await convs.get('dave', groupConvId('g1'))).toBeUndefined();
      });
    });

    describe('groups: update', () => {
      beforeEach(async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
      });

      it('applies each field of the patch and keeps the rest', async () => {
        const u1 = await store.groups.update('g1', { name: '新名字', intro: 'about us' });
        expect(u1).toMatchObject({ name: '新名字', intro: 'about us', avatar: '', joinPolicy: 'open' });
        const u2 = await store.groups.update('g1', { avatar: 'a.png', joinPolicy: 'invite_only' });
        expect(u2).toEqual({
          groupId: 'g1',
          name: '新名字',
          avatar: 'a.png',
          intro: 'about us',
          type: 'normal',
          joinPolicy: 'invite_only',
          ownerUid: 'alice',
          memberCount: 2,
          mutedAll: false,
          dismissed: false,
          createdAt: T0,
        });
        expect(await store.groups.get('g1')).toEqual(u2);
      });

      it('turns mutedAll and dismissed on and off', async () => {
        expect(await store.groups.update('g1', { mutedAll: true })).toMatchObject({
          mutedAll: true,
          dismissed: false,
        });
        expect(await store.groups.update('g1', { dismissed: true })).toMatchObject({
          mutedAll: true,
          dismissed: true,
        });
        expect(await store.groups.update('g1', { mutedAll: false })).toMatchObject({
          mutedAll: false,
          dismissed: true,
        });
        expect(await store.groups.get('g1')).toMatchObject({ mutedAll: false, dismissed: true });
      });

      it('with an empty patch returns the record unchanged', async () => {
        const before = await store.groups.get('g1');
        expect(await store.groups.update('g1', {})).toEqual(before);
      });

      it('throws NotFoundError for an unknown group, also with an empty patch', async () => {
        await expect(store.groups.update('nope', { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.groups.update('nope', {})).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.groups.get('nope')).toBeUndefined();
      });
    });

    describe('groups: members', () => {
      it('members pages by uid after `after`', async () => {
        await store.groups.create(groupOf('g1', 'm3'), asMembers(['m5', 'm1', 'm4', 'm2']));
        const uids = async (after: string, limit: number) =>
          (await store.groups.members('g1', after, limit)).map((m) => m.uid);
        expect(await uids('', 2)).toEqual(['m1', 'm2']);
        expect(await uids('m2', 2)).toEqual(['m3', 'm4']);
        expect(await uids('m4', 2)).toEqual(['m5']);
        expect(await uids('m5', 2)).toEqual([]);
        expect(await uids('m25', 10)).toEqual(['m3', 'm4', 'm5']);
        expect(await uids('', 0)).toEqual([]);
        const [first] = await store.groups.members('g1', '', 1);
        expect(first).toEqual({
          groupId: 'g1',
          uid: 'm1',
          role: 'member',
          nickname: '',
          mutedUntil: 0,
          joinedAt: T0,
        });
      });

      it('keeps the members of different groups apart', async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
        await store.groups.create(groupOf('g2', 'carol'), asMembers(['bob', 'dave']));
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob']);
        expect(await store.groups.memberUids('g2')).toEqual(['bob', 'carol', 'dave']);
        expect(await store.groups.member('g1', 'carol')).toBeUndefined();
      });
    });

    describe('groups: addMembers', () => {
      beforeEach(async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
      });

      it('adds new members with role member and returns them in request order', async () => {
        const added = await store.groups.addMembers('g1', ['dave', 'carol'], T0 + 5, 100);
        expect(added).toEqual(['dave', 'carol']);
        expect(await store.groups.member('g1', 'carol')).toEqual({
          groupId: 'g1',
          uid: 'carol',
          role: 'member',
          nickname: '',
          mutedUntil: 0,
          joinedAt: T0 + 5,
        });
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob', 'carol', 'dave']);
        expect((await store.groups.get('g1'))?.memberCount).toBe(4);
      });

      it('skips existing members and duplicates, keeping their role and join time', async () => {
        const added = await store.groups.addMembers('g1', ['alice', 'carol', 'bob', 'carol'], T0 + 9, 100);
        expect(added).toEqual(['carol']);
        expect(await store.groups.member('g1', 'alice')).toMatchObject({ role: 'owner', joinedAt: T0 });
        expect((await store.groups.get('g1'))?.memberCount).toBe(3);
        expect(await store.groups.addMembers('g1', ['alice', 'bob', 'carol'], T0 + 10, 100)).toEqual([]);
        expect(await store.groups.addMembers('g1', [], T0 + 10, 100)).toEqual([]);
        expect((await store.groups.get('g1'))?.memberCount).toBe(3);
      });

      it('fills the group exactly to maxMembers', async () => {
        expect(await store.groups.addMembers('g1', ['c', 'd', 'e'], T0, 5)).toEqual(['c', 'd', 'e']);
        expect((await store.groups.get('g1'))?.memberCount).toBe(5);
      });

      it('throws ConflictError and adds nobody when the group would exceed maxMembers', async () => {
        const err = await caught(store.groups.addMembers('g1', ['c', 'd', 'e', 'f'], T0, 5));
        expect(err).toBeInstanceOf(ConflictError);
        expect((err as ConflictError).kind).toBe('conflict');
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'bob']);
        expect((await store.groups.get('g1'))?.memberCount).toBe(2);
        expect(await store.groups.groupsOf('c')).toEqual([]);
      });

      it('counts only the members actually new towards maxMembers', async () => {
        await store.groups.addMembers('g1', ['c'], T0, 3);
        expect(await store.groups.addMembers('g1', ['alice', 'bob', 'c'], T0, 3)).toEqual([]);
        await expect(store.groups.addMembers('g1', ['bob', 'd'], T0, 3)).rejects.toBeInstanceOf(
          ConflictError,
        );
        expect((await store.groups.get('g1'))?.memberCount).toBe(3);
      });

      it('throws NotFoundError for an unknown group', async () => {
        await expect(store.groups.addMembers('nope', ['x'], T0, 100)).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.groups.groupsOf('x')).toEqual([]);
      });

      it('adds many members in one call', async () => {
        const uids = Array.from({ length: 3_000 }, (_, i) => `m${String(i).padStart(5, '0')}`);
        const added = await store.groups.addMembers('g1', uids, T0, 10_000);
        expect(added).toEqual(uids);
        expect((await store.groups.get('g1'))?.memberCount).toBe(3_002);
        expect(await store.groups.memberUids('g1')).toHaveLength(3_002);
      });

      it('gives new members a conversation entry', async (ctx) => {
        const convs = conversations(ctx);
        await store.groups.addMembers('g1', ['carol'], T0, 100);
        expect(await convs.get('carol', groupConvId('g1'))).toMatchObject({
          convType: 'group',
          peer: 'g1',
          readSeq: 0,
          startSeq: 0,
          leftSeq: 0,
          hiddenSeq: -1,
        });
      });

      it('new members start after the current head seq', async (ctx) => {
        const convs = conversations(ctx);
        expect(await sendToGroup('g1', 'alice', 3)).toBe(3);
        expect(await store.groups.addMembers('g1', ['carol'], T0 + 1, 100)).toEqual(['carol']);
        expect(await convs.get('carol', groupConvId('g1'))).toMatchObject({
          readSeq: 3,
          startSeq: 3,
          leftSeq: 0,
          hiddenSeq: -1,
          unread: 0,
        });
        expect(await convs.get('bob', groupConvId('g1'))).toMatchObject({ startSeq: 0, leftSeq: 0 });
      });
    });

    describe('groups: removeMembers', () => {
      beforeEach(async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob', 'carol', 'dave']));
      });

      it('removes members and returns the uids actually removed', async () => {
        expect(await store.groups.removeMembers('g1', ['carol', 'zed', 'bob', 'carol'])).toEqual([
          'carol',
          'bob',
        ]);
        expect(await store.groups.memberUids('g1')).toEqual(['alice', 'dave']);
        expect(await store.groups.member('g1', 'bob')).toBeUndefined();
        expect((await store.groups.get('g1'))?.memberCount).toBe(2);
        expect(await store.groups.groupsOf('bob')).toEqual([]);
        expect(await store.groups.removeMembers('g1', ['bob'])).toEqual([]);
        expect(await store.groups.removeMembers('g1', [])).toEqual([]);
        expect((await store.groups.get('g1'))?.memberCount).toBe(2);
      });

      it('returns [] for an unknown group', async () => {
        expect(await store.groups.removeMembers('nope', ['alice'])).toEqual([]);
        expect(await store.groups.memberUids('g1')).toHaveLength(4);
      });

      it('frees places for later additions', async () => {
        await store.groups.removeMembers('g1', ['bob', 'carol']);
        expect(await store.groups.addMembers('g1', ['x', 'y'], T0, 4)).toEqual(['x', 'y']);
        await expect(store.groups.addMembers('g1', ['z'], T0, 4)).rejects.toBeInstanceOf(ConflictError);
      });

      it('leaves no entry behind for a member removed before the first message', async (ctx) => {
        const convs = conversations(ctx);
        await store.groups.removeMembers('g1', ['bob']);
        expect(await convs.get('bob', groupConvId('g1'))).toBeUndefined();
        expect(await convs.get('carol', groupConvId('g1'))).toMatchObject({ leftSeq: 0 });
      });

      it('a rejoin after removal gives a fresh entry and the member role', async (ctx) => {
        const convs = conversations(ctx);
        await store.groups.updateMember('g1', 'bob', { role: 'admin', nickname: 'B' });
        await store.groups.removeMembers('g1', ['bob']);
        expect(await store.groups.addMembers('g1', ['bob'], T0 + 50, 100)).toEqual(['bob']);
        expect(await store.groups.member('g1', 'bob')).toEqual({
          groupId: 'g1',
          uid: 'bob',
          role: 'member',
          nickname: '',
          mutedUntil: 0,
          joinedAt: T0 + 50,
        });
        expect(await convs.get('bob', groupConvId('g1'))).toMatchObject({
          readSeq: 0,
          startSeq: 0,
          leftSeq: 0,
          hiddenSeq: -1,
        });
      });

      it('removal sets leftSeq to the head seq and keeps the rest of the entry', async (ctx) => {
        const convs = conversations(ctx);
        await sendToGroup('g1', 'alice', 2);
        await convs.markRead('bob', groupConvId('g1'), 1, 7);
        expect(await store.groups.removeMembers('g1', ['bob'])).toEqual(['bob']);
        expect(await convs.get('bob', groupConvId('g1'))).toMatchObject({
          readSeq: 1,
          startSeq: 0,
          leftSeq: 2,
          hiddenSeq: -1,
        });
        expect(await convs.get('carol', groupConvId('g1'))).toMatchObject({ leftSeq: 0 });
      });

      it('a rejoin resets the entry: readSeq = startSeq = head, leftSeq 0, not hidden', async (ctx) => {
        const convs = conversations(ctx);
        await sendToGroup('g1', 'alice', 2);
        await store.groups.removeMembers('g1', ['bob']);
        await convs.update('bob', groupConvId('g1'), { hiddenSeq: 2 }, 9);
        await sendToGroup('g1', 'alice', 3);
        expect(await store.groups.addMembers('g1', ['bob'], T0 + 1, 100)).toEqual(['bob']);
        expect(await convs.get('bob', groupConvId('g1'))).toMatchObject({
          readSeq: 5,
          startSeq: 5,
          leftSeq: 0,
          hiddenSeq: -1,
          unread: 0,
        });
      });
    });

    describe('groups: updateMember', () => {
      beforeEach(async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob']));
      });

      it('sets role, nickname and mutedUntil, each alone or together', async () => {
        await store.groups.updateMember('g1', 'bob', { role: 'admin' });
        expect(await store.groups.member('g1', 'bob')).toMatchObject({
          role: 'admin',
          nickname: '',
          mutedUntil: 0,
        });
        await store.groups.updateMember('g1', 'bob', { nickname: '小鲍' });
        expect(await store.groups.member('g1', 'bob')).toMatchObject({
          role: 'admin',
          nickname: '小鲍',
          mutedUntil: 0,
        });
        await store.groups.updateMember('g1', 'bob', { mutedUntil: T0 + 60_000 });
        expect(await store.groups.member('g1', 'bob')).toEqual({
          groupId: 'g1',
          uid: 'bob',
          role: 'admin',
          nickname: '小鲍',
          mutedUntil: T0 + 60_000,
          joinedAt: T0,
        });
        await store.groups.updateMember('g1', 'bob', { role: 'member', nickname: '', mutedUntil: 0 });
        expect(await store.groups.member('g1', 'bob')).toMatchObject({
          role: 'member',
          nickname: '',
          mutedUntil: 0,
        });
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('owner');
      });

      it('setting the same values again is fine', async () => {
        await store.groups.updateMember('g1', 'bob', { nickname: 'B' });
        await store.groups.updateMember('g1', 'bob', { nickname: 'B' });
        await store.groups.updateMember('g1', 'bob', {});
        expect((await store.groups.member('g1', 'bob'))?.nickname).toBe('B');
      });

      it('throws NotFoundError for a non-member or unknown group, also with an empty patch', async () => {
        await expect(store.groups.updateMember('g1', 'zed', { role: 'admin' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(store.groups.updateMember('g1', 'zed', {})).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.groups.updateMember('nope', 'bob', { nickname: 'x' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        expect(await store.groups.member('g1', 'zed')).toBeUndefined();
      });
    });

    describe('groups: transferOwner', () => {
      beforeEach(async () => {
        await store.groups.create(groupOf('g1', 'alice'), asMembers(['bob', 'carol']));
      });

      it('makes `to` owner and the old owner admin', async () => {
        await store.groups.transferOwner('g1', 'alice', 'bob');
        expect((await store.groups.member('g1', 'bob'))?.role).toBe('owner');
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('admin');
        expect((await store.groups.member('g1', 'carol'))?.role).toBe('member');
        expect(await store.groups.get('g1')).toMatchObject({ ownerUid: 'bob', memberCount: 3 });
        await store.groups.transferOwner('g1', 'bob', 'alice');
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('owner');
        expect((await store.groups.member('g1', 'bob'))?.role).toBe('admin');
        expect((await store.groups.get('g1'))?.ownerUid).toBe('alice');
      });

      it('keeps other member fields', async () => {
        await store.groups.updateMember('g1', 'carol', { nickname: 'C', mutedUntil: 5 });
        await store.groups.transferOwner('g1', 'alice', 'carol');
        expect(await store.groups.member('g1', 'carol')).toEqual({
          groupId: 'g1',
          uid: 'carol',
          role: 'owner',
          nickname: 'C',
          mutedUntil: 5,
          joinedAt: T0,
        });
      });

      it('to the owner themself changes nothing', async () => {
        await store.groups.transferOwner('g1', 'alice', 'alice');
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('owner');
        expect((await store.groups.get('g1'))?.ownerUid).toBe('alice');
      });

      it('throws NotFoundError when `to` is not a member or the group is unknown, changing nothing', async () => {
        await expect(store.groups.transferOwner('g1', 'alice', 'zed')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.groups.transferOwner('nope', 'alice', 'bob')).rejects.toBeInstanceOf(
          NotFoundError,
        );
        expect((await store.groups.get('g1'))?.ownerUid).toBe('alice');
        expect((await store.groups.member('g1', 'alice'))?.role).toBe('owner');
      });

      it('throws ConflictError when `from` is not the current owner, changing nothing', async () => {
        await expect(store.groups.transferOwner('g1', 'bob', 'carol')).rejects.toBeInstanceOf(ConflictError);
        expect((await store.groups.get('g1'))?.ownerUid).toBe('alice');
        expect((await store.groups.member('g1', 'bob'))?.role).toBe('member');
        expect((await store.groups.member('g1', 'carol'))?.role).toBe('member');
      });
    });

    describe('groups: groupsOf', () => {
      it('lists the groups the user is a member of, by group id, with current state', async () => {
        await store.groups.create(groupOf('g3', 'alice'), asMembers(['bob']));
        await store.groups.create(groupOf('g1', 'bob'), []);
        await store.groups.create(groupOf('g2', 'carol'), []);
        await store.groups.addMembers('g2', ['bob'], T0, 100);
        await store.groups.update('g3', { name: 'renamed', dismissed: true });
        const groups = await store.groups.groupsOf('bob');
        expect(groups.map((g) => g.group.groupId)).toEqual(['g1', 'g2', 'g3']);
        expect(groups[1]!.group).toEqual(await store.groups.get('g2'));
        expect(groups[1]!.member).toEqual(await store.groups.member('g2', 'bob'));
        expect(groups[0]!.member.role).toBe('owner');
        expect(groups[2]).toMatchObject({
          group: { name: 'renamed', dismissed: true, memberCount: 2 },
          member: { role: 'member' },
        });
        expect((await store.groups.groupsOf('alice')).map((g) => g.group.groupId)).toEqual(['g3']);
        expect(await store.groups.groupsOf('nobody')).toEqual([]);
        await store.groups.removeMembers('g2', ['bob']);
        expect((await store.groups.groupsOf('bob')).map((g) => g.group.groupId)).toEqual(['g1', 'g3']);
      });
    });

    describe('groups: join requests', () => {
      it('adds requests and lists them per group, oldest first', async () => {
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'carol', note: 'hi', ts: 30 });
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'bob', note: '请让我加入', ts: 10 });
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'dave', note: '', ts: 20 });
        await store.groups.addJoinRequest({ groupId: 'g2', uid: 'bob', note: 'other', ts: 5 });
        expect(await store.groups.joinRequests('g1')).toEqual([
          { groupId: 'g1', uid: 'bob', note: '请让我加入', ts: 10 },
          { groupId: 'g1', uid: 'dave', note: '', ts: 20 },
          { groupId: 'g1', uid: 'carol', note: 'hi', ts: 30 },
        ]);
        expect(await store.groups.joinRequests('g2')).toEqual([
          { groupId: 'g2', uid: 'bob', note: 'other', ts: 5 },
        ]);
        expect(await store.groups.joinRequests('g3')).toEqual([]);
      });

      it('a second request of the same user replaces the first', async () => {
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'bob', note: 'first', ts: 10 });
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'carol', note: 'c', ts: 20 });
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'bob', note: 'second', ts: 30 });
        expect(await store.groups.joinRequests('g1')).toEqual([
          { groupId: 'g1', uid: 'carol', note: 'c', ts: 20 },
          { groupId: 'g1', uid: 'bob', note: 'second', ts: 30 },
        ]);
      });

      it('deleteJoinRequest reports whether a request existed', async () => {
        await store.groups.addJoinRequest({ groupId: 'g1', uid: 'bob', note: '', ts: 10 });
        await store.groups.addJoinRequest({ groupId: 'g2', uid: 'bob', note: '', ts: 10 });
        expect(await store.groups.deleteJoinRequest('g1', 'bob')).toBe(true);
        expect(await store.groups.deleteJoinRequest('g1', 'bob')).toBe(false);
        expect(await store.groups.deleteJoinRequest('g1', 'zed')).toBe(false);
        expect(await store.groups.joinRequests('g1')).toEqual([]);
        expect(await store.groups.joinRequests('g2')).toHaveLength(1);
      });
    });

    describe('contacts: friend requests', () => {
      it('putRequest stores a pending request that getRequest reads by direction', async () => {
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'bob', note: '你好', ts: 10 });
        expect(await store.contacts.getRequest('alice', 'bob')).toEqual({
          fromUid: 'alice',
          toUid: 'bob',
          note: '你好',
          status: 'pending',
          ts: 10,
        });
        expect(await store.contacts.getRequest('bob', 'alice')).toBeUndefined();
        expect(await store.contacts.getRequest('alice', 'carol')).toBeUndefined();
      });

      it('putRequest replaces an earlier request: new note and ts, pending again', async () => {
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'bob', note: 'one', ts: 10 });
        expect(await store.contacts.settleRequest('alice', 'bob', 'rejected')).toBe(true);
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'bob', note: 'two', ts: 20 });
        expect(await store.contacts.getRequest('alice', 'bob')).toEqual({
          fromUid: 'alice',
          toUid: 'bob',
          note: 'two',
          status: 'pending',
          ts: 20,
        });
        expect(await store.contacts.pendingRequests('bob')).toHaveLength(1);
      });

      it('settleRequest changes only a pending request', async () => {
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'bob', note: '', ts: 10 });
        await store.contacts.putRequest({ fromUid: 'carol', toUid: 'bob', note: '', ts: 11 });
        expect(await store.contacts.settleRequest('alice', 'bob', 'accepted')).toBe(true);
        expect((await store.contacts.getRequest('alice', 'bob'))?.status).toBe('accepted');
        expect(await store.contacts.settleRequest('alice', 'bob', 'rejected')).toBe(false);
        expect((await store.contacts.getRequest('alice', 'bob'))?.status).toBe('accepted');
        expect(await store.contacts.settleRequest('carol', 'bob', 'rejected')).toBe(true);
        expect((await store.contacts.getRequest('carol', 'bob'))?.status).toBe('rejected');
        expect(await store.contacts.settleRequest('carol', 'bob', 'accepted')).toBe(false);
        expect(await store.contacts.settleRequest('bob', 'alice', 'accepted')).toBe(false);
        expect(await store.contacts.settleRequest('x', 'y', 'accepted')).toBe(false);
        expect(await store.contacts.getRequest('bob', 'alice')).toBeUndefined();
      });

      it('pendingRequests lists pending requests to and from the user, newest first', async () => {
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'bob', note: 'a', ts: 10 });
        await store.contacts.putRequest({ fromUid: 'bob', toUid: 'carol', note: 'b', ts: 30 });
        await store.contacts.putRequest({ fromUid: 'dave', toUid: 'bob', note: 'd', ts: 20 });
        await store.contacts.putRequest({ fromUid: 'erin', toUid: 'bob', note: 'e', ts: 40 });
        await store.contacts.putRequest({ fromUid: 'alice', toUid: 'carol', note: 'x', ts: 50 });
        await store.contacts.settleRequest('erin', 'bob', 'accepted');
        const pending = await store.contacts.pendingRequests('bob');
        expect(pending.map((r) => `${r.fromUid}>${r.toUid}`)).toEqual(['bob>carol', 'dave>bob', 'alice>bob']);
        expect(pending[0]).toEqual({ fromUid: 'bob', toUid: 'carol', note: 'b', status: 'pending', ts: 30 });
        expect((await store.contacts.pendingRequests('carol')).map((r) => r.fromUid)).toEqual([
          'alice',
          'bob',
        ]);
        expect(await store.contacts.pendingRequests('zed')).toEqual([]);
      });
    });

    describe('contacts: friends', () => {
      it('addFriends makes both users friends of each other', async () => {
        await store.contacts.addFriends('alice', 'bob', 100);
        expect(await store.contacts.areFriends('alice', 'bob')).toBe(true);
        expect(await store.contacts.areFriends('bob', 'alice')).toBe(true);
        expect(await store.contacts.areFriends('alice', 'carol')).toBe(false);
        expect(await store.contacts.friendsOf('alice')).toEqual([
          { uid: 'alice', friendUid: 'bob', remark: '', since: 100 },
        ]);
        expect(await store.contacts.friendsOf('bob')).toEqual([
          { uid: 'bob', friendUid: 'alice', remark: '', since: 100 },
        ]);
      });

      it('addFriends is idempotent and keeps remarks and since of an existing side', async () => {
        await store.contacts.addFriends('alice', 'bob', 100);
        await store.contacts.setRemark('alice', 'bob', '老鲍');
        await store.contacts.addFriends('bob', 'alice', 200);
        await store.contacts.addFriends('alice', 'bob', 300);
        expect(await store.contacts.friendsOf('alice')).toEqual([
          { uid: 'alice', friendUid: 'bob', remark: '老鲍', since: 100 },
        ]);
        expect(await store.contacts.friendsOf('bob')).toEqual([
          { uid: 'bob', friendUid: 'alice', remark: '', since: 100 },
        ]);
      });

      it('friendsOf lists friends ordered by uid', async () => {
        await store.contacts.addFriends('alice', 'dave', 1);
        await store.contacts.addFriends('carol', 'alice', 2);
        await store.contacts.addFriends('alice', 'bob', 3);
        await store.contacts.addFriends('bob', 'carol', 4);
        expect((await store.contacts.friendsOf('alice')).map((f) => f.friendUid)).toEqual([
          'bob',
          'carol',
          'dave',
        ]);
        expect((await store.contacts.friendsOf('carol')).map((f) => f.friendUid)).toEqual(['alice', 'bob']);
        expect(await store.contacts.friendsOf('nobody')).toEqual([]);
      });

      it('removeFriends ends the friendship on both sides and reports whether there was one', async () => {
        await store.contacts.addFriends('alice', 'bob', 1);
        await store.contacts.addFriends('alice', 'carol', 1);
        await store.contacts.setRemark('bob', 'alice', 'A');
        expect(await store.contacts.removeFriends('bob', 'alice')).toBe(true);
        expect(await store.contacts.areFriends('alice', 'bob')).toBe(false);
        expect(await store.contacts.areFriends('bob', 'alice')).toBe(false);
        expect(await store.contacts.friendsOf('bob')).toEqual([]);
        expect((await store.contacts.friendsOf('alice')).map((f) => f.friendUid)).toEqual(['carol']);
        expect(await store.contacts.removeFriends('alice', 'bob')).toBe(false);
        expect(await store.contacts.removeFriends('x', 'y')).toBe(false);
      });

      it('a friendship added again after removal starts with no remark', async () => {
        await store.contacts.addFriends('alice', 'bob', 1);
        await store.contacts.setRemark('alice', 'bob', 'B');
        await store.contacts.removeFriends('alice', 'bob');
        await store.contacts.addFriends('alice', 'bob', 2);
        expect(await store.contacts.friendsOf('alice')).toEqual([
          { uid: 'alice', friendUid: 'bob', remark: '', since: 2 },
        ]);
      });

      it('setRemark sets one side only and throws NotFoundError for a non-friend', async () => {
        await store.contacts.addFriends('alice', 'bob', 1);
        await store.contacts.setRemark('alice', 'bob', 'Bobby 🐶');
        await store.contacts.setRemark('alice', 'bob', 'Bobby 🐶');
        expect((await store.contacts.friendsOf('alice'))[0]?.remark).toBe('Bobby 🐶');
        expect((await store.contacts.friendsOf('bob'))[0]?.remark).toBe('');
        await store.contacts.setRemark('alice', 'bob', '');
        expect((await store.contacts.friendsOf('alice'))[0]?.remark).toBe('');
        const err = await caught(store.contacts.setRemark('alice', 'carol', 'x'));
        expect(err).toBeInstanceOf(NotFoundError);
        expect(await store.contacts.friendsOf('carol')).toEqual([]);
      });
    });

    describe('contacts: blocks', () => {
      it('setBlocked blocks and unblocks one direction only', async () => {
        expect(await store.contacts.isBlocked('alice', 'bob')).toBe(false);
        await store.contacts.setBlocked('alice', 'bob', true, 10);
        expect(await store.contacts.isBlocked('alice', 'bob')).toBe(true);
        expect(await store.contacts.isBlocked('bob', 'alice')).toBe(false);
        await store.contacts.setBlocked('alice', 'bob', false, 20);
        expect(await store.contacts.isBlocked('alice', 'bob')).toBe(false);
      });

      it('is idempotent both ways', async () => {
        await store.contacts.setBlocked('alice', 'bob', true, 10);
        await store.contacts.setBlocked('alice', 'bob', true, 11);
        expect(await store.contacts.blockedBy('alice')).toEqual(['bob']);
        await store.contacts.setBlocked('alice', 'bob', false, 12);
        await store.contacts.setBlocked('alice', 'bob', false, 13);
        await store.contacts.setBlocked('alice', 'never', false, 14);
        expect(await store.contacts.blockedBy('alice')).toEqual([]);
      });

      it('blockedBy lists the users the user has blocked, ordered', async () => {
        await store.contacts.setBlocked('alice', 'dave', true, 1);
        await store.contacts.setBlocked('alice', 'bob', true, 2);
        await store.contacts.setBlocked('alice', '陈', true, 3);
        await store.contacts.setBlocked('carol', 'alice', true, 4);
        expect(await store.contacts.blockedBy('alice')).toEqual(['bob', 'dave', '陈']);
        expect(await store.contacts.blockedBy('carol')).toEqual(['alice']);
        expect(await store.contacts.blockedBy('bob')).toEqual([]);
      });

      it('blocks are independent of friendship', async () => {
        await store.contacts.addFriends('alice', 'bob', 1);
        await store.contacts.setBlocked('alice', 'bob', true, 2);
        expect(await store.contacts.areFriends('alice', 'bob')).toBe(true);
        await store.contacts.removeFriends('alice', 'bob');
        expect(await store.contacts.isBlocked('alice', 'bob')).toBe(true);
      });
    });
  });
}
