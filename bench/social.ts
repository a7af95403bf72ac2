/**
 * The social data of the `group` and `conversations` scenarios, as pure functions: the runner
 * writes it into a template through the store API (bench/prepare.ts) and the load generator
 * derives the expected answers from the same description, so nothing has to be passed along.
 */
import { uidOf } from './users.ts';

/** The server's default group.writeDiffusionMax: groups up to this size use write diffusion. */
export const WRITE_DIFFUSION_MAX = 500;
/** The server's default group.maxMembers (normal groups); larger bench groups are LARGE groups. */
export const NORMAL_GROUP_MAX = 2000;

export type DiffusionMode = 'write' | 'read';

/** Members of the group scenario's group of `size`: users 0..size-1, user 0 owns it and sends. */
export function benchGroupId(size: number): string {
  return `bench-g${size}`;
}

export function modeOf(members: number): DiffusionMode {
  return members <= WRITE_DIFFUSION_MAX ? 'write' : 'read';
}

function c2cConvId(a: string, b: string): string {
  return a < b ? `c:${a}|${b}` : `c:${b}|${a}`;
}

/** One conversation of the conversations scenario's user, as prepared. */
export interface PlannedConv {
  readonly convId: string;
  readonly kind: 'c2c' | 'group';
  /** Peer uid (c2c) or group id. */
  readonly peer: string;
  /** Group members other than the owner ([] for c2c). */
  readonly members: readonly string[];
  /** Sender of each message, in conversation order (conv_seq 1, 2, ...). */
  readonly senders: readonly string[];
  /** The owner's read position (conv_seq). */
  readonly readSeq: number;
  readonly muted: boolean;
  readonly pinned: boolean;
  /** Hidden from the list (read up to the head first, as CONV/UPDATE hidden does). */
  readonly hidden: boolean;
  /** Messages from others after readSeq. */
  readonly unread: number;
}

export interface ConversationPlan {
  /** The user whose conversations are listed. */
  readonly owner: string;
  readonly convs: readonly PlannedConv[];
  readonly messages: number;
  /** Entries CONV/LIST returns (not hidden). */
  readonly listed: number;
  /** Sum of unread over the entries that are not muted. */
  readonly totalUnread: number;
  /** Groups in read diffusion (more than WRITE_DIFFUSION_MAX members). */
  readonly readDiffusionGroups: number;
}

/** Members of the read-diffusion group besides the owner. */
const LARGE_GROUP_OTHERS = WRITE_DIFFUSION_MAX + 100;
const SMALL_GROUP_OTHERS = 7;

/**
 * `n` conversations of user 0: one in 20 is a group (the first of them with 601 members, in
 * read diffusion; the others with 8), the rest one-to-one with users 1, 2, 3, ... Each holds
 * 1-8 messages, mostly from the other side; about 3/7 are read, 2/7 half read, 2/7 unread;
 * every 10th is muted, every 50th pinned, every 100th hidden.
 */
export function conversationPlan(n: number): ConversationPlan {
  const owner = uidOf(0);
  const groups = Math.max(2, Math.round(n / 20));
  const c2c = n - groups;
  const convs: PlannedConv[] = [];
  const finish = (
    j: number,
    base: Omit<PlannedConv, 'readSeq' | 'muted' | 'pinned' | 'hidden' | 'unread'>,
  ): PlannedConv => {
    const len = base.senders.length;
    const hidden = j % 100 === 7;
    const state = j % 7;
    const readSeq = hidden || state <= 2 ? len : state <= 4 ? Math.floor(len / 2) : 0;
    let unread = 0;
    for (let s = readSeq; s < len; s++) if (base.senders[s] !== owner) unread++;
    return { ...base, readSeq, muted: j % 10 === 9, pinned: j % 50 === 0, hidden, unread };
  };
  for (let j = 0; j < c2c; j++) {
    const peer = uidOf(1 + j);
    const senders: string[] = [];
    for (let k = 0; k < 1 + (j % 5); k++) senders.push(peer);
    if (j % 4 === 0) senders.push(owner);
    for (let k = 0; k < j % 3; k++) senders.push(peer);
    convs.push(finish(j, { convId: c2cConvId(owner, peer), kind: 'c2c', peer, members: [], senders }));
  }
  for (let i = 0; i < groups; i++) {
    const groupId = `bench-conv-g${i}`;
    const others =
      i === 0
        ? Array.from({ length: LARGE_GROUP_OTHERS }, (_, k) => uidOf(c2c + 1 + k))
        : Array.from({ length: SMALL_GROUP_OTHERS }, (_, k) =>
            uidOf(1 + ((i * SMALL_GROUP_OTHERS + k) % c2c)),
          );
    const count = i === 0 ? 20 : 2 + (i % 6);
    const senders = Array.from({ length: count }, (_, t) => (t === 1 ? owner : others[t % others.length]!));
    convs.push(
      finish(c2c + i, { convId: `g:${groupId}`, kind: 'group', peer: groupId, members: others, senders }),
    );
  }
  let messages = 0;
  let listed = 0;
  let totalUnread = 0;
  for (const c of convs) {
    messages += c.senders.length;
    if (!c.hidden) listed++;
    if (!c.muted) totalUnread += c.unread;
  }
  const readDiffusionGroups = convs.filter(
    (c) => c.kind === 'group' && c.members.length + 1 > WRITE_DIFFUSION_MAX,
  ).length;
  return { owner, convs, messages, listed, totalUnread, readDiffusionGroups };
}
