/** The events outbox for operators: delivery status, the dead-letter list and requeueing. */
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sinksFromConfig } from '../events/index.ts';
import { type ApiDeps, ErrorBody, needs } from './api-context.ts';

const EventId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const DeadLetter = z
  .object({
    eventId: z.number().int().describe('The event id (also x-parley-event-id / Nats-Msg-Id)'),
    type: z.string().describe('Event type, e.g. upstream, login, message.sent'),
    ts: z.number().int().describe('When the event was made, unix ms'),
    node: z.string(),
    sink: z.string().describe('The sink it failed on: webhook:<hash of the URL> or jetstream'),
    target: z.string().describe("The sink's URL or stream, as this node's config names it ('' if unknown)"),
    attempts: z.number().int(),
    lastError: z.string(),
    failedAt: z.number().int().describe('When it was moved to the list, unix ms'),
    data: z.unknown().describe('The event payload'),
  })
  .meta({ id: 'DeadLetter' });

/** Sink id → target: the config's sinks and this node's console webhooks. */
function targets(d: ApiDeps): Map<string, string> {
  const out = new Map<string, string>();
  try {
    for (const s of sinksFromConfig(d.config)) out.set(s.id, s.target);
  } catch {
    // A bad events config names no targets.
  }
  for (const s of d.events?.dispatcher.status() ?? []) out.set(s.sink, s.target);
  return out;
}

export function eventsRoutes(d: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/events/status',
      {
        config: needs('read'),
        schema: {
          tags: ['events'],
          summary: 'Delivery status of events to business servers',
          description:
            'Per sink: events waiting to be delivered (pending), events on the dead-letter list (dead) and the latest delivery error recorded on a queued event. Counts over the whole cluster (the outbox is in the store).',
          response: {
            200: z.object({
              pending: z.number().int().describe('Events not yet delivered, over all sinks'),
              dead: z.number().int().describe('Events on the dead-letter list, over all sinks'),
              lastError: z.string().describe("The latest delivery error ('' = none)"),
              lastErrorAt: z.number().int().describe('When, unix ms (0 = never)'),
              sinks: z.array(
                z.object({
                  sink: z.string(),
                  target: z.string(),
                  pending: z.number().int(),
                  dead: z.number().int(),
                  lastError: z.string(),
                  lastErrorAt: z.number().int(),
                }),
              ),
            }),
            401: ErrorBody,
            403: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async () => {
        const stats = await d.store.events.stats();
        const names = targets(d);
        for (const id of names.keys()) {
          if (!stats.some((s) => s.sink === id)) {
            stats.push({ sink: id, pending: 0, dead: 0, lastError: '', lastErrorAt: 0 });
          }
        }
        const latest = stats.reduce((a, s) => (s.lastErrorAt > a.lastErrorAt ? s : a), {
          lastError: '',
          lastErrorAt: 0,
        });
        return {
          pending: stats.reduce((n, s) => n + s.pending, 0),
          dead: stats.reduce((n, s) => n + s.dead, 0),
          lastError: latest.lastError,
          lastErrorAt: latest.lastErrorAt,
          sinks: stats.map((s) => ({ ...s, target: names.get(s.sink) ?? '' })),
        };
      },
    );

    app.get(
      '/v1/events/dead-letters',
      {
        config: needs('admin'),
        schema: {
          tags: ['events'],
          summary: 'Events that could not be delivered',
          description:
            'Events moved to the dead-letter list after events.webhookMaxAttempts failed attempts or events.webhookMaxAgeMs, by event id. Page with `after` = the last eventId of the previous page.',
          querystring: z.object({
            sink: z.string().max(64).optional().describe('Only this sink'),
            after: z.coerce.number().int().min(0).optional().describe('Only event ids above this'),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          }),
          response: {
            200: z.object({ deadLetters: z.array(DeadLetter), hasMore: z.boolean() }),
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async (req) => {
        const { sink, after, limit } = req.query;
        const rows = await d.store.events.deadLetters({
          limit: limit + 1,
          ...(sink === undefined ? {} : { sink }),
          ...(after === undefined ? {} : { afterEventId: after }),
        });
        const names = targets(d);
        return {
          hasMore: rows.length > limit,
          deadLetters: rows.slice(0, limit).map((r) => ({
            eventId: r.event.eventId,
            type: r.event.type,
            ts: r.event.ts,
            node: r.event.node,
            sink: r.sink,
            target: names.get(r.sink) ?? '',
            attempts: r.attempts,
            lastError: r.lastError,
            failedAt: r.updatedAt,
            data: JSON.parse(r.event.payload) as unknown,
          })),
        };
      },
    );

    app.post(
      '/v1/events/dead-letters/:eventId/retry',
      {
        config: needs('admin'),
        schema: {
          tags: ['events'],
          summary: 'Deliver a dead-lettered event again',
          description:
            'Moves the event back to the queue (of one sink, or of every sink it died on) with its attempts reset; it is delivered on the next round (within events.pollMs).',
          params: z.object({ eventId: EventId }),
          querystring: z.object({ sink: z.string().max(64).optional().describe('Only this sink') }),
          response: {
            200: z.object({
              eventId: z.number().int(),
              requeued: z.number().int().describe('Sinks requeued'),
            }),
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            404: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async (req) => {
        const { eventId } = req.params;
        const n = await d.store.events.requeue(eventId, Date.now(), req.query.sink);
        if (n === 0) {
          throw new ParleyError(
            Code.MESSAGE_NOT_FOUND,
            `event ${eventId} is not on the dead-letter list`,
            'eventId',
          );
        }
        return { eventId, requeued: n };
      },
    );
  };
}
