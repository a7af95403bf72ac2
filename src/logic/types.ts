import type {
  Commands,
  DeliverAckReq,
  DeliverAckResp,
  LoginReq,
  LoginResp,
  RegisterReq,
  RegisterResp,
  SendReq,
  SendResp,
  SyncReq,
  SyncResp,
} from '@parley/protocol';
import type { Config } from '../config/schema.ts';
import type { BeforeSendRequest } from '../events/before-send.ts';
import type { EventEmitterApi } from '../events/types.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Bus, Presence, SessionInfo } from '../route/types.ts';
import type { Store } from '../store/types.ts';

/** The engines and settings every logic service is built from. */
export interface LogicDeps {
  store: Store;
  presence: Presence;
  bus: Bus;
  config: Config;
  metrics: Metrics;
  log: Logger;
  /** Events to business servers (src/events); absent: none are emitted. */
  events?: EventEmitterApi;
  /** The before-send webhook; absent (the default): messages are not checked, at no cost. */
  beforeSend?: { check(req: BeforeSendRequest): Promise<string> };
}

/** A logged-in session as the gate holds it. */
export interface Session extends SessionInfo {
  /** Hash of the token this session logged in with (revoked by logout). */
  readonly tokenHash: string;
}

export interface LoginResult {
  readonly resp: LoginResp;
  readonly session: Session;
  /** The login issued a new token (password login); a token login reuses the caller's. */
  readonly issuedToken: boolean;
}

/**
 * What the gate asks of logic. Stateless between calls apart from caches: every decision reads
 * the store and presence, so any logic node can serve any session. Refusals throw ParleyError.
 */
export interface LogicApi {
  register(req: RegisterReq): Promise<RegisterResp>;
  /** Verifies credentials and records the device; the session starts with `activate`. */
  login(req: LoginReq, gateId: string): Promise<LoginResult>;
  /**
   * Ends the sessions that the new one replaces under the kick policy. The gate calls it once
   * the new session is registered, so a login whose connection was lost meanwhile kicks nobody.
   */
  activate(session: Session): Promise<void>;
  /** Revokes the session's token. */
  logout(session: Session): Promise<void>;
  /** Resolves with the ack only after the message is durable. */
  send(session: Session, req: SendReq, receivedAt: number): Promise<SendResp>;
  deliverAck(session: Session, req: DeliverAckReq): Promise<DeliverAckResp>;
  sync(session: Session, req: SyncReq): Promise<SyncResp>;
  /** Handlers of every other request of a logged-in session, by command name. */
  readonly handlers: SessionHandlers;
  /** The gate ended a session (after presence forgot it). */
  sessionEnded(session: Session): void;
}

/** Commands served by `LogicApi.handlers`: requests of a logged-in session beyond the core ones. */
export const HANDLED_COMMANDS = [
  'convSync',
  'history',
  'recall',
  'edit',
  'deleteForMe',
  'search',
  'readStatus',
  'typing',
  'groupCreate',
  'groupInfo',
  'groupUpdate',
  'groupMembers',
  'groupJoin',
  'groupJoinRequests',
  'groupApprove',
  'groupInvite',
  'groupKick',
  'groupLeave',
  'groupDismiss',
  'groupTransfer',
  'groupSetRole',
  'groupMute',
  'groupSetNickname',
  'groupMine',
  'convList',
  'convMarkRead',
  'convUpdate',
  'convClear',
  'convUnread',
  'friendRequest',
  'friendRespond',
  'friendRequests',
  'friends',
  'friendRemark',
  'friendDelete',
  'block',
  'blocklist',
  'profiles',
  'updateProfile',
  'userSearch',
  'subscribePresence',
  'unsubscribePresence',
  'bizUpstream',
  'pushRegister',
  'pushUnregister',
] as const satisfies readonly (keyof typeof Commands)[];

export type HandledCommand = (typeof HANDLED_COMMANDS)[number];

type ReqOf<C> = C extends { kind: 'request'; req: { decode(b: Uint8Array): infer Q } } ? Q : never;
type RespOf<C> = C extends { kind: 'request'; resp: { encode(m: infer R): Uint8Array } } ? R : never;

export type SessionHandlers = {
  readonly [K in HandledCommand]: (
    session: Session,
    req: ReqOf<(typeof Commands)[K]>,
  ) => Promise<RespOf<(typeof Commands)[K]>>;
};
