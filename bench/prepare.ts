/**
 * Builds the bench population once per run, through the store API (no SQL here): every user
 * gets the same argon2 PHC string (hashed once) and a login token, so no scenario pays for
 * 10 000 registrations or password verifications. Each scenario then starts from a copy of
 * this database in a fresh data directory.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { IdGenerator } from '../src/logic/id-generator.ts';
import { hashPassword, tokenHash } from '../src/logic/passwords.ts';
import { createSqliteStore, type Store } from '../src/store/index.ts';
import type { AppendRequest, StoredMessage } from '../src/store/types.ts';
import { benchGroupId, type ConversationPlan, NORMAL_GROUP_MAX, WRITE_DIFFUSION_MAX } from './social.ts';
import { BENCH_PASSWORD, DEVICE_ID, TOTAL_USERS, tokenOf, uidOf } from './users.ts';

const DB_FILE = 'parley.db';
/** Store calls issued together; they queue on the store's one connection. */
const CHUNK = 500;

/**
 * Creates users 0..count-1 (see bench/users.ts) with one shared password hash and a login token
 * each, in chunks of concurrent store calls, reporting progress after each chunk.
 */
export async function seedUsers(
  store: Store,
  count: number,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const phc = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();
  const expiresAt = now + 7 * 24 * 3600 * 1000;
  for (let start = 0; start < count; start += CHUNK) {
    const work: Promise<void>[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const uid = uidOf(i);
      work.push(
        store.users.create({ uid, nickname: uid, passwordHash: phc, createdAt: now }).then(() =>
          store.tokens.create({
            tokenHash: tokenHash(tokenOf(uid)),
            uid,
            deviceId: DEVICE_ID,
            createdAt: now,
            expiresAt,
          }),
        ),
      );
    }
    await Promise.all(work);
    onProgress(Math.min(count, start + CHUNK), count);
  }
}

/** Creates the template database in `dir`; returns how many users it holds. */
export async function prepareTemplate(dir: string, onProgress: (done: number, total: number) => void) {
  // The template is copied, never served: NORMAL is enough and saves an fsync per insert.
  const store = await createSqliteStore({ file: join(dir, DB_FILE), synchronous: 'NORMAL' });
  try {
    await seedUsers(store, TOTAL_USERS, onProgress);
  } finally {
    // Closing checkpoints the WAL into the main file.
    await store.close();
  }
  return TOTAL_USERS;
}

/** Copies the template database into a scenario's data directory. */
export function copyTemplate(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const f = join(from, DB_FILE + suffix);
    if (existsSync(f)) copyFileSync(f, join(to, DB_FILE + suffix));
  }
}

/**
 * A template for one scenario: a copy of `base` in `dir` with more data written by `fill`
 * through the store API, so that the other scenarios keep starting from the plain population.
 */
export async function deriveTemplate(base: string, dir: string, fill: (store: Store) => Promise<void>) {
  copyTemplate(base, dir);
  const store = await createSqliteStore({ file: join(dir, DB_FILE), synchronous: 'NORMAL' });
  try {
    await fill(store);
  } finally {
    await store.close();
  }
}

/** The group scenario's groups: users 0..size-1 each, owned by user 0; no messages yet. */
export async function prepareGroups(store: Store, sizes: readonly number[]): Promise<void> {
  const now = Date.now();
  for (const size of sizes) {
    if (size > TOTAL_USERS)
      throw new Error(`a group of ${size} needs more than the ${TOTAL_USERS} bench users`);
    const owner = uidOf(0);
    await store.groups.create(
      {
        groupId: benchGroupId(size),
        name: `bench group of ${size}`,
        avatar: '',
        intro: '',
        type: size > NORMAL_GROUP_MAX ? 'large' : 'normal',
        joinPolicy: 'open',
        ownerUid: owner,
        mutedAll: false,
        dismissed: false,
        createdAt: now,
      },
      Array.from(
        { length: size },
        (_, i) => ({ uid: uidOf(i), role: i === 0 ? 'owner' : 'member' }) as const,
      ),
    );
  }
}

/** Messages appended per store call while preparing conversations. */
const APPEND_BATCH = 1000;

/**
 * Writes the conversations of `plan` (bench/social.ts): its groups, then every message through
 * messages.append (one-to-one and group messages as a send would store them, conversations
 * interleaved so that their last activity differs), then read positions and settings.
 */
export async function prepareConversations(
  store: Store,
  plan: ConversationPlan,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const ids = new IdGenerator(31);
  const now = Date.now();
  for (const c of plan.convs) {
    if (c.kind !== 'group') continue;
    await store.groups.create(
      {
        groupId: c.peer,
        name: c.peer,
        avatar: '',
        intro: '',
        type: c.members.length + 1 > NORMAL_GROUP_MAX ? 'large' : 'normal',
        joinPolicy: 'open',
        ownerUid: plan.owner,
        mutedAll: false,
        dismissed: false,
        createdAt: now - 7_200_000,
      },
      [{ uid: plan.owner, role: 'owner' }, ...c.members.map((uid) => ({ uid, role: 'member' }) as const)],
    );
  }
  // Round r appends the r-th message of every conversation that has one, in a fixed shuffled
  // order of conversations: last activity then depends on length and position.
  const order = plan.convs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const k = (i * 7919 + 13) % (i + 1);
    [order[i], order[k]] = [order[k]!, order[i]!];
  }
  const longest = Math.max(...plan.convs.map((c) => c.senders.length));
  const requests: { req: AppendRequest; expectSeq: number }[] = [];
  let ts = now - 3_600_000;
  for (let r = 0; r < longest; r++) {
    for (const i of order) {
      const c = plan.convs[i]!;
      const from = c.senders[r];
      if (from === undefined) continue;
      const to = c.kind === 'group' ? c.peer : from === plan.owner ? c.peer : plan.owner;
      const msgId = ids.next();
      const message: StoredMessage = {
        msgId,
        clientMsgId: `prep-${msgId}`,
        fromUid: from,
        convType: c.kind,
        to,
        type: 'text',
        content: `message ${r + 1} of ${c.convId}`,
        ts: ts++,
        convId: c.convId,
        convSeq: 0,
        refMsgId: 0,
        refKind: '',
        editedAt: 0,
        recalled: false,
      };
      requests.push({
        req:
          c.kind === 'group'
            ? { message, recipients: [], group: { groupId: c.peer, writeDiffusionMax: WRITE_DIFFUSION_MAX } }
            : { message, recipients: [from, to] },
        expectSeq: r + 1,
      });
    }
  }
  const total = requests.length + plan.convs.length;
  for (let start = 0; start < requests.length; start += APPEND_BATCH) {
    const chunk = requests.slice(start, start + APPEND_BATCH);
    const results = await store.messages.append(chunk.map((x) => x.req));
    results.forEach((res, k) => {
      const want = chunk[k]!;
      if (res.duplicate || res.convSeq !== want.expectSeq) {
        throw new Error(
          `preparing ${want.req.message.convId}: got conv_seq ${res.convSeq} (duplicate ${res.duplicate}), expected ${want.expectSeq}`,
        );
      }
    });
    onProgress(start + chunk.length, total);
  }
  let done = requests.length;
  for (const c of plan.convs) {
    if (c.readSeq > 0) await store.conversations.markRead(plan.owner, c.convId, c.readSeq, ids.next());
    if (c.muted || c.pinned || c.hidden) {
      await store.conversations.update(
        plan.owner,
        c.convId,
        {
          ...(c.muted ? { muted: true } : {}),
          ...(c.pinned ? { pinned: true } : {}),
          ...(c.hidden ? { hiddenSeq: c.senders.length } : {}),
        },
        ids.next(),
      );
    }
    onProgress(++done, total);
  }
}
