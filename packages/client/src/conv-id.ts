/**
 * Conversation ids, as the server forms them: "c:" + the two uids sorted and joined by "|" for a
 * one-to-one conversation, "g:" + the group id for a group.
 */

export function c2cConvId(a: string, b: string): string {
  return a < b ? `c:${a}|${b}` : `c:${b}|${a}`;
}

export function groupConvId(groupId: string): string {
  return `g:${groupId}`;
}

/** The group of a group conversation id, or undefined for any other id. */
export function groupIdOf(convId: string): string | undefined {
  return convId.startsWith('g:') && convId.length > 2 ? convId.slice(2) : undefined;
}
