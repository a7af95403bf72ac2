import type {
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
import type { SessionInfo } from '../route/types.ts';

/** A logged-in session as the gate holds it. */
export interface Session extends SessionInfo {
  /** Hash of the token this session logged in with (revoked by logout). */
  readonly tokenHash: string;
}

export interface LoginResult {
  readonly resp: LoginResp;
  readonly session: Session;
}

/**
 * What the gate asks of logic. Stateless between calls apart from caches: every decision reads
 * the store and presence, so any logic node can serve any session. Refusals throw ParleyError.
 */
export interface LogicApi {
  register(req: RegisterReq): Promise<RegisterResp>;
  /** Verifies credentials, records the device, ends sessions the kick policy replaces. */
  login(req: LoginReq, gateId: string): Promise<LoginResult>;
  /** Revokes the session's token. */
  logout(session: Session): Promise<void>;
  /** Resolves with the ack only after the message is durable. */
  send(session: Session, req: SendReq, receivedAt: number): Promise<SendResp>;
  deliverAck(session: Session, req: DeliverAckReq): Promise<DeliverAckResp>;
  sync(session: Session, req: SyncReq): Promise<SyncResp>;
}
