/**
 * Users in the admin console: search, create, details with devices and live sessions, disable,
 * password reset and forced logout. Every action goes through the logic services the gate and
 * the REST API use (register, forceLogout), so the same rules apply.
 */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Uid } from '../api/api-context.ts';
import type { UserRecord } from '../store/types.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { actor, adminErrors, Limit, OptionalText } from './admin-http.ts';

const AdminUser = z.object({
  uid: z.string(),
  nickname: z.string(),
  avatar: z.string(),
  disabled: z.boolean(),
  createdAt: z.number().int(),
  online: z.boolean(),
});
type AdminUser = z.infer<typeof AdminUser>;

const Device = z.object({
  deviceId: z.string(),
  platform: z.string(),
  lastSeenAt: z.number().int(),
  ackSeq: z.number().int(),
  push: z.string().nullable(),
});

const Session = z.object({
  deviceId: z.string(),
  platform: z.string(),
  gateId: z.string(),
  connectedAt: z.number().int(),
});

const UserPassword = z.string().min(6).max(1024);

export function usersRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);

  const adminUser = (u: UserRecord, online: boolean): AdminUser => ({
    uid: u.uid,
    nickname: u.nickname,
    avatar: u.avatar,
    disabled: u.disabled,
    createdAt: u.createdAt,
    online,
  });

  const userOf = async (uid: string): Promise<UserRecord> => {
    const u = await d.store.users.get(uid);
    if (!u) throw new ParleyError(Code.USER_NOT_FOUND, `no user ${uid}`, 'uid');
    return u;
  };

  const withOnline = async (u: UserRecord): Promise<AdminUser> =>
    adminUser(u, (await d.presence.sessionsOf(u.uid)).length > 0);

  return async (app) => {
    app.get(
      '/admin/api/users',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          querystring: z.object({ q: OptionalText, after: OptionalText, limit: Limit }),
          response: {
            200: z.object({ users: z.array(AdminUser), next: z.string().optional() }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const { q, after, limit } = req.query;
        const found = await d.store.users.list({
          limit: limit + 1,
          ...(after ? { after } : {}),
          ...(q?.trim() ? { query: q.trim() } : {}),
        });
        const page = found.slice(0, limit);
        const online = await d.presence.sessionsOfMany(page.map((u) => u.uid));
        const users = page.map((u) => adminUser(u, (online.get(u.uid)?.length ?? 0) > 0));
        return found.length > limit ? { users, next: page[page.length - 1]!.uid } : { users };
      },
    );

    app.post(
      '/admin/api/users',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          body: z.object({ uid: Uid, password: UserPassword, nickname: z.string().max(64).optional() }),
          response: { 200: AdminUser, ...adminErrors },
        },
      },
      async (req) => {
        const b = req.body;
        await d.logic.auth.register(
          { uid: b.uid, password: b.password, nickname: b.nickname ?? '' },
          { bypassPolicy: true },
        );
        await accounts.audit(actor(req).name, 'user.create', b.uid);
        return adminUser(await userOf(b.uid), false);
      },
    );

    app.get(
      '/admin/api/users/:uid',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          params: z.object({ uid: Uid }),
          response: {
            200: z.object({ user: AdminUser, devices: z.array(Device), sessions: z.array(Session) }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const u = await userOf(req.params.uid);
        const [devices, tokens, sessions] = await Promise.all([
          d.store.devices.listOf(u.uid),
          d.store.push.tokensOf([u.uid]),
          d.presence.sessionsOf(u.uid),
        ]);
        const pushOf = new Map(tokens.map((t) => [t.deviceId, t.provider]));
        return {
          user: adminUser(u, sessions.length > 0),
          devices: devices.map((dev) => ({
            deviceId: dev.deviceId,
            platform: dev.platform,
            lastSeenAt: dev.lastLoginAt,
            ackSeq: dev.ackSeq,
            push: pushOf.get(dev.deviceId) ?? null,
          })),
          sessions: sessions.map((s) => ({
            deviceId: s.deviceId,
            platform: s.platform,
            gateId: s.gateId,
            connectedAt: s.connectedAt,
          })),
        };
      },
    );

    app.post(
      '/admin/api/users/:uid/disable',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ uid: Uid }),
          body: z.object({ disabled: z.boolean() }),
          response: { 200: AdminUser, ...adminErrors },
        },
      },
      async (req) => {
        const { uid } = req.params;
        await userOf(uid);
        const ended = await d.logic.auth.setDisabled(uid, req.body.disabled);
        await accounts.audit(actor(req).name, req.body.disabled ? 'user.disable' : 'user.enable', uid, {
          ...(req.body.disabled ? { sessionsEnded: ended } : {}),
        });
        return withOnline(await userOf(uid));
      },
    );

    app.post(
      '/admin/api/users/:uid/password',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ uid: Uid }),
          body: z.object({ password: UserPassword }),
          response: { 200: z.object({}), ...adminErrors },
        },
      },
      async (req) => {
        const { uid } = req.params;
        await userOf(uid);
        await d.logic.auth.setPassword(uid, req.body.password);
        // The tokens go with the old password; live sessions end too (a reset after a leak).
        const ended = await d.logic.auth.forceLogout(uid);
        await accounts.audit(actor(req).name, 'user.password', uid, { sessionsEnded: ended });
        return {};
      },
    );

    app.post(
      '/admin/api/users/:uid/logout',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ uid: Uid }),
          body: z.object({ deviceId: z.string().min(1).max(64).optional() }),
          response: { 200: z.object({ sessions: z.number().int() }), ...adminErrors },
        },
      },
      async (req) => {
        const { uid } = req.params;
        await userOf(uid);
        const sessions = await d.logic.auth.forceLogout(uid, req.body.deviceId);
        await accounts.audit(actor(req).name, 'user.logout', uid, {
          ...(req.body.deviceId === undefined ? {} : { deviceId: req.body.deviceId }),
          sessionsEnded: sessions,
        });
        return { sessions };
      },
    );
  };
}
