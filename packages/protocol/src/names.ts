import { ConvType, MsgType, Platform } from './commands.ts';

/**
 * The string names of the wire enums, shared by the server (store rows, logs, REST) and the SDK
 * (its public types), so that the mapping exists once.
 */
export type MessageTypeName = 'text' | 'image' | 'file' | 'voice' | 'custom' | 'system';
export type PlatformName = 'ios' | 'android' | 'web' | 'desktop';
export type ConvTypeName = 'c2c' | 'group';

export const msgTypeByName: Readonly<Record<MessageTypeName, MsgType>> = {
  text: MsgType.TEXT,
  image: MsgType.IMAGE,
  file: MsgType.FILE,
  voice: MsgType.VOICE,
  custom: MsgType.CUSTOM,
  system: MsgType.SYSTEM,
};

export const platformByName: Readonly<Record<PlatformName, Platform>> = {
  ios: Platform.IOS,
  android: Platform.ANDROID,
  web: Platform.WEB,
  desktop: Platform.DESKTOP,
};

export const convTypeByName: Readonly<Record<ConvTypeName, ConvType>> = {
  c2c: ConvType.C2C,
  group: ConvType.GROUP,
};

function inverse<N extends string>(table: Readonly<Record<N, number>>): Map<number, N> {
  return new Map(Object.entries(table).map(([name, value]) => [value as number, name as N]));
}
const msgTypeNames = inverse(msgTypeByName);
const platformNames = inverse(platformByName);
const convTypeNames = inverse(convTypeByName);

/** The name of a wire message type; undefined for 0 and for unknown (newer) values. */
export function msgTypeName(v: number | null | undefined): MessageTypeName | undefined {
  return msgTypeNames.get(v ?? 0);
}

export function platformNameOf(v: number | null | undefined): PlatformName | undefined {
  return platformNames.get(v ?? 0);
}

export function convTypeName(v: number | null | undefined): ConvTypeName | undefined {
  return convTypeNames.get(v ?? 0);
}
