/**
 * Signing in and out of the admin console, and the signed-in admin's own account. Sign-ins are
 * limited per address (admin.loginsPerMinPerIp, every attempt counts) and per account (after
 * admin.maxFailedLogins failures in a row it is locked for admin.lockoutMs, on every node). An
 * unknown name costs a password check like a known one.
 */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TokenBucket } from '../gate/rate-limit.ts';
import { newToken, tokenHash, verifyPassword } from '../logic/passwords.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import {
  actor,
  adminErrors,
  ADMIN_COOKIE as COOKIE,
  ADMIN_COOKIE_PATH as COOKIE_PATH,
} from './admin-http.ts';

const MAX_BUCKETS = 10_000;

/**
 * The cookie is Secure when the console was reached over https: the page's Origin, which every
 * state-changing request carries (checked in admin-server.ts). Not from tls.cert: that is the
 * gate's TLS, the API itself answers plain http, and browsers drop a Secure cookie set over http.
 */
function secureFor(origin: string | undefined): boolean {
  return origin?.toLowerCase().startsWith('https://') === true;
}

const Me = z.object({ name: z.string(), role: z.enum(['viewer', 'operator', 'owner']) });

export function authRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);
  const perMin = d.config['admin.loginsPerMinPerIp'];
  const buckets = new Map<string, TokenBucket>();

  const takeAttempt = (ip: string): void => {
    let bucket = buckets.get(ip);
    if (bucket === undefined) {
      if (buckets.size >= MAX_BUCKETS) {
        for (const [k, b] of buckets) if (b.full()) buckets.delete(k);
        if (buckets.size >= MAX_BUCKETS) buckets.clear();
      }
      bucket = new TokenBucket(perMin / 60, perMin);
      buckets.set(ip, bucket);
    }
    const wait = bucket.take();
    if (wait > 0)
      throw new ParleyError(Code.RATE_LIMITED, 'too many sign-ins from this address', undefined, wait);
  };

  return async (app) => {
    app.post(
      '/admin/api/login',
      {
        schema: {
          hide: true,
          body: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
          response: { 200: Me, ...adminErrors },
        },
      },
      async (req, reply) => {
        takeAttempt(req.ip);
        const { name, password } = req.body;
        const now = Date.now();
        const admin = await d.store.admins.get(name);
        if (admin && admin.lockedUntil > now) {
          throw new ParleyError(
            Code.RATE_LIMITED,
            'too many failed sign-ins for this account; try again later',
            undefined,
            admin.lockedUntil - now,
          );
        }
        const ok = await verifyPassword(admin?.passwordHash, password);
        if (!admin || !ok) {
          // One statement: failures made at once each count (read-then-write would lose them).
          if (admin) {
            await d.store.admins.recordFailedLogin(
              admin.name,
              d.config['admin.maxFailedLogins'],
              now + d.config['admin.lockoutMs'],
            );
          }
          throw new ParleyError(Code.BAD_CREDENTIALS, 'wrong name or password');
        }
        if (admin.disabled) throw new ParleyError(Code.USER_DISABLED, 'this admin account is disabled');
        await d.store.admins.update(admin.name, { failedLogins: 0, lockedUntil: 0, lastLoginAt: now });
        const token = newToken();
        const ttl = d.config['admin.sessionTtlMs'];
        await d.store.admins.createSession({
          tokenHash: tokenHash(token),
          name: admin.name,
          createdAt: now,
          expiresAt: now + ttl,
        });
        await accounts.audit(admin.name, 'admin.login', admin.name, { ip: req.ip });
        reply.setCookie(COOKIE, token, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: secureFor(req.headers.origin),
          maxAge: Math.floor(ttl / 1000),
        });
        return { name: admin.name, role: admin.role };
      },
    );

    app.post(
      '/admin/api/logout',
      {
        config: adminRole('viewer'),
        schema: { hide: true, response: { 200: z.object({}), ...adminErrors } },
      },
      async (req, reply) => {
        await d.store.admins.deleteSession(actor(req).sessionHash);
        reply.clearCookie(COOKIE, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: secureFor(req.headers.origin),
        });
        return {};
      },
    );

    app.get(
      '/admin/api/me',
      { config: adminRole('viewer'), schema: { hide: true, response: { 200: Me, ...adminErrors } } },
      async (req) => {
        const me = actor(req);
        return { name: me.name, role: me.role };
      },
    );

    app.post(
      '/admin/api/me/password',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          body: z.object({ current: z.string().min(1).max(1024), password: z.string().max(1024) }),
          response: { 200: z.object({}), ...adminErrors },
        },
      },
      async (req) => {
        const me = actor(req);
        // A check of the current password counts like a sign-in: a session is no password oracle.
        takeAttempt(req.ip);
        const admin = await accounts.get(me.name);
        if (!(await verifyPassword(admin.passwordHash, req.body.current))) {
          throw new ParleyError(Code.BAD_REQUEST, 'the current password is wrong', 'current');
        }
        await accounts.update(me.name, me.name, { password: req.body.password }, me.sessionHash);
        return {};
      },
    );
  };
}
