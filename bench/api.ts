/**
 * The REST API scenario: business-server sends (POST /v1/messages, as a user to a user) driven
 * by autocannon over keep-alive connections against a one-process server on SQLite, bounded in
 * time; every answer must be 200. Prepares its users and API key directly in the data dir.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import { newApiKey } from '../src/api/api-keys.ts';
import { createSqliteStore } from '../src/store/index.ts';

export interface ApiSendResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requestsPerSec: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly requests: number;
  /** Answers other than 200, and socket errors. */
  readonly non200: number;
  readonly errors: number;
}

const USERS = 200;

/** Writes the scenario's users and an API key into the data dir's database; returns the key. */
export async function prepareApiBench(dataDir: string): Promise<string> {
  const store = await createSqliteStore({ file: join(dataDir, 'parley.db') });
  try {
    for (let i = 0; i < USERS; i++) {
      await store.users.create({
        uid: `api${i}`,
        nickname: `api${i}`,
        passwordHash: '',
        createdAt: Date.now(),
      });
    }
    const { key, record } = newApiKey('bench', ['write']);
    await store.apiKeys.create(record);
    return key;
  } finally {
    await store.close();
  }
}

/** Runs the load for `seconds` with `connections` keep-alive connections. */
export async function runApiSend(opts: {
  apiPort: number;
  key: string;
  connections: number;
  seconds: number;
  onTick?: (done: number) => void;
}): Promise<ApiSendResult> {
  let n = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${opts.apiPort}`,
    connections: opts.connections,
    duration: opts.seconds,
    headers: { authorization: `Bearer ${opts.key}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/v1/messages',
        setupRequest: (req) => {
          const i = n++;
          return {
            ...req,
            body: JSON.stringify({
              from: `api${i % USERS}`,
              to: `api${(i * 7 + 1) % USERS}`,
              content: `bench message ${i}`,
              clientMsgId: `b${i}`,
            }),
          };
        },
      },
    ],
  });
  const started = Date.now();
  const timer = setInterval(
    () => opts.onTick?.(Math.min(1, (Date.now() - started) / (opts.seconds * 1000))),
    500,
  );
  try {
    const r = await instance;
    return {
      connections: opts.connections,
      seconds: opts.seconds,
      requestsPerSec: r.requests.average,
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      requests: r.requests.total,
      non200: r.non2xx,
      errors: r.errors + r.timeouts,
    };
  } finally {
    clearInterval(timer);
  }
}
