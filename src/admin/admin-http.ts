/** What the admin API's route modules share: error schemas, paging and the acting admin. */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorBody } from '../api/api-context.ts';
import type { AdminPrincipal } from './admin-context.ts';

/** The session cookie: HttpOnly, SameSite=Strict, on /admin only. */
export const ADMIN_COOKIE = 'parley_admin';
export const ADMIN_COOKIE_PATH = '/admin';

export interface AdminOptions {
  /** Called when an admin revokes an API key, so this node refuses it at once. */
  readonly keyRevoked?: (keyId: string) => void;
}

/** Routes are hidden from /openapi.json; the error statuses every admin route may answer. */
export const adminErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  410: ErrorBody,
  429: ErrorBody,
};

/** `limit` of a listing: 1-200, default 50. */
export const Limit = z.coerce.number().int().min(1).max(200).default(50);

/** An optional query string parameter ('' = absent). */
export const OptionalText = z.string().max(256).optional();

/** The signed-in admin (routes with an adminRole always have one). */
export function actor(req: FastifyRequest): AdminPrincipal {
  if (req.admin === undefined) throw new ParleyError(Code.NOT_LOGGED_IN, 'sign in first');
  return req.admin;
}
