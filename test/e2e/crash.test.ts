import { Commands, MsgType, Platform, type SendResp } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer } from '../helpers/child-server.ts';
import type { RawClient } from '../helpers/raw-client.ts';
import { tempDir } from '../helpers/server.ts';
import { loginRaw, registerUser } from '../helpers/users.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function syncAll(client: RawClient): Promise<{ clientMsgId: string; msgId: number; seq: number }[]> {
  const out: { clientMsgId: string; msgId: number; seq: number }[] = [];
  let after = 0;
  for (;;) {
    const r = await client.request(Commands.sync, { afterSeq: after, limit: 1000 });
    expect(r.status).toBe(0);
    for (const m of r.body!.messages!) {
      out.push({ clientMsgId: m.clientMsgId!, msgId: m.msgId!, seq: m.seq! });
      after = m.seq!;
    }
    if (!r.body!.hasMore) return out;
  }
}

describe('crash safety (SIGKILL right after the acks)', () => {
  it('every acked message is there exactly once after a restart, and resends stay deduplicated', async () => {
    const tmp = tempDir('parley-crash-');
    cleanups.push(tmp.cleanup);
    let server = await startChildServer(tmp.dir);
    cleanups.push(() => server.proc.kill('SIGKILL'));
    await registerUser(server.tcpPort, 'writer');
    await registerUser(server.tcpPort, 'reader');
    const { client } = await loginRaw(server.tcpPort, 'writer', 'w-1', Platform.IOS);

    // N messages in flight at once; kill the process the moment the last ack has arrived,
    // while a second wave is still being sent (some of it acked, some not).
    const N = 500;
    const acked = new Map<string, SendResp>();
    const waves: Promise<void>[] = [];
    for (let i = 0; i < N; i++) {
      const id = `crash-${i}`;
      waves.push(
        client
          .request(Commands.send, {
            toUid: 'reader',
            clientMsgId: id,
            type: MsgType.TEXT,
            content: `payload ${i}`,
          })
          .then((r) => {
            if (r.status === 0) acked.set(id, r.body!);
          }),
      );
    }
    await Promise.all(waves);
    expect(acked.size).toBe(N);
    const late: string[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `late-${i}`;
      late.push(id);
      client
        .request(
          Commands.send,
          { toUid: 'reader', clientMsgId: id, type: MsgType.TEXT, content: `late ${i}` },
          20_000,
        )
        .then(
          (r) => {
            if (r.status === 0) acked.set(id, r.body!);
          },
          () => {},
        );
    }
    await new Promise((r) => setTimeout(r, 5));
    server.proc.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    client.close();
    const ackedBeforeCrash = new Map(acked);

    server = await startChildServer(tmp.dir);
    const reader = await loginRaw(server.tcpPort, 'reader', 'r-1', Platform.IOS);
    const got = await syncAll(reader.client);
    const counts = new Map<string, number>();
    for (const m of got) counts.set(m.clientMsgId, (counts.get(m.clientMsgId) ?? 0) + 1);
    for (const [id, ack] of ackedBeforeCrash) {
      expect(counts.get(id), `acked message ${id} after restart`).toBe(1);
      expect(got.find((m) => m.clientMsgId === id)?.msgId).toBe(ack.msgId);
    }
    for (const [id, n] of counts) expect(n, `copies of ${id}`).toBe(1);
    // Seqs are consecutive: no gap, no duplicate.
    expect(got.map((m) => m.seq)).toEqual(got.map((_, i) => i + 1));

    // The writer resends everything it did not see acked, with the same client ids.
    const w = await loginRaw(server.tcpPort, 'writer', 'w-1', Platform.IOS);
    for (const id of late) {
      const r = await w.client.request(Commands.send, {
        toUid: 'reader',
        clientMsgId: id,
        type: MsgType.TEXT,
        content: 'late',
      });
      expect(r.status).toBe(0);
      if (ackedBeforeCrash.has(id)) {
        expect(r.body?.duplicate).toBe(true);
        expect(r.body?.msgId).toBe(ackedBeforeCrash.get(id)?.msgId);
      }
    }
    const after = await syncAll(reader.client);
    const ids = after.map((m) => m.clientMsgId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(N + late.length);
    reader.client.close();
    w.client.close();
    server.proc.kill('SIGKILL');
    await server.exited;
  }, 90_000);

  it('group messages and recalls acked right before a SIGKILL are there, in one order, for every member', async () => {
    const tmp = tempDir('parley-crash-group-');
    cleanups.push(tmp.cleanup);
    let server = await startChildServer(tmp.dir);
    cleanups.push(() => server.proc.kill('SIGKILL'));
    for (const u of ['gw', 'gm1', 'gm2']) await registerUser(server.tcpPort, u);
    const { client } = await loginRaw(server.tcpPort, 'gw', 'gw-1', Platform.IOS);
    const g = await client.request(Commands.groupCreate, {
      name: 'crash',
      groupId: 'crashg',
      memberUids: ['gm1', 'gm2'],
    });
    expect(g.status, g.error?.message).toBe(0);
    const acked = new Map<string, SendResp>();
    const sends = Array.from({ length: 300 }, (_, i) =>
      client
        .request(Commands.send, {
          groupId: 'crashg',
          clientMsgId: `g-${i}`,
          type: MsgType.TEXT,
          content: `g${i}`,
        })
        .then((r) => {
          if (r.status === 0) acked.set(`g-${i}`, r.body!);
        }),
    );
    await Promise.all(sends);
    const recall = await client.request(Commands.recall, { msgId: acked.get('g-7')!.msgId });
    expect(recall.status, recall.error?.message).toBe(0);
    server.proc.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    client.close();

    server = await startChildServer(tmp.dir);
    const orders: number[][] = [];
    for (const u of ['gm1', 'gm2']) {
      const m = await loginRaw(server.tcpPort, u, `${u}-1`, Platform.IOS);
      const r = await m.client.request(Commands.convSync, { convId: 'g:crashg', afterSeq: 0, limit: 1000 });
      expect(r.status, r.error?.message).toBe(0);
      const msgs = r.body!.messages!;
      for (const [id, ack] of acked) {
        const found = msgs.filter((x) => x.clientMsgId === id);
        expect(found.length, `${u} has ${id} once`).toBe(1);
        expect(found[0]!.convSeq).toBe(ack.convSeq);
      }
      expect(msgs.find((x) => x.clientMsgId === 'g-7')?.recalled).toBe(true);
      orders.push(msgs.map((x) => x.msgId!));
      m.client.close();
    }
    expect(orders[0]).toEqual(orders[1]);
    server.proc.kill('SIGKILL');
    await server.exited;
  }, 90_000);

  it('SIGTERM drains: in-flight sends are acked, the process exits 0, and the data is there', async () => {
    const tmp = tempDir('parley-term-');
    cleanups.push(tmp.cleanup);
    let server = await startChildServer(tmp.dir);
    cleanups.push(() => server.proc.kill('SIGKILL'));
    await registerUser(server.tcpPort, 'w2');
    await registerUser(server.tcpPort, 'r2');
    const { client } = await loginRaw(server.tcpPort, 'w2', 'w2-1', Platform.WEB);
    const pending = Array.from({ length: 300 }, (_, i) =>
      client.request(
        Commands.send,
        { toUid: 'r2', clientMsgId: `t-${i}`, type: MsgType.TEXT, content: `t${i}` },
        20_000,
      ),
    );
    setImmediate(() => server.proc.kill('SIGTERM'));
    const results = await Promise.allSettled(pending);
    expect(await server.exited).toBe(0);
    const ok = new Set<string>();
    results.forEach((r, i) => {
      if (r.status === 'fulfilled' && r.value.status === 0) ok.add(`t-${i}`);
    });
    const goaway = client.takePushes(Commands.goaway)[0];
    expect(goaway?.reconnect).toBe(true);
    client.close();
    server = await startChildServer(tmp.dir);
    const reader = await loginRaw(server.tcpPort, 'r2', 'r2-1', Platform.WEB);
    const got = new Set((await syncAll(reader.client)).map((m) => m.clientMsgId));
    for (const id of ok) expect(got.has(id), id).toBe(true);
    reader.client.close();
    server.proc.kill('SIGKILL');
    await server.exited;
  }, 90_000);
});
