/**
 * Webhooks and dead letters in the admin console (docs/admin.md): the config's webhooks (read
 * only) and the console's own, with their delivery status; adding and revoking console
 * webhooks; listing and requeueing dead letters.
 */
import { randomBytes } from 'node:crypto';
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { consoleSinkId, EVENT_TYPES, parseEventTypes, sinksFromConfig } from '../events/index.ts';
import { redact } from '../events/sink-webhook.ts';
import type { EventQueueStats, WebhookRecord } from '../store/types.ts';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';

/** A URL a console webhook may post to: http or https, with a host, at most 2048 characters. */
export const WebhookUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL');

const EventTypeList = z
  .array(z.enum(EVENT_TYPES))
  .max(EVENT_TYPES.length)
  .default([])
  .describe('Event types it receives; empty: every type');

const EventId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Writes an entry to the admin audit log (a failure is logged; the change is made already). */
export async function auditChange(
  d: AdminDeps,
  admin: string,
  action: string,
  target: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await new AdminAccounts(d.store, d.config)
    .audit(admin, action, target, detail)
    .catch((err: unknown) => d.log.warn({ err, action }, 'writing the admin audit log failed'));
}

export function webhooksRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const delivery = (sink: string, stats: readonly EventQueueStats[]) => {
      const q = stats.find((s) => s.sink === sink);
      const local = d.events?.dispatcher.status().find((s) => s.sink === sink);
      const useLocal = local !== undefined && local.lastErrorAt >= (q?.lastErrorAt ?? 0);
      return {
        pending: q?.pending ?? 0,
        dead: q?.dead ?? 0,
        lastError: useLocal ? local.lastError : (q?.lastError ?? ''),
        lastErrorAt: useLocal ? local.lastErrorAt : (q?.lastErrorAt ?? 0),
        delivered: local?.delivered ?? 0,
      };
    };

    app.get('/admin/api/webhooks', { config: adminRole('viewer'), schema: { hide: true } }, async () => {
      const [stats, records] = await Promise.all([d.store.events.stats(), d.store.webhooks.list()]);
      let configured: { id: string; target: string }[] = [];
      try {
        configured = (d.events?.sinks ?? sinksFromConfig(d.config))
          .filter((s) => s.id.startsWith('webhook:'))
          .map((s) => ({ id: s.id, target: s.target }));
      } catch {
        configured = [];
      }
      let configTypes: string[] = [];
      try {
        const all = parseEventTypes(d.config['events.types']);
        configTypes = all.size === EVENT_TYPES.length ? [] : [...all];
      } catch {
        configTypes = [];
      }
      const webhooks = [
        ...configured.map((s) => ({
          id: s.id,
          sink: s.id,
          url: s.target,
          types: configTypes,
          source: 'config' as const,
          createdAt: 0,
          createdBy: '',
          ...delivery(s.id, stats),
        })),
        ...records.map((w) => ({
          id: w.id,
          sink: consoleSinkId(w.id),
          url: redact(w.url),
          types: [...w.types],
          source: 'console' as const,
          createdAt: w.createdAt,
          createdBy: w.createdBy,
          ...delivery(consoleSinkId(w.id), stats),
        })),
      ];
      // The event types a webhook may ask for, so the console's choices follow the server's.
      return { webhooks, eventTypes: [...EVENT_TYPES] };
    });

    app.post(
      '/admin/api/webhooks',
      {
        config: adminRole('owner'),
        schema: { hide: true, body: z.object({ url: WebhookUrl, types: EventTypeList }).strict() },
      },
      async (req) => {
        const admin = req.admin?.name ?? '';
        const record: WebhookRecord = {
          id: randomBytes(8).toString('hex'),
          url: req.body.url,
          secret: randomBytes(32).toString('base64url'),
          types: [...new Set(req.body.types)],
          createdAt: Date.now(),
          createdBy: admin,
          revokedAt: 0,
        };
        await d.store.webhooks.create(record);
        await auditChange(d, admin, 'webhook.create', record.id, {
          url: redact(record.url),
          types: record.types,
        });
        await d.events?.webhooks.reload();
        const stats = await d.store.events.stats();
        return {
          webhook: {
            id: record.id,
            sink: consoleSinkId(record.id),
            url: redact(record.url),
            types: [...record.types],
            source: 'console' as const,
            createdAt: record.createdAt,
            createdBy: admin,
            ...delivery(consoleSinkId(record.id), stats),
          },
          secret: record.secret,
        };
      },
    );

    app.delete(
      '/admin/api/webhooks/:id',
      {
        config: adminRole('owner'),
        schema: { hide: true, params: z.object({ id: z.string().max(80) }) },
      },
      async (req) => {
        const { id } = req.params;
        if (id.startsWith('webhook:')) {
          throw new ParleyError(
            Code.BAD_REQUEST,
            `${id} comes from the config (events.webhookUrl); change the config to remove it`,
            'id',
          );
        }
        if (!(await d.store.webhooks.revoke(id, Date.now()))) {
          throw new ParleyError(Code.NOT_FOUND, `no webhook ${id}`, 'id');
        }
        await d.events?.webhooks.reload();
        const dropped = await d.store.events.dropSink(consoleSinkId(id));
        await auditChange(d, req.admin?.name ?? '', 'webhook.revoke', id, { dropped });
        return {};
      },
    );

    app.get(
      '/admin/api/deadletters',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          querystring: z.object({
            sink: z.string().max(64).optional(),
            after: z.coerce.number().int().min(0).optional(),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          }),
        },
      },
      async (req) => {
        const { sink, after, limit } = req.query;
        const rows = await d.store.events.deadLetters({
          limit: limit + 1,
          ...(sink === undefined || sink === '' ? {} : { sink }),
          ...(after === undefined ? {} : { afterEventId: after }),
        });
        const page = rows.slice(0, limit);
        const deadLetters = page.map((r) => ({
          eventId: r.event.eventId,
          sink: r.sink,
          type: r.event.type,
          ts: r.event.ts,
          attempts: r.attempts,
          lastError: r.lastError,
        }));
        return rows.length > limit
          ? { deadLetters, next: page[page.length - 1]!.event.eventId }
          : { deadLetters };
      },
    );

    app.post(
      '/admin/api/deadletters/:eventId/requeue',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          params: z.object({ eventId: EventId }),
          body: z
            .object({ sink: z.string().min(1).max(64).optional() })
            .strict()
            .optional(),
        },
      },
      async (req) => {
        const { eventId } = req.params;
        const sink = req.body?.sink;
        const requeued = await d.store.events.requeue(eventId, Date.now(), sink);
        if (requeued === 0) {
          throw new ParleyError(
            Code.NOT_FOUND,
            `event ${eventId} is not on the dead-letter list${sink === undefined ? '' : ` of ${sink}`}`,
            'eventId',
          );
        }
        d.events?.dispatcher.wake();
        await auditChange(d, req.admin?.name ?? '', 'deadletter.requeue', String(eventId), {
          sink: sink ?? null,
          requeued,
        });
        return { requeued };
      },
    );
  };
}
