/**
 * Push notifications: devices register a provider token (USER/PUSH_REGISTER); a recipient
 * device that is offline when a message is committed, or online but has not acknowledged its
 * delivery within push.ackTimeoutMs, is queued for a notification. The queue is in the store,
 * so a notification survives a restart; every node takes due jobs from it (a lease keeps two
 * nodes from sending the same one) and sends them through the providers of src/push.
 *
 * At send time the job is checked again: a muted conversation sends nothing, a device whose
 * do-not-disturb window is on gets a silent notification (badge only), and the badge is the
 * user's total unread count then. A token the provider calls invalid is deleted. Transient
 * failures are retried with backoff up to push.maxAttempts within push.maxAgeMs.
 *
 * Only write-diffusion recipients (one-to-one and groups up to group.writeDiffusionMax members)
 * are notified; members of larger groups see the group in their conversation list.
 */
import { Code, type Empty, ParleyError, type PushRegisterReq } from '@parley/protocol';
import { type PushProviders, sendPush } from '../push/index.ts';
import type { PushNotification, PushProviderName } from '../push/types.ts';
import type { SessionInfo } from '../route/types.ts';
import type { PushJob, StoredMessage } from '../store/types.ts';
import type { LogicDeps, Session } from './types.ts';

/** What a job carries about its message (JSON in PushJob.payload). */
interface JobPayload {
  readonly msgId: number;
  readonly from: string;
  readonly convId: string;
  readonly convType: 'c2c' | 'group';
  readonly to: string;
  readonly type: string;
  readonly preview: string;
}

/** A committed message as the fan-out saw it. */
export interface FannedOut {
  readonly message: StoredMessage;
  /** Timeline seq per recipient (write diffusion), sender included. */
  readonly seqs: ReadonlyMap<string, number>;
}

const CLAIM_BATCH = 100;
const LEASE_MS = 30_000;
const MAX_PENDING = 100_000;
const PREVIEW_CHARS = 100;

/** Whether `minute` of the day lies in [start, end), a window that may wrap past midnight. */
export function inWindow(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

function previewOf(m: StoredMessage, withText: boolean): string {
  switch (m.type) {
    case 'text':
    case 'system':
      return withText ? [...m.content].slice(0, PREVIEW_CHARS).join('') : 'New message';
    case 'image':
      return '[image]';
    case 'voice':
      return '[voice message]';
    case 'file':
      return '[file]';
    default:
      return 'New message';
  }
}

export class PushService {
  /** Online deliveries waiting for their ack, checked by the sweep. */
  #pending: { uid: string; deviceId: string; seq: number; dueAt: number; payload: JobPayload }[] = [];
  #timer: NodeJS.Timeout | undefined;
  #round: Promise<void> | undefined;
  #closed = false;

  constructor(
    private readonly d: LogicDeps,
    private readonly providers: PushProviders,
  ) {}

  /** USER/PUSH_REGISTER. */
  async register(session: Session, req: PushRegisterReq): Promise<Empty> {
    const provider = req.provider ?? '';
    if (!this.providers.has(provider as PushProviderName)) {
      throw new ParleyError(
        Code.BAD_REQUEST,
        `provider must be one of ${[...this.providers.keys()].join(', ')}`,
        'provider',
      );
    }
    const token = req.token ?? '';
    if (token.length < 1 || token.length > 512) {
      throw new ParleyError(Code.BAD_REQUEST, 'token must be 1-512 characters', 'token');
    }
    const start = req.dndStartMin ?? 0;
    const end = req.dndEndMin ?? 0;
    if (start > 1439 || end > 1439) {
      throw new ParleyError(Code.BAD_REQUEST, 'do-not-disturb minutes must be 0-1439', 'dnd_start_min');
    }
    const tz = req.tzOffsetMin ?? 0;
    if (tz < -720 || tz > 840)
      throw new ParleyError(Code.BAD_REQUEST, 'tz_offset_min must be -720..840', 'tz_offset_min');
    await this.d.store.push.putToken({
      uid: session.uid,
      deviceId: session.deviceId,
      provider,
      token,
      dndStartMin: start,
      dndEndMin: end,
      tzOffsetMin: tz,
      updatedAt: Date.now(),
    });
    return {};
  }

  /** USER/PUSH_UNREGISTER. */
  async unregister(session: Session, _req: Empty): Promise<Empty> {
    await this.d.store.push.deleteToken(session.uid, session.deviceId);
    return {};
  }

  /**
   * Called after each fan-out with the online sessions it found: queues notifications for
   * registered devices of the recipients that were offline, and remembers the online ones to
   * check their acks later. Never throws.
   */
  async afterFanOut(
    items: readonly FannedOut[],
    online: ReadonlyMap<string, readonly SessionInfo[]>,
  ): Promise<void> {
    const wanted = new Map<string, { seq: number; payload: JobPayload }[]>();
    for (const it of items) {
      const m = it.message;
      if (m.type === 'recall' || m.type === 'edit') continue;
      const payload: JobPayload = {
        msgId: m.msgId,
        from: m.fromUid,
        convId: m.convId,
        convType: m.convType,
        to: m.to,
        type: m.type,
        preview: previewOf(m, this.d.config['push.preview']),
      };
      for (const [uid, seq] of it.seqs) {
        if (uid === m.fromUid) continue;
        let list = wanted.get(uid);
        if (list === undefined) {
          list = [];
          wanted.set(uid, list);
        }
        list.push({ seq, payload });
      }
    }
    if (wanted.size === 0) return;
    try {
      const tokens = await this.d.store.push.tokensOf([...wanted.keys()]);
      if (tokens.length === 0) return;
      const now = Date.now();
      const jobs: PushJob[] = [];
      for (const t of tokens) {
        const isOnline = (online.get(t.uid) ?? []).some((s) => s.deviceId === t.deviceId);
        for (const w of wanted.get(t.uid) ?? []) {
          if (!isOnline) jobs.push(this.#job(t.uid, t.deviceId, w.payload, now));
          else if (this.#pending.length < MAX_PENDING) {
            this.#pending.push({
              uid: t.uid,
              deviceId: t.deviceId,
              seq: w.seq,
              dueAt: now + this.d.config['push.ackTimeoutMs'],
              payload: w.payload,
            });
          }
        }
      }
      if (jobs.length > 0) await this.d.store.push.enqueue(jobs);
    } catch (err) {
      this.d.log.warn({ err }, 'queueing push notifications failed');
    }
  }

  #job(uid: string, deviceId: string, payload: JobPayload, now: number): PushJob {
    return {
      uid,
      deviceId,
      ref: payload.msgId,
      payload: JSON.stringify(payload),
      attempts: 0,
      nextAt: now,
      createdAt: now,
    };
  }

  /** Starts the ack sweep and the queue worker of this node. */
  start(): void {
    const every = Math.min(this.d.config['push.pollMs'], 1000);
    this.#timer = setInterval(() => void this.tick(), every);
    this.#timer.unref();
  }

  /** One round: online deliveries past their ack timeout, then due jobs of the queue. */
  tick(now = Date.now()): Promise<void> {
    if (this.#round !== undefined || this.#closed) return this.#round ?? Promise.resolve();
    this.#round = (async () => {
      try {
        await this.#checkAcks(now);
        await this.#sendDue(now);
      } catch (err) {
        this.d.log.warn({ err }, 'push round failed');
      } finally {
        this.#round = undefined;
      }
    })();
    return this.#round;
  }

  async #checkAcks(now: number): Promise<void> {
    const due = this.#pending.filter((p) => p.dueAt <= now);
    if (due.length === 0) return;
    this.#pending = this.#pending.filter((p) => p.dueAt > now);
    const acked = new Map<string, number>();
    for (const uid of new Set(due.map((p) => p.uid))) {
      for (const dev of await this.d.store.devices.listOf(uid))
        acked.set(`${uid}\u0000${dev.deviceId}`, dev.ackSeq);
    }
    const jobs = due
      .filter((p) => (acked.get(`${p.uid}\u0000${p.deviceId}`) ?? 0) < p.seq)
      .map((p) => this.#job(p.uid, p.deviceId, p.payload, now));
    if (jobs.length > 0) await this.d.store.push.enqueue(jobs);
  }

  async #sendDue(now: number): Promise<void> {
    const jobs = await this.d.store.push.claim(now, CLAIM_BATCH, LEASE_MS);
    if (jobs.length === 0) return;
    const tokens = await this.d.store.push.tokensOf([...new Set(jobs.map((j) => j.uid))]);
    const tokenOf = new Map(tokens.map((t) => [`${t.uid}\u0000${t.deviceId}`, t]));
    // One badge per user and round, however many of the user's jobs are due.
    const badges = new Map<string, Promise<number>>();
    const badgeOf = (uid: string): Promise<number> => {
      let b = badges.get(uid);
      if (b === undefined) {
        b = this.d.store.conversations.unreadTotal(uid);
        badges.set(uid, b);
      }
      return b;
    };
    await Promise.all(
      jobs.map(async (job) => {
        const t = tokenOf.get(`${job.uid}\u0000${job.deviceId}`);
        const expired = now - job.createdAt > this.d.config['push.maxAgeMs'];
        if (t === undefined || expired) return this.d.store.push.finish([job]);
        const payload = JSON.parse(job.payload) as JobPayload;
        const entry = await this.d.store.conversations.get(job.uid, payload.convId);
        if (entry?.muted) return this.d.store.push.finish([job]);
        const badge = await badgeOf(job.uid);
        const minute = (((now / 60_000 + t.tzOffsetMin) % 1440) + 1440) % 1440;
        const quiet = inWindow(Math.floor(minute), t.dndStartMin, t.dndEndMin);
        const n = await this.#notification(payload, badge, quiet);
        const result = await sendPush(this.providers, { provider: t.provider, token: t.token }, n);
        this.d.metrics.pushes.inc({ provider: t.provider, result: result.status });
        if (result.status === 'sent' || result.status === 'failed') {
          if (result.status === 'failed')
            this.d.log.warn({ reason: result.reason, uid: job.uid }, 'push failed');
          return this.d.store.push.finish([job]);
        }
        if (result.status === 'invalid-token') {
          await this.d.store.push.deleteInvalid(t.provider, t.token);
          return this.d.store.push.finish([job]);
        }
        if (job.attempts + 1 >= this.d.config['push.maxAttempts']) return this.d.store.push.finish([job]);
        const backoff = Math.min(3_600_000, 1000 * 2 ** job.attempts) * (0.75 + Math.random() / 2);
        return this.d.store.push.retry(job, now + Math.max(result.retryAfterMs ?? 0, backoff));
      }),
    );
  }

  async #notification(p: JobPayload, badge: number, quiet: boolean): Promise<PushNotification> {
    const data = { convId: p.convId, msgId: String(p.msgId), from: p.from };
    if (quiet) return { badge, data, threadId: p.convId, priority: 'normal' };
    let title = p.from;
    if (p.convType === 'group') {
      title = (await this.d.store.groups.get(p.to))?.name ?? p.to;
    } else {
      title = (await this.d.store.users.get(p.from))?.nickname || p.from;
    }
    const body = p.convType === 'group' ? `${p.from}: ${p.preview}` : p.preview;
    return {
      title,
      body,
      badge,
      sound: 'default',
      data,
      threadId: p.convId,
      collapseId: String(p.msgId),
      priority: 'high',
    };
  }

  /** Stops starting rounds; `settled` waits for the one in progress. */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
  }

  /**
   * Resolves when the round in progress has written its outcome (a stopping node closes the
   * providers first, so sends in flight come back as retries, which release their jobs).
   */
  async settled(): Promise<void> {
    await this.#round;
  }
}
