/**
 * Groups in the admin console: search, details with members, adding and removing members and
 * dismissing. Changes act as the group's owner through the group service the clients and the
 * REST API use, so members get the same notices.
 */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actingAs, Uid } from '../api/api-context.ts';
import type { GroupRecord } from '../store/types.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { actor, adminErrors, Limit, OptionalText } from './admin-http.ts';

const GroupId = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, '1-64 characters of A-Z a-z 0-9 _ . @ -');

const AdminGroup = z.object({
  groupId: z.string(),
  name: z.string(),
  ownerUid: z.string(),
  memberCount: z.number().int(),
  kind: z.enum(['normal', 'large']),
  dismissed: z.boolean(),
  createdAt: z.number().int(),
});
type AdminGroup = z.infer<typeof AdminGroup>;

const Member = z.object({
  uid: z.string(),
  role: z.enum(['owner', 'admin', 'member']),
  nickname: z.string(),
  joinedAt: z.number().int(),
});

function adminGroup(g: GroupRecord): AdminGroup {
  return {
    groupId: g.groupId,
    name: g.name,
    ownerUid: g.ownerUid,
    memberCount: g.memberCount,
    kind: g.type,
    dismissed: g.dismissed,
    createdAt: g.createdAt,
  };
}

export function groupsRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);

  const groupOf = async (groupId: string): Promise<GroupRecord> => {
    const g = await d.store.groups.get(groupId);
    if (!g) throw new ParleyError(Code.GROUP_NOT_FOUND, `no group ${groupId}`, 'groupId');
    return g;
  };

  return async (app) => {
    app.get(
      '/admin/api/groups',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          querystring: z.object({ q: OptionalText, after: OptionalText, limit: Limit }),
          response: {
            200: z.object({ groups: z.array(AdminGroup), next: z.string().optional() }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const { q, after, limit } = req.query;
        const found = await d.store.groups.list({
          limit: limit + 1,
          ...(after ? { after } : {}),
          ...(q?.trim() ? { query: q.trim() } : {}),
        });
        const groups = found.slice(0, limit).map(adminGroup);
        return found.length > limit ? { groups, next: groups[groups.length - 1]!.groupId } : { groups };
      },
    );

    app.get(
      '/admin/api/groups/:groupId',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          params: z.object({ groupId: GroupId }),
          querystring: z.object({
            after: OptionalText,
            limit: z.coerce.number().int().min(1).max(1000).default(500),
          }),
          response: {
            200: z.object({
              group: AdminGroup,
              members: z.array(Member),
              next: z.string().optional().describe('More members: pass as `after`'),
            }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const g = await groupOf(req.params.groupId);
        const { after, limit } = req.query;
        const found = await d.store.groups.members(g.groupId, after ?? '', limit + 1);
        const members = found.slice(0, limit).map((m) => ({
          uid: m.uid,
          role: m.role,
          nickname: m.nickname,
          joinedAt: m.joinedAt,
        }));
        const group = adminGroup(g);
        return found.length > limit
          ? { group, members, next: members[members.length - 1]!.uid }
          : { group, members };
      },
    );

    app.post(
      '/admin/api/groups/:groupId/members',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ groupId: GroupId }),
          body: z.object({
            add: z.array(Uid).max(500).optional(),
            remove: z.array(Uid).max(500).optional(),
          }),
          response: { 200: z.object({ group: AdminGroup }), ...adminErrors },
        },
      },
      async (req) => {
        const g = await groupOf(req.params.groupId);
        const add = [...new Set(req.body.add ?? [])];
        const remove = [...new Set(req.body.remove ?? [])];
        if (add.length === 0 && remove.length === 0) {
          throw new ParleyError(Code.BAD_REQUEST, 'name members to add or remove', 'add');
        }
        if (remove.includes(g.ownerUid)) {
          throw new ParleyError(
            Code.PERMISSION_DENIED,
            `${g.ownerUid} owns the group and cannot be removed; dismiss the group instead`,
            'remove',
          );
        }
        const owner = actingAs(g.ownerUid);
        if (add.length > 0) await d.logic.groups.invite(owner, { groupId: g.groupId, uids: add });
        if (remove.length > 0) await d.logic.groups.kick(owner, { groupId: g.groupId, uids: remove });
        await accounts.audit(actor(req).name, 'group.members', g.groupId, { add, remove });
        return { group: adminGroup(await groupOf(g.groupId)) };
      },
    );

    app.post(
      '/admin/api/groups/:groupId/dismiss',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ groupId: GroupId }),
          response: { 200: z.object({}), ...adminErrors },
        },
      },
      async (req) => {
        const g = await groupOf(req.params.groupId);
        await d.logic.groups.dismiss(actingAs(g.ownerUid), { groupId: g.groupId });
        await accounts.audit(actor(req).name, 'group.dismiss', g.groupId);
        return {};
      },
    );
  };
}
