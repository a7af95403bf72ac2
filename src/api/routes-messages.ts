/** Messages: send as a user or as the system (s2c), and a conversation's history. */
import { Code, type MessageTypeName, msgTypeByName, ParleyError, refKindByName } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseConvId } from '../store/conv-id.ts';
import type { StoredMessage } from '../store/types.ts';
import { type ApiDeps, actingAs, ErrorBody, needs, Uid } from './api-context.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };

const Sent = z
  .object({
    msgId: z.number().int(),
    convId: z.string(),
    convSeq: z.number().int(),
    ts: z.number().int(),
    duplicate: z.boolean().describe('The clientMsgId had been used: nothing new was stored'),
  })
  .meta({ id: 'SentMessage' });

const Message = z
  .object({
    msgId: z.number().int(),
    clientMsgId: z.string(),
    from: z.string(),
    convType: z.enum(['c2c', 'group']),
    to: z.string(),
    convId: z.string(),
    convSeq: z.number().int(),
    type: z.string(),
    content: z.string(),
    ts: z.number().int(),
    refMsgId: z.number().int(),
    editedAt: z.number().int(),
    recalled: z.boolean(),
  })
  .meta({ id: 'Message' });

function messageBody(m: StoredMessage): z.infer<typeof Message> {
  return {
    msgId: m.msgId,
    clientMsgId: m.clientMsgId,
    from: m.fromUid,
    convType: m.convType,
    to: m.to,
    convId: m.convId,
    convSeq: m.convSeq,
    type: m.type,
    content: m.content,
    ts: m.ts,
    refMsgId: m.refMsgId,
    editedAt: m.editedAt,
    recalled: m.recalled,
  };
}

export function messagesRoutes(d: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/messages',
      {
        config: needs('write'),
        schema: {
          tags: ['messages'],
          summary: 'Send a message as a user or as the system',
          description:
            'Exactly one of `to` (a user) and `groupId`. Types text, image, voice, file and custom are sent as `from` would send them from a device, with the same checks (blocks, friends-only policy, group membership and mutes). Type system is written by the server: `from` (any existing user, e.g. a service account) need not be a member of the group. Acknowledged once durable; a retry with the same clientMsgId returns the first result.',
          body: z
            .object({
              from: Uid,
              to: Uid.optional(),
              groupId: z.string().min(1).max(64).optional(),
              type: z.enum(['text', 'image', 'voice', 'file', 'custom', 'system']).default('text'),
              content: z.string(),
              clientMsgId: z.string().min(1).max(64).optional(),
              replyTo: z
                .number()
                .int()
                .positive()
                .optional()
                .describe('msgId of a message of the same conversation'),
            })
            .refine((b) => (b.to === undefined) !== (b.groupId === undefined), {
              message: 'exactly one of to and groupId',
              path: ['to'],
            }),
          response: { 200: Sent, ...errors },
        },
      },
      async (req) => {
        const b = req.body;
        const { type } = b;
        const r =
          type === 'system'
            ? await d.logic.messages.sendSystem({
                from: b.from,
                ...(b.to !== undefined ? { toUid: b.to } : { groupId: b.groupId! }),
                content: b.content,
                ...(b.clientMsgId !== undefined ? { clientMsgId: b.clientMsgId } : {}),
              })
            : await sendAs({ ...b, type });
        return {
          msgId: Number(r.msgId),
          convId: r.convId ?? '',
          convSeq: Number(r.convSeq ?? 0),
          ts: Number(r.ts),
          duplicate: r.duplicate ?? false,
        };
      },
    );

    const sendAs = async (b: {
      from: string;
      to?: string | undefined;
      groupId?: string | undefined;
      type: Exclude<MessageTypeName, 'system' | 'recall' | 'edit'>;
      content: string;
      clientMsgId?: string | undefined;
      replyTo?: number | undefined;
    }) => {
      await d.logic.messages.ensureUser(b.from, 'from');
      return d.logic.send(
        actingAs(b.from),
        {
          toUid: b.to ?? '',
          groupId: b.groupId ?? '',
          clientMsgId: b.clientMsgId ?? `api:${crypto.randomUUID()}`,
          type: msgTypeByName[b.type],
          content: b.content,
          refMsgId: b.replyTo ?? 0,
          refKind: b.replyTo === undefined ? 0 : refKindByName.reply,
        },
        performance.now(),
      );
    };

    app.post(
      '/v1/broadcast',
      {
        config: needs('admin'),
        schema: {
          tags: ['messages'],
          summary: 'Announce to everyone online',
          description:
            'A system.broadcast push to every session on every gate, from `from` (an existing user, e.g. a service account). Not stored: devices offline now never get it; send system messages for what every user must see.',
          body: z.object({ from: Uid, content: z.string() }),
          response: { 200: z.object({ id: z.string(), ts: z.number().int() }), ...errors },
        },
      },
      async (req) => d.logic.messages.broadcast(req.body.from, req.body.content),
    );

    app.get(
      '/v1/conversations/:convId/messages',
      {
        config: needs('read'),
        schema: {
          tags: ['messages'],
          summary: "A conversation's history, newest first",
          description:
            'convId is `c:<uid>|<uid>` (the two uids sorted) or `g:<groupId>`. Pages go back with `before` = the smallest convSeq of the previous page.',
          params: z.object({ convId: z.string().min(3).max(131) }),
          querystring: z.object({
            before: z.coerce
              .number()
              .int()
              .min(0)
              .optional()
              .describe('Only messages with a smaller convSeq'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ messages: z.array(Message), hasMore: z.boolean() }), ...errors },
        },
      },
      async (req) => {
        const { convId } = req.params;
        if (!parseConvId(convId)) throw new ParleyError(Code.BAD_REQUEST, 'not a conversation id', 'convId');
        const head = await d.store.conversations.head(convId);
        if (!head) throw new ParleyError(Code.CONV_NOT_FOUND, `no conversation ${convId}`, 'convId');
        const before =
          req.query.before === undefined || req.query.before === 0 ? head.seq + 1 : req.query.before;
        const page = await d.store.messages.convHistory(convId, before, 0, req.query.limit);
        return { messages: page.messages.map(messageBody), hasMore: page.hasMore };
      },
    );
  };
}
