/**
 * The one typed configuration schema. Every field has a default, a PARLEY_* environment
 * variable and a one-line doc; docs/config.md is generated from this table
 * (`npm run parley -- config-doc`), and a test keeps the two in step.
 */

type FieldType = 'string' | 'number' | 'boolean';

export interface FieldSpec<T extends string | number | boolean = string | number | boolean> {
  readonly type: FieldType;
  readonly default: T;
  readonly doc: string;
  /** Allowed values for an enumerated string. */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

const str = (def: string, doc: string, values?: readonly string[]): FieldSpec<string> =>
  values ? { type: 'string', default: def, doc, values } : { type: 'string', default: def, doc };
const num = (def: number, doc: string, min = 0, max = Number.MAX_SAFE_INTEGER): FieldSpec<number> => ({
  type: 'number',
  default: def,
  doc,
  min,
  max,
});

export const schema = {
  nodeId: num(0, 'Node number, unique in a cluster (0-31); part of every message id.', 0, 31),
  dataDir: str('./data', 'Directory for the embedded database and other local state.'),
  host: str('0.0.0.0', 'Address the listeners bind to.'),
  roles: str(
    'all',
    'Roles this process runs: all, or a comma list of gate, logic, dispatch (gate and logic go together).',
  ),
  'log.level': str('info', 'Level of the JSON logs written to stdout.', [
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ]),

  'gate.tcpPort': num(7100, 'TCP port for clients (framed protocol); 0 picks a free port.', 0, 65535),
  'gate.wsPort': num(7101, 'WebSocket port for clients (path /ws); 0 picks a free port.', 0, 65535),
  'gate.publicHost': str(
    '127.0.0.1',
    'Address clients use to reach this gate; reported to dispatch with the TCP and WebSocket ports.',
  ),
  'gate.maxFrame': num(64 * 1024, 'Largest accepted frame in bytes, header included.', 64, 16 * 1024 * 1024),
  'gate.heartbeatIntervalMs': num(
    30_000,
    'Heartbeat interval told to clients; the server pings after this much silence.',
    100,
  ),
  'gate.idleTimeoutMs': num(90_000, 'A connection silent this long is closed and its session dropped.', 200),
  'gate.loginTimeoutMs': num(
    15_000,
    'A connection that has not logged in this long after connecting is closed.',
    100,
  ),
  'gate.rateLimitPerSec': num(500, 'Sustained requests per second allowed per connection.', 1),
  'gate.rateLimitBurst': num(1000, 'Requests a connection may send in a burst above the sustained rate.', 1),
  'gate.maxConnections': num(100_000, 'Connections accepted per gate before new ones are refused.', 1),
  'gate.maxConnectionsPerIp': num(
    2000,
    'Connections accepted from one address; more are told to retry later (raise it behind NAT).',
    1,
  ),
  'gate.authPerSecPerIp': num(
    10,
    'Password logins and registrations per second from one address (argon2 costs CPU).',
    1,
  ),
  'gate.authBurstPerIp': num(50, 'Password logins and registrations one address may make in a burst.', 1),
  'gate.maxPendingRequests': num(
    1000,
    'Requests one connection may have waiting for an answer; more are refused with RATE_LIMITED.',
    1,
  ),
  'gate.maxWriteBuffer': num(
    8 * 1024 * 1024,
    'Bytes queued to a slow client before it is disconnected (it resyncs).',
    1024,
  ),

  'tls.cert': str('', 'PEM certificate file; when set with tls.key, TCP uses TLS and WebSocket uses WSS.'),
  'tls.key': str('', 'PEM private key file for tls.cert.'),

  'api.port': num(
    7190,
    'Port of the REST API for business servers (/v1, /openapi.json, /docs) on gate+logic nodes; 0 picks a free port.',
    0,
    65535,
  ),
  'api.enabled': { type: 'boolean', default: true, doc: 'Serve the REST API on gate+logic nodes.' },
  'api.rateLimitPerSec': num(200, 'Requests per second each API key may make (token bucket refill).', 1),
  'api.rateLimitBurst': num(400, 'Requests an API key may make at once before being limited.', 1),
  'api.maxBodyBytes': num(1024 * 1024, 'Largest accepted REST API request body in bytes.', 1024),
  'admin.sessionTtlMs': num(
    12 * 3600 * 1000,
    'How long an admin console session lasts after signing in.',
    60_000,
  ),
  'admin.loginsPerMinPerIp': num(10, 'Admin console sign-ins per minute from one address (and burst).', 1),
  'admin.maxFailedLogins': num(
    5,
    'Failed sign-ins in a row after which an admin account is locked for admin.lockoutMs.',
    1,
  ),
  'admin.lockoutMs': num(60_000, 'How long an admin account stays locked after too many failed sign-ins.', 0),
  'admin.settingsReloadMs': num(
    5000,
    'How often each node reloads the runtime settings changed in the admin console.',
    50,
    600_000,
  ),
  'admin.dashboardSampleMs': num(
    5000,
    "How often the admin dashboard's figures are sampled for its charts (the last 120 samples are kept).",
    50,
    600_000,
  ),
  'push.ackTimeoutMs': num(
    5000,
    'A device online when a message arrives is notified when it has not acknowledged delivery within this time.',
    100,
  ),
  'push.pollMs': num(500, 'How often a node takes due notifications from the push queue.', 10),
  'push.maxAttempts': num(
    8,
    'Attempts per notification before it is dropped (transient provider failures).',
    1,
  ),
  'push.maxAgeMs': num(24 * 3600 * 1000, 'A notification not sent within this time is dropped.', 1000),
  'push.preview': {
    type: 'boolean',
    default: true,
    doc: 'Put the start of text messages into notifications.',
  },
  'push.apns.keyFile': str(
    '',
    'APNs .p8 signing key file; APNs is on when this, keyId, teamId and topic are set.',
  ),
  'push.apns.keyId': str('', 'Key ID of the APNs signing key (JWT kid).'),
  'push.apns.teamId': str('', 'Apple Developer Team ID (JWT iss).'),
  'push.apns.topic': str('', "The app's bundle id (apns-topic)."),
  'push.apns.url': str(
    'https://api.push.apple.com',
    'APNs endpoint; https://api.sandbox.push.apple.com for development builds.',
  ),
  'push.fcm.serviceAccountFile': str('', 'Google service-account JSON file; FCM is on when set.'),
  'push.fcm.url': str('https://fcm.googleapis.com', 'FCM endpoint.'),
  'push.fcm.tokenUri': str('', "OAuth2 token endpoint; empty: the service account's token_uri."),
  'push.webhook.url': str('', "The app's own push gateway (signed POST per notification); on when set."),
  'push.webhook.secret': str('', 'HMAC-SHA256 secret of the push webhook, at least 16 characters.'),
  'push.timeoutMs': num(10_000, 'Timeout of one provider request.', 100),
  'http.port': num(
    7180,
    'Port of the operations HTTP server (/healthz, /metrics); 0 picks a free port.',
    0,
    65535,
  ),

  'auth.registration': str('open', 'Whether clients may register accounts themselves.', ['open', 'closed']),
  'auth.tokenTtlMs': num(30 * 24 * 3600 * 1000, 'Lifetime of login tokens.', 1000),
  'auth.kickPolicy': str(
    'platform-class',
    'Which older sessions a new login ends: one per platform class (mobile, desktop, web), one per user, or none.',
    ['platform-class', 'single', 'none'],
  ),

  'msg.maxContentBytes': num(16 * 1024, 'Largest message content in bytes (UTF-8).', 1, 1024 * 1024),
  'msg.syncPageMax': num(1000, 'Most timeline entries returned by one sync request.', 1, 10_000),
  'msg.recallWindowMs': num(
    2 * 60 * 1000,
    'How long after sending a sender may recall a message (group admins may always).',
  ),
  'msg.editWindowMs': num(24 * 3600 * 1000, 'How long after sending a sender may edit a message.'),
  'msg.searchIndexIntervalMs': num(
    500,
    'How often new messages are added to the full-text index (searches also catch up first).',
    10,
    60_000,
  ),

  'group.writeDiffusionMax': num(
    500,
    'Groups up to this many members write each message into every member timeline; larger groups use read diffusion.',
    1,
    1_000_000,
  ),
  'group.maxMembers': num(2000, 'Most members of a normal group.', 2, 1_000_000),
  'group.maxLargeMembers': num(100_000, 'Most members of a large group.', 2, 10_000_000),

  'presence.engine': str('memory', 'Who is online where: in-process (one node) or Redis (cluster).', [
    'memory',
    'redis',
  ]),
  'presence.redisUrl': str('redis://127.0.0.1:6379', 'Redis server when presence.engine is redis.'),
  'presence.redisPrefix': str(
    'parley:',
    'Prefix of every Redis key; distinct prefixes are distinct clusters.',
  ),
  'presence.ttlMs': num(
    90_000,
    'Redis presence: a session not refreshed by heartbeats for this long expires (a dead gate).',
    1000,
  ),
  'bus.engine': str('local', 'Logic-to-gate delivery: in-process calls (one node) or NATS (cluster).', [
    'local',
    'nats',
  ]),
  'bus.natsServers': str(
    'nats://127.0.0.1:4222',
    'NATS server(s), comma-separated, when bus.engine is nats.',
  ),
  'bus.natsPrefix': str('parley.', 'Prefix of every NATS subject; distinct prefixes are distinct clusters.'),

  'dispatch.reportIntervalMs': num(
    2000,
    'How often a gate reports its address and load to the gate registry (dispatch).',
    50,
    600_000,
  ),
  'dispatch.staleMs': num(
    6000,
    'A gate not reported for this long is dropped from dispatch (a dead gate); above reportIntervalMs.',
    100,
    3_600_000,
  ),

  'contacts.messagePolicy': str(
    'open',
    'Who may message whom one-to-one: anyone (open) or friends only (friends). Blocked senders are always refused.',
    ['open', 'friends'],
  ),

  'events.types': str(
    'all',
    'Event types emitted to business servers: all, or a comma list of upstream, login, logout, kick, offline, message.sent, group.changed.',
  ),
  'events.sink': str('webhook', 'Where events go: signed webhooks, NATS JetStream, or both.', [
    'webhook',
    'jetstream',
    'both',
  ]),
  'events.webhookUrl': str(
    '',
    'Webhook URL(s) receiving events, comma-separated; none: events are only stored.',
  ),
  'events.webhookSecret': str(
    '',
    'Shared secret of the x-parley-signature HMAC-SHA256 (events and before-send).',
  ),
  'events.webhookTimeoutMs': num(5000, 'Timeout of one event webhook request.', 100, 600_000),
  'events.webhookMaxAttempts': num(
    12,
    'Failed attempts after which an event goes to the dead-letter list.',
    1,
    1000,
  ),
  'events.webhookMaxAgeMs': num(
    24 * 3600 * 1000,
    'An event not delivered within this time goes to the dead-letter list.',
    1000,
  ),
  'events.retryBaseMs': num(
    1000,
    'First retry delay after a failed delivery; doubles each time, with jitter.',
    10,
  ),
  'events.retryMaxMs': num(300_000, 'Longest delay between two delivery attempts.', 10),
  'events.pollMs': num(200, 'How often each node looks for due events in the outbox.', 5, 60_000),
  'events.leaseMs': num(
    30_000,
    'How long a node holds claimed events before another node may deliver them.',
    100,
    3_600_000,
  ),
  'events.includeContent': {
    type: 'boolean',
    default: false,
    doc: 'Put message content into message.sent events.',
  },
  'events.retentionMs': num(
    7 * 24 * 3600 * 1000,
    'Delivered events are deleted after this long; upstream resends are deduplicated within it.',
    60_000,
  ),
  'events.jetstreamServers': str(
    'nats://127.0.0.1:4222',
    'NATS server(s) of the JetStream sink, comma-separated.',
  ),
  'events.jetstreamStream': str('PARLEY_EVENTS', 'JetStream stream created or updated at start for events.'),
  'events.jetstreamPrefix': str('parley.', 'Events are published to <prefix>events.<type>.'),
  'events.jetstreamDuplicateWindowMs': num(
    120_000,
    'JetStream deduplication window of the stream (Nats-Msg-Id = event id).',
    1000,
  ),
  'events.beforeSendUrl': str(
    '',
    'Webhook asked before every user message is stored (allow, reject, rewrite); off when empty.',
  ),
  'events.beforeSendTimeoutMs': num(1000, 'Timeout of the before-send webhook.', 10, 60_000),
  'events.beforeSendFailPolicy': str(
    'open',
    'When the before-send webhook fails or times out: open (allow the message) or closed (refuse with UNAVAILABLE).',
    ['open', 'closed'],
  ),
  'events.webhookReloadMs': num(
    5000,
    'How often each node reloads the webhooks added in the admin console (the node where one changed reloads at once).',
    50,
    600_000,
  ),

  'files.engine': str(
    'local',
    'Where uploaded files are stored: a local directory or an S3-compatible service.',
    ['local', 's3'],
  ),
  'files.dir': str('', 'Directory of the local file engine; empty means <dataDir>/files.'),
  'files.maxBytes': num(100 * 1024 * 1024, 'Largest file a user may upload, in bytes.', 1),
  'files.allowedTypes': str(
    'image/*,video/*,audio/*,text/plain,application/pdf,application/zip,application/octet-stream',
    'Content types users may upload: comma list of type/subtype or type/* (* alone allows any).',
  ),
  'files.ttlMs': num(
    30 * 24 * 3600 * 1000,
    'A file is deleted this long after its last download (or its upload); 0 keeps files forever.',
  ),
  'files.uploadTtlMs': num(
    24 * 3600 * 1000,
    'An unfinished upload with no progress for this long is abandoned and deleted.',
    1000,
  ),
  'files.relayWaitMs': num(
    30_000,
    'How long a download of a file still uploading waits for more bytes before it gives up.',
    100,
  ),
  'files.sweepIntervalMs': num(
    10 * 60 * 1000,
    'How often expired files and abandoned uploads are deleted.',
    100,
  ),
  'files.thumbnailSize': num(256, 'Longest side of image thumbnails in pixels.', 16, 4096),
  'files.s3Endpoint': str(
    '',
    'S3-compatible service URL when files.engine is s3, e.g. https://s3.eu-west-1.amazonaws.com.',
  ),
  'files.s3Bucket': str('', 'Bucket of the s3 file engine.'),
  'files.s3Region': str('us-east-1', 'Region used in the S3 request signatures.'),
  'files.s3AccessKey': str('', 'Access key id of the s3 file engine.'),
  'files.s3SecretKey': str('', 'Secret access key of the s3 file engine.'),
  'files.s3ForcePathStyle': {
    type: 'boolean',
    default: true,
    doc: 'S3 URLs as https://host/bucket/key (MinIO and most self-hosted services) instead of https://bucket.host/key.',
  },
  'files.s3Prefix': str('', 'Prefix of every key the s3 file engine writes, e.g. parley/.'),

  'store.engine': str('sqlite', 'Storage engine: embedded SQLite, or MySQL/MariaDB for clusters.', [
    'sqlite',
    'mysql',
  ]),
  'store.mysqlUri': str(
    'mysql://root@127.0.0.1:3306',
    'MySQL/MariaDB server (host, port, user, password) when store.engine is mysql.',
  ),
  'store.mysqlDatabase': str('parley', 'MySQL/MariaDB database (schema) holding the tables; must exist.'),
  'store.mysqlShards': str(
    '',
    'Shard map: comma list of database:first-last slot ranges over 1024 slots (optionally mysql://host:port/database:first-last); set, it replaces store.mysqlDatabase.',
  ),
  'store.mysqlConnections': num(
    10,
    'Most connections this node opens to each MySQL/MariaDB database.',
    1,
    1000,
  ),
  'store.sqliteFile': str('', 'SQLite database file; empty means <dataDir>/parley.db.'),
  'store.sqliteSynchronous': str(
    'FULL',
    'SQLite synchronous mode: FULL survives power loss, NORMAL only process crashes.',
    ['FULL', 'NORMAL'],
  ),
  'store.cursorFlushMs': num(
    1000,
    'How often acknowledged device cursors are written; a crash may replay this much to a device.',
    10,
    60_000,
  ),
  'store.sqliteWalAutocheckpoint': num(
    10_000,
    'SQLite WAL pages (4 KiB) after which they are checkpointed; larger: fewer, longer checkpoints.',
    100,
    1_000_000,
  ),
  'store.maxBatch': num(2000, 'Most messages committed in one group-commit transaction.', 1, 100_000),
} as const satisfies Record<string, FieldSpec>;

export type ConfigKey = keyof typeof schema;
type ValueOf<S> =
  S extends FieldSpec<infer T> ? (T extends string ? string : T extends number ? number : boolean) : never;
export type Config = { readonly [K in ConfigKey]: ValueOf<(typeof schema)[K]> };

export type Role = 'gate' | 'logic' | 'dispatch';
export const ROLES: readonly Role[] = ['gate', 'logic', 'dispatch'];

/**
 * The roles named by the `roles` setting: 'all' (gate, logic, dispatch) or a comma list. Throws
 * an Error naming the setting for an unknown role, an empty list, or gate without logic (or the
 * reverse): in this design a gate calls its logic in-process.
 */
export function parseRoles(value: string): ReadonlySet<Role> {
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new Error(`roles: empty; use all or a comma list of ${ROLES.join(', ')}`);
  const out = new Set<Role>();
  for (const n of names) {
    if (n === 'all') for (const r of ROLES) out.add(r);
    else if ((ROLES as readonly string[]).includes(n)) out.add(n as Role);
    else
      throw new Error(
        `roles: unknown role ${JSON.stringify(n)}; use all or a comma list of ${ROLES.join(', ')}`,
      );
  }
  if (out.has('gate') !== out.has('logic')) {
    throw new Error(
      `roles: ${out.has('gate') ? 'gate' : 'logic'} without ${out.has('gate') ? 'logic' : 'gate'}; gate and logic run together in one process (e.g. --roles gate,logic)`,
    );
  }
  return out;
}

/** PARLEY_GATE_TCP_PORT for 'gate.tcpPort'. */
export function envName(key: string): string {
  return `PARLEY_${key
    .replace(/\./g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()}`;
}
