import { Code, codeInfo, ParleyError } from '@parley/protocol';
import type { Logger } from '../observability/logger.ts';
import { signedHeaders } from './signature.ts';
import { withoutCredentials } from './sink-webhook.ts';

export interface BeforeSendOptions {
  url: string;
  secret: string;
  timeoutMs: number;
  failPolicy: 'open' | 'closed';
  log: Logger;
}

/** What the before-send webhook is asked about: a user's message before it is stored. */
export interface BeforeSendRequest {
  readonly from: string;
  readonly deviceId: string;
  readonly convType: 'c2c' | 'group';
  readonly to: string;
  readonly convId: string;
  readonly type: string;
  readonly content: string;
  readonly clientMsgId: string;
}

/**
 * The synchronous "before send" webhook: every user message (not system messages or notices) is
 * POSTed, signed like events, before it is committed. `{action:"allow"}` lets it through,
 * `{action:"reject", code?, message?}` refuses it (code default REJECTED_BY_POLICY; unknown
 * codes become it too), `{action:"rewrite", content}` stores the new content instead. A timeout,
 * a non-2xx answer or an unreadable one applies the fail policy: open = allow, closed =
 * UNAVAILABLE.
 */
export class BeforeSendHook {
  /** The URL without user info, which goes as Basic authorization (as for event webhooks). */
  private readonly endpoint: { url: string; authorization?: string };

  constructor(private readonly o: BeforeSendOptions) {
    this.endpoint = withoutCredentials(o.url);
  }

  /** Resolves with the content to store; throws ParleyError when the message is refused. */
  async check(req: BeforeSendRequest): Promise<string> {
    const body = JSON.stringify({ type: 'before_send', ts: Date.now(), data: req });
    let answer: unknown;
    try {
      const headers = signedHeaders(this.o.secret, body, Date.now());
      if (this.endpoint.authorization !== undefined) headers.authorization = this.endpoint.authorization;
      const res = await fetch(this.endpoint.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
      answer = await res.json();
    } catch (err) {
      return this.failed(req, err);
    }
    const a = (answer ?? {}) as { action?: unknown; code?: unknown; message?: unknown; content?: unknown };
    switch (a.action) {
      case 'allow':
        return req.content;
      case 'rewrite':
        if (typeof a.content === 'string') return a.content;
        return this.failed(req, new Error('rewrite without a string content'));
      case 'reject': {
        const code =
          typeof a.code === 'number' && a.code !== Code.OK && codeInfo(a.code).name !== `CODE_${a.code}`
            ? (a.code as Code)
            : Code.REJECTED_BY_POLICY;
        throw new ParleyError(code, typeof a.message === 'string' ? a.message.slice(0, 256) : undefined);
      }
      default:
        return this.failed(req, new Error(`unknown action ${JSON.stringify(a.action)}`));
    }
  }

  private failed(req: BeforeSendRequest, err: unknown): string {
    this.o.log.warn({ err, from: req.from, policy: this.o.failPolicy }, 'before-send webhook failed');
    if (this.o.failPolicy === 'open') return req.content;
    throw new ParleyError(Code.UNAVAILABLE, 'the message policy service did not answer');
  }
}
