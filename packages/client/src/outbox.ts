import { Commands, codeInfo, type SendReq, type SendResp } from '@parley/protocol';
import type { Connection } from './connection.ts';
import { num } from './convert.ts';
import {
  ClientClosedError,
  ConnectionLostError,
  isServerRefusal,
  NotConnectedError,
  RequestTimeoutError,
} from './errors.ts';
import type { SendResult } from './types.ts';

/** Retries of a send the server refused with a retryable code (busy, storage, rate limit). */
const MAX_REFUSAL_RETRIES = 8;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

export interface OutboxHost {
  /** The logged-in connection, or undefined while there is none. */
  readyConnection(): Connection | undefined;
  /** Called synchronously when a send is acked, before its promise resolves. */
  onAck(req: SendReq, resp: SendResp): void;
}

interface Entry {
  readonly req: SendReq;
  readonly promise: Promise<SendResult>;
  resolve(result: SendResult): void;
  reject(err: Error): void;
  /** Bumped per transmission; a settlement of an older transmission is ignored. */
  attempt: number;
  /** Connection the latest transmission went out on, while it waits for its ack. */
  inFlight: Connection | undefined;
  /** Retryable refusals so far. */
  refusals: number;
}

/**
 * Sends that have no ack yet, in the order they were made. Every entry is transmitted on the
 * logged-in connection; a lost connection leaves it here to be resent after the next login, and a
 * timed-out transmission is repeated at once — always with the same clientMsgId, so the server
 * stores the message once and replays the first ack. An entry leaves only with its ack, a server
 * refusal, or `rejectAll`.
 */
export class Outbox {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly host: OutboxHost) {}

  get size(): number {
    return this.entries.size;
  }

  /** Queues a send (or joins the one already queued with the same clientMsgId) and transmits it if possible. */
  add(req: SendReq): Promise<SendResult> {
    const id = req.clientMsgId ?? '';
    const existing = this.entries.get(id);
    if (existing) return existing.promise;
    let resolve!: (result: SendResult) => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<SendResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: Entry = { req, promise, resolve, reject, attempt: 0, inFlight: undefined, refusals: 0 };
    this.entries.set(id, entry);
    const conn = this.host.readyConnection();
    if (conn) this.transmit(entry, conn);
    return promise;
  }

  /** Transmits, in order, every entry not already waiting on the current connection. */
  flush(): void {
    const conn = this.host.readyConnection();
    if (!conn) return;
    for (const entry of this.entries.values()) {
      if (entry.inFlight !== conn) this.transmit(entry, conn);
    }
  }

  /** Fails every entry (kick, logout, refused re-login, close). */
  rejectAll(err: Error): void {
    const entries = [...this.entries.values()];
    this.entries.clear();
    for (const entry of entries) entry.reject(err);
  }

  private transmit(entry: Entry, conn: Connection): void {
    const attempt = ++entry.attempt;
    entry.inFlight = conn;
    const id = entry.req.clientMsgId ?? '';
    const current = () => entry.attempt === attempt && this.entries.get(id) === entry;
    conn
      .request(Commands.send, entry.req, {
        onResponse: (resp) => {
          if (!current()) return;
          this.entries.delete(id);
          this.host.onAck(entry.req, resp);
        },
      })
      .then(
        (resp) => {
          entry.resolve({
            msgId: num(resp.msgId),
            seq: num(resp.seq),
            ts: num(resp.ts),
            duplicate: resp.duplicate ?? false,
            clientMsgId: id,
            convId: resp.convId ?? '',
            convSeq: num(resp.convSeq),
          });
        },
        (err: Error) => {
          if (!current()) return;
          entry.inFlight = undefined;
          if (err instanceof RequestTimeoutError) {
            // No answer on a live connection: ask again; the server deduplicates.
            if (this.host.readyConnection() === conn) this.transmit(entry, conn);
            return;
          }
          // A lost connection keeps the entry for the next login (close() rejects it itself);
          // a refusal or an unreadable ack is final.
          if (
            err instanceof ConnectionLostError ||
            err instanceof NotConnectedError ||
            err instanceof ClientClosedError
          ) {
            return;
          }
          if (isServerRefusal(err) && codeInfo(err.code).retryable && entry.refusals < MAX_REFUSAL_RETRIES) {
            // The server is busy or its storage hiccuped: the same send again later (same
            // clientMsgId, so never a second copy), after the server's hint or a growing delay.
            const delay = Math.max(
              err.retryAfterMs ?? 0,
              Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** entry.refusals),
            );
            entry.refusals++;
            const timer = setTimeout(() => {
              if (!current()) return;
              const now = this.host.readyConnection();
              if (now) this.transmit(entry, now); // else the next login's flush sends it
            }, delay);
            (timer as { unref?: () => void }).unref?.();
            return;
          }
          this.entries.delete(id);
          entry.reject(err);
        },
      );
  }
}
