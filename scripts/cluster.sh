#!/usr/bin/env bash
# Starts a Parley cluster on this machine: N gate+logic nodes and one dispatch node, sharing
# MariaDB/MySQL (store), Redis (presence, gate registry) and NATS (bus). Ctrl-C stops them all.
#
#   scripts/cluster.sh [nodes]        default 2 nodes
#
# Environment: PARLEY_MYSQL_URI (default mysql://root@127.0.0.1:3306), PARLEY_MYSQL_DATABASE
# (default parley; created if missing), PARLEY_MYSQL_SHARDS (a shard map such as
# parley_a:0-511,parley_b:512-1023; its databases on PARLEY_MYSQL_URI are created if missing),
# PARLEY_REDIS_URL, PARLEY_NATS (see docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-2}
mysql_uri=${PARLEY_MYSQL_URI:-mysql://root@127.0.0.1:3306}
database=${PARLEY_MYSQL_DATABASE:-parley}
shards=${PARLEY_MYSQL_SHARDS:-}
redis=${PARLEY_REDIS_URL:-redis://127.0.0.1:6379}
nats=${PARLEY_NATS:-nats://127.0.0.1:4222}

node --input-type=module -e "
  import mysql from 'mysql2';
  const c = mysql.createConnection({ uri: '$mysql_uri' });
  const names = '$shards' === '' ? ['$database'] : '$shards'.split(',')
    .filter((item) => !item.includes('://')).map((item) => item.trim().split(':')[0]);
  for (const name of new Set(names)) {
    c.query('create database if not exists \`' + name + '\` character set utf8mb4', (err) => {
      if (err) { console.error('cannot create database', name + ':', err.message); process.exit(1); }
    });
  }
  c.end();
"

common=(--set "presence.engine=redis" --set "presence.redisUrl=$redis"
  --set "bus.engine=nats" --set "bus.natsServers=$nats")
store=(--set "store.engine=mysql" --set "store.mysqlUri=$mysql_uri" --set "store.mysqlDatabase=$database"
  --set "store.mysqlShards=$shards")

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
npx parley migrate "${store[@]}"
for i in $(seq 1 "$nodes"); do
  npx parley start --roles gate,logic --data-dir "./data/node-$i" "${common[@]}" "${store[@]}" \
    --set "nodeId=$i" --set "gate.tcpPort=$((7100 + 10 * i))" --set "gate.wsPort=$((7101 + 10 * i))" \
    --set "http.port=$((7180 + i))" --set "api.port=$((7190 + i))" &
  pids+=($!)
done
npx parley start --roles dispatch --data-dir ./data/dispatch "${common[@]}" --set nodeId=0 --set http.port=7180 &
pids+=($!)
echo "cluster: $nodes gate+logic nodes (tcp 7110, 7120, ...), dispatch at http://127.0.0.1:7180/dispatch"
wait
