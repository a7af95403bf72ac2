import type { PlatformName } from '../store/types.ts';

/** One logged-in connection, as route knows it. */
export interface SessionInfo {
  readonly sessionId: string;
  readonly uid: string;
  readonly deviceId: string;
  readonly platform: PlatformName;
  /** The gate node holding the connection. */
  readonly gateId: string;
  readonly connectedAt: number;
}

/**
 * Presence: which sessions each user has, on which gate. Embedded: in-memory maps; cluster:
 * Redis with a TTL refreshed by heartbeats, so a dead gate's sessions expire on their own.
 */
export interface Presence {
  /** Adds or replaces the session (keyed by sessionId). Visible to lookups once resolved. */
  register(session: SessionInfo): Promise<void>;
  /** Removes the session; unknown ids are ignored. */
  unregister(session: Pick<SessionInfo, 'sessionId' | 'uid'>): Promise<void>;
  /** Current sessions of one user, oldest first. */
  sessionsOf(uid: string): Promise<SessionInfo[]>;
  /** Sessions of many users in one call; users without sessions are absent from the map. */
  sessionsOfMany(uids: readonly string[]): Promise<Map<string, SessionInfo[]>>;
  /** Extends the lifetime of these sessions (heartbeat); no-op where sessions do not expire. */
  touch(sessions: readonly SessionInfo[]): Promise<void>;
  /** Number of sessions known (all gates). */
  count(): Promise<number>;
  close(): Promise<void>;
}

/** Ready-encoded frames for sessions of one gate. */
export type Delivery = readonly { sessionId: string; frame: Uint8Array }[];

/** Why a session is ended by a newer login: the content of its KICKED notice. */
export interface KickNotice {
  readonly code: number;
  readonly reason: string;
  /** Platform and device of the login that replaced the session ('' when none). */
  readonly byPlatform: PlatformName | '';
  readonly byDeviceId: string;
}

/** What the bus hands to a gate. */
export interface GateHandler {
  /** Writes the frames to local sessions; sessions no longer here are skipped. */
  deliver(items: Delivery): void;
  /** Ends a local session with a KICKED notice, then closes its connection. */
  kick(sessionId: string, notice: KickNotice): void;
  /** Writes the frame to every logged-in local session. */
  broadcast(frame: Uint8Array): void;
}

/**
 * Bus: logic → gate delivery. A packet goes only to the gate that holds the session, never to
 * every gate. Per gate, delivery order is the order of calls. Fire-and-forget: the timeline is
 * the truth, pushes are a shortcut, so a lost push is repaired by the client's sync.
 */
export interface Bus {
  attachGate(gateId: string, handler: GateHandler): Promise<void>;
  detachGate(gateId: string): Promise<void>;
  deliver(gateId: string, items: Delivery): void;
  kick(gateId: string, sessionId: string, notice: KickNotice): void;
  /**
   * The one deliberate exception to per-gate delivery: the frame reaches every attached gate of
   * every node (an announcement to everyone online, e.g. the REST API's broadcast).
   */
  broadcast(frame: Uint8Array): void;
  /**
   * Presence changes for contacts' subscriptions: `publishPresence` reaches the `onPresence`
   * handler of every bus instance (every node) that watches `uid`, and only those.
   */
  publishPresence(uid: string, online: boolean): void;
  /** Sets the one handler of presence changes of watched users (replacing an earlier one). */
  onPresence(handler: (uid: string, online: boolean) => void): void;
  watchPresence(uid: string): Promise<void>;
  unwatchPresence(uid: string): Promise<void>;
  close(): Promise<void>;
}

/** What a gate tells dispatch about itself: where clients connect and how loaded it is. */
export interface GateLoad {
  /** The node running the gate (`node-<nodeId>`); one entry per node. */
  readonly nodeId: string;
  /** Address clients connect to (`gate.publicHost`). */
  readonly host: string;
  readonly tcpPort: number;
  readonly wsPort: number;
  /** Open client connections, logged in or not. */
  readonly connections: number;
  /** Logged-in sessions. */
  readonly sessions: number;
  /**
   * Messages accepted and stored by the node since it started, and message pushes it wrote to
   * client connections: cumulative counters (reset by a restart) from which the admin dashboard
   * computes rates. Entries written without them read as 0.
   */
  readonly messagesIn: number;
  readonly messagesOut: number;
  /** When the gate took these figures (ms, the reporter's clock); informative only. */
  readonly updatedAt: number;
}

/**
 * GateRegistry: the live gates and their load, for dispatch. Every gate reports itself
 * periodically; an entry not reported for the registry's staleness window is dropped, so a dead
 * gate disappears on its own. Embedded: an in-process map; cluster: Redis.
 */
export interface GateRegistry {
  /** Adds or replaces the entry of `info.nodeId` and restarts its staleness window. */
  report(info: GateLoad): Promise<void>;
  /** Gates reported within their staleness window, least loaded first (connections, then nodeId). */
  list(): Promise<GateLoad[]>;
  /** Removes the entry (graceful stop); unknown ids are ignored. */
  remove(nodeId: string): Promise<void>;
  close(): Promise<void>;
}
