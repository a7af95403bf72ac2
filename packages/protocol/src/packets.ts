import type { PushCommand, RequestCommand } from './commands.ts';
import { errorBody } from './commands.ts';
import { Flag } from './constants.ts';
import type { Code } from './errors.ts';
import { encodeFrame, type FrameHeader } from './frame.ts';

/** A request frame for `cmd` with the requester's `seq`. */
export function encodeRequest<Req>(cmd: RequestCommand<Req, unknown>, seq: number, body: Req): Uint8Array {
  return encodeFrame({ service: cmd.service, command: cmd.command, seq }, cmd.req.encode(body));
}

/** A successful response to the request with `seq`. */
export function encodeResponse<Resp>(
  cmd: RequestCommand<unknown, Resp>,
  seq: number,
  body: Resp,
): Uint8Array {
  return encodeFrame(
    { service: cmd.service, command: cmd.command, seq, flags: Flag.response },
    cmd.resp.encode(body),
  );
}

/** A refused request: the status in the header, an ErrorBody as the body. */
export function encodeError(
  to: Pick<FrameHeader, 'service' | 'command' | 'seq'>,
  code: Code,
  message: string,
  field?: string,
  retryAfterMs?: number,
): Uint8Array {
  const body = errorBody.encode({ message, field: field ?? '', retryAfterMs: retryAfterMs ?? 0 });
  return encodeFrame(
    { service: to.service, command: to.command, seq: to.seq, flags: Flag.response, status: code },
    body,
  );
}

/** A server push. */
export function encodePush<Body>(cmd: PushCommand<Body>, body: Body): Uint8Array {
  return encodeFrame({ service: cmd.service, command: cmd.command, flags: Flag.push }, cmd.body.encode(body));
}

/** Decodes an error body, tolerating a garbled one (the status alone still says what failed). */
export function decodeErrorBody(body: Uint8Array): { message: string; field: string; retryAfterMs: number } {
  try {
    const e = errorBody.decode(body);
    return { message: e.message ?? '', field: e.field ?? '', retryAfterMs: e.retryAfterMs ?? 0 };
  } catch {
    return { message: '', field: '', retryAfterMs: 0 };
  }
}
