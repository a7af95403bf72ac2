/** Users: import, profile, disable, SSO tokens, forced logout, online status. */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashPassword } from '../logic/passwords.ts';
import { DuplicateError } from '../store/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { type ApiDeps, actingAs, allows, ErrorBody, needs, Uid } from './api-context.ts';

const User = z
  .object({
    uid: z.string(),
    nickname: z.string(),
    avatar: z.string(),
    signature: z.string(),
    disabled: z.boolean(),
    createdAt: z.number().int().describe('Unix ms'),
  })
  .meta({ id: 'User' });

const Password = z.string().min(6).max(1024);
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };

function userBody(u: UserRecord): z.infer<typeof User> {
  return {
    uid: u.uid,
    nickname: u.nickname,
    avatar: u.avatar,
    signature: u.signature,
    disabled: u.disabled,
    createdAt: u.createdAt,
  };
}

export function usersRoutes(d: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/users',
      {
        config: needs('write'),
        schema: {
          tags: ['users'],
          summary: 'Create or import users',
          description:
            'Creates each user that does not exist yet. A user without a password can log in only with tokens issued by POST /v1/users/{uid}/tokens.',
          body: z.object({
            users: z
              .array(
                z.object({
                  uid: Uid,
                  nickname: z.string().max(64).optional(),
                  password: Password.optional(),
                }),
              )
              .min(1)
              .max(1000),
          }),
          response: {
            200: z.object({ created: z.array(z.string()), existing: z.array(z.string()) }),
            ...errors,
          },
        },
      },
      async (req) => {
        const created: string[] = [];
        const existing: string[] = [];
        const now = Date.now();
        for (const u of req.body.users) {
          try {
            await d.store.users.create({
              uid: u.uid,
              nickname: u.nickname?.trim() || u.uid,
              passwordHash: u.password === undefined ? '' : await hashPassword(u.password),
              createdAt: now,
            });
            created.push(u.uid);
          } catch (err) {
            if (!(err instanceof DuplicateError)) throw err;
            existing.push(u.uid);
          }
        }
        return { created, existing };
      },
    );

    app.get(
      '/v1/users/:uid',
      {
        config: needs('read'),
        schema: {
          tags: ['users'],
          summary: 'A user',
          params: z.object({ uid: Uid }),
          response: { 200: User, ...errors },
        },
      },
      async (req) => {
        const u = await d.store.users.get(req.params.uid);
        if (!u) throw new ParleyError(Code.USER_NOT_FOUND, `no user ${req.params.uid}`, 'uid');
        return userBody(u);
      },
    );

    app.patch(
      '/v1/users/:uid',
      {
        config: needs('write'),
        schema: {
          tags: ['users'],
          summary: 'Update a user',
          description:
            'Profile fields as the user could set them; a new password; disabled (admin scope): a disabled user is logged out everywhere and cannot log in.',
          params: z.object({ uid: Uid }),
          body: z.object({
            nickname: z.string().optional(),
            avatar: z.string().optional(),
            signature: z.string().optional(),
            password: Password.optional(),
            disabled: z.boolean().optional(),
          }),
          response: { 200: User, ...errors },
        },
      },
      async (req) => {
        const { uid } = req.params;
        const b = req.body;
        if (b.disabled !== undefined && !allows(req.apiKey?.scopes ?? [], 'admin')) {
          throw new ParleyError(
            Code.API_KEY_SCOPE,
            'disabling or enabling a user needs the admin scope',
            'disabled',
          );
        }
        if (!(await d.store.users.get(uid)))
          throw new ParleyError(Code.USER_NOT_FOUND, `no user ${uid}`, 'uid');
        if (b.nickname !== undefined || b.avatar !== undefined || b.signature !== undefined) {
          await d.logic.contacts.updateProfile(actingAs(uid), {
            nickname: b.nickname ?? null,
            avatar: b.avatar ?? null,
            signature: b.signature ?? null,
          });
        }
        if (b.password !== undefined) await d.logic.auth.setPassword(uid, b.password);
        if (b.disabled !== undefined) await d.logic.auth.setDisabled(uid, b.disabled);
        return userBody((await d.store.users.get(uid))!);
      },
    );

    app.post(
      '/v1/users/:uid/tokens',
      {
        config: needs('write'),
        schema: {
          tags: ['users'],
          summary: 'Issue a login token (single sign-on)',
          description:
            'Your server authenticated its user; hand the token to your app, which logs in with it (SDK: login({ token })).',
          params: z.object({ uid: Uid }),
          body: z.object({
            deviceId: z.string().min(1).max(64),
            ttlSeconds: z
              .number()
              .int()
              .min(60)
              .max(365 * 24 * 3600)
              .optional(),
          }),
          response: { 200: z.object({ token: z.string(), expiresAt: z.number().int() }), ...errors },
        },
      },
      async (req) => {
        const ttl = req.body.ttlSeconds === undefined ? undefined : req.body.ttlSeconds * 1000;
        return d.logic.auth.issueToken(req.params.uid, req.body.deviceId, ttl);
      },
    );

    app.post(
      '/v1/users/:uid/logout',
      {
        config: needs('admin'),
        schema: {
          tags: ['users'],
          summary: 'Force logout',
          description:
            'Revokes the tokens of the user (or of one device) and ends the matching online sessions with LOGGED_OUT.',
          params: z.object({ uid: Uid }),
          body: z.object({ deviceId: z.string().min(1).max(64).optional() }).default({}),
          response: { 200: z.object({ sessionsEnded: z.number().int() }), ...errors },
        },
      },
      async (req) => ({ sessionsEnded: await d.logic.auth.forceLogout(req.params.uid, req.body.deviceId) }),
    );

    app.post(
      '/v1/online',
      {
        config: needs('read'),
        schema: {
          tags: ['users'],
          summary: 'Online status of users',
          body: z.object({ uids: z.array(Uid).min(1).max(1000) }),
          response: {
            200: z.object({
              users: z.array(
                z.object({
                  uid: z.string(),
                  online: z.boolean(),
                  devices: z.array(
                    z.object({ deviceId: z.string(), platform: z.string(), since: z.number().int() }),
                  ),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (req) => {
        const uids = [...new Set(req.body.uids)];
        const found = await d.presence.sessionsOfMany(uids);
        return {
          users: uids.map((uid) => {
            const sessions = found.get(uid) ?? [];
            return {
              uid,
              online: sessions.length > 0,
              devices: sessions.map((s) => ({
                deviceId: s.deviceId,
                platform: s.platform,
                since: s.connectedAt,
              })),
            };
          }),
        };
      },
    );
  };
}
