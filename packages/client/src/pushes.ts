import { Commands, type Frame, ReceiptKind } from '@parley/protocol';
import { toChatMessage, toReceiptEvent } from './convert.ts';
import type { ChatMessage, ReceiptEvent } from './types.ts';

/** A server push the client acts on. */
export type ServerPush =
  | { readonly kind: 'message'; readonly message: ChatMessage }
  | { readonly kind: 'delivered' | 'read'; readonly receipt: ReceiptEvent }
  | { readonly kind: 'kicked'; readonly code: number; readonly reason: string }
  | { readonly kind: 'goaway'; readonly code: number; readonly reason: string; readonly reconnect: boolean };

const is = (frame: Frame, cmd: { service: number; command: number }): boolean =>
  frame.service === cmd.service && frame.command === cmd.command;

/**
 * Decodes a push frame. Returns undefined for pushes this client does not know (newer servers) and
 * for receipts of unknown kinds, which are ignored. Throws when a known push has a bad body.
 */
export function decodePush(frame: Frame): ServerPush | undefined {
  if (is(frame, Commands.push)) {
    const msg = Commands.push.body.decode(frame.body).msg;
    return msg ? { kind: 'message', message: toChatMessage(msg) } : undefined;
  }
  if (is(frame, Commands.receipt)) {
    const r = Commands.receipt.body.decode(frame.body);
    if (r.kind === ReceiptKind.DELIVERED) return { kind: 'delivered', receipt: toReceiptEvent(r) };
    if (r.kind === ReceiptKind.READ) return { kind: 'read', receipt: toReceiptEvent(r) };
    return undefined;
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
