/**
 * Admin accounts (owners only) and the audit log (every admin). The account rules live in
 * AdminAccounts, shared with `parley admin`.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdminRecord } from '../store/types.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { ADMIN_ROLES, type AdminDeps, adminRole } from './admin-context.ts';
import { actor, adminErrors, Limit } from './admin-http.ts';

const Role = z.enum(ADMIN_ROLES);

const Admin = z.object({
  name: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.number().int(),
  lastLoginAt: z.number().int(),
});

function adminBody(a: AdminRecord): z.infer<typeof Admin> {
  return {
    name: a.name,
    role: a.role,
    disabled: a.disabled,
    createdAt: a.createdAt,
    lastLoginAt: a.lastLoginAt,
  };
}

const Entry = z.object({
  id: z.number().int(),
  ts: z.number().int(),
  admin: z.string(),
  action: z.string(),
  target: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

function parseDetail(text: string): Record<string, unknown> | null {
  if (text === '') return null;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : { value: v };
  } catch {
    return { text };
  }
}

export function adminsRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);
  return async (app) => {
    app.get(
      '/admin/api/admins',
      {
        config: adminRole('owner'),
        schema: { hide: true, response: { 200: z.object({ admins: z.array(Admin) }), ...adminErrors } },
      },
      async () => ({ admins: (await d.store.admins.list()).map(adminBody) }),
    );

    app.post(
      '/admin/api/admins',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          body: z.object({ name: z.string().max(64), password: z.string().max(1024), role: Role }),
          response: { 200: Admin, ...adminErrors },
        },
      },
      async (req) => {
        const b = req.body;
        return adminBody(await accounts.create(actor(req).name, b.name, b.role, b.password));
      },
    );

    app.patch(
      '/admin/api/admins/:name',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          params: z.object({ name: z.string().max(64) }),
          body: z.object({
            role: Role.optional(),
            disabled: z.boolean().optional(),
            password: z.string().max(1024).optional(),
          }),
          response: { 200: Admin, ...adminErrors },
        },
      },
      async (req) => {
        const me = actor(req);
        const b = req.body;
        const updated = await accounts.update(
          me.name,
          req.params.name,
          {
            ...(b.role === undefined ? {} : { role: b.role }),
            ...(b.disabled === undefined ? {} : { disabled: b.disabled }),
            ...(b.password === undefined ? {} : { password: b.password }),
          },
          req.params.name === me.name ? me.sessionHash : undefined,
        );
        return adminBody(updated);
      },
    );

    app.get(
      '/admin/api/audit',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          querystring: z.object({ before: z.coerce.number().int().min(1).optional(), limit: Limit }),
          response: {
            200: z.object({ entries: z.array(Entry), next: z.number().int().optional() }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const { before, limit } = req.query;
        const found = await d.store.admins.audit({ limit: limit + 1, ...(before ? { before } : {}) });
        const entries = found.slice(0, limit).map((e) => ({ ...e, detail: parseDetail(e.detail) }));
        return found.length > limit ? { entries, next: entries[entries.length - 1]!.id } : { entries };
      },
    );
  };
}
