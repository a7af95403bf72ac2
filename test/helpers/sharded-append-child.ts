/**
 * Child process of test/store/mysql-sharded-crash.test.ts: opens the sharded store named by
 * argv (map, uri), appends one-to-one messages between users homed on different shards in
 * batches, and after every committed batch tells the parent (IPC) the ids it committed, until
 * it is killed.
 */

import { c2cConvId } from '../../src/store/conv-id.ts';
import { ShardMap } from '../../src/store/mysql/shard-map.ts';
import { createShardedMysqlStore } from '../../src/store/mysql/sharded-store.ts';
import type { AppendRequest } from '../../src/store/types.ts';

const [mapText, uri, firstId, usersText] = process.argv.slice(2) as [string, string, string, string];
const users = usersText.split(',');
const store = await createShardedMysqlStore({
  map: ShardMap.parse(mapText),
  uri,
  migrate: false,
  maintenanceMs: 0,
});
let id = Number(firstId);
process.send?.({ ready: true });
for (let round = 0; round < 100_000; round++) {
  const batch: AppendRequest[] = [];
  for (let i = 0; i < 8; i++) {
    const from = users[(round + i) % users.length]!;
    const to = users[(round + i + 1) % users.length]!;
    const msgId = id++;
    batch.push({
      message: {
        msgId,
        clientMsgId: `k${msgId}`,
        fromUid: from,
        convType: 'c2c',
        to,
        type: 'text',
        content: `crash ${msgId}`,
        ts: msgId,
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
  const results = await store.messages.append(batch);
  process.send?.({ acked: results.map((r) => r.msgId) });
}
