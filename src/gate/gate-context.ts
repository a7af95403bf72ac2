import type { Config } from '../config/schema.ts';
import type { LogicApi, Session } from '../logic/types.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { ClientConnection } from './connection.ts';

/** What a connection needs from its gate. */
export interface GateContext {
  readonly gateId: string;
  readonly config: Config;
  readonly logic: LogicApi;
  readonly log: Logger;
  readonly metrics: Metrics;
  /**
   * Takes one token of the address's budget for argon2-costing requests (password login,
   * register); 0 when allowed, else the milliseconds to wait.
   */
  authWaitMs(ip: string): number;
  /** Registers a new session in presence; resolves once lookups can find it. */
  sessionStarted(conn: ClientConnection, session: Session): Promise<void>;
  /** The connection is gone; `session` is the one it held, if still current. */
  connectionClosed(conn: ClientConnection, session: Session | undefined): void;
}
