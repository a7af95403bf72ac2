// A process appending across two shards is SIGKILLed at a random point (often inside the
// commit of a cross-shard transaction). After recovery every acknowledged message is on both
// of its participants' homes, no shard holds a message its peer shard lacks, each user's
// timeline is gap-free, and no prepared branch is left.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ShardMap } from '../../src/store/mysql/shard-map.ts';
import { createShardedMysqlStore } from '../../src/store/mysql/sharded-store.ts';
import { MYSQL_URI } from '../helpers/mysql.ts';
import { useShardedMysql } from '../helpers/mysql-shards.ts';

const child = fileURLToPath(new URL('../helpers/sharded-append-child.ts', import.meta.url));
// alice, carol, erin on shard 0; bob, dave, eve on shard 1: every pair below crosses shards.
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'eve'];

describe('sharded store: crash during cross-shard appends', () => {
  const dbs = useShardedMysql();

  it('keeps every acked message on both homes and leaves nothing half-written', async () => {
    const setup = await dbs.create();
    for (const uid of USERS) await setup.users.create({ uid, nickname: uid, passwordHash: '', createdAt: 1 });
    await setup.close();

    const acked = new Set<number>();
    for (const [run, killAfterMs] of [
      [0, 700],
      [1, 1100],
    ] as const) {
      const proc = fork(child, [dbs.mapText(), MYSQL_URI, String(1_000_000 * (run + 1)), USERS.join(',')], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const exited = new Promise((r) => proc.on('exit', r));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('append child did not start in 20 s')), 20_000);
        proc.on('message', (m) => {
          const msg = m as { ready?: boolean; acked?: number[] };
          if (msg.ready) {
            clearTimeout(timer);
            resolve();
          }
          for (const id of msg.acked ?? []) acked.add(id);
        });
      });
      await new Promise((r) => setTimeout(r, killAfterMs));
      proc.kill('SIGKILL');
      await exited;
    }
    expect(acked.size).toBeGreaterThan(0);

    const store = await createShardedMysqlStore({
      map: ShardMap.parse(dbs.mapText()),
      uri: MYSQL_URI,
      migrate: false,
      maintenanceMs: 0,
    });
    try {
      await store.recover(0);
      for (const shard of dbs.shards) {
        const left = await shard.admin.rows<{ data: string }>('xa recover');
        expect(left).toEqual([]);
      }
      const ids = async (i: 0 | 1) =>
        new Set(
          (
            await dbs.shards[i].admin.rows<{ id: number }>(
              `select msg_id as id from \`${dbs.shards[i].name}\`.messages`,
            )
          ).map((r) => Number(r.id)),
        );
      const [a, b] = [await ids(0), await ids(1)];
      // Every message is between a user of each shard: both shards hold exactly the same ones.
      expect([...a].sort()).toEqual([...b].sort());
      for (const id of acked) expect(a.has(id)).toBe(true);
      for (const uid of USERS) {
        const { entries } = await store.messages.timeline(uid, 0, 100_000);
        expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
        expect(await store.messages.maxSeq(uid)).toBe(entries.length);
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
