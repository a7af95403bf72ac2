import {
  convTypeByName,
  type Message,
  msgTypeByName,
  msgTypeName,
  Platform,
  platformByName,
  platformNameOf,
} from '@parley/protocol';
import type { MessageKind, PlatformName, StoredMessage } from '../store/types.ts';

export function messageKind(type: number | null | undefined): MessageKind | undefined {
  return msgTypeName(type);
}

export function platformName(p: number | null | undefined): PlatformName | undefined {
  return platformNameOf(p);
}

export function platformNumber(p: PlatformName | ''): Platform {
  return p === '' ? Platform.PLATFORM_UNSPECIFIED : platformByName[p];
}

/** Kickout classes: a new login replaces the older session of the same class. */
export function platformClass(p: PlatformName): 'mobile' | 'desktop' | 'web' {
  return p === 'ios' || p === 'android' ? 'mobile' : p;
}

/** The wire form of a timeline entry. */
export function toWireMessage(m: StoredMessage, seq: number): Message {
  return {
    msgId: m.msgId,
    clientMsgId: m.clientMsgId,
    fromUid: m.fromUid,
    convType: convTypeByName[m.convType],
    to: m.to,
    type: msgTypeByName[m.type],
    content: m.content,
    ts: m.ts,
    seq,
  };
}
