/** Messages for store tests. */
import { convIdOf } from '../../src/store/conv-id.ts';
import type { StoredMessage } from '../../src/store/types.ts';

/** Time of the tests' messages: `TEST_T0 + msgId`. */
export const TEST_T0 = 1_700_000_000_000;

/**
 * A text message as an append request carries it (convSeq 0): convId from the final convType,
 * sender and recipient unless given; content `message <msgId>`, client id `cm-<msgId>`.
 */
export function testMessage(
  msgId: number,
  from: string,
  to: string,
  over: Partial<StoredMessage> = {},
): StoredMessage {
  const m: StoredMessage = {
    msgId,
    clientMsgId: `cm-${msgId}`,
    fromUid: from,
    convType: 'c2c',
    to,
    type: 'text',
    content: `message ${msgId}`,
    ts: TEST_T0 + msgId,
    convId: '',
    convSeq: 0,
    refMsgId: 0,
    refKind: '',
    editedAt: 0,
    recalled: false,
    ...over,
  };
  return { ...m, convId: over.convId ?? convIdOf(m.convType, m.fromUid, m.to) };
}
