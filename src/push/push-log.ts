import {
  CLOSED_RESULT,
  type PushNotification,
  type PushProvider,
  type PushResult,
  type PushTarget,
} from './types.ts';

/** The part of a pino-style logger the log provider uses. */
export interface PushLogSink {
  info(obj: Record<string, unknown>, msg: string): void;
}

export interface LogProviderOptions {
  /** Where notifications are recorded; default: nowhere (they are only counted). */
  readonly logger?: PushLogSink;
}

/**
 * The embedded default: records each notification through `logger.info` and answers `sent`,
 * without any network. For development machines and tests; real devices receive nothing.
 * Only the first 8 characters of a token are logged.
 *
 * @example
 * const log = new LogProvider({ logger: pinoLogger.child({ component: 'push' }) });
 */
export class LogProvider implements PushProvider {
  readonly name = 'log';
  /** Notifications recorded so far (sends after `close()` are not counted). */
  sent = 0;
  private closed = false;

  constructor(private readonly opts: LogProviderOptions = {}) {}

  async send(target: PushTarget, notification: PushNotification): Promise<PushResult> {
    if (this.closed) return CLOSED_RESULT;
    this.sent++;
    this.opts.logger?.info(
      { push: { provider: target.provider, token: abbreviate(target.token), notification } },
      'push notification (log provider)',
    );
    return { status: 'sent' };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function abbreviate(token: string): string {
  return token.length > 8 ? `${token.slice(0, 8)}…` : token;
}
