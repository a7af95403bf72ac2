import { describe, expect, it } from 'vitest';
import { Commands } from '../src/commands.ts';
import { Flag, HEADER_SIZE } from '../src/constants.ts';
import { FrameDecoder } from '../src/decoder.ts';
import { ALL_CODES, Code, codeInfo, ParleyError } from '../src/errors.ts';
import { decodeErrorBody, encodeError } from '../src/packets.ts';

describe('status code table', () => {
  const entries = Object.entries(Code);

  it('every code has a distinct number that fits the u16 status field', () => {
    const numbers = entries.map(([, n]) => n);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(0xffff);
    }
    expect([...ALL_CODES].sort((a, b) => a - b)).toEqual(numbers.sort((a, b) => a - b));
  });

  it('every code has its own name, a text, a retryable flag and an HTTP status', () => {
    for (const [name, n] of entries) {
      const info = codeInfo(n);
      expect(info.name).toBe(name);
      expect(info.text.trim().length, name).toBeGreaterThan(0);
      expect(typeof info.retryable).toBe('boolean');
      expect(Number.isInteger(info.http)).toBe(true);
      expect(info.http, name).toBeGreaterThanOrEqual(n === Code.OK ? 200 : 400);
      expect(info.http, name).toBeLessThan(n === Code.OK ? 300 : 600);
    }
  });

  it('codes sit in their documented ranges', () => {
    const range = (n: number): string => (n === 0 ? 'ok' : `${Math.floor(n / 100)}xx`);
    expect(range(Code.BAD_FRAME)).toBe('1xx');
    expect(range(Code.IDLE_TIMEOUT)).toBe('1xx');
    expect(range(Code.BAD_CREDENTIALS)).toBe('2xx');
    expect(range(Code.LOGGED_OUT)).toBe('2xx');
    expect(range(Code.USER_NOT_FOUND)).toBe('3xx');
    expect(range(Code.MESSAGE_NOT_FOUND)).toBe('3xx');
    expect(range(Code.NOT_FRIENDS)).toBe('3xx');
    // 4xx: groups, contacts and conversations.
    expect(range(Code.GROUP_NOT_FOUND)).toBe('4xx');
    expect(range(Code.CONV_NOT_FOUND)).toBe('4xx');
    expect(range(Code.REQUEST_NOT_FOUND)).toBe('4xx');
    expect(range(Code.INTERNAL)).toBe('5xx');
    // 6xx: files (HTTP only).
    expect(range(Code.FILE_NOT_FOUND)).toBe('6xx');
    expect(range(Code.RANGE_NOT_SATISFIABLE)).toBe('6xx');
    for (const [name, n] of entries) {
      expect(['ok', '1xx', '2xx', '3xx', '4xx', '5xx', '6xx'], name).toContain(range(n));
    }
  });

  it('only transient conditions are retryable', () => {
    const retryable = entries.filter(([, n]) => codeInfo(n).retryable).map(([name]) => name);
    expect(retryable.sort()).toEqual([
      'IDLE_TIMEOUT',
      'INTERNAL',
      'RATE_LIMITED',
      'STORE_ERROR',
      'UNAVAILABLE',
    ]);
  });

  it('codeInfo of an unknown number does not throw and names the number', () => {
    for (const n of [1, 99, 110, 299, 399, 410, 999, 65535, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER]) {
      const info = codeInfo(n);
      expect(info.name).toBe(`CODE_${n}`);
      expect(info.retryable).toBe(false);
      expect(info.http).toBe(500);
    }
  });

  it('ParleyError carries the code, the default text and the code name', () => {
    const e = new ParleyError(Code.RATE_LIMITED, undefined, 'to_uid', 250);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ParleyError');
    expect(e.code).toBe(105);
    expect(e.message).toBe(codeInfo(Code.RATE_LIMITED).text);
    expect(e.codeName).toBe('RATE_LIMITED');
    expect(e.field).toBe('to_uid');
    expect(e.retryAfterMs).toBe(250);
    expect(new ParleyError(Code.USER_NOT_FOUND, 'no bob').message).toBe('no bob');
  });
});

describe('error responses', () => {
  it('encodeError → FrameDecoder → decodeErrorBody round trips every code', () => {
    for (const code of ALL_CODES) {
      if (code === Code.OK) continue;
      const seq = 0x80000000 + code;
      const bytes = encodeError(
        { service: Commands.send.service, command: Commands.send.command, seq },
        code,
        `失败 ${codeInfo(code).name} 💥`,
        'client_msg_id',
        code === Code.RATE_LIMITED ? 1500 : undefined,
      );
      const events = new FrameDecoder().push(bytes);
      expect(events).toHaveLength(1);
      const e = events[0]!;
      if (e.kind !== 'frame') throw new Error('frame expected');
      expect(e.frame).toMatchObject({
        flags: Flag.response,
        status: code,
        seq,
        service: Commands.send.service,
        command: Commands.send.command,
      });
      expect(decodeErrorBody(e.frame.body)).toEqual({
        message: `失败 ${codeInfo(code).name} 💥`,
        field: 'client_msg_id',
        retryAfterMs: code === Code.RATE_LIMITED ? 1500 : 0,
      });
    }
  });

  it('optional field and retryAfterMs default to empty', () => {
    const bytes = encodeError({ service: 2, command: 2, seq: 1 }, Code.BAD_CREDENTIALS, '');
    expect(bytes.length).toBe(HEADER_SIZE); // all-default ErrorBody is empty on the wire
    expect(decodeErrorBody(bytes.subarray(HEADER_SIZE))).toEqual({ message: '', field: '', retryAfterMs: 0 });
  });

  it('an error can answer an unknown command (echoes its ids)', () => {
    const bytes = encodeError({ service: 999, command: 4242, seq: 5 }, Code.UNKNOWN_COMMAND, 'unknown');
    const e = new FrameDecoder().push(bytes)[0];
    expect(e?.kind === 'frame' && e.frame).toMatchObject({ service: 999, command: 4242, status: 102 });
  });

  it('decodeErrorBody on garbage returns empty values instead of throwing', () => {
    const garbage = [
      [0x0f],
      [0x0a, 0x7f],
      [0x0a, 0x02, 0xff],
      [0x18, 0x80],
      [0x0b],
      new Array<number>(64).fill(0xff),
    ];
    for (const g of garbage) {
      const out = decodeErrorBody(new Uint8Array(g));
      expect(typeof out.message).toBe('string');
      expect(typeof out.field).toBe('string');
      expect(typeof out.retryAfterMs).toBe('number');
    }
    expect(decodeErrorBody(new Uint8Array([0x0a, 0x7f]))).toEqual({
      message: '',
      field: '',
      retryAfterMs: 0,
    });
    // Another message's body is not an error but decodes harmlessly (unknown fields are skipped).
    const other = Commands.heartbeat.req.encode({ ts: 1_732_000_000_000 });
    expect(decodeErrorBody(other)).toEqual({ message: '', field: '', retryAfterMs: 0 });
  });
});
