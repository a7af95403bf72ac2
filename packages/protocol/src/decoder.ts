import { DEFAULT_MAX_FRAME, HEADER_SIZE } from './constants.ts';
import { Code } from './errors.ts';
import { checkHeader, type Frame, type FrameHeader, readHeader } from './frame.ts';

/** What the decoder yields for each complete unit of input. */
export type DecodeEvent =
  | { readonly kind: 'frame'; readonly frame: Frame }
  /**
   * A frame that was delimited but refused (too large, unknown flags). Its bytes were skipped;
   * the stream goes on. `header` is there to answer with the right seq.
   */
  | { readonly kind: 'reject'; readonly header: FrameHeader; readonly code: Code; readonly message: string }
  /** The stream cannot be split into frames any more; the decoder accepts no further input. */
  | { readonly kind: 'fatal'; readonly header?: FrameHeader; readonly code: Code; readonly message: string };

/**
 * Splits a byte stream into frames. Pure: bytes in, events out, no socket. Chunks may split or
 * coalesce frames anywhere. Memory held is bounded by one frame of at most `maxFrame` bytes:
 * oversized frames are skipped as they stream in, never buffered.
 *
 * Cost is linear in the input however it is chunked: a partial frame is collected in a buffer
 * that grows geometrically (never beyond the frame's length, never far ahead of the bytes that
 * actually arrived), so a peer trickling a large frame byte by byte costs neither quadratic
 * copying nor memory it has not sent.
 */
export class FrameDecoder {
  /** The partial frame (or partial header) waiting for more bytes; `held` bytes are used. */
  private buf: Uint8Array = EMPTY;
  private held = 0;
  /** Header of the partial frame once its 20 bytes are in and it passed the checks. */
  private pending: FrameHeader | undefined;
  private skipping = 0;
  private dead = false;

  constructor(private readonly maxFrame: number = DEFAULT_MAX_FRAME) {}

  /** Bytes waiting for the rest of their frame. */
  get buffered(): number {
    return this.held;
  }

  get failed(): boolean {
    return this.dead;
  }

  push(chunk: Uint8Array): DecodeEvent[] {
    const events: DecodeEvent[] = [];
    let off = 0;
    while (!this.dead && off < chunk.length) {
      if (this.skipping > 0) {
        const n = Math.min(this.skipping, chunk.length - off);
        this.skipping -= n;
        off += n;
        continue;
      }
      if (this.held === 0 && chunk.length - off >= HEADER_SIZE) {
        // Fast path: a whole header in the chunk.
        const header = readHeader(chunk.subarray(off));
        if (!this.accept(header, events)) {
          if (!this.dead) this.skipping = header.length;
          continue;
        }
        if (chunk.length - off >= header.length) {
          // Copy the body out so the frame does not pin the (possibly large) chunk it came in.
          const body = copyRange(chunk, off + HEADER_SIZE, off + header.length);
          events.push({ kind: 'frame', frame: { ...header, body } });
          off += header.length;
          continue;
        }
        this.pending = header;
        off += this.hold(chunk.subarray(off), header.length);
        continue;
      }
      // Slow path: complete the held header, then the held frame.
      if (this.pending === undefined) {
        off += this.hold(chunk.subarray(off, off + HEADER_SIZE - this.held), HEADER_SIZE);
        if (this.held < HEADER_SIZE) break;
        const header = readHeader(this.buf);
        if (!this.accept(header, events)) {
          this.release();
          if (!this.dead) this.skipping = header.length - HEADER_SIZE;
          continue;
        }
        this.pending = header;
      }
      const header = this.pending;
      off += this.hold(chunk.subarray(off, off + header.length - this.held), header.length);
      if (this.held < header.length) break;
      // The buffer was grown to exactly this frame's length and is handed over whole.
      const body = this.buf.subarray(HEADER_SIZE, header.length);
      this.release();
      events.push({ kind: 'frame', frame: { ...header, body } });
    }
    return events;
  }

  /** Checks a header; reports a refusal (and dies on a fatal one). True when the frame is good. */
  private accept(header: FrameHeader, events: DecodeEvent[]): boolean {
    const problem = checkHeader(header, this.maxFrame);
    if (!problem) return true;
    if (problem.fatal) {
      this.dead = true;
      this.release();
      events.push({ kind: 'fatal', header, code: problem.code, message: problem.message });
    } else {
      events.push({ kind: 'reject', header, code: problem.code, message: problem.message });
    }
    return false;
  }

  /**
   * Appends `bytes` (at most up to `limit` held bytes) to the held buffer, growing it
   * geometrically but never beyond `limit`. Returns how many bytes were taken.
   */
  private hold(bytes: Uint8Array, limit: number): number {
    const n = Math.min(bytes.length, limit - this.held);
    const need = this.held + n;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.min(limit, Math.max(need, this.buf.length * 2, HEADER_SIZE)));
      grown.set(this.buf.subarray(0, this.held));
      this.buf = grown;
    }
    this.buf.set(bytes.subarray(0, n), this.held);
    this.held = need;
    return n;
  }

  private release(): void {
    this.buf = EMPTY;
    this.held = 0;
    this.pending = undefined;
  }
}

const EMPTY = new Uint8Array(0);

/**
 * A copy of bytes [start, end). Not `data.slice()`: on a Node Buffer (what sockets deliver) that is
 * a view sharing the chunk's memory, so a frame body would pin the chunk and change with it.
 */
function copyRange(data: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(data, start, end);
}

/**
 * Decodes a message-oriented transport's unit (one WebSocket binary message) that must hold
 * exactly one frame.
 */
export function decodeSingle(bytes: Uint8Array, maxFrame: number = DEFAULT_MAX_FRAME): DecodeEvent {
  if (bytes.length < HEADER_SIZE) {
    return {
      kind: 'fatal',
      code: Code.BAD_FRAME,
      message: `message of ${bytes.length} bytes is shorter than a header`,
    };
  }
  const header = readHeader(bytes);
  const problem = checkHeader(header, maxFrame);
  if (problem) {
    return problem.fatal
      ? { kind: 'fatal', header, code: problem.code, message: problem.message }
      : { kind: 'reject', header, code: problem.code, message: problem.message };
  }
  if (header.length !== bytes.length) {
    return {
      kind: 'reject',
      header,
      code: Code.BAD_FRAME,
      message: `header length ${header.length} does not match message size ${bytes.length}`,
    };
  }
  return { kind: 'frame', frame: { ...header, body: bytes.subarray(HEADER_SIZE) } };
}
