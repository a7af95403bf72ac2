/**
 * The message audit: every stored message, whoever can see it, newest first, filtered by
 * sender, conversation and text (the search index, so CJK works); and recall by an operator,
 * for everyone, whoever sent it, with no time window (MessageService.recallByAdmin).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AdminAccounts } from './admin-accounts.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { actor, adminErrors, Limit } from './admin-http.ts';

const AuditMessage = z.object({
  msgId: z.number().int(),
  convId: z.string(),
  from: z.string(),
  to: z.string(),
  type: z.string(),
  content: z.string(),
  ts: z.number().int(),
  recalled: z.boolean(),
  edited: z.boolean(),
});

const MsgId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export function messagesRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  const accounts = new AdminAccounts(d.store, d.config);
  return async (app) => {
    app.get(
      '/admin/api/messages',
      {
        config: adminRole('viewer'),
        schema: {
          hide: true,
          querystring: z.object({
            from: z.string().max(64).optional(),
            conv: z.string().max(200).optional(),
            q: z.string().max(256).optional(),
            before: MsgId.optional(),
            limit: Limit,
          }),
          response: {
            200: z.object({ messages: z.array(AuditMessage), next: z.number().int().optional() }),
            ...adminErrors,
          },
        },
      },
      async (req) => {
        const { from, conv, q, before, limit } = req.query;
        const r = await d.store.messages.browse({
          fromUid: from?.trim() ?? '',
          convId: conv?.trim() ?? '',
          text: q?.trim() ?? '',
          beforeMsgId: before ?? 0,
          limit,
        });
        const messages = r.messages.map((m) => ({
          msgId: m.msgId,
          convId: m.convId,
          from: m.fromUid,
          to: m.to,
          type: m.type,
          content: m.content,
          ts: m.ts,
          recalled: m.recalled,
          edited: m.editedAt > 0,
        }));
        return r.hasMore && messages.length > 0
          ? { messages, next: messages[messages.length - 1]!.msgId }
          : { messages };
      },
    );

    app.post(
      '/admin/api/messages/:msgId/recall',
      {
        config: adminRole('operator'),
        schema: {
          hide: true,
          params: z.object({ msgId: MsgId }),
          response: { 200: z.object({}), ...adminErrors },
        },
      },
      async (req) => {
        const m = await d.store.messages.get(req.params.msgId);
        const notice = await d.logic.messages.recallByAdmin(req.params.msgId);
        await accounts.audit(actor(req).name, 'message.recall', String(req.params.msgId), {
          from: m?.fromUid,
          convId: m?.convId,
          noticeMsgId: notice.noticeMsgId,
        });
        return {};
      },
    );
  };
}
