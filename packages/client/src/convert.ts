import {
  convTypeName,
  type LoginResp,
  type Message,
  type MsgType,
  msgTypeByName,
  msgTypeName,
  type Platform,
  platformByName,
  type Receipt,
} from '@parley/protocol';
import type { ChatMessage, ConvType, LoginResult, MessageType, PlatformName, ReceiptEvent } from './types.ts';

/** Converts between the wire enums and the SDK's string unions (tables shared with the server). */

export function toWireMsgType(type: MessageType): MsgType {
  const value = msgTypeByName[type];
  if (value === undefined) throw new TypeError(`unknown message type ${String(type)}`);
  return value;
}

/** Unknown (newer) wire types read as 'custom'. */
export function fromWireMsgType(type: number | null | undefined): MessageType {
  return msgTypeName(type) ?? 'custom';
}

export function toWirePlatform(platform: PlatformName): Platform {
  const value = platformByName[platform];
  if (value === undefined) throw new TypeError(`unknown platform ${String(platform)}`);
  return value;
}

export function fromWireConvType(type: number | null | undefined): ConvType {
  return convTypeName(type) ?? 'c2c';
}

/**
 * int64 fields are typed as numbers (pbjs --force-number); `Number()` also copes with a Long, should
 * a protobufjs set-up ever hand one over.
 */
export const num = (v: number | null | undefined): number => Number(v ?? 0);

export function toChatMessage(m: Message): ChatMessage {
  return {
    msgId: num(m.msgId),
    clientMsgId: m.clientMsgId ?? '',
    from: m.fromUid ?? '',
    to: m.to ?? '',
    convType: fromWireConvType(m.convType),
    type: fromWireMsgType(m.type),
    content: m.content ?? '',
    ts: num(m.ts),
    seq: num(m.seq),
  };
}

export function toReceiptEvent(r: Receipt): ReceiptEvent {
  return { msgId: num(r.msgId), clientMsgId: r.clientMsgId ?? '', by: r.byUid ?? '', ts: num(r.ts) };
}

export function toLoginResult(r: LoginResp): LoginResult {
  return {
    uid: r.uid ?? '',
    token: r.token ?? '',
    tokenExpiresAt: num(r.tokenExpiresAt),
    sessionId: r.sessionId ?? '',
    maxSeq: num(r.maxSeq),
    deviceAckSeq: num(r.deviceAckSeq),
  };
}
