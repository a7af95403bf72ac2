import { Code, ParleyError, type UpstreamReq, type UpstreamResp } from '@parley/protocol';
import type { LogicDeps, Session } from './types.ts';
import { clientMsgIdOf } from './validate.ts';

const SERVICE_RE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * BIZ/UPSTREAM: a client's message to a business service. It becomes an `upstream` event in the
 * outbox; the answer is sent only once that is committed (durable), and a resend with the same
 * client message id answers the first event's id (the outbox deduplicates on
 * `up:<uid>:<client msg id>`).
 */
export class UpstreamService {
  constructor(private readonly d: LogicDeps) {}

  async send(session: Session, req: UpstreamReq): Promise<UpstreamResp> {
    const service = req.service ?? '';
    if (!SERVICE_RE.test(service)) {
      throw new ParleyError(
        Code.BAD_REQUEST,
        'service must be 1-64 characters of A-Z a-z 0-9 _ . -',
        'service',
      );
    }
    const clientMsgId = clientMsgIdOf(req.clientMsgId);
    const payload = req.payload ?? '';
    if (payload.length === 0) throw new ParleyError(Code.BODY_EMPTY, undefined, 'payload');
    const max = this.d.config['msg.maxContentBytes'];
    if (payload.length > max || (payload.length * 3 > max && Buffer.byteLength(payload) > max)) {
      throw new ParleyError(Code.BODY_TOO_LARGE, `payload exceeds ${max} bytes`, 'payload');
    }
    const events = this.d.events;
    if (!events) throw new ParleyError(Code.UNAVAILABLE, 'events are not enabled on this server');
    try {
      return await events.emitDurable(
        'upstream',
        {
          service,
          uid: session.uid,
          deviceId: session.deviceId,
          platform: session.platform,
          clientMsgId,
          payload,
        },
        `up:${session.uid}:${clientMsgId}`,
      );
    } catch (err) {
      this.d.log.warn({ err, uid: session.uid }, 'writing an upstream event failed');
      throw new ParleyError(Code.UNAVAILABLE, 'the event could not be stored; resend it');
    }
  }
}
