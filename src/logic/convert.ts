import { ConvType, type Message, MsgType, Platform } from '@parley/protocol';
import type { ConvKind, MessageKind, PlatformName, StoredMessage } from '../store/types.ts';

const kindByType: Record<number, MessageKind | undefined> = {
  [MsgType.TEXT]: 'text',
  [MsgType.IMAGE]: 'image',
  [MsgType.FILE]: 'file',
  [MsgType.VOICE]: 'voice',
  [MsgType.CUSTOM]: 'custom',
  [MsgType.SYSTEM]: 'system',
};
const typeByKind: Record<MessageKind, MsgType> = {
  text: MsgType.TEXT,
  image: MsgType.IMAGE,
  file: MsgType.FILE,
  voice: MsgType.VOICE,
  custom: MsgType.CUSTOM,
  system: MsgType.SYSTEM,
};
const convTypeByKind: Record<ConvKind, ConvType> = { c2c: ConvType.C2C, group: ConvType.GROUP };

export function messageKind(type: number | null | undefined): MessageKind | undefined {
  return kindByType[type ?? 0];
}

const platformByNumber: Record<number, PlatformName | undefined> = {
  [Platform.IOS]: 'ios',
  [Platform.ANDROID]: 'android',
  [Platform.WEB]: 'web',
  [Platform.DESKTOP]: 'desktop',
};
const numberByPlatform: Record<PlatformName, Platform> = {
  ios: Platform.IOS,
  android: Platform.ANDROID,
  web: Platform.WEB,
  desktop: Platform.DESKTOP,
};

export function platformName(p: number | null | undefined): PlatformName | undefined {
  return platformByNumber[p ?? 0];
}

export function platformNumber(p: PlatformName | ''): Platform {
  return p === '' ? Platform.PLATFORM_UNSPECIFIED : numberByPlatform[p];
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
    convType: convTypeByKind[m.convType],
    to: m.to,
    type: typeByKind[m.type],
    content: m.content,
    ts: m.ts,
    seq,
  };
}
