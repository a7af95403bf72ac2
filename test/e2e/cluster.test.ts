// Two Parley node processes sharing MariaDB (store, on two shards), Redis (presence) and NATS
// (bus): a user on one node talks to a user on the other, in one-to-one and group conversations,
// and a login on one node kicks the same device class on the other.
import { type ChatMessage, ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/api/api-keys.ts';
import { ShardMap } from '../../src/store/mysql/shard-map.ts';
import { createShardedMysqlStore } from '../../src/store/mysql/sharded-store.ts';
import type { ChildServer } from '../helpers/child-server.ts';
import { type Cluster, startCluster } from '../helpers/cluster.ts';
import { MYSQL_URI } from '../helpers/mysql.ts';

const PW = 'cluster-password';
let cluster: Cluster;
let nodes: readonly ChildServer[];
let prefix: string;
const clients: ParleyClient[] = [];

async function user(node: ChildServer, uid: string, deviceId = `${uid}-phone`) {
  const c = new ParleyClient({
    transport: tcpTransport({ host: '127.0.0.1', port: node.tcpPort }),
    reconnect: false,
  });
  clients.push(c);
  const messages: ChatMessage[] = [];
  c.on('message', (m) => messages.push(m));
  await c.login({ uid, password: PW }, { deviceId, platform: 'ios' });
  return { c, messages };
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  cluster = await startCluster();
  ({ nodes, prefix } = cluster);
  for (const uid of ['ca', 'cb', 'cc']) {
    const c = new ParleyClient({ transport: tcpTransport({ host: '127.0.0.1', port: nodes[0]!.tcpPort }) });
    await c.register({ uid, password: PW });
    c.close();
  }
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await cluster?.stop();
});

describe('two nodes on MariaDB, Redis and NATS', () => {
  it('a REST API broadcast on one node reaches the devices on both', async () => {
    const store = await createShardedMysqlStore({
      map: ShardMap.parse(`${cluster.databases[0]}:0-255,${cluster.databases[1]}:256-1023`),
      uri: MYSQL_URI,
      migrate: false,
      maintenanceMs: 0,
    });
    const { key, record } = newApiKey('cluster', ['admin']);
    try {
      await store.apiKeys.create(record);
    } finally {
      await store.close();
    }
    const a = await user(nodes[0]!, 'ca', 'ca-bc');
    const b = await user(nodes[1]!, 'cb', 'cb-bc');
    const got: string[] = [];
    a.c.on('broadcast', (x) => got.push(`a:${x.content}`));
    b.c.on('broadcast', (x) => got.push(`b:${x.content}`));
    const r = await fetch(`http://127.0.0.1:${nodes[0]!.apiPort}/v1/broadcast`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'cc', content: 'hello everyone' }),
    });
    expect(r.status).toBe(200);
    await until(() => got.length === 2, 'the broadcast on both nodes');
    expect(got.sort()).toEqual(['a:hello everyone', 'b:hello everyone']);
    a.c.close();
    b.c.close();
  });

  it('delivers one-to-one and group messages across nodes, in one order', async () => {
    const a = await user(nodes[0]!, 'ca');
    const b = await user(nodes[1]!, 'cb');
    const sent = [];
    for (let i = 0; i < 20; i++) sent.push(await a.c.send({ to: 'cb', content: `hop ${i}` }));
    await until(() => b.messages.length >= 20, 'c2c pushes on the other node');
    expect(b.messages.map((m) => m.content)).toEqual(sent.map((_, i) => `hop ${i}`));
    expect(b.messages.map((m) => m.seq)).toEqual(b.messages.map((_, i) => i + 1));

    const c = await user(nodes[1]!, 'cc');
    const g = await a.c.createGroup({ name: 'across', groupId: `x-${prefix}`, members: ['cb', 'cc'] });
    for (let i = 0; i < 5; i++) await a.c.send({ groupId: g.groupId, content: `g ${i}` });
    const inGroup = (m: ChatMessage) => m.convId === g.convId && m.type === 'text';
    await until(
      () => b.messages.filter(inGroup).length === 5 && c.messages.filter(inGroup).length === 5,
      'group',
    );
    expect(b.messages.filter(inGroup).map((m) => m.convSeq)).toEqual(
      c.messages.filter(inGroup).map((m) => m.convSeq),
    );
    const list = await b.c.conversations();
    expect(list.totalUnread).toBe(20 + 6); // 20 c2c + the created notice and 5 group messages
  });

  it('presence subscriptions hear of logins and logouts on the other node', async () => {
    const a = await user(nodes[0]!, 'ca', 'ca-desk');
    const states: [string, boolean][] = [];
    a.c.on('presence', (p) => states.push([p.uid, p.online]));
    await a.c.sendFriendRequest('cb');
    const b1 = await user(nodes[1]!, 'cb', 'cb-desk');
    await b1.c.respondFriendRequest('ca', true);
    b1.c.close();
    await until(async () => (await a.c.subscribePresence(['cb']))[0]?.online === false, 'cb offline');
    const b2 = await user(nodes[1]!, 'cb', 'cb-desk-2');
    await until(() => states.some(([u, on]) => u === 'cb' && on), 'online event from the other node');
    b2.c.close();
    await until(() => states.at(-1)?.[1] === false, 'offline event from the other node');
  });

  it('a login on one node kicks the same device class on the other', async () => {
    const first = await user(nodes[0]!, 'cc', 'cc-ipad');
    let kicked = false;
    first.c.on('kicked', () => {
      kicked = true;
    });
    await user(nodes[1]!, 'cc', 'cc-iphone');
    await until(() => kicked, 'kick across nodes');
  });
});
