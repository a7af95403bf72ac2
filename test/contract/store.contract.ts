/**
 * The Store contract: every promise of the doc comments in src/store/types.ts, checked against
 * any implementation. Each implementation's test file calls runStoreContract once.
 *
 * @example
 * runStoreContract({ name: 'sqlite', create: () => createSqliteStore({ file: ':memory:' }) });
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { c2cConvId, groupConvId } from '../../src/store/conv-id.ts';
import { DuplicateError, NotFoundError, StoreError } from '../../src/store/errors.ts';
import type {
  ApiKeyRecord,
  AppendRequest,
  AppendResult,
  FileRecord,
  GroupRecord,
  MessageChange,
  NewUser,
  PushJob,
  PushTokenRecord,
  Store,
  StoredMessage,
  TokenRecord,
  UserRecord,
} from '../../src/store/types.ts';
import { testMessage } from '../helpers/messages.ts';
import { describeAdminStore } from './admin-store.contract.ts';
import { describeEventStore } from './event-store.contract.ts';
import type { StoreContractOptions } from './options.ts';
import { describeRuntimeStores } from './runtime-store.contract.ts';

let nextMsgId = 1_000;

/**
 * A message as a request carries it: convId from the (final) convType, sender and recipient
 * unless given, convSeq 0.
 */
function message(from: string, to: string, over: Partial<StoredMessage> = {}): StoredMessage {
  const msgId = over.msgId ?? nextMsgId++;
  return testMessage(msgId, from, to, { content: `hello ${msgId}`, ...over });
}

/** The message as the store returns it once appended at `convSeq`. */
function stored(
  m: StoredMessage | undefined,
  convSeq: number,
  over: Partial<StoredMessage> = {},
): StoredMessage {
  if (m === undefined) throw new Error('no message');
  return { ...m, convSeq, ...over };
}

/** A one-to-one message written to both timelines. */
function c2c(from: string, to: string, over: Partial<StoredMessage> = {}): AppendRequest {
  return { message: message(from, to, over), recipients: [from, to] };
}

/** A group message whose member timelines the store decides (plus `recipients`, if any). */
function toGroup(
  from: string,
  groupId: string,
  writeDiffusionMax: number,
  over: Partial<StoredMessage> = {},
  recipients: readonly string[] = [],
): AppendRequest {
  return {
    message: message(from, groupId, { convType: 'group', ...over }),
    recipients,
    group: { groupId, writeDiffusionMax },
  };
}

/** A recall or edit notice from `from` about `target`, counted as unread only if asked. */
function notice(
  from: string,
  target: StoredMessage,
  change: MessageChange,
  countsUnread = false,
): AppendRequest {
  const isGroup = target.convType === 'group';
  const to = isGroup ? target.to : target.fromUid === from ? target.to : target.fromUid;
  const m = message(from, to, {
    convType: target.convType,
    type: change.kind,
    content: change.kind === 'edit' ? change.content : '',
    refMsgId: target.msgId,
  });
  return {
    message: m,
    recipients: isGroup ? [] : [from, to],
    group: isGroup ? { groupId: target.to, writeDiffusionMax: 500 } : undefined,
    change,
    countsUnread,
  };
}

function userRecord(uid: string, over: Partial<UserRecord> = {}): UserRecord {
  return {
    uid,
    nickname: `nick ${uid}`,
    passwordHash: `$argon2id$${uid}`,
    disabled: false,
    createdAt: 1_700_000_000_000,
    avatar: '',
    signature: '',
    readReceipts: true,
    ...over,
  };
}

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
    createdAt: 1_700_000_000_000,
  };
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

    describeEventStore(() => store);
    describeRuntimeStores(() => store);
    describeAdminStore(() => store);

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
        expect(await store.users.get('alice')).toEqual(
          userRecord('alice', { nickname: 'Alice Ünïcødé 爱丽丝 🐇' }),
        );
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
        expect(first).toEqual(userRecord('u01'));
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

    describe('api keys', () => {
      const key = (keyId: string, over: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({
        keyId,
        name: `key ${keyId}`,
        secretHash: 'ab'.repeat(32),
        scopes: ['read', 'write'],
        createdAt: 1_000,
        revokedAt: 0,
        ...over,
      });

      it('creates, reads and lists keys by id', async () => {
        await store.apiKeys.create(key('00000000000b', { scopes: ['admin'], name: 'Ops 运维' }));
        await store.apiKeys.create(key('00000000000a'));
        expect(await store.apiKeys.get('00000000000b')).toEqual(
          key('00000000000b', { scopes: ['admin'], name: 'Ops 运维' }),
        );
        expect(await store.apiKeys.get('00000000000c')).toBeUndefined();
        expect((await store.apiKeys.list()).map((k) => k.keyId)).toEqual(['00000000000a', '00000000000b']);
        await expect(store.apiKeys.create(key('00000000000a'))).rejects.toBeInstanceOf(DuplicateError);
      });

      it('revokes once, keeping the first time', async () => {
        await store.apiKeys.create(key('00000000000a'));
        expect(await store.apiKeys.revoke('00000000000a', 5_000)).toBe(true);
        expect(await store.apiKeys.revoke('00000000000a', 9_000)).toBe(true);
        expect((await store.apiKeys.get('00000000000a'))?.revokedAt).toBe(5_000);
        expect(await store.apiKeys.revoke('unknown', 5_000)).toBe(false);
      });
    });

    describe('push', () => {
      const reg = (uid: string, deviceId: string, token: string, over: Partial<PushTokenRecord> = {}) => ({
        uid,
        deviceId,
        provider: 'fcm',
        token,
        dndStartMin: 0,
        dndEndMin: 0,
        tzOffsetMin: 0,
        updatedAt: 1_000,
        ...over,
      });
      const job = (uid: string, deviceId: string, ref: number, nextAt = 0): PushJob => ({
        uid,
        deviceId,
        ref,
        payload: `{"body":"m${ref}"}`,
        attempts: 0,
        nextAt,
        createdAt: 1,
      });
      const keys = (jobs: PushJob[]) => jobs.map((j) => `${j.uid}/${j.deviceId}/${j.ref}`).sort();

      it('keeps one token per device, and a token on one device only', async () => {
        await store.push.putToken(reg('alice', 'phone', 't1'));
        await store.push.putToken(
          reg('alice', 'phone', 't2', { provider: 'apns', dndStartMin: 1320, dndEndMin: 420 }),
        );
        await store.push.putToken(reg('bob', 'tab', 't3'));
        expect(await store.push.tokensOf(['alice'])).toEqual([
          reg('alice', 'phone', 't2', { provider: 'apns', dndStartMin: 1320, dndEndMin: 420 }),
        ]);
        // The same token registered by bob's tablet now moves to carol's phone.
        await store.push.putToken(reg('carol', 'phone', 't3'));
        expect((await store.push.tokensOf(['bob', 'carol'])).map((t) => t.uid)).toEqual(['carol']);
        await store.push.deleteInvalid('apns', 't2');
        expect(await store.push.tokensOf(['alice'])).toEqual([]);
        expect(await store.push.deleteToken('carol', 'phone')).toBe(true);
        expect(await store.push.deleteToken('carol', 'phone')).toBe(false);
      });

      it('queues each (user, device, ref) once and hands due jobs to one claimer at a time', async () => {
        await store.push.enqueue([
          job('alice', 'phone', 1),
          job('bob', 'tab', 1),
          job('alice', 'phone', 2, 5_000),
        ]);
        await store.push.enqueue([job('alice', 'phone', 1)]);
        expect(await store.push.queued()).toBe(3);
        const first = await store.push.claim(1_000, 10, 30_000);
        expect(keys(first)).toEqual(['alice/phone/1', 'bob/tab/1']);
        expect(await store.push.claim(1_000, 10, 30_000)).toEqual([]);
        await store.push.finish([first[0]!]);
        await store.push.retry(first[1]!, 2_000);
        const later = await store.push.claim(6_000, 10, 30_000);
        expect(keys(later)).toEqual(keys([first[1]!, job('alice', 'phone', 2)]));
        expect(later.find((j) => j.ref === first[1]!.ref && j.uid === first[1]!.uid)?.attempts).toBe(1);
        // A lease that ran out lets another claimer take the job.
        expect((await store.push.claim(40_000, 10, 30_000)).length).toBe(2);
        expect(await store.push.queued()).toBe(2);
      });
    });

    describe('files', () => {
      const file = (fileId: string, over: Partial<FileRecord> = {}): FileRecord => ({
        fileId,
        ownerUid: 'alice',
        convId: c2cConvId('alice', 'bob'),
        name: 'Fotó 照片.png',
        mime: 'image/png',
        size: 1_000,
        sha256: '',
        width: 0,
        height: 0,
        thumbSha256: '',
        state: 'uploading',
        uploadedBytes: 0,
        createdAt: 1_000,
        updatedAt: 1_000,
        expiresAt: 90_000,
        ...over,
      });
      const h = (c: string) => c.repeat(64);

      it('creates, reads, records progress and completes a file', async () => {
        await store.files.create(file('f1'));
        await expect(store.files.create(file('f1'))).rejects.toBeInstanceOf(DuplicateError);
        expect(await store.files.get('f1')).toEqual(file('f1'));
        expect(await store.files.get('f2')).toBeUndefined();
        await store.files.progress('f1', 400, 2_000, 95_000);
        expect(await store.files.get('f1')).toMatchObject({
          uploadedBytes: 400,
          updatedAt: 2_000,
          expiresAt: 95_000,
        });
        const done = await store.files.complete('f1', {
          sha256: h('a'),
          size: 1_000,
          width: 640,
          height: 480,
          thumbSha256: h('b'),
          updatedAt: 3_000,
          expiresAt: 0,
        });
        expect(done).toEqual(
          file('f1', {
            sha256: h('a'),
            width: 640,
            height: 480,
            thumbSha256: h('b'),
            state: 'complete',
            uploadedBytes: 1_000,
            updatedAt: 3_000,
            expiresAt: 0,
          }),
        );
        // Progress no longer applies and completing again changes nothing.
        await store.files.progress('f1', 5, 4_000, 1);
        const again = await store.files.complete('f1', { ...done, sha256: h('c'), updatedAt: 9_000 });
        expect(again).toEqual(done);
        await expect(
          store.files.complete('nope', {
            sha256: h('a'),
            size: 1,
            width: 0,
            height: 0,
            thumbSha256: '',
            updatedAt: 1,
            expiresAt: 0,
          }),
        ).rejects.toBeInstanceOf(NotFoundError);
      });

      it('finds expired files and whether a blob is still referenced', async () => {
        await store.files.create(file('e1', { expiresAt: 5_000 }));
        await store.files.create(file('e2', { expiresAt: 3_000 }));
        await store.files.create(
          file('e3', { expiresAt: 0, state: 'complete', sha256: h('a'), thumbSha256: h('b') }),
        );
        await store.files.create(file('e4', { expiresAt: 50_000, state: 'complete', sha256: h('a') }));
        expect((await store.files.expired(5_000, 10)).map((f) => f.fileId)).toEqual(['e2', 'e1']);
        expect((await store.files.expired(5_000, 1)).map((f) => f.fileId)).toEqual(['e2']);
        await store.files.touch('e1', 60_000);
        expect((await store.files.expired(5_000, 10)).map((f) => f.fileId)).toEqual(['e2']);
        expect(await store.files.referenced(h('a'))).toBe(true);
        expect(await store.files.referenced(h('b'))).toBe(true);
        expect(await store.files.referenced(h('c'))).toBe(false);
        expect((await store.files.findComplete(h('a')))?.sha256).toBe(h('a'));
        expect(await store.files.findComplete(h('c'))).toBeUndefined();
        expect(await store.files.delete('e3')).toBe(true);
        expect(await store.files.delete('e3')).toBe(false);
        expect(await store.files.referenced(h('b'))).toBe(false);
        expect(await store.files.referenced(h('a'))).toBe(true);
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

      it('revokeAllOf with a device deletes only that device’s tokens', async () => {
        await store.tokens.create(token(hash(1), 'alice', 5_000));
        await store.tokens.create({ ...token(hash(2), 'alice', 5_000), deviceId: 'tablet' });
        expect(await store.tokens.revokeAllOf('alice', 'tablet')).toBe(1);
        expect(await store.tokens.get(hash(2))).toBeUndefined();
        expect(await store.tokens.get(hash(1))).toBeDefined();
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
          convSeq: 1,
          members: [],
        });
        expect(await store.messages.get(req.message.msgId)).toEqual(stored(req.message, 1));
        for (const uid of ['alice', 'bob']) {
          expect(await store.messages.timeline(uid, 0, 10)).toEqual({
            entries: [{ seq: 1, message: stored(req.message, 1) }],
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
        expect(r?.members).toEqual([]);
        for (const m of members) {
          const { entries } = await store.messages.timeline(m, 0, 10);
          expect(entries).toEqual([{ seq: 1, message: stored(req.message, 1) }]);
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
          convSeq: 1,
          members: [],
        });
        expect(await store.messages.get(retry.message.msgId)).toBeUndefined();
        expect(await store.messages.get(first.message.msgId)).toEqual(stored(first.message, 1));
        expect(await seqsOf(store, 'alice')).toEqual([1, 2]);
        expect(await seqsOf(store, 'bob')).toEqual([1, 2]);
        expect(await store.messages.maxSeq('alice')).toBe(2);
      });

      it('finds a stored message by its sender and client message id', async () => {
        const first = c2c('alice', 'bob', { clientMsgId: 'by-sender-1' });
        await store.messages.append([first]);
        expect(await store.messages.bySender('alice', 'by-sender-1')).toEqual(stored(first.message, 1));
        expect(await store.messages.bySender('bob', 'by-sender-1')).toBeUndefined();
        expect(await store.messages.bySender('alice', 'by-sender-2')).toBeUndefined();
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
          convSeq: 1,
          members: [],
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
        expect(await store.messages.get(reqs[1999]?.message.msgId ?? 0)).toEqual(
          stored(reqs[1999]?.message, 2000),
        );
      });

      it('stores a batch of 4000 one-to-one messages between distinct pairs', async () => {
        const reqs = range(0, 3999).map((i) => c2c(`p${i}`, `q${i}`));
        const results = await store.messages.append(reqs);
        expect(results.every((r, i) => r.msgId === reqs[i]?.message.msgId && r.senderSeq === 1)).toBe(true);
        expect(await store.messages.maxSeq('q3999')).toBe(1);
        expect(await store.messages.get(reqs[3999]?.message.msgId ?? 0)).toEqual(
          stored(reqs[3999]?.message, 1),
        );
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
        expect(await store.messages.get(taken.message.msgId)).toEqual(stored(taken.message, 1));
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

    describe('messages: conversations', () => {
      const convSeqs = (rs: readonly AppendResult[]) => rs.map((r) => r.convSeq);
      const AB = c2cConvId('alice', 'bob');

      it('gives consecutive conv seqs per conversation across batches and stores them', async () => {
        await store.groups.create(groupOf('g1', 'alice'), [{ uid: 'bob', role: 'member' }]);
        const b1 = [
          c2c('alice', 'bob'),
          c2c('bob', 'alice'),
          c2c('alice', 'carol'),
          toGroup('bob', 'g1', 500),
        ];
        expect(convSeqs(await store.messages.append(b1))).toEqual([1, 2, 1, 1]);
        const b2 = [
          toGroup('alice', 'g1', 500),
          c2c('carol', 'alice'),
          c2c('alice', 'bob'),
          c2c('bob', 'carol'),
        ];
        expect(convSeqs(await store.messages.append(b2))).toEqual([2, 2, 3, 1]);
        const b3 = [c2c('dave', 'dave'), c2c('dave', 'dave'), toGroup('bob', 'g1', 500)];
        expect(convSeqs(await store.messages.append(b3))).toEqual([1, 2, 3]);

        expect(await store.messages.get(b2[2]!.message.msgId)).toEqual(stored(b2[2]!.message, 3));
        expect(await store.messages.get(b3[2]!.message.msgId)).toEqual(stored(b3[2]!.message, 3));
        const ab = await store.messages.convTimeline(AB, 0, 100, 100);
        expect(ab.messages).toEqual([
          stored(b1[0]!.message, 1),
          stored(b1[1]!.message, 2),
          stored(b2[2]!.message, 3),
        ]);
        const g = await store.messages.convTimeline(groupConvId('g1'), 0, 100, 100);
        expect(g.messages.map((m) => [m.msgId, m.convSeq])).toEqual([
          [b1[3]!.message.msgId, 1],
          [b2[0]!.message.msgId, 2],
          [b3[2]!.message.msgId, 3],
        ]);
        expect(await store.conversations.head(AB)).toEqual({
          convId: AB,
          seq: 3,
          lastMsgId: b2[2]!.message.msgId,
          lastTs: b2[2]!.message.ts,
        });
        // Timeline entries carry the conv seq too.
        const { entries } = await store.messages.timeline('carol', 0, 10);
        expect(entries.map((e) => [e.seq, e.message.convId, e.message.convSeq])).toEqual([
          [1, c2cConvId('alice', 'carol'), 1],
          [2, c2cConvId('alice', 'carol'), 2],
          [3, c2cConvId('bob', 'carol'), 1],
        ]);
      });

      it('keeps conv seqs gap-free under concurrent appends', async () => {
        const calls = range(1, 20).map((i) =>
          store.messages.append(
            range(1, 5).map(() => (i % 2 === 0 ? c2c('alice', 'bob') : c2c('bob', 'alice'))),
          ),
        );
        const all = (await Promise.all(calls)).flat();
        expect(all.map((r) => r.convSeq).sort((x, y) => x - y)).toEqual(range(1, 100));
        const { messages, hasMore } = await store.messages.convTimeline(AB, 0, 1000, 1000);
        expect(hasMore).toBe(false);
        expect(messages.map((m) => m.convSeq)).toEqual(range(1, 100));
        expect((await store.conversations.head(AB))?.seq).toBe(100);
      });

      it('returns the first convSeq for a duplicate and takes no conv seq for it', async () => {
        const first = c2c('alice', 'bob', { clientMsgId: 'once' });
        await store.messages.append([c2c('bob', 'alice'), first]);
        const [dup] = await store.messages.append([c2c('alice', 'bob', { clientMsgId: 'once' })]);
        expect(dup).toMatchObject({ duplicate: true, msgId: first.message.msgId, convSeq: 2, members: [] });
        const inBatch = await store.messages.append([
          c2c('alice', 'bob', { clientMsgId: 'twice' }),
          c2c('alice', 'bob', { clientMsgId: 'twice' }),
          c2c('alice', 'bob', { clientMsgId: 'once' }),
          c2c('bob', 'alice'),
        ]);
        expect(inBatch.map((r) => [r.convSeq, r.duplicate])).toEqual([
          [3, false],
          [3, true],
          [2, true],
          [4, false],
        ]);
        expect((await store.conversations.head(AB))?.seq).toBe(4);
      });

      it('creates both entries with the first one-to-one message', async () => {
        expect(await store.conversations.get('alice', AB)).toBeUndefined();
        const req = c2c('alice', 'bob');
        await store.messages.append([req]);
        const head = { convId: AB, seq: 1, lastMsgId: req.message.msgId, lastTs: req.message.ts };
        const entry = {
          convId: AB,
          convType: 'c2c',
          readSeq: 0,
          startSeq: 0,
          leftSeq: 0,
          hiddenSeq: -1,
          pinned: false,
          muted: false,
          draft: '',
          version: 0,
          head,
        };
        expect(await store.conversations.get('alice', AB)).toEqual({
          ...entry,
          uid: 'alice',
          peer: 'bob',
          unread: 0,
        });
        expect(await store.conversations.get('bob', AB)).toEqual({
          ...entry,
          uid: 'bob',
          peer: 'alice',
          unread: 1,
        });
        // Later messages keep the entries as they are.
        await store.conversations.markRead('bob', AB, 1, 7);
        await store.conversations.update('alice', AB, { pinned: true }, 8);
        await store.messages.append([c2c('bob', 'alice')]);
        expect(await store.conversations.get('bob', AB)).toMatchObject({ readSeq: 1, version: 7, unread: 0 });
        expect(await store.conversations.get('alice', AB)).toMatchObject({
          pinned: true,
          version: 8,
          unread: 1,
        });
      });

      it('creates one entry for a message to oneself, and none for a group message', async () => {
        // A system message: it is written whoever the group's members are (here: none).
        await store.messages.append([
          c2c('carol', 'carol'),
          toGroup('carol', 'nogroup', 500, { type: 'system' }, ['carol']),
        ]);
        const self = c2cConvId('carol', 'carol');
        expect(await store.conversations.get('carol', self)).toMatchObject({ peer: 'carol', unread: 0 });
        expect(
          await store.conversations.list('carol', { sinceVersion: 0, includeHidden: true }),
        ).toHaveLength(1);
        expect(await store.conversations.get('carol', groupConvId('nogroup'))).toBeUndefined();
        expect((await store.conversations.head(groupConvId('nogroup')))?.seq).toBe(1);
      });

      it('write diffusion: every member’s timeline gets the message, `members` lists them', async () => {
        await store.groups.create(groupOf('g1', 'alice'), [
          { uid: 'carol', role: 'member' },
          { uid: 'bob', role: 'admin' },
        ]);
        // Up to writeDiffusionMax members inclusive; an extra recipient (not a member) gets it too.
        const req = toGroup('bob', 'g1', 3, { type: 'image', content: '{"url":"x"}' }, ['dave']);
        const [r] = await store.messages.append([req]);
        expect(r).toMatchObject({ duplicate: false, senderSeq: 1, convSeq: 1 });
        expect(r?.seqs).toEqual(
          new Map([
            ['alice', 1],
            ['bob', 1],
            ['carol', 1],
            ['dave', 1],
          ]),
        );
        expect([...(r?.members ?? [])].sort()).toEqual(['alice', 'bob', 'carol']);
        for (const uid of ['alice', 'bob', 'carol', 'dave']) {
          expect((await store.messages.timeline(uid, 0, 10)).entries).toEqual([
            { seq: 1, message: stored(req.message, 1) },
          ]);
        }
        expect(await store.messages.maxSeq('erin')).toBe(0);
        const [dup] = await store.messages.append([req]);
        expect(dup).toMatchObject({ duplicate: true, convSeq: 1, senderSeq: 1, members: [] });
        expect(dup?.seqs.size).toBe(0);
      });

      it('read diffusion: no member timelines, `seqs` holds only extra recipients, `members` all', async () => {
        await store.groups.create(groupOf('g1', 'alice'), [
          { uid: 'bob', role: 'member' },
          { uid: 'carol', role: 'member' },
        ]);
        const req = toGroup('bob', 'g1', 2, {}, ['dave']);
        const [r] = await store.messages.append([req]);
        expect(r).toMatchObject({ duplicate: false, senderSeq: 0, convSeq: 1 });
        expect(r?.seqs).toEqual(new Map([['dave', 1]]));
        expect([...(r?.members ?? [])].sort()).toEqual(['alice', 'bob', 'carol']);
        for (const uid of ['alice', 'bob', 'carol']) {
          expect(await store.messages.maxSeq(uid)).toBe(0);
          expect((await store.messages.timeline(uid, 0, 10)).entries).toEqual([]);
        }
        expect((await store.messages.timeline('dave', 0, 10)).entries).toEqual([
          { seq: 1, message: stored(req.message, 1) },
        ]);
        expect(await store.messages.convTimeline(groupConvId('g1'), 0, 10, 10)).toEqual({
          messages: [stored(req.message, 1)],
          hasMore: false,
        });
        expect(await store.messages.get(req.message.msgId)).toEqual(stored(req.message, 1));
        // Read diffusion still counts unread for the members.
        expect((await store.conversations.get('alice', groupConvId('g1')))?.unread).toBe(1);
        expect((await store.conversations.get('bob', groupConvId('g1')))?.unread).toBe(0);
      });

      it('switching between write and read diffusion keeps conv seqs consecutive', async () => {
        const G = groupConvId('g1');
        await store.groups.create(groupOf('g1', 'alice'), [
          { uid: 'bob', role: 'member' },
          { uid: 'carol', role: 'member' },
        ]);
        // In one batch: write (3 <= 5), read (3 > 2), write (3 <= 3).
        const b1 = [toGroup('alice', 'g1', 5), toGroup('bob', 'g1', 2), toGroup('carol', 'g1', 3)];
        const r1 = await store.messages.append(b1);
        expect(convSeqs(r1)).toEqual([1, 2, 3]);
        expect(r1.map((r) => r.seqs.size)).toEqual([3, 0, 3]);
        // Two members join: 5 > 4 is read diffusion, from the members at commit time.
        await store.groups.addMembers('g1', ['dave', 'erin'], 1_700_000_000_000, 100);
        const [r4] = await store.messages.append([toGroup('alice', 'g1', 4)]);
        expect(r4).toMatchObject({ convSeq: 4, senderSeq: 0 });
        expect(r4?.members).toHaveLength(5);
        expect(r4?.seqs.size).toBe(0);
        // One leaves: 4 <= 4 is write diffusion again, to the current members only.
        await store.groups.removeMembers('g1', ['erin']);
        const b5 = toGroup('dave', 'g1', 4);
        const [r5] = await store.messages.append([b5]);
        expect(r5).toMatchObject({ convSeq: 5, senderSeq: 1 });
        expect([...(r5?.seqs.keys() ?? [])].sort()).toEqual(['alice', 'bob', 'carol', 'dave']);
        expect([...(r5?.members ?? [])].sort()).toEqual(['alice', 'bob', 'carol', 'dave']);

        const { entries } = await store.messages.timeline('alice', 0, 10);
        expect(entries.map((e) => [e.seq, e.message.convSeq])).toEqual([
          [1, 1],
          [2, 3],
          [3, 5],
        ]);
        expect((await store.messages.timeline('dave', 0, 10)).entries).toEqual([
          { seq: 1, message: stored(b5.message, 5) },
        ]);
        expect(await store.messages.maxSeq('erin')).toBe(0);
        const all = await store.messages.convTimeline(G, 0, 100, 100);
        expect(all.messages.map((m) => m.convSeq)).toEqual([1, 2, 3, 4, 5]);
        expect((await store.conversations.head(G))?.seq).toBe(5);
      });

      it('a recall notice recalls its target in the same append', async () => {
        const target = c2c('alice', 'bob', { content: 'oops' });
        await store.messages.append([target]);
        const recall = notice('alice', target.message, { kind: 'recall', msgId: target.message.msgId });
        const [r] = await store.messages.append([recall]);
        expect(r).toMatchObject({ duplicate: false, convSeq: 2 });
        expect(await store.messages.get(target.message.msgId)).toEqual(
          stored(target.message, 1, { recalled: true, content: '' }),
        );
        expect(await store.messages.get(recall.message.msgId)).toEqual(stored(recall.message, 2));
        const { messages } = await store.messages.convTimeline(AB, 0, 10, 10);
        expect(messages.map((m) => [m.type, m.recalled, m.refMsgId])).toEqual([
          ['text', true, 0],
          ['recall', false, target.message.msgId],
        ]);
        // Timelines read the message as it is now.
        expect((await store.messages.timeline('bob', 0, 1)).entries[0]?.message.recalled).toBe(true);
      });

      it('an edit notice replaces the content of its target and sets editedAt', async () => {
        await store.groups.create(groupOf('g1', 'alice'), [{ uid: 'bob', role: 'member' }]);
        const target = toGroup('bob', 'g1', 1, { content: 'teh typo' });
        await store.messages.append([target]);
        const edit = notice('bob', target.message, {
          kind: 'edit',
          msgId: target.message.msgId,
          content: 'the typo, fixed ✓',
          at: 1_800_000_000_000,
        });
        const [r] = await store.messages.append([edit]);
        expect(r?.convSeq).toBe(2);
        expect(await store.messages.get(target.message.msgId)).toEqual(
          stored(target.message, 1, { content: 'the typo, fixed ✓', editedAt: 1_800_000_000_000 }),
        );
        expect(await store.messages.get(edit.message.msgId)).toMatchObject({
          type: 'edit',
          content: 'the typo, fixed ✓',
          refMsgId: target.message.msgId,
          editedAt: 0,
        });
      });

      it('applies the changes of one batch in batch order, also to a message of the same batch', async () => {
        const target = c2c('alice', 'bob', { content: 'v1' });
        const e1 = notice('alice', target.message, {
          kind: 'edit',
          msgId: target.message.msgId,
          content: 'v2',
          at: 5,
        });
        const e2 = notice('alice', target.message, {
          kind: 'edit',
          msgId: target.message.msgId,
          content: 'v3',
          at: 6,
        });
        await store.messages.append([target, e1, e2]);
        expect(await store.messages.get(target.message.msgId)).toMatchObject({ content: 'v3', editedAt: 6 });
      });

      it('a failing batch applies none of its changes', async () => {
        const target = c2c('alice', 'bob', { content: 'keep me' });
        const other = c2c('bob', 'alice', { content: 'me too' });
        await store.messages.append([target, other]);
        const recall = notice('alice', target.message, { kind: 'recall', msgId: target.message.msgId });
        const edit = notice('bob', other.message, {
          kind: 'edit',
          msgId: other.message.msgId,
          content: 'changed',
          at: 9,
        });
        const clash = c2c('carol', 'dave', { msgId: target.message.msgId, clientMsgId: 'clash' });
        await expect(store.messages.append([recall, edit, clash])).rejects.toBeInstanceOf(DuplicateError);
        expect(await store.messages.get(target.message.msgId)).toEqual(stored(target.message, 1));
        expect(await store.messages.get(other.message.msgId)).toEqual(stored(other.message, 2));
        expect(await store.messages.get(recall.message.msgId)).toBeUndefined();
        expect((await store.conversations.head(AB))?.seq).toBe(2);
        expect(await store.conversations.head(c2cConvId('carol', 'dave'))).toBeUndefined();
        expect(await store.conversations.get('carol', c2cConvId('carol', 'dave'))).toBeUndefined();
      });

      it('does not count notices with countsUnread false as unread', async () => {
        const a = c2c('alice', 'bob');
        await store.messages.append([a, c2c('alice', 'bob')]);
        await store.messages.append([
          notice('alice', a.message, { kind: 'edit', msgId: a.message.msgId, content: 'x', at: 1 }),
          notice('alice', a.message, { kind: 'recall', msgId: a.message.msgId }),
        ]);
        expect(await store.conversations.get('bob', AB)).toMatchObject({ unread: 2, head: { seq: 4 } });
        // countsUnread omitted counts, like true.
        await store.messages.append([c2c('alice', 'bob', { type: 'system' })]);
        await store.messages.append([
          notice('alice', a.message, { kind: 'edit', msgId: a.message.msgId, content: 'y', at: 2 }, true),
        ]);
        expect((await store.conversations.get('bob', AB))?.unread).toBe(4);
        expect(await store.conversations.unreadTotal('bob')).toBe(4);
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
        expect(entries).toEqual([{ seq: 3, message: stored(reqs[2]?.message, 3) }]);
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
          type: 'text',
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
        expect(await store.messages.get(Number.MAX_SAFE_INTEGER)).toEqual(stored(req.message, 1));
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
        const expected = reqs.map((r, i) => stored(r.message, i + 1));
        for (const m of expected) expect(await store.messages.get(m.msgId)).toEqual(m);
        const { entries } = await store.messages.timeline('用户', 0, 100);
        expect(entries.map((e) => e.message)).toEqual(expected);
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
        // c2c with bob at even indices, group 'team' at odd ones: conv seqs 1, 1, 2, 2, 3, 3.
        expect(entries.map((e) => e.message)).toEqual(
          reqs.map((r, i) => stored(r.message, Math.floor(i / 2) + 1)),
        );
        expect(entries.map((e) => e.message.convId)).toEqual(
          reqs.map((_, i) => (i % 2 === 0 ? c2cConvId('alice', 'bob') : groupConvId('team'))),
        );
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
