/**
 * The Store contract: every promise of the doc comments in src/store/types.ts, checked against
 * any implementation. Each implementation's test file calls runStoreContract once.
 *
 * @example
 * runStoreContract({ name: 'sqlite', create: () => createSqliteStore({ file: ':memory:' }) });
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateError, NotFoundError, StoreError } from '../../src/store/errors.ts';
import type {
  AppendRequest,
  AppendResult,
  NewUser,
  Store,
  StoredMessage,
  TokenRecord,
} from '../../src/store/types.ts';

export interface StoreContractOptions {
  name: string;
  /** A new, migrated store with no data. Called once per test. */
  create: () => Promise<Store>;
  /** Releases a store from `create`; defaults to close(). Not called for stores a test closed itself. */
  destroy?: (s: Store) => Promise<void>;
}

let nextMsgId = 1_000;

function message(from: string, to: string, over: Partial<StoredMessage> = {}): StoredMessage {
  const msgId = over.msgId ?? nextMsgId++;
  return {
    msgId,
    clientMsgId: `cm-${msgId}`,
    fromUid: from,
    convType: 'c2c',
    to,
    type: 'text',
    content: `hello ${msgId}`,
    ts: 1_700_000_000_000 + msgId,
    ...over,
  };
}

/** A one-to-one message written to both timelines. */
function c2c(from: string, to: string, over: Partial<StoredMessage> = {}): AppendRequest {
  return { message: message(from, to, over), recipients: [from, to] };
}

function user(uid: string, over: Partial<NewUser> = {}): NewUser {
  return {
    uid,
    nickname: `nick ${uid}`,
    passwordHash: `$argon2id$${uid}`,
    createdAt: 1_700_000_000_000,
    ...over,
  };
}

function token(tokenHash: string, uid: string, expiresAt: number): TokenRecord {
  return { tokenHash, uid, deviceId: `dev-${uid}`, createdAt: 1_000, expiresAt };
}

async function seqsOf(store: Store, uid: string): Promise<number[]> {
  const { entries } = await store.messages.timeline(uid, 0, 1_000_000);
  return entries.map((e) => e.seq);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function runStoreContract(opts: StoreContractOptions): void {
  describe(`Store contract: ${opts.name}`, () => {
    let store: Store;
    let closedByTest = false;

    beforeEach(async () => {
      store = await opts.create();
      closedByTest = false;
    });

    afterEach(async () => {
      if (closedByTest) return;
      await (opts.destroy ?? ((s: Store) => s.close()))(store);
    });

    describe('lifecycle', () => {
      it('answers ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('migrate is idempotent on a migrated store', async () => {
        await store.migrate();
        await store.migrate();
        await store.users.create(user('after-migrate'));
        expect(await store.users.get('after-migrate')).toBeDefined();
      });

      it('close waits for the appends called before it', async () => {
        const pending = [1, 2, 3].map(() => store.messages.append([c2c('alice', 'bob')]));
        closedByTest = true;
        await store.close();
        const results = await Promise.all(pending);
        expect(results.map(([r]) => r?.senderSeq).sort()).toEqual([1, 2, 3]);
      });
    });

    describe('users', () => {
      it('creates and reads a user', async () => {
        await store.users.create(user('alice', { nickname: 'Alice Ünïcødé 爱丽丝 🐇' }));
        expect(await store.users.get('alice')).toEqual({
          uid: 'alice',
          nickname: 'Alice Ünïcødé 爱丽丝 🐇',
          passwordHash: '$argon2id$alice',
          disabled: false,
          createdAt: 1_700_000_000_000,
        });
      });

      it('keeps an empty password hash', async () => {
        await store.users.create(user('tokenonly', { passwordHash: '' }));
        expect((await store.users.get('tokenonly'))?.passwordHash).toBe('');
      });

      it('returns undefined for an unknown uid', async () => {
        expect(await store.users.get('nobody')).toBeUndefined();
      });

      it('throws DuplicateError for an existing uid and keeps the first user', async () => {
        await store.users.create(user('alice'));
        const err = await store.users.create(user('alice', { nickname: 'other' })).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DuplicateError);
        expect(err).toBeInstanceOf(StoreError);
        expect((err as DuplicateError).kind).toBe('duplicate');
        expect((await store.users.get('alice'))?.nickname).toBe('nick alice');
      });

      it('existing returns the subset that exists, disabled users included', async () => {
        await store.users.create(user('a'));
        await store.users.create(user('b'));
        await store.users.create(user('用户'));
        await store.users.setDisabled('b', true);
        expect(await store.users.existing(['a', 'b', 'x', 'a', '用户', 'y'])).toEqual(
          new Set(['a', 'b', '用户']),
        );
        expect(await store.users.existing([])).toEqual(new Set());
        expect(await store.users.existing(['x'])).toEqual(new Set());
      });

      it('lists users ordered by uid with paging', async () => {
        for (const uid of ['u05', 'u02', 'u07', 'u01', 'u04', 'u03', 'u06'])
          await store.users.create(user(uid));
        const uids = async (o: { after?: string; limit: number }) =>
          (await store.users.list(o)).map((u) => u.uid);
        expect(await uids({ limit: 3 })).toEqual(['u01', 'u02', 'u03']);
        expect(await uids({ after: 'u03', limit: 3 })).toEqual(['u04', 'u05', 'u06']);
        expect(await uids({ after: 'u06', limit: 3 })).toEqual(['u07']);
        expect(await uids({ after: 'u07', limit: 3 })).toEqual([]);
        expect(await uids({ after: 'u025', limit: 2 })).toEqual(['u03', 'u04']);
        expect(await uids({ limit: 100 })).toHaveLength(7);
        expect(await uids({ limit: 0 })).toEqual([]);
        const [first] = await store.users.list({ limit: 1 });
        expect(first).toEqual({
          uid: 'u01',
          nickname: 'nick u01',
          passwordHash: '$argon2id$u01',
          disabled: false,
          createdAt: 1_700_000_000_000,
        });
      });

      it('setDisabled flips the flag, is repeatable, and throws NotFoundError for an unknown uid', async () => {
        await store.users.create(user('alice'));
        await store.users.setDisabled('alice', true);
        expect((await store.users.get('alice'))?.disabled).toBe(true);
        await store.users.setDisabled('alice', true);
        expect((await store.users.get('alice'))?.disabled).toBe(true);
        await store.users.setDisabled('alice', false);
        expect((await store.users.get('alice'))?.disabled).toBe(false);
        const err = await store.users.setDisabled('nobody', true).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotFoundError);
        expect((err as NotFoundError).kind).toBe('not_found');
      });

      it('setPasswordHash replaces the hash, is repeatable, and throws NotFoundError for an unknown uid', async () => {
        await store.users.create(user('alice'));
        await store.users.setPasswordHash('alice', '$scrypt$new');
        await store.users.setPasswordHash('alice', '$scrypt$new');
        expect((await store.users.get('alice'))?.passwordHash).toBe('$scrypt$new');
        await expect(store.users.setPasswordHash('nobody', 'x')).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.users.get('nobody')).toBeUndefined();
      });
    });

    describe('tokens', () => {
      const hash = (n: number) => n.toString(16).padStart(64, '0');

      it('creates and reads a token', async () => {
        await store.tokens.create(token(hash(1), 'alice', 5_000));
        expect(await store.tokens.get(hash(1))).toEqual({
          tokenHash: hash(1),
          uid: 'alice',
          deviceId: 'dev-alice',
          createdAt: 1_000,
          expiresAt: 5_000,
        });
        expect(await store.tokens.get(hash(2))).toBeUndefined();
      });

      it('throws DuplicateError for an existing hash', async () => {
        await store.tokens.create(token(hash(1), 'alice', 5_000));
        await expect(store.tokens.create(token(hash(1), 'bob', 9_000))).rejects.toBeInstanceOf(
          DuplicateError,
        );
        expect((await store.tokens.get(hash(1)))?.uid).toBe('alice');
      });

      it('revoke reports whether a token was deleted', async () => {
        await store.tokens.create(token(hash(1), 'alice', 5_000));
        expect(await store.tokens.revoke(hash(1))).toBe(true);
        expect(await store.tokens.get(hash(1))).toBeUndefined();
        expect(await store.tokens.revoke(hash(1))).toBe(false);
        expect(await store.tokens.revoke(hash(99))).toBe(false);
      });

      it('revokeAllOf deletes only that user’s tokens and counts them', async () => {
        await store.tokens.create(token(hash(1), 'alice', 5_000));
        await store.tokens.create(token(hash(2), 'alice', 6_000));
        await store.tokens.create(token(hash(3), 'bob', 5_000));
        expect(await store.tokens.revokeAllOf('alice')).toBe(2);
        expect(await store.tokens.revokeAllOf('alice')).toBe(0);
        expect(await store.tokens.get(hash(1))).toBeUndefined();
        expect(await store.tokens.get(hash(3))).toBeDefined();
      });

      it('deleteExpired deletes tokens with expiresAt <= now', async () => {
        await store.tokens.create(token(hash(1), 'a', 999));
        await store.tokens.create(token(hash(2), 'b', 1_000));
        await store.tokens.create(token(hash(3), 'c', 1_001));
        expect(await store.tokens.deleteExpired(1_000)).toBe(2);
        expect(await store.tokens.get(hash(1))).toBeUndefined();
        expect(await store.tokens.get(hash(2))).toBeUndefined();
        expect(await store.tokens.get(hash(3))).toBeDefined();
        expect(await store.tokens.deleteExpired(1_000)).toBe(0);
      });
    });

    describe('devices', () => {
      it('upsert creates a device with ackSeq 0 and returns it', async () => {
        const d = await store.devices.upsert({
          uid: 'alice',
          deviceId: 'phone',
          platform: 'ios',
          lastLoginAt: 10,
        });
        expect(d).toEqual({ uid: 'alice', deviceId: 'phone', platform: 'ios', ackSeq: 0, lastLoginAt: 10 });
        expect(await store.devices.get('alice', 'phone')).toEqual(d);
      });

      it('upsert of a known device updates platform and lastLoginAt and keeps ackSeq', async () => {
        await store.devices.upsert({ uid: 'alice', deviceId: 'd1', platform: 'android', lastLoginAt: 10 });
        await store.devices.raiseAckSeqs([{ uid: 'alice', deviceId: 'd1', ackSeq: 42 }]);
        const d = await store.devices.upsert({
          uid: 'alice',
          deviceId: 'd1',
          platform: 'web',
          lastLoginAt: 20,
        });
        expect(d).toEqual({ uid: 'alice', deviceId: 'd1', platform: 'web', ackSeq: 42, lastLoginAt: 20 });
        expect(await store.devices.get('alice', 'd1')).toEqual(d);
      });

      it('get returns undefined for unknown devices; listOf returns only the user’s devices', async () => {
        await store.devices.upsert({ uid: 'alice', deviceId: 'd2', platform: 'desktop', lastLoginAt: 1 });
        await store.devices.upsert({ uid: 'alice', deviceId: 'd1', platform: 'ios', lastLoginAt: 2 });
        await store.devices.upsert({ uid: 'bob', deviceId: 'd1', platform: 'web', lastLoginAt: 3 });
        expect(await store.devices.get('alice', 'd3')).toBeUndefined();
        expect(await store.devices.get('carol', 'd1')).toBeUndefined();
        const list = await store.devices.listOf('alice');
        expect(list.map((d) => d.deviceId).sort()).toEqual(['d1', 'd2']);
        expect(list.find((d) => d.deviceId === 'd2')).toEqual({
          uid: 'alice',
          deviceId: 'd2',
          platform: 'desktop',
          ackSeq: 0,
          lastLoginAt: 1,
        });
        expect(await store.devices.listOf('carol')).toEqual([]);
      });

      it('raiseAckSeqs only ever raises, and ignores unknown devices', async () => {
        await store.devices.upsert({ uid: 'alice', deviceId: 'd1', platform: 'ios', lastLoginAt: 1 });
        await store.devices.upsert({ uid: 'alice', deviceId: 'd2', platform: 'web', lastLoginAt: 1 });
        await store.devices.raiseAckSeqs([
          { uid: 'alice', deviceId: 'd1', ackSeq: 10 },
          { uid: 'alice', deviceId: 'd2', ackSeq: 3 },
          { uid: 'alice', deviceId: 'ghost', ackSeq: 7 },
          { uid: 'nobody', deviceId: 'd1', ackSeq: 7 },
        ]);
        expect((await store.devices.get('alice', 'd1'))?.ackSeq).toBe(10);
        expect((await store.devices.get('alice', 'd2'))?.ackSeq).toBe(3);
        expect(await store.devices.get('alice', 'ghost')).toBeUndefined();
        expect(await store.devices.get('nobody', 'd1')).toBeUndefined();

        await store.devices.raiseAckSeqs([
          { uid: 'alice', deviceId: 'd1', ackSeq: 4 },
          { uid: 'alice', deviceId: 'd2', ackSeq: 3 },
        ]);
        expect((await store.devices.get('alice', 'd1'))?.ackSeq).toBe(10);
        expect((await store.devices.get('alice', 'd2'))?.ackSeq).toBe(3);
        expect(await store.devices.listOf('alice')).toHaveLength(2);
      });

      it('raiseAckSeqs with one device twice keeps the higher value in either order', async () => {
        await store.devices.upsert({ uid: 'alice', deviceId: 'd1', platform: 'ios', lastLoginAt: 1 });
        await store.devices.upsert({ uid: 'alice', deviceId: 'd2', platform: 'ios', lastLoginAt: 1 });
        await store.devices.raiseAckSeqs([
          { uid: 'alice', deviceId: 'd1', ackSeq: 9 },
          { uid: 'alice', deviceId: 'd1', ackSeq: 5 },
          { uid: 'alice', deviceId: 'd2', ackSeq: 5 },
          { uid: 'alice', deviceId: 'd2', ackSeq: 9 },
        ]);
        expect((await store.devices.get('alice', 'd1'))?.ackSeq).toBe(9);
        expect((await store.devices.get('alice', 'd2'))?.ackSeq).toBe(9);
        await expect(store.devices.raiseAckSeqs([])).resolves.toBeUndefined();
      });
    });

    describe('messages: append', () => {
      it('returns an empty result for an empty batch', async () => {
        expect(await store.messages.append([])).toEqual([]);
      });

      it('stores a one-to-one message in both timelines', async () => {
        const req = c2c('alice', 'bob');
        const [r] = await store.messages.append([req]);
        expect(r).toEqual({
          msgId: req.message.msgId,
          ts: req.message.ts,
          duplicate: false,
          senderSeq: 1,
          seqs: new Map([
            ['alice', 1],
            ['bob', 1],
          ]),
        });
        expect(await store.messages.get(req.message.msgId)).toEqual(req.message);
        for (const uid of ['alice', 'bob']) {
          expect(await store.messages.timeline(uid, 0, 10)).toEqual({
            entries: [{ seq: 1, message: req.message }],
            hasMore: false,
          });
          expect(await store.messages.maxSeq(uid)).toBe(1);
        }
      });

      it('gives consecutive seqs per user across several batches', async () => {
        await store.messages.append([c2c('alice', 'bob')]);
        await store.messages.append([c2c('bob', 'alice'), c2c('alice', 'carol')]);
        const [r3, r4] = await store.messages.append([c2c('carol', 'alice'), c2c('bob', 'carol')]);
        expect(r3?.seqs).toEqual(
          new Map([
            ['carol', 2],
            ['alice', 4],
          ]),
        );
        expect(r3?.senderSeq).toBe(2);
        expect(r4?.seqs).toEqual(
          new Map([
            ['bob', 3],
            ['carol', 3],
          ]),
        );
        expect(await seqsOf(store, 'alice')).toEqual([1, 2, 3, 4]);
        expect(await seqsOf(store, 'bob')).toEqual([1, 2, 3]);
        expect(await seqsOf(store, 'carol')).toEqual([1, 2, 3]);
        expect(await store.messages.maxSeq('alice')).toBe(4);
      });

      it('gives several messages to the same users in one batch seqs in batch order', async () => {
        const reqs = [c2c('alice', 'bob'), c2c('bob', 'alice'), c2c('alice', 'bob'), c2c('alice', 'bob')];
        const results = await store.messages.append(reqs);
        expect(results.map((r) => r.seqs.get('alice'))).toEqual([1, 2, 3, 4]);
        expect(results.map((r) => r.seqs.get('bob'))).toEqual([1, 2, 3, 4]);
        expect(results.map((r) => r.senderSeq)).toEqual([1, 2, 3, 4]);
        expect(results.map((r) => r.msgId)).toEqual(reqs.map((q) => q.message.msgId));
        const { entries } = await store.messages.timeline('bob', 0, 10);
        expect(entries.map((e) => e.message.msgId)).toEqual(reqs.map((q) => q.message.msgId));
      });

      it('writes a message to oneself once', async () => {
        const req: AppendRequest = { message: message('alice', 'alice'), recipients: ['alice', 'alice'] };
        const [r] = await store.messages.append([req]);
        expect(r?.seqs).toEqual(new Map([['alice', 1]]));
        expect(r?.senderSeq).toBe(1);
        expect(await seqsOf(store, 'alice')).toEqual([1]);
        const [again] = await store.messages.append([c2c('alice', 'alice')]);
        expect(again?.senderSeq).toBe(2);
        expect(await store.messages.maxSeq('alice')).toBe(2);
      });

      it('ignores duplicate recipients', async () => {
        const req: AppendRequest = {
          message: message('alice', 'g1', { convType: 'group' }),
          recipients: ['alice', 'bob', 'bob', 'carol', 'alice'],
        };
        const [r] = await store.messages.append([req]);
        expect(r?.seqs).toEqual(
          new Map([
            ['alice', 1],
            ['bob', 1],
            ['carol', 1],
          ]),
        );
        expect(await seqsOf(store, 'bob')).toEqual([1]);
      });

      it('stores a group message once and appends it to every member’s timeline', async () => {
        const members = range(1, 40).map((i) => `m${i}`);
        const req: AppendRequest = {
          message: message('m1', 'group-7', { convType: 'group', type: 'image', content: '{"url":"x"}' }),
          recipients: members,
        };
        const [r] = await store.messages.append([req]);
        expect(r?.seqs.size).toBe(40);
        for (const m of members) {
          const { entries } = await store.messages.timeline(m, 0, 10);
          expect(entries).toEqual([{ seq: 1, message: req.message }]);
        }
      });

      it('answers senderSeq 0 when the sender is not a recipient', async () => {
        const req: AppendRequest = {
          message: message('system', 'bob', { type: 'system' }),
          recipients: ['bob'],
        };
        const [r] = await store.messages.append([req]);
        expect(r?.senderSeq).toBe(0);
        expect(r?.seqs).toEqual(new Map([['bob', 1]]));
        expect(await store.messages.maxSeq('system')).toBe(0);
        const [dup] = await store.messages.append([req]);
        expect(dup).toMatchObject({ duplicate: true, senderSeq: 0, msgId: req.message.msgId });
      });

      it('returns the first send for a duplicate from an earlier batch and writes nothing', async () => {
        const first = c2c('alice', 'bob', { clientMsgId: 'retry-1' });
        const [r1] = await store.messages.append([first]);
        await store.messages.append([c2c('bob', 'alice')]);
        const retry = c2c('alice', 'bob', { clientMsgId: 'retry-1', content: 'changed', ts: 99 });
        const [r2] = await store.messages.append([retry]);
        expect(r2).toEqual({
          msgId: first.message.msgId,
          ts: first.message.ts,
          duplicate: true,
          senderSeq: r1?.senderSeq,
          seqs: new Map(),
        });
        expect(await store.messages.get(retry.message.msgId)).toBeUndefined();
        expect(await store.messages.get(first.message.msgId)).toEqual(first.message);
        expect(await seqsOf(store, 'alice')).toEqual([1, 2]);
        expect(await seqsOf(store, 'bob')).toEqual([1, 2]);
        expect(await store.messages.maxSeq('alice')).toBe(2);
      });

      it('treats a repeated clientMsgId inside one batch as a duplicate of the first item', async () => {
        const a = c2c('alice', 'bob', { clientMsgId: 'same' });
        const b = c2c('alice', 'bob', { clientMsgId: 'same', content: 'second copy' });
        const c = c2c('alice', 'bob');
        const [ra, rb, rc] = await store.messages.append([a, b, c]);
        expect(ra).toMatchObject({ msgId: a.message.msgId, duplicate: false, senderSeq: 1 });
        expect(rb).toEqual({
          msgId: a.message.msgId,
          ts: a.message.ts,
          duplicate: true,
          senderSeq: 1,
          seqs: new Map(),
        });
        expect(rc).toMatchObject({ msgId: c.message.msgId, duplicate: false, senderSeq: 2 });
        expect(await store.messages.get(b.message.msgId)).toBeUndefined();
        expect(await seqsOf(store, 'bob')).toEqual([1, 2]);
      });

      it('keys idempotency on (fromUid, clientMsgId): other senders may reuse a clientMsgId', async () => {
        const results = await store.messages.append([
          c2c('alice', 'bob', { clientMsgId: 'x' }),
          c2c('bob', 'alice', { clientMsgId: 'x' }),
        ]);
        expect(results.map((r) => r.duplicate)).toEqual([false, false]);
        const [later] = await store.messages.append([c2c('carol', 'alice', { clientMsgId: 'x' })]);
        expect(later?.duplicate).toBe(false);
        expect(later?.seqs.get('alice')).toBe(3);
      });

      it('returns results in request order for a mixed batch', async () => {
        const old = c2c('alice', 'bob', { clientMsgId: 'old' });
        await store.messages.append([old]);
        const fresh = c2c('bob', 'alice');
        const reqs = [
          fresh,
          c2c('alice', 'bob', { clientMsgId: 'old' }),
          c2c('carol', 'bob'),
          c2c('bob', 'alice', { clientMsgId: fresh.message.clientMsgId }),
          c2c('alice', 'carol'),
        ];
        const results = await store.messages.append(reqs);
        expect(results.map((r) => [r.msgId, r.duplicate])).toEqual([
          [reqs[0]?.message.msgId, false],
          [old.message.msgId, true],
          [reqs[2]?.message.msgId, false],
          [reqs[0]?.message.msgId, true],
          [reqs[4]?.message.msgId, false],
        ]);
        expect(results.map((r) => r.seqs.get('alice'))).toEqual([2, undefined, undefined, undefined, 3]);
        expect(results.map((r) => r.seqs.get('bob'))).toEqual([2, undefined, 3, undefined, undefined]);
      });

      it('keeps seqs gap-free under concurrent appends', async () => {
        const calls = range(1, 20).map((i) =>
          store.messages.append(
            range(1, 10).map(() => (i % 2 === 0 ? c2c('alice', 'bob') : c2c('bob', 'alice'))),
          ),
        );
        const all = await Promise.all(calls);
        for (const results of all) {
          const seqs = results.map((r) => r.seqs.get('alice') ?? 0);
          expect(seqs).toEqual(range(seqs[0] ?? 0, (seqs[0] ?? 0) + 9));
        }
        expect(await seqsOf(store, 'alice')).toEqual(range(1, 200));
        expect(await seqsOf(store, 'bob')).toEqual(range(1, 200));
        expect(await store.messages.maxSeq('alice')).toBe(200);
      });

      it('stores a batch of 2000 group messages (12000 timeline rows) in one call', async () => {
        const members = range(1, 30).map((i) => `gm${i}`);
        const reqs: AppendRequest[] = range(0, 1999).map((i) => {
          const sender = members[i % 30] ?? 'gm1';
          const others = range(1, 5).map((k) => members[(i + k * 7) % 30] ?? 'gm1');
          return {
            message: message(sender, 'big-group', { convType: 'group' }),
            recipients: [sender, ...others],
          };
        });
        const results = await store.messages.append(reqs);
        expect(results).toHaveLength(2000);
        expect(results.every((r) => !r.duplicate && r.seqs.size === 6)).toBe(true);
        const expected = new Map<string, number>();
        for (const req of reqs)
          for (const r of new Set(req.recipients)) expected.set(r, (expected.get(r) ?? 0) + 1);
        let total = 0;
        for (const m of members) {
          const n = expected.get(m) ?? 0;
          total += n;
          expect(await seqsOf(store, m)).toEqual(range(1, n));
          expect(await store.messages.maxSeq(m)).toBe(n);
        }
        expect(total).toBe(12_000);
        // Per user, the seqs follow batch order.
        const { entries } = await store.messages.timeline('gm1', 0, 100_000);
        const order = entries.map((e) => e.message.msgId);
        expect(order).toEqual([...order].sort((x, y) => x - y));
        expect(await store.messages.get(reqs[1999]?.message.msgId ?? 0)).toEqual(reqs[1999]?.message);
      });

      it('stores a batch of 4000 one-to-one messages between distinct pairs', async () => {
        const reqs = range(0, 3999).map((i) => c2c(`p${i}`, `q${i}`));
        const results = await store.messages.append(reqs);
        expect(results.every((r, i) => r.msgId === reqs[i]?.message.msgId && r.senderSeq === 1)).toBe(true);
        expect(await store.messages.maxSeq('q3999')).toBe(1);
        expect(await store.messages.get(reqs[3999]?.message.msgId ?? 0)).toEqual(reqs[3999]?.message);
        const dups = await store.messages.append(reqs);
        expect(dups.every((r) => r.duplicate)).toBe(true);
        expect(await store.messages.maxSeq('p0')).toBe(1);
      });

      it('writes nothing of a batch that fails midway', async () => {
        const taken = c2c('alice', 'bob');
        await store.messages.append([taken]);
        const good = c2c('alice', 'bob', { clientMsgId: 'fresh' });
        const alsoGood = c2c('dave', 'erin');
        // Same msgId as a stored message: the batch must fail as a whole.
        const clash = c2c('carol', 'alice', { msgId: taken.message.msgId, clientMsgId: 'clash' });
        await expect(store.messages.append([good, alsoGood, clash])).rejects.toBeInstanceOf(DuplicateError);
        expect(await store.messages.get(good.message.msgId)).toBeUndefined();
        expect(await store.messages.get(alsoGood.message.msgId)).toBeUndefined();
        expect(await store.messages.get(taken.message.msgId)).toEqual(taken.message);
        expect(await seqsOf(store, 'alice')).toEqual([1]);
        expect(await store.messages.maxSeq('alice')).toBe(1);
        expect(await store.messages.maxSeq('dave')).toBe(0);
        expect(await store.messages.maxSeq('carol')).toBe(0);
        // The failed items were not recorded as sent: a retry is stored, with the next seqs.
        const [retry, retry2] = await store.messages.append([good, alsoGood]);
        expect(retry).toMatchObject({ duplicate: false, senderSeq: 2 });
        expect(retry2).toMatchObject({ duplicate: false, senderSeq: 1 });
      });

      it('fails a batch whose items share a msgId and writes none of it', async () => {
        const a = c2c('alice', 'bob');
        const b = c2c('bob', 'alice', { msgId: a.message.msgId });
        await expect(store.messages.append([a, b])).rejects.toBeInstanceOf(DuplicateError);
        expect(await store.messages.get(a.message.msgId)).toBeUndefined();
        expect(await store.messages.maxSeq('alice')).toBe(0);
      });
    });

    describe('messages: reading', () => {
      it('pages a timeline with hasMore', async () => {
        const reqs = range(1, 7).map(() => c2c('alice', 'bob'));
        await store.messages.append(reqs);
        const page = async (after: number, limit: number) => {
          const r = await store.messages.timeline('alice', after, limit);
          return { seqs: r.entries.map((e) => e.seq), hasMore: r.hasMore };
        };
        expect(await page(0, 3)).toEqual({ seqs: [1, 2, 3], hasMore: true });
        expect(await page(3, 3)).toEqual({ seqs: [4, 5, 6], hasMore: true });
        expect(await page(6, 3)).toEqual({ seqs: [7], hasMore: false });
        expect(await page(4, 3)).toEqual({ seqs: [5, 6, 7], hasMore: false });
        expect(await page(7, 3)).toEqual({ seqs: [], hasMore: false });
        expect(await page(100, 3)).toEqual({ seqs: [], hasMore: false });
        const { entries } = await store.messages.timeline('alice', 2, 1);
        expect(entries).toEqual([{ seq: 3, message: reqs[2]?.message }]);
      });

      it('lists timeline references without content, bounded by seq and limit', async () => {
        const reqs = range(1, 6).map(() => c2c('alice', 'bob'));
        await store.messages.append(reqs);
        const refs = await store.messages.timelineRefs('bob', 1, 4, 10);
        expect(refs.map((r) => r.seq)).toEqual([2, 3, 4]);
        expect(refs[0]).toEqual({
          seq: 2,
          msgId: reqs[1]?.message.msgId,
          fromUid: 'alice',
          clientMsgId: reqs[1]?.message.clientMsgId,
          convType: 'c2c',
        });
        expect((await store.messages.timelineRefs('bob', 0, 6, 2)).map((r) => r.seq)).toEqual([1, 2]);
        expect(await store.messages.timelineRefs('bob', 6, 100, 10)).toEqual([]);
        expect(await store.messages.timelineRefs('nobody', 0, 100, 10)).toEqual([]);
      });

      it('reports the highest stored message id', async () => {
        expect(await store.messages.lastMsgId()).toBe(0);
        await store.messages.append([
          c2c('alice', 'bob', { msgId: 5_000_000 }),
          c2c('alice', 'bob', { msgId: 4_000_000 }),
        ]);
        expect(await store.messages.lastMsgId()).toBe(5_000_000);
      });

      it('returns an empty timeline and maxSeq 0 for a user without messages', async () => {
        expect(await store.messages.timeline('nobody', 0, 10)).toEqual({ entries: [], hasMore: false });
        expect(await store.messages.maxSeq('nobody')).toBe(0);
      });

      it('get returns undefined for an unknown msgId', async () => {
        expect(await store.messages.get(123_456_789)).toBeUndefined();
      });

      it('round-trips ids and times up to 2^53 - 1', async () => {
        const req = c2c('alice', 'bob', { msgId: Number.MAX_SAFE_INTEGER, ts: 4_102_444_800_000 });
        const [r] = await store.messages.append([req]);
        expect(r?.msgId).toBe(Number.MAX_SAFE_INTEGER);
        expect(await store.messages.get(Number.MAX_SAFE_INTEGER)).toEqual(req.message);
        const { entries } = await store.messages.timeline('bob', 0, 1);
        expect(entries[0]?.message.msgId).toBe(Number.MAX_SAFE_INTEGER);
      });

      it('round-trips unicode, emoji, CJK and large content', async () => {
        const contents = [
          '你好，世界。这是一条中文消息。',
          'こんにちは、カタカナ、ひらがな',
          '안녕하세요 세계',
          'emoji 😀🎉👩‍👩‍👧‍👦🏳️‍🌈 🇯🇵 and 𝕏 𠜎',
          'RTL مرحبا بالعالم שלום',
          'combining e\u0301 and zero\u200Bwidth, tabs\tand\nnewlines\r\n',
          `quotes ' " \` \\ ; -- /* */ %s ?`,
          '',
          '大'.repeat(20_000) + '🙂'.repeat(5_000),
        ];
        const reqs = contents.map((content, i) =>
          c2c('ユーザー', '用户', {
            content,
            clientMsgId: `客户端-${i}-🔑`,
            type: i === 8 ? 'file' : 'text',
          }),
        );
        await store.messages.append(reqs);
        for (const req of reqs) expect(await store.messages.get(req.message.msgId)).toEqual(req.message);
        const { entries } = await store.messages.timeline('用户', 0, 100);
        expect(entries.map((e) => e.message)).toEqual(reqs.map((r) => r.message));
        const [dup] = await store.messages.append([
          c2c('ユーザー', '用户', { clientMsgId: '客户端-0-🔑', content: 'retry' }),
        ]);
        expect(dup?.duplicate).toBe(true);
        expect(dup?.msgId).toBe(reqs[0]?.message.msgId);
      });

      it('round-trips every message kind and conversation kind', async () => {
        const kinds = ['text', 'image', 'file', 'voice', 'custom', 'system'] as const;
        const reqs = kinds.map((type, i) =>
          i % 2 === 0 ? c2c('alice', 'bob', { type }) : c2c('alice', 'team', { type, convType: 'group' }),
        );
        await store.messages.append(reqs);
        const { entries } = await store.messages.timeline('alice', 0, 10);
        expect(entries.map((e) => e.message)).toEqual(reqs.map((r) => r.message));
      });
    });

    it('reports results consistent with the stored timelines', async () => {
      const results: AppendResult[] = [];
      for (let i = 0; i < 5; i++) {
        results.push(...(await store.messages.append([c2c('alice', 'bob'), c2c('bob', 'carol')])));
      }
      for (const r of results) {
        for (const [uid, seq] of r.seqs) {
          const { entries } = await store.messages.timeline(uid, seq - 1, 1);
          expect(entries[0]?.message.msgId).toBe(r.msgId);
        }
      }
    });
  });
}
