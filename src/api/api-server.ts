/**
 * The REST API for business servers: JSON over HTTP on its own port (`api.port`), every route
 * under /v1 authenticated with an API key (`Authorization: Bearer pk_...`, created with
 * `parley apikey create`), limited per key, described as OpenAPI 3 at /openapi.json with a
 * browsable page at /docs. Errors use the wire protocol's codes (docs/protocol.md) in one JSON
 * shape; see docs/api.md.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Code, ParleyError } from '@parley/protocol';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { adminRoutes } from '../admin/admin-server.ts';
import { TokenBucket } from '../gate/rate-limit.ts';
import type { ApiKeyRecord, ApiScope } from '../store/types.ts';
import { type ApiDeps, allows, sendError } from './api-context.ts';
import { ApiKeyVerifier } from './api-keys.ts';
import { eventsRoutes } from './routes-events.ts';
import { filesRoutes } from './routes-files.ts';
import { groupsRoutes } from './routes-groups.ts';
import { messagesRoutes } from './routes-messages.ts';
import { statsRoutes } from './routes-stats.ts';
import { usersRoutes } from './routes-users.ts';
import { webRoutes } from './routes-web.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified key of a /v1 request. */
    apiKey?: ApiKeyRecord;
  }
  interface FastifyContextConfig {
    /** The scope a route needs. */
    scope?: ApiScope;
  }
}

function bearer(header: string | undefined): string {
  if (header === undefined) return '';
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m?.[1] ?? '';
}

/** Builds the API (not listening yet); `app.inject` serves tests without a socket. */
export async function buildApi(d: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: d.config['api.maxBodyBytes'] });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, _req, reply) => sendError(reply, err, d.log));
  app.setNotFoundHandler((req, reply) =>
    sendError(
      reply,
      new ParleyError(Code.UNKNOWN_COMMAND, `no route ${req.method} ${req.url.split('?')[0]}`),
      d.log,
    ),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley REST API',
        version: '1',
        description:
          'For business servers: users, login tokens, messages, groups and figures. Authenticate with an API key: `Authorization: Bearer pk_...`. Errors: `{ "error": { "code", "name", "message", "field" } }` with the status codes of docs/protocol.md.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'pk_<id>.<secret>' },
          userToken: {
            type: 'http',
            scheme: 'bearer',
            description: "A user's login token (the /files routes)",
          },
        },
      },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const verifier = new ApiKeyVerifier(d.store.apiKeys);
  const buckets = new Map<string, TokenBucket>();
  const rate = d.config['api.rateLimitPerSec'];
  const burst = d.config['api.rateLimitBurst'];
  app.addHook('onRequest', async (req) => {
    // Decided on the matched route, never on the raw URL: the router decodes escapes, so a
    // raw-URL test would let `/%761/...` reach /v1 routes without a key.
    const route = req.routeOptions.url;
    if (route === undefined || !route.startsWith('/v1/')) return;
    const key = await verifier.verify(bearer(req.headers.authorization));
    if (key === undefined) throw new ParleyError(Code.API_KEY_INVALID);
    let bucket = buckets.get(key.keyId);
    if (bucket === undefined) {
      if (buckets.size >= 10_000) buckets.clear();
      bucket = new TokenBucket(rate, burst);
      buckets.set(key.keyId, bucket);
    }
    const wait = bucket.take();
    if (wait > 0) throw new ParleyError(Code.RATE_LIMITED, `more than ${rate} requests/s`, undefined, wait);
    req.apiKey = key;
    const scope = req.routeOptions.config.scope;
    if (scope !== undefined && !allows(key.scopes, scope)) {
      throw new ParleyError(Code.API_KEY_SCOPE, `this call needs the ${scope} scope`);
    }
  });

  await app.register(usersRoutes(d));
  await app.register(messagesRoutes(d));
  await app.register(groupsRoutes(d));
  await app.register(statsRoutes(d));
  await app.register(eventsRoutes(d));
  if (d.files !== undefined) await app.register(filesRoutes(d, d.files));
  await app.register(adminRoutes(d, { keyRevoked: (keyId) => verifier.forget(keyId) }));
  await app.register(webRoutes(d));
  return app;
}

/** Builds the API and listens on `port` (0 = a free one). */
export async function listenApi(d: ApiDeps, host: string, port: number): Promise<FastifyInstance> {
  const app = await buildApi(d);
  await app.listen({ host, port });
  return app;
}
