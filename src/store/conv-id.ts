/**
 * Conversation ids. A one-to-one conversation is "c:" + the two uids sorted and joined by "|";
 * a group's is "g:" + the group id. User and group ids never contain ':' or '|', so an id names
 * exactly one conversation and its kind can be read off the prefix.
 */
import type { ConvKind } from './types.ts';

/** Longest conversation id: "c:" + 64 + "|" + 64. */
export const CONV_ID_LENGTH = 131;

export function c2cConvId(a: string, b: string): string {
  return a < b ? `c:${a}|${b}` : `c:${b}|${a}`;
}

export function groupConvId(groupId: string): string {
  return `g:${groupId}`;
}

export function convIdOf(convType: ConvKind, from: string, to: string): string {
  return convType === 'group' ? groupConvId(to) : c2cConvId(from, to);
}

/** What a conversation id names, or undefined for an id that is not one. */
export function parseConvId(
  convId: string,
): { type: 'c2c'; a: string; b: string } | { type: 'group'; groupId: string } | undefined {
  if (convId.startsWith('g:')) {
    const groupId = convId.slice(2);
    return groupId.length > 0 && !/[:|]/.test(groupId) ? { type: 'group', groupId } : undefined;
  }
  if (convId.startsWith('c:')) {
    const parts = convId.slice(2).split('|');
    if (parts.length !== 2) return undefined;
    const [a, b] = parts as [string, string];
    if (!a || !b || a > b || /:/.test(a) || /:/.test(b)) return undefined;
    return { type: 'c2c', a, b };
  }
  return undefined;
}
