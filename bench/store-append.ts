/**
 * Append throughput of the SQLite store: `batches` appends of `batchSize` one-to-one messages
 * (each written to two timelines) into a fresh file DB, for each synchronous mode. Prints a
 * summary and writes bench/results/store-append.json.
 *
 * @example
 * npx tsx bench/store-append.ts            # 100 batches of 500
 * npx tsx bench/store-append.ts 200 1000   # 200 batches of 1000
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { c2cConvId } from '../src/store/conv-id.ts';
import { createSqliteStore } from '../src/store/index.ts';
import type { AppendRequest } from '../src/store/types.ts';

export interface StoreAppendResult {
  synchronous: 'FULL' | 'NORMAL';
  batches: number;
  batchSize: number;
  users: number;
  seconds: number;
  messagesPerSecond: number;
  /** Message rows plus timeline rows written per second. */
  rowsPerSecond: number;
  meanBatchMs: number;
  p99BatchMs: number;
}

export async function benchStoreAppend(
  synchronous: 'FULL' | 'NORMAL',
  batches = 100,
  batchSize = 500,
  users = 1000,
): Promise<StoreAppendResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const store = await createSqliteStore({ file: join(dir, 'bench.db'), synchronous });
  try {
    let id = 1;
    const durations: number[] = [];
    for (let b = 0; b < batches; b++) {
      const batch: AppendRequest[] = [];
      for (let i = 0; i < batchSize; i++, id++) {
        const from = `user${id % users}`;
        const to = `user${(id * 7 + 1) % users}`;
        batch.push({
          message: {
            msgId: id,
            clientMsgId: `c${id}`,
            fromUid: from,
            convType: 'c2c',
            to,
            type: 'text',
            content: `hello, this is message number ${id}`,
            ts: Date.now(),
            convId: c2cConvId(from, to),
            convSeq: 0,
            refMsgId: 0,
            refKind: '',
            editedAt: 0,
            recalled: false,
          },
          recipients: [from, to],
        });
      }
      const t0 = performance.now();
      await store.messages.append(batch);
      durations.push(performance.now() - t0);
    }
    const ms = durations.reduce((a, b) => a + b, 0);
    const sorted = [...durations].sort((a, b) => a - b);
    const messages = batches * batchSize;
    return {
      synchronous,
      batches,
      batchSize,
      users,
      seconds: ms / 1000,
      messagesPerSecond: Math.round((messages / ms) * 1000),
      rowsPerSecond: Math.round(((messages * 3) / ms) * 1000),
      meanBatchMs: ms / batches,
      p99BatchMs: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const batches = Number(process.argv[2] ?? 100);
  const batchSize = Number(process.argv[3] ?? 500);
  const results: StoreAppendResult[] = [];
  for (const mode of ['FULL', 'NORMAL'] as const) {
    const r = await benchStoreAppend(mode, batches, batchSize);
    results.push(r);
    console.log(
      `store append, synchronous=${mode}: ${r.messagesPerSecond} msg/s, ${r.rowsPerSecond} rows/s ` +
        `(${r.batches} x ${r.batchSize}, mean ${r.meanBatchMs.toFixed(2)} ms, p99 ${r.p99BatchMs.toFixed(2)} ms per batch)`,
    );
  }
  const out = fileURLToPath(new URL('results', import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'store-append.json'), `${JSON.stringify(results, null, 2)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
