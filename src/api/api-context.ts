/**
 * What the REST API needs from the node it runs on, and the small helpers its routes share.
 * The API calls the same logic services as the gate: no business rule is written twice.
 */
import { randomUUID } from 'node:crypto';
import { Code, codeInfo, ParleyError } from '@parley/protocol';
import type { FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config/schema.ts';
import type { Events } from '../events/index.ts';
import type { FileService } from '../files/file-service.ts';
import { isUnexpected, toParleyError } from '../logic/error-map.ts';
import type { Logic } from '../logic/logic.ts';
import type { Session } from '../logic/types.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { PushProviders } from '../push/index.ts';
import type { Bus, GateRegistry, Presence } from '../route/types.ts';
import type { ApiScope, Store } from '../store/types.ts';

export interface ApiDeps {
  readonly store: Store;
  readonly presence: Presence;
  readonly bus: Bus;
  readonly logic: Logic;
  readonly gateRegistry: GateRegistry;
  readonly config: Config;
  readonly log: Logger;
  readonly nodeId: string;
  /** Files for users (/files routes); absent: those routes are not served. */
  readonly files?: FileService;
  /** Port of this node's WebSocket listener, for the web client's /config.json; default gate.wsPort. */
  readonly wsPort?: number;
  /** This node's metrics (the admin dashboard); absent in tests that build the API alone. */
  readonly metrics?: Metrics;
  /** The events engine (admin webhooks and delivery status); absent: none. */
  readonly events?: Events;
  /** The push providers (admin dashboard); absent: none. */
  readonly pushProviders?: PushProviders;
}

/** The one JSON error body of the API: the wire protocol's code, its name, a message, the field. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.number().int().describe('Status code from the table in docs/protocol.md'),
      name: z.string().describe('Name of the code, e.g. BAD_REQUEST'),
      message: z.string(),
      field: z.string().optional().describe('The request field at fault'),
    }),
  })
  .meta({ id: 'Error' });

export const Uid = z
  .string()
  .regex(/^[A-Za-z0-9_.@-]{1,64}$/, '1-64 characters of A-Z a-z 0-9 _ . @ -')
  .describe('User id');

/** Declares which scope a route needs (admin implies write, write implies read). */
export function needs(scope: ApiScope): { scope: ApiScope } {
  return { scope };
}

const RANK: Record<ApiScope, number> = { read: 1, write: 2, admin: 3 };

/** Whether a key with `scopes` may call a route that needs `scope`. */
export function allows(scopes: readonly ApiScope[], scope: ApiScope): boolean {
  return scopes.some((s) => RANK[s] >= RANK[scope]);
}

/**
 * A session standing for `uid` in calls the API makes on the user's behalf: unique per call,
 * on no gate, so every real device of the user gets the resulting pushes.
 */
export function actingAs(uid: string): Session {
  return {
    sessionId: `api:${randomUUID()}`,
    uid,
    deviceId: 'api',
    platform: 'web',
    gateId: 'api',
    connectedAt: Date.now(),
    tokenHash: '',
  };
}

/** Sends `err` as the API's error body with the code's HTTP status. */
export function sendError(reply: FastifyReply, err: unknown, log: Logger): FastifyReply {
  let perr: ParleyError;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
    const message = `${field ?? 'request'}: ${first?.message ?? 'invalid'}`;
    perr = new ParleyError(Code.BAD_REQUEST, message, field);
  } else if (isFastifyClientError(err)) {
    perr = new ParleyError(err.statusCode === 413 ? Code.BODY_TOO_LARGE : Code.BAD_REQUEST, err.message);
  } else {
    perr = toParleyError(err);
    if (isUnexpected(err)) log.error({ err }, 'api request failed');
  }
  const info = codeInfo(perr.code);
  if (perr.retryAfterMs !== undefined)
    reply.header('retry-after', Math.max(1, Math.ceil(perr.retryAfterMs / 1000)));
  const error: { code: number; name: string; message: string; field?: string } = {
    code: perr.code,
    name: info.name,
    message: perr.message,
  };
  if (perr.field !== undefined) error.field = perr.field;
  return reply.status(info.http).send({ error });
}

/** Fastify's own refusals (bad JSON, body too large, wrong content type) carry a 4xx status. */
function isFastifyClientError(err: unknown): err is { statusCode: number; message: string } {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
