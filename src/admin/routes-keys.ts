/**
 * API keys of the REST API in the admin console, made and revoked as `parley apikey` does
 * (src/api/api-keys.ts). A secret is shown once, at creation; listings never hold one. A revoked
 * key is refused at once on this node and within 5 s on the others (their verifier caches).
 */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_SCOPES, newApiKey } from '../api/api-keys.ts';
import type { ApiScope } from '../store/types.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { type AdminOptions, actor, adminErrors } from './admin-http.ts';

const Scope = z.enum(API_SCOPES as readonly ApiScope[] as [ApiScope, ...ApiScope[]]);

const Key = z.object({
  keyId: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.number().int(),
  revokedAt: z.number().int(),
});

export function keysRoutes(d: AdminDeps, opts: AdminOptions): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);
  return async (app) => {
    app.get(
      '/admin/api/keys',
      {
        config: adminRole('viewer'),
        schema: { hide: true, response: { 200: z.object({ keys: z.array(Key) }), ...adminErrors } },
      },
      async () => ({
        keys: (await d.store.apiKeys.list()).map((k) => ({
          keyId: k.keyId,
          name: k.name,
          scopes: [...k.scopes],
          createdAt: k.createdAt,
          revokedAt: k.revokedAt,
        })),
      }),
    );

    app.post(
      '/admin/api/keys',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          body: z.object({ name: z.string().trim().min(1).max(128), scopes: z.array(Scope).min(1).max(3) }),
          response: { 200: z.object({ key: z.string(), keyId: z.string() }), ...adminErrors },
        },
      },
      async (req) => {
        const { key, record } = newApiKey(req.body.name, req.body.scopes);
        await d.store.apiKeys.create(record);
        await accounts.audit(actor(req).name, 'key.create', record.keyId, {
          name: record.name,
          scopes: record.scopes,
        });
        return { key, keyId: record.keyId };
      },
    );

    app.delete(
      '/admin/api/keys/:keyId',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          params: z.object({ keyId: z.string().regex(/^[0-9a-f]{12}$/, '12 hex digits') }),
          response: { 200: z.object({}), ...adminErrors },
        },
      },
      async (req) => {
        const { keyId } = req.params;
        if (!(await d.store.apiKeys.revoke(keyId, Date.now()))) {
          throw new ParleyError(Code.NOT_FOUND, `no key ${keyId}`, 'keyId');
        }
        opts.keyRevoked?.(keyId);
        await accounts.audit(actor(req).name, 'key.revoke', keyId);
        return {};
      },
    );
  };
}
