import { convTypeByName, type Message, msgTypeByName, Platform, platformByName } from '@parley/protocol';
import type { PlatformName, StoredMessage } from '../store/types.ts';

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
