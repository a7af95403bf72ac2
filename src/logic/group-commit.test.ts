import { describe, expect, it } from 'vitest';
import type { AppendRequest, AppendResult, MessageStore } from '../store/types.ts';
import { CommitterClosedError, GroupCommitter } from './group-commit.ts';

function req(i: number): AppendRequest {
  return {
    message: {
      msgId: i,
      clientMsgId: `c${i}`,
      fromUid: 'a',
      convType: 'c2c',
      to: 'b',
      type: 'text',
      content: 'x',
      ts: i,
      convId: 'c:a|b',
      convSeq: 0,
      refMsgId: 0,
      refKind: '',
      editedAt: 0,
      recalled: false,
    },
    recipients: ['a', 'b'],
  };
}

/** Records batches; fails the batch when asked. */
function fakeStore(failOn?: (batch: readonly AppendRequest[]) => boolean) {
  const batches: number[][] = [];
  let seq = 0;
  const store: Pick<MessageStore, 'append'> = {
    async append(batch) {
      if (failOn?.(batch)) throw new Error('disk full');
      batches.push(batch.map((r) => r.message.msgId));
      return batch.map(
        (r): AppendResult => ({
          msgId: r.message.msgId,
          ts: r.message.ts,
          duplicate: false,
          senderSeq: ++seq,
          seqs: new Map([['a', seq]]),
          convSeq: seq,
          members: [],
        }),
      );
    },
  };
  return { store: store as MessageStore, batches };
}

describe('GroupCommitter', () => {
  it('commits everything submitted in one turn as one batch, in order', async () => {
    const { store, batches } = fakeStore();
    const gc = new GroupCommitter({ store, maxBatch: 1000 });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => gc.submit(req(i))));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(results.map((r) => r.senderSeq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('splits at maxBatch and keeps submission order across batches', async () => {
    const { store, batches } = fakeStore();
    const gc = new GroupCommitter({ store, maxBatch: 30 });
    await Promise.all(Array.from({ length: 100 }, (_, i) => gc.submit(req(i))));
    expect(batches.map((b) => b.length)).toEqual([30, 30, 30, 10]);
    expect(batches.flat()).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('rejects every item of a failed batch and goes on with the next', async () => {
    const { store, batches } = fakeStore((b) => b.some((r) => r.message.msgId === 1));
    const gc = new GroupCommitter({ store, maxBatch: 2 });
    const settled = await Promise.allSettled([0, 1, 2, 3].map((i) => gc.submit(req(i))));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect(batches).toEqual([[2, 3]]);
  });

  it('calls afterCommit with each origin before acks resolve, and close() drains then refuses', async () => {
    const { store } = fakeStore();
    const order: string[] = [];
    const gc = new GroupCommitter({
      store,
      maxBatch: 10,
      afterCommit: (items) => order.push(`fanout:${items.map((i) => i.origin).join(',')}`),
    });
    const p = gc.submit(req(1), 'session-1').then(() => order.push('ack'));
    await gc.close();
    await p;
    expect(order).toEqual(['fanout:session-1', 'ack']);
    await expect(gc.submit(req(2))).rejects.toBeInstanceOf(CommitterClosedError);
  });
});
