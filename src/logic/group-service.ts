import { randomBytes } from 'node:crypto';
import {
  Code,
  type Empty,
  type GroupApproveReq,
  type GroupCreateReq,
  type GroupIdReq,
  type GroupJoinReq,
  type GroupJoinResp,
  type GroupListResp,
  type GroupMembersReq,
  type GroupMembersResp,
  type GroupMuteReq,
  type GroupNicknameReq,
  type GroupResp,
  type GroupRoleReq,
  type GroupUidReq,
  type GroupUidsReq,
  type GroupUpdateReq,
  groupRoleName,
  groupTypeName,
  type JoinRequestsResp,
  joinPolicyName,
  ParleyError,
} from '@parley/protocol';
import { ConflictError, DuplicateError } from '../store/errors.ts';
import type { GroupMemberRecord, GroupPatch, GroupRecord } from '../store/types.ts';
import { checkGroupId, checkMaySpeak, groupOf, isAdmin, membershipOf } from './access.ts';
import { checkUid } from './auth-service.ts';
import { toWireGroup, toWireMember } from './convert.ts';
import type { MessageService } from './message-service.ts';
import type { LogicDeps, Session } from './types.ts';
import { limitedText, uidList } from './validate.ts';

const MAX_BATCH_UIDS = 500;
const MAX_JOIN_REQUESTS = 1000;
const MAX_NAME = 128;
const MAX_AVATAR = 512;
const MAX_INTRO = 1024;
const MAX_NICKNAME = 64;
const MAX_NOTE = 512;

/** Groups: membership, roles, settings; every change is also a SYSTEM message in the group. */
export class GroupService {
  constructor(
    private readonly d: LogicDeps,
    private readonly messages: MessageService,
  ) {}

  async create(session: Session, req: GroupCreateReq): Promise<GroupResp> {
    const name = limitedText(req.name, MAX_NAME, 'name').trim();
    if (name === '') throw new ParleyError(Code.BAD_REQUEST, 'name must not be empty', 'name');
    const type = req.type ? groupTypeName(req.type) : 'normal';
    if (!type) throw new ParleyError(Code.BAD_REQUEST, 'unknown group type', 'type');
    const joinPolicy = req.joinPolicy ? joinPolicyName(req.joinPolicy) : 'open';
    if (!joinPolicy) throw new ParleyError(Code.BAD_REQUEST, 'unknown join policy', 'join_policy');
    const groupId = req.groupId ? checkGroupId(req.groupId) : `g${randomBytes(9).toString('base64url')}`;
    const invited =
      (req.memberUids ?? []).length > 0 ? uidList(req.memberUids, MAX_BATCH_UIDS, 'member_uids') : [];
    const others = invited.filter((u) => u !== session.uid);
    await this.checkUsersExist(others, 'member_uids');
    if (others.length + 1 > this.maxMembers(type)) {
      throw new ParleyError(
        Code.GROUP_FULL,
        `a ${type} group holds at most ${this.maxMembers(type)} members`,
      );
    }
    try {
      await this.d.store.groups.create(
        {
          groupId,
          name,
          avatar: limitedText(req.avatar, MAX_AVATAR, 'avatar'),
          intro: limitedText(req.intro, MAX_INTRO, 'intro'),
          type,
          joinPolicy,
          ownerUid: session.uid,
          mutedAll: false,
          dismissed: false,
          createdAt: Date.now(),
        },
        [{ uid: session.uid, role: 'owner' }, ...others.map((uid) => ({ uid, role: 'member' as const }))],
      );
    } catch (err) {
      if (err instanceof DuplicateError)
        throw new ParleyError(Code.GROUP_EXISTS, `group ${groupId} exists`, 'group_id');
      throw err;
    }
    await this.event(session, groupId, 'created', { name, uids: others });
    return this.info(session, { groupId });
  }

  async info(session: Session, req: GroupIdReq): Promise<GroupResp> {
    const group = await groupOf(this.d.store, req.groupId);
    const me = await this.d.store.groups.member(group.groupId, session.uid);
    return { group: this.wire(group, me) };
  }

  async update(session: Session, req: GroupUpdateReq): Promise<GroupResp> {
    const { group } = await this.admin(session, req.groupId);
    const patch: GroupPatch = {};
    if (req.name != null) {
      patch.name = limitedText(req.name, MAX_NAME, 'name').trim();
      if (patch.name === '') throw new ParleyError(Code.BAD_REQUEST, 'name must not be empty', 'name');
    }
    if (req.avatar != null) patch.avatar = limitedText(req.avatar, MAX_AVATAR, 'avatar');
    if (req.intro != null) patch.intro = limitedText(req.intro, MAX_INTRO, 'intro');
    if (req.joinPolicy != null) {
      const p = joinPolicyName(req.joinPolicy);
      if (!p) throw new ParleyError(Code.BAD_REQUEST, 'unknown join policy', 'join_policy');
      patch.joinPolicy = p;
    }
    const updated = await this.d.store.groups.update(group.groupId, patch);
    await this.event(session, group.groupId, 'updated', { ...patch });
    const me = await this.d.store.groups.member(group.groupId, session.uid);
    return { group: this.wire(updated, me) };
  }

  async members(session: Session, req: GroupMembersReq): Promise<GroupMembersResp> {
    const { group } = await membershipOf(this.d.store, req.groupId, session.uid);
    const limit = Math.min(req.limit || 100, 500);
    const rows = await this.d.store.groups.members(group.groupId, req.afterUid ?? '', limit + 1);
    return { members: rows.slice(0, limit).map(toWireMember), hasMore: rows.length > limit };
  }

  async join(session: Session, req: GroupJoinReq): Promise<GroupJoinResp> {
    const group = await this.live(req.groupId);
    if (await this.d.store.groups.member(group.groupId, session.uid)) {
      throw new ParleyError(Code.ALREADY_MEMBER, undefined, 'group_id');
    }
    if (group.joinPolicy === 'invite_only') {
      throw new ParleyError(
        Code.PERMISSION_DENIED,
        'this group takes members by invitation only',
        'group_id',
      );
    }
    if (group.joinPolicy === 'approval') {
      await this.d.store.groups.addJoinRequest({
        groupId: group.groupId,
        uid: session.uid,
        note: limitedText(req.note, MAX_NOTE, 'note'),
        ts: Date.now(),
      });
      return { joined: false, pending: true };
    }
    await this.add(group, [session.uid]);
    await this.event(session, group.groupId, 'joined', { uids: [session.uid] });
    return { joined: true, pending: false };
  }

  async joinRequests(session: Session, req: GroupIdReq): Promise<JoinRequestsResp> {
    const { group } = await this.admin(session, req.groupId);
    const rows = await this.d.store.groups.joinRequests(group.groupId);
    // The oldest first, a bounded page (a response frame must stay far below its limit).
    return {
      requests: rows.slice(0, MAX_JOIN_REQUESTS).map((r) => ({ uid: r.uid, note: r.note, ts: r.ts })),
    };
  }

  async approve(session: Session, req: GroupApproveReq): Promise<Empty> {
    const { group } = await this.admin(session, req.groupId);
    const uid = checkUid(req.uid);
    const pending = (await this.d.store.groups.joinRequests(group.groupId)).some((r) => r.uid === uid);
    if (!pending) throw new ParleyError(Code.REQUEST_NOT_FOUND, `no join request from ${uid}`, 'uid');
    // Added first: when the group is full the request stays for later.
    const added = req.accept ? await this.add(group, [uid]) : [];
    await this.d.store.groups.deleteJoinRequest(group.groupId, uid);
    if (added.length > 0) {
      await this.event(session, group.groupId, 'joined', { uids: added, approvedBy: session.uid });
    }
    return {};
  }

  async invite(session: Session, req: GroupUidsReq): Promise<GroupResp> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED);
    if (group.joinPolicy === 'invite_only' && !isAdmin(me)) {
      throw new ParleyError(Code.PERMISSION_DENIED, 'only admins may invite to this group', 'group_id');
    }
    const uids = uidList(req.uids, MAX_BATCH_UIDS, 'uids');
    await this.checkUsersExist(uids, 'uids');
    const added = await this.add(group, uids);
    if (added.length > 0) await this.event(session, group.groupId, 'invited', { uids: added });
    return this.info(session, { groupId: group.groupId });
  }

  async kick(session: Session, req: GroupUidsReq): Promise<GroupResp> {
    const { group, me } = await this.admin(session, req.groupId);
    const uids = uidList(req.uids, MAX_BATCH_UIDS, 'uids').filter((u) => u !== session.uid);
    for (const uid of uids) {
      const m = await this.d.store.groups.member(group.groupId, uid);
      if (m && (m.role === 'owner' || (m.role === 'admin' && me.role !== 'owner'))) {
        throw new ParleyError(
          Code.PERMISSION_DENIED,
          `${uid} is ${m.role === 'owner' ? 'the owner' : 'an admin'}`,
          'uids',
        );
      }
    }
    const removed = await this.d.store.groups.removeMembers(group.groupId, uids);
    // The removed learn of it in their own timelines; they see nothing after it.
    if (removed.length > 0) await this.event(session, group.groupId, 'removed', { uids: removed }, removed);
    return this.info(session, { groupId: group.groupId });
  }

  async leave(session: Session, req: GroupIdReq): Promise<Empty> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    if (me.role === 'owner' && !group.dismissed) {
      throw new ParleyError(Code.PERMISSION_DENIED, 'the owner must transfer the group or dismiss it first');
    }
    await this.d.store.groups.removeMembers(group.groupId, [session.uid]);
    await this.event(session, group.groupId, 'left', { uids: [session.uid] }, [session.uid]);
    return {};
  }

  async dismiss(session: Session, req: GroupIdReq): Promise<Empty> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    if (me.role !== 'owner')
      throw new ParleyError(Code.PERMISSION_DENIED, 'only the owner may dismiss the group');
    if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED);
    await this.event(session, group.groupId, 'dismissed', {});
    await this.d.store.groups.update(group.groupId, { dismissed: true });
    return {};
  }

  async transfer(session: Session, req: GroupUidReq): Promise<GroupResp> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'group_id');
    if (me.role !== 'owner')
      throw new ParleyError(Code.PERMISSION_DENIED, 'only the owner may transfer the group');
    const to = checkUid(req.uid);
    if (to === session.uid) throw new ParleyError(Code.BAD_REQUEST, 'you own the group already', 'uid');
    if (!(await this.d.store.groups.member(group.groupId, to))) {
      throw new ParleyError(Code.NOT_GROUP_MEMBER, `${to} is not a member`, 'uid');
    }
    await this.d.store.groups.transferOwner(group.groupId, session.uid, to);
    await this.event(session, group.groupId, 'owner_changed', { uids: [to] });
    return this.info(session, { groupId: group.groupId });
  }

  async setRole(session: Session, req: GroupRoleReq): Promise<Empty> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'group_id');
    if (me.role !== 'owner') throw new ParleyError(Code.PERMISSION_DENIED, 'only the owner may change roles');
    const uid = checkUid(req.uid);
    const role = groupRoleName(req.role);
    if (role !== 'admin' && role !== 'member') {
      throw new ParleyError(
        Code.BAD_REQUEST,
        'role must be ADMIN or MEMBER (use TRANSFER for owner)',
        'role',
      );
    }
    if (uid === session.uid) throw new ParleyError(Code.BAD_REQUEST, 'the owner keeps the owner role', 'uid');
    await this.updateMember(group.groupId, uid, { role });
    await this.event(session, group.groupId, 'role_changed', { uids: [uid], role });
    return {};
  }

  async mute(session: Session, req: GroupMuteReq): Promise<Empty> {
    const { group, me } = await this.admin(session, req.groupId);
    const until = req.untilMs ?? 0;
    if (!Number.isSafeInteger(until) || until < 0) {
      throw new ParleyError(Code.BAD_REQUEST, 'until_ms must be a time or 0', 'until_ms');
    }
    if (!req.uid) {
      await this.d.store.groups.update(group.groupId, { mutedAll: until !== 0 });
      await this.event(session, group.groupId, until !== 0 ? 'muted_all' : 'unmuted_all', {});
      return {};
    }
    const uid = checkUid(req.uid);
    const target = await this.d.store.groups.member(group.groupId, uid);
    if (!target) throw new ParleyError(Code.NOT_GROUP_MEMBER, `${uid} is not a member`, 'uid');
    if (target.role === 'owner' || (target.role === 'admin' && me.role !== 'owner')) {
      throw new ParleyError(Code.PERMISSION_DENIED, `${uid} may not be muted by you`, 'uid');
    }
    await this.updateMember(group.groupId, uid, { mutedUntil: until });
    await this.event(session, group.groupId, until !== 0 ? 'muted' : 'unmuted', { uids: [uid], until });
    return {};
  }

  async setNickname(session: Session, req: GroupNicknameReq): Promise<Empty> {
    const { group, me } = await membershipOf(this.d.store, req.groupId, session.uid);
    // Its system message reaches every member: the rules for speaking apply.
    checkMaySpeak(group, me, Date.now());
    const nickname = limitedText(req.nickname, MAX_NICKNAME, 'nickname');
    await this.updateMember(group.groupId, session.uid, { nickname });
    await this.event(session, group.groupId, 'nickname_changed', { uids: [session.uid], nickname });
    return {};
  }

  async mine(session: Session, _req: Empty): Promise<GroupListResp> {
    const mine = await this.d.store.groups.groupsOf(session.uid);
    return { groups: mine.map(({ group, member }) => this.wire(group, member)) };
  }

  private maxMembers(type: GroupRecord['type']): number {
    return type === 'large' ? this.d.config['group.maxLargeMembers'] : this.d.config['group.maxMembers'];
  }

  private wire(group: GroupRecord, me: GroupMemberRecord | undefined) {
    return toWireGroup(group, me?.role, this.d.config['group.writeDiffusionMax']);
  }

  private async live(groupId: string | null | undefined): Promise<GroupRecord> {
    const group = await groupOf(this.d.store, groupId);
    if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'group_id');
    return group;
  }

  private async admin(session: Session, groupId: string | null | undefined) {
    const r = await membershipOf(this.d.store, groupId, session.uid);
    if (r.group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'group_id');
    if (!isAdmin(r.me)) throw new ParleyError(Code.PERMISSION_DENIED, 'admins only', 'group_id');
    return r;
  }

  private async add(group: GroupRecord, uids: readonly string[]): Promise<string[]> {
    try {
      return await this.d.store.groups.addMembers(
        group.groupId,
        uids,
        Date.now(),
        this.maxMembers(group.type),
      );
    } catch (err) {
      if (err instanceof ConflictError) throw new ParleyError(Code.GROUP_FULL);
      throw err;
    }
  }

  private async updateMember(
    groupId: string,
    uid: string,
    patch: Parameters<LogicDeps['store']['groups']['updateMember']>[2],
  ): Promise<void> {
    if (!(await this.d.store.groups.member(groupId, uid))) {
      throw new ParleyError(Code.NOT_GROUP_MEMBER, `${uid} is not a member`, 'uid');
    }
    await this.d.store.groups.updateMember(groupId, uid, patch);
  }

  private async checkUsersExist(uids: readonly string[], field: string): Promise<void> {
    if (uids.length === 0) return;
    const found = await this.d.store.users.existing(uids);
    const missing = uids.filter((u) => !found.has(u));
    if (missing.length > 0) throw new ParleyError(Code.USER_NOT_FOUND, `no user ${missing[0]}`, field);
  }

  /** The SYSTEM message that tells every member (and `alsoTo`) what changed. */
  private async event(
    session: Session,
    groupId: string,
    event: string,
    detail: Record<string, unknown>,
    alsoTo: readonly string[] = [],
  ): Promise<void> {
    await this.messages.post({
      fromUid: session.uid,
      convType: 'group',
      to: groupId,
      type: 'system',
      content: JSON.stringify({ event, by: session.uid, ...detail }),
      alsoTo,
    });
    this.d.events?.emit('group.changed', { groupId, change: event, by: session.uid, ...detail });
  }
}
