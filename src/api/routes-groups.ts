/**
 * Groups, managed by the business server. Each call acts as the group's owner (or the given
 * owner for a new group) through the same group service the clients use, so the same rules and
 * notices apply.
 */
import { Code, groupTypeByName, joinPolicyByName, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { GroupRecord } from '../store/types.ts';
import { type ApiDeps, actingAs, ErrorBody, needs, Uid } from './api-context.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};
const GroupId = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, '1-64 characters of A-Z a-z 0-9 _ . @ -');

const Group = z
  .object({
    groupId: z.string(),
    convId: z.string(),
    name: z.string(),
    avatar: z.string(),
    intro: z.string(),
    type: z.enum(['normal', 'large']),
    joinPolicy: z.enum(['open', 'approval', 'invite_only']),
    owner: z.string(),
    memberCount: z.number().int(),
    mutedAll: z.boolean(),
    dismissed: z.boolean(),
    createdAt: z.number().int(),
  })
  .meta({ id: 'Group' });

function groupBody(g: GroupRecord): z.infer<typeof Group> {
  return {
    groupId: g.groupId,
    convId: `g:${g.groupId}`,
    name: g.name,
    avatar: g.avatar,
    intro: g.intro,
    type: g.type,
    joinPolicy: g.joinPolicy,
    owner: g.ownerUid,
    memberCount: g.memberCount,
    mutedAll: g.mutedAll,
    dismissed: g.dismissed,
    createdAt: g.createdAt,
  };
}

export function groupsRoutes(d: ApiDeps): FastifyPluginAsyncZod {
  const group = async (groupId: string): Promise<GroupRecord> => {
    const g = await d.store.groups.get(groupId);
    if (!g) throw new ParleyError(Code.GROUP_NOT_FOUND, `no group ${groupId}`, 'groupId');
    return g;
  };
  const asOwner = async (groupId: string) => actingAs((await group(groupId)).ownerUid);

  return async (app) => {
    app.post(
      '/v1/groups',
      {
        config: needs('admin'),
        schema: {
          tags: ['groups'],
          summary: 'Create a group',
          body: z.object({
            groupId: GroupId.optional().describe('Chosen id; generated when absent'),
            name: z.string().min(1).max(64),
            owner: Uid,
            members: z.array(Uid).max(500).default([]),
            type: z.enum(['normal', 'large']).default('normal'),
            joinPolicy: z.enum(['open', 'approval', 'invite_only']).default('open'),
            avatar: z.string().max(512).default(''),
            intro: z.string().max(1024).default(''),
          }),
          response: { 200: Group, ...errors },
        },
      },
      async (req) => {
        const b = req.body;
        if (!(await d.store.users.get(b.owner)))
          throw new ParleyError(Code.USER_NOT_FOUND, `no user ${b.owner}`, 'owner');
        const r = await d.logic.groups.create(actingAs(b.owner), {
          groupId: b.groupId ?? '',
          name: b.name,
          avatar: b.avatar,
          intro: b.intro,
          type: groupTypeByName[b.type],
          joinPolicy: joinPolicyByName[b.joinPolicy],
          memberUids: b.members,
        });
        return groupBody(await group(r.group?.groupId ?? ''));
      },
    );

    app.get(
      '/v1/groups/:groupId',
      {
        config: needs('read'),
        schema: {
          tags: ['groups'],
          summary: 'A group with its members',
          params: z.object({ groupId: GroupId }),
          querystring: z.object({
            after: z.string().default('').describe('Members with a larger uid (paging)'),
            limit: z.coerce.number().int().min(1).max(1000).default(500),
          }),
          response: {
            200: Group.extend({
              members: z.array(
                z.object({
                  uid: z.string(),
                  role: z.string(),
                  nickname: z.string(),
                  joinedAt: z.number().int(),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (req) => {
        const g = await group(req.params.groupId);
        const members = await d.store.groups.members(g.groupId, req.query.after, req.query.limit);
        return {
          ...groupBody(g),
          members: members.map((m) => ({
            uid: m.uid,
            role: m.role,
            nickname: m.nickname,
            joinedAt: m.joinedAt,
          })),
        };
      },
    );

    app.post(
      '/v1/groups/:groupId/members',
      {
        config: needs('admin'),
        schema: {
          tags: ['groups'],
          summary: 'Add members (as the owner invites them)',
          params: z.object({ groupId: GroupId }),
          body: z.object({ uids: z.array(Uid).min(1).max(500) }),
          response: { 200: Group, ...errors },
        },
      },
      async (req) => {
        await d.logic.groups.invite(await asOwner(req.params.groupId), {
          groupId: req.params.groupId,
          uids: req.body.uids,
        });
        return groupBody(await group(req.params.groupId));
      },
    );

    app.delete(
      '/v1/groups/:groupId/members/:uid',
      {
        config: needs('admin'),
        schema: {
          tags: ['groups'],
          summary: 'Remove a member (as the owner removes them)',
          params: z.object({ groupId: GroupId, uid: Uid }),
          response: { 200: Group, ...errors },
        },
      },
      async (req) => {
        const member = await d.store.groups.member(req.params.groupId, req.params.uid);
        if (!member) {
          throw new ParleyError(Code.NOT_GROUP_MEMBER, `${req.params.uid} is not a member`, 'uid');
        }
        await d.logic.groups.kick(await asOwner(req.params.groupId), {
          groupId: req.params.groupId,
          uids: [req.params.uid],
        });
        return groupBody(await group(req.params.groupId));
      },
    );

    app.post(
      '/v1/groups/:groupId/dismiss',
      {
        config: needs('admin'),
        schema: {
          tags: ['groups'],
          summary: 'Dismiss a group',
          params: z.object({ groupId: GroupId }),
          response: { 200: Group, ...errors },
        },
      },
      async (req) => {
        await d.logic.groups.dismiss(await asOwner(req.params.groupId), { groupId: req.params.groupId });
        return groupBody(await group(req.params.groupId));
      },
    );
  };
}
