import { Code, ParleyError } from '@parley/protocol';
import { parseConvId } from '../store/conv-id.ts';
import type { ConvListing, GroupMemberRecord, GroupRecord, Store, StoredMessage } from '../store/types.ts';

/** Last conv seq the entry's owner may see (left members stop at their removal). */
export function visibleCeiling(e: ConvListing): number {
  return e.leftSeq > 0 ? Math.min(e.leftSeq, e.head.seq) : e.head.seq;
}

/** Whether the entry's owner may see the message at `convSeq`. */
export function canSee(e: ConvListing, convSeq: number): boolean {
  return convSeq > e.startSeq && convSeq <= visibleCeiling(e);
}

/** The caller's entry of a conversation, or CONV_NOT_FOUND (also for malformed ids). */
export async function entryOf(
  store: Store,
  uid: string,
  convId: string | null | undefined,
): Promise<ConvListing> {
  const id = convId ?? '';
  if (!parseConvId(id))
    throw new ParleyError(Code.BAD_REQUEST, 'conv_id is not a conversation id', 'conv_id');
  const e = await store.conversations.get(uid, id);
  if (!e) throw new ParleyError(Code.CONV_NOT_FOUND, `no conversation ${id}`, 'conv_id');
  return e;
}

/** A message the caller may see (its conversation entry and visible range), or MESSAGE_NOT_FOUND. */
export async function visibleMessage(
  store: Store,
  uid: string,
  msgId: number | null | undefined,
  field = 'msg_id',
): Promise<{ message: StoredMessage; entry: ConvListing }> {
  const id = msgId ?? 0;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new ParleyError(Code.BAD_REQUEST, `${field} must be a message id`, field);
  }
  const message = await store.messages.get(id);
  const entry =
    message && message.convId !== '' ? await store.conversations.get(uid, message.convId) : undefined;
  if (!message || !entry || !canSee(entry, message.convSeq)) {
    throw new ParleyError(Code.MESSAGE_NOT_FOUND, `no message ${id}`, field);
  }
  if ((await store.messages.deletedFor(uid, [id])).has(id)) {
    throw new ParleyError(Code.MESSAGE_NOT_FOUND, `message ${id} was deleted`, field);
  }
  return { message, entry };
}

export function checkGroupId(groupId: string | null | undefined, field = 'group_id'): string {
  const id = groupId ?? '';
  if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(id)) {
    throw new ParleyError(Code.BAD_REQUEST, `${field} must be 1-64 characters of A-Z a-z 0-9 _ . @ -`, field);
  }
  return id;
}

/** The group, or GROUP_NOT_FOUND. */
export async function groupOf(store: Store, groupId: string | null | undefined): Promise<GroupRecord> {
  const id = checkGroupId(groupId);
  const g = await store.groups.get(id);
  if (!g) throw new ParleyError(Code.GROUP_NOT_FOUND, `no group ${id}`, 'group_id');
  return g;
}

/** The group and the caller's membership, or NOT_GROUP_MEMBER. */
export async function membershipOf(
  store: Store,
  groupId: string | null | undefined,
  uid: string,
): Promise<{ group: GroupRecord; me: GroupMemberRecord }> {
  const group = await groupOf(store, groupId);
  const me = await store.groups.member(group.groupId, uid);
  if (!me) throw new ParleyError(Code.NOT_GROUP_MEMBER, `not a member of ${group.groupId}`, 'group_id');
  return { group, me };
}

export function isAdmin(m: GroupMemberRecord): boolean {
  return m.role === 'owner' || m.role === 'admin';
}

/** Refuses unless the member may speak now (group not dismissed, not muted). */
export function checkMaySpeak(group: GroupRecord, me: GroupMemberRecord, now: number): void {
  if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, `group ${group.groupId} was dismissed`);
  if (isAdmin(me)) return;
  if (group.mutedAll) throw new ParleyError(Code.MUTED, 'the whole group is muted');
  if (me.mutedUntil > now)
    throw new ParleyError(Code.MUTED, `muted until ${new Date(me.mutedUntil).toISOString()}`);
}
