import { Commands, type Frame, ReceiptKind } from '@parley/protocol';
import {
  num,
  toChatMessage,
  toContactEvent,
  toConversationChange,
  toPresenceState,
  toReadReceiptEvent,
  toReceiptEvent,
} from './convert.ts';
import type {
  BroadcastEvent,
  ChatMessage,
  ContactEvent,
  ConversationChange,
  PresenceState,
  ReadReceiptEvent,
  ReceiptEvent,
  TypingEvent,
} from './types.ts';

/** A server push the client acts on. */
export type ServerPush =
  | { readonly kind: 'message'; readonly message: ChatMessage }
  | { readonly kind: 'delivered'; readonly receipt: ReceiptEvent }
  | { readonly kind: 'read'; readonly receipt: ReadReceiptEvent }
  | { readonly kind: 'typing'; readonly typing: TypingEvent }
  | { readonly kind: 'deleted'; readonly msgIds: number[] }
  | { readonly kind: 'conversation'; readonly change: ConversationChange }
  | { readonly kind: 'contact'; readonly event: ContactEvent }
  | { readonly kind: 'presence'; readonly state: PresenceState }
  | { readonly kind: 'broadcast'; readonly broadcast: BroadcastEvent }
  | { readonly kind: 'kicked'; readonly code: number; readonly reason: string }
  | { readonly kind: 'goaway'; readonly code: number; readonly reason: string; readonly reconnect: boolean };

const is = (frame: Frame, cmd: { service: number; command: number }): boolean =>
  frame.service === cmd.service && frame.command === cmd.command;

/**
 * Decodes a push frame. Returns undefined for pushes this client does not know (newer servers),
 * for receipts and contact events of unknown kinds, and for pushes without their payload, which
 * are ignored. Throws when a known push has a bad body.
 */
export function decodePush(frame: Frame): ServerPush | undefined {
  if (is(frame, Commands.push)) {
    const msg = Commands.push.body.decode(frame.body).msg;
    return msg ? { kind: 'message', message: toChatMessage(msg) } : undefined;
  }
  if (is(frame, Commands.receipt)) {
    const r = Commands.receipt.body.decode(frame.body);
    if (r.kind === ReceiptKind.DELIVERED) return { kind: 'delivered', receipt: toReceiptEvent(r) };
    if (r.kind === ReceiptKind.READ) return { kind: 'read', receipt: toReadReceiptEvent(r) };
    return undefined;
  }
  if (is(frame, Commands.typingNotice)) {
    const t = Commands.typingNotice.body.decode(frame.body);
    const typing = {
      convId: t.convId ?? '',
      from: t.fromUid ?? '',
      typing: t.typing ?? false,
      ts: num(t.ts),
    };
    return { kind: 'typing', typing };
  }
  if (is(frame, Commands.deleted)) {
    const d = Commands.deleted.body.decode(frame.body);
    return { kind: 'deleted', msgIds: (d.msgIds ?? []).map((id) => num(id)) };
  }
  if (is(frame, Commands.convChanged)) {
    const change = toConversationChange(Commands.convChanged.body.decode(frame.body));
    return change ? { kind: 'conversation', change } : undefined;
  }
  if (is(frame, Commands.contactEvent)) {
    const event = toContactEvent(Commands.contactEvent.body.decode(frame.body));
    return event ? { kind: 'contact', event } : undefined;
  }
  if (is(frame, Commands.presence)) {
    return { kind: 'presence', state: toPresenceState(Commands.presence.body.decode(frame.body)) };
  }
  if (is(frame, Commands.broadcast)) {
    const b = Commands.broadcast.body.decode(frame.body);
    return {
      kind: 'broadcast',
      broadcast: { id: b.id ?? '', from: b.from ?? '', content: b.content ?? '', ts: num(b.ts) },
    };
  }
  if (is(frame, Commands.kicked)) {
    const k = Commands.kicked.body.decode(frame.body);
    return { kind: 'kicked', code: k.code ?? 0, reason: k.reason ?? '' };
  }
  if (is(frame, Commands.goaway)) {
    const g = Commands.goaway.body.decode(frame.body);
    return { kind: 'goaway', code: g.code ?? 0, reason: g.reason ?? '', reconnect: g.reconnect ?? false };
  }
  return undefined;
}
