import { ConvType, GroupRole, GroupType, JoinPolicy, MsgType, Platform, RefKind } from './commands.ts';

/**
 * The string names of the wire enums, shared by the server (store rows, logs, REST) and the SDK
 * (its public types), so that the mapping exists once.
 */
export type MessageTypeName = 'text' | 'image' | 'file' | 'voice' | 'custom' | 'system' | 'recall' | 'edit';
export type GroupRoleName = 'member' | 'admin' | 'owner';
export type GroupTypeName = 'normal' | 'large';
export type JoinPolicyName = 'open' | 'approval' | 'invite_only';
export type RefKindName = 'reply' | 'forward';
export type PlatformName = 'ios' | 'android' | 'web' | 'desktop';
export type ConvTypeName = 'c2c' | 'group';

export const msgTypeByName: Readonly<Record<MessageTypeName, MsgType>> = {
  text: MsgType.TEXT,
  image: MsgType.IMAGE,
  file: MsgType.FILE,
  voice: MsgType.VOICE,
  custom: MsgType.CUSTOM,
  system: MsgType.SYSTEM,
  recall: MsgType.RECALL,
  edit: MsgType.EDIT,
};

export const groupRoleByName: Readonly<Record<GroupRoleName, GroupRole>> = {
  member: GroupRole.MEMBER,
  admin: GroupRole.ADMIN,
  owner: GroupRole.OWNER,
};

export const groupTypeByName: Readonly<Record<GroupTypeName, GroupType>> = {
  normal: GroupType.NORMAL,
  large: GroupType.LARGE,
};

export const joinPolicyByName: Readonly<Record<JoinPolicyName, JoinPolicy>> = {
  open: JoinPolicy.OPEN,
  approval: JoinPolicy.APPROVAL,
  invite_only: JoinPolicy.INVITE_ONLY,
};

export const refKindByName: Readonly<Record<RefKindName, RefKind>> = {
  reply: RefKind.REPLY,
  forward: RefKind.FORWARD,
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
const groupRoleNames = inverse(groupRoleByName);
const groupTypeNames = inverse(groupTypeByName);
const joinPolicyNames = inverse(joinPolicyByName);
const refKindNames = inverse(refKindByName);

export function groupRoleName(v: number | null | undefined): GroupRoleName | undefined {
  return groupRoleNames.get(v ?? 0);
}

export function groupTypeName(v: number | null | undefined): GroupTypeName | undefined {
  return groupTypeNames.get(v ?? 0);
}

export function joinPolicyName(v: number | null | undefined): JoinPolicyName | undefined {
  return joinPolicyNames.get(v ?? 0);
}

export function refKindName(v: number | null | undefined): RefKindName | undefined {
  return refKindNames.get(v ?? 0);
}

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
