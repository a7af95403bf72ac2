/**
 * What the admin API (/admin/api, docs/admin.md) shares between its route modules: the roles,
 * the route option naming the role a route needs, and the signed-in admin on the request. The
 * session check itself lives in admin-server.ts; route modules only declare `adminRole(...)`.
 */
import type { ApiDeps } from '../api/api-context.ts';

export const ADMIN_ROLES = ['viewer', 'operator', 'owner'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** The admin a request is made by (from the session cookie). */
export interface AdminPrincipal {
  readonly name: string;
  readonly role: AdminRole;
  /** SHA-256 hex of the session token: the session row's key. */
  readonly sessionHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in admin of an /admin/api request that needs a role. */
    admin?: AdminPrincipal;
  }
  interface FastifyContextConfig {
    /** The least role an /admin/api route needs; absent: no session needed (login). */
    adminRole?: AdminRole;
  }
}

const RANK: Record<AdminRole, number> = { viewer: 1, operator: 2, owner: 3 };

/** Whether an admin with `role` may call a route that needs `needed`. */
export function roleAllows(role: AdminRole, needed: AdminRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** Route option: the route needs at least `role`. */
export function adminRole(role: AdminRole): { adminRole: AdminRole } {
  return { adminRole: role };
}

/** What the admin routes need: the API's dependencies (the same services, no rule written twice). */
export type AdminDeps = ApiDeps;
