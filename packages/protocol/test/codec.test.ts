import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnyCommand, Commands, lookupCommand } from '../src/commands.ts';
import { Flag, HEADER_SIZE, PROTOCOL_VERSION, Service } from '../src/constants.ts';
import { FrameDecoder } from '../src/decoder.ts';
import type { Frame } from '../src/frame.ts';
import { isPush, isResponse } from '../src/frame.ts';
import { encodePush, encodeRequest, encodeResponse } from '../src/packets.ts';
import { allCases, MAX_SAFE } from './fixtures.ts';

/** Pushes one whole frame through a fresh decoder and returns the single frame it yields. */
function decodeOne(bytes: Uint8Array): Frame {
  const d = new FrameDecoder();
  const events = d.push(bytes);
  expect(events).toHaveLength(1);
  const e = events[0]!;
  if (e.kind !== 'frame') throw new Error(`expected a frame, got ${e.kind}: ${e.message}`);
  expect(d.buffered).toBe(0);
  expect(e.frame.length).toBe(bytes.length);
  expect(e.frame.body.length).toBe(bytes.length - HEADER_SIZE);
  return e.frame;
}

/** Every int64 in a decoded message must be a plain number, never a Long object. */
function expectNoLongs(value: unknown, path = '$'): void {
  if (value === null || typeof value !== 'object') return;
  if (value instanceof Uint8Array) return;
  expect(Object.hasOwn(value, 'low') && Object.hasOwn(value, 'high'), `${path} is a Long`).toBe(false);
  for (const [k, v] of Object.entries(value)) expectNoLongs(v, `${path}.${k}`);
}

/** The proto3 `optional` fields of every message of the schema, as camelCase names by message. */
function optionalFieldsByMessage(): Map<string, string[]> {
  const proto = readFileSync(new URL('../proto/parley.proto', import.meta.url), 'utf8');
  const out = new Map<string, string[]>();
  for (const [, name, body] of proto.matchAll(/^message (\w+) \{([^}]*)\}/gm)) {
    const fields = [...(body ?? '').matchAll(/^\s*optional\s+\w+\s+(\w+)\s*=/gm)].map(([, f]) =>
      (f ?? '').replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase()),
    );
    if (fields.length > 0) out.set(name!, fields);
  }
  return out;
}

function bodyCodec(cmd: AnyCommand, which: 'req' | 'resp' | 'body') {
  if (cmd.kind === 'request' && which !== 'body') return cmd[which];
  if (cmd.kind === 'push' && which === 'body') return cmd.body;
  throw new Error(`${cmd.name} has no ${which} codec`);
}

describe('command table', () => {
  const all = Object.values(Commands);

  it('covers every command in the fixtures', () => {
    const covered = new Set(allCases.map((c) => c.cmd.name));
    expect([...covered].sort()).toEqual(all.map((c) => c.name).sort());
    for (const c of all) {
      const kinds = new Set(allCases.filter((x) => x.cmd === c).map((x) => x.kind));
      expect([...kinds]).toEqual([c.kind]);
    }
  });

  it('has unique names and unique (service, command) pairs, all in u16 range', () => {
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    expect(new Set(all.map((c) => `${c.service}/${c.command}`)).size).toBe(all.length);
    const services = new Set<number>(Object.values(Service));
    for (const c of all) {
      expect(services.has(c.service), c.name).toBe(true);
      expect(c.command).toBeGreaterThan(0);
      expect(c.command).toBeLessThan(65536);
      const prefix = Object.entries(Service).find(([, id]) => id === c.service)?.[0];
      expect(c.name.startsWith(`${prefix}.`), c.name).toBe(true);
    }
  });

  it('lookupCommand finds every command by its ids and nothing else', () => {
    for (const c of all) expect(lookupCommand(c.service, c.command)).toBe(c);
    // Every (service, command) pair around the table, services 0 to one past the last: exactly the
    // pairs of the table resolve.
    const known = new Set(all.map((c) => `${c.service}/${c.command}`));
    const maxService = Math.max(...Object.values(Service));
    const maxCommand = Math.max(...all.map((c) => c.command));
    for (let s = 0; s <= maxService + 1; s++) {
      for (let c = 0; c <= maxCommand + 2; c++) {
        const found = lookupCommand(s, c);
        if (known.has(`${s}/${c}`)) expect(found, `${s}/${c}`).toMatchObject({ service: s, command: c });
        else expect(found, `${s}/${c}`).toBeUndefined();
      }
    }
    const unknown: Array<[number, number]> = [
      [Service.system, 99],
      [65535, 65535],
      // service * 65536 + command collisions would break a naive key: command ids >= 65536
      [Service.system - 1, 65536 + 1],
      [Service.msg - 1, 65536 + 1],
      [Service.user - 1, 65536 + Commands.presence.command],
      [-1, 1],
      [1.5, 1],
      [Service.group, 1.5],
      [Number.NaN, 1],
    ];
    for (const [s, c] of unknown) expect(lookupCommand(s, c), `${s}/${c}`).toBeUndefined();
  });
});

describe('round trip of every command through the frame decoder', () => {
  for (const c of allCases) {
    if (c.kind === 'request') {
      it(`${c.cmd.name} (${c.label}) request and response`, () => {
        const seq = 0xfffffffe;
        const reqFrame = decodeOne(c.request(seq));
        expect(reqFrame).toMatchObject({
          version: PROTOCOL_VERSION,
          flags: 0,
          service: c.cmd.service,
          command: c.cmd.command,
          seq,
          status: 0,
        });
        expect(isResponse(reqFrame)).toBe(false);
        expect(isPush(reqFrame)).toBe(false);
        const reqCmd = lookupCommand(reqFrame.service, reqFrame.command);
        expect(reqCmd).toBe(c.cmd);
        const req = bodyCodec(reqCmd!, 'req').decode(reqFrame.body);
        expect(req).toMatchObject(c.req);
        expectNoLongs(req);
        // Re-encoding what was decoded gives the same bytes: nothing extra was invented.
        expect(bodyCodec(reqCmd!, 'req').encode(req)).toEqual(bodyCodec(c.cmd, 'req').encode(c.req));

        const respFrame = decodeOne(c.response(seq));
        expect(respFrame).toMatchObject({ flags: Flag.response, seq, status: 0 });
        expect(isResponse(respFrame)).toBe(true);
        const respCmd = lookupCommand(respFrame.service, respFrame.command);
        expect(respCmd).toBe(c.cmd);
        const resp = bodyCodec(respCmd!, 'resp').decode(respFrame.body);
        expect(resp).toMatchObject(c.resp);
        expectNoLongs(resp);
        expect(bodyCodec(respCmd!, 'resp').encode(resp)).toEqual(bodyCodec(c.cmd, 'resp').encode(c.resp));
      });
    } else {
      it(`${c.cmd.name} (${c.label}) push`, () => {
        const frame = decodeOne(c.push());
        expect(frame).toMatchObject({
          flags: Flag.push,
          seq: 0,
          status: 0,
          service: c.cmd.service,
          command: c.cmd.command,
        });
        expect(isPush(frame)).toBe(true);
        expect(isResponse(frame)).toBe(false);
        const cmd = lookupCommand(frame.service, frame.command);
        expect(cmd).toBe(c.cmd);
        const body = bodyCodec(cmd!, 'body').decode(frame.body);
        expect(body).toMatchObject(c.body);
        expectNoLongs(body);
        expect(bodyCodec(cmd!, 'body').encode(body)).toEqual(bodyCodec(c.cmd, 'body').encode(c.body));
      });
    }
  }

  it('an all-default body is empty on the wire (a 20-byte frame)', () => {
    for (const bytes of [
      encodeRequest(Commands.logout, 1, {}),
      encodeResponse(Commands.heartbeat, 2, { ts: 0 }),
      encodePush(Commands.kicked, {}),
    ]) {
      expect(bytes.length).toBe(HEADER_SIZE);
      expect(decodeOne(bytes).body.length).toBe(0);
    }
  });

  it('int64 fields decode to exact numbers up to 2^53 - 1, and negatives stay negative', () => {
    for (const ts of [0, 1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 52 + 1, MAX_SAFE, -1, -MAX_SAFE]) {
      const decoded = Commands.heartbeat.req.decode(Commands.heartbeat.req.encode({ ts }));
      expect(typeof decoded.ts).toBe('number');
      expect(decoded.ts).toBe(ts);
    }
  });

  it('strings survive as UTF-8, including astral-plane emoji and combining marks', () => {
    const content = 'e\u0301 👨‍👩‍👧‍👦 🇨🇳 𠮷野家 \u0000 end';
    const decoded = Commands.send.req.decode(Commands.send.req.encode({ content }));
    expect(decoded.content).toBe(content);
    // UTF-8 on the wire, not UTF-16.
    const bytes = Commands.send.req.encode({ content: '张' });
    expect([...bytes]).toEqual([0x22, 3, 0xe5, 0xbc, 0xa0]);
  });
});

describe('proto3 optional fields', () => {
  const optional = optionalFieldsByMessage();

  it('the schema has the optional fields of the partial updates', () => {
    expect(Object.fromEntries(optional)).toEqual({
      ConvUpdateReq: ['pinned', 'muted', 'hidden', 'draft'],
      GroupUpdateReq: ['name', 'avatar', 'intro', 'joinPolicy'],
      ProfileUpdateReq: ['nickname', 'avatar', 'signature', 'readReceipts'],
    });
  });

  it('keep their presence through a round trip: set (even to the default) stays set, unset stays unset', () => {
    const seen = new Set<string>();
    /** Walks the decoded message alongside the fixture it came from. */
    const check = (decoded: unknown, sample: unknown, path: string): void => {
      if (decoded === null || typeof decoded !== 'object' || sample === null || typeof sample !== 'object')
        return;
      const type = decoded.constructor.name;
      for (const f of optional.get(type) ?? []) {
        const set = Object.hasOwn(sample, f) && (sample as Record<string, unknown>)[f] != null;
        const value = (sample as Record<string, unknown>)[f];
        expect(Object.hasOwn(decoded, f), `${path}.${f}`).toBe(set);
        if (set) expect((decoded as Record<string, unknown>)[f], `${path}.${f}`).toStrictEqual(value);
        seen.add(
          `${type}.${f} ${set ? (value === '' || value === false || value === 0 ? 'default' : 'set') : 'unset'}`,
        );
      }
      for (const [k, v] of Object.entries(sample))
        check((decoded as Record<string, unknown>)[k], v, `${path}.${k}`);
    };
    for (const c of allCases) {
      const pairs =
        c.kind === 'request'
          ? ([
              ['req', c.req],
              ['resp', c.resp],
            ] as const)
          : ([['body', c.body]] as const);
      for (const [which, sample] of pairs) {
        const codec = bodyCodec(c.cmd, which);
        check(codec.decode(codec.encode(sample)), sample, `${c.cmd.name} (${c.label}) ${which}`);
      }
    }
    // The fixtures exercise every optional field both set and unset, and every message with
    // one set to its default value (false, '' or 0), which proto3 would otherwise drop.
    for (const [type, fields] of optional) {
      for (const f of fields) {
        const set = seen.has(`${type}.${f} set`) || seen.has(`${type}.${f} default`);
        expect(set, `${type}.${f} set`).toBe(true);
        expect(seen.has(`${type}.${f} unset`), `${type}.${f} unset`).toBe(true);
      }
      expect(
        fields.some((f) => seen.has(`${type}.${f} default`)),
        `${type}: a field set to its default`,
      ).toBe(true);
    }
  });

  it('an unset optional field is absent on the wire; one set to its default is not', () => {
    const unset = Commands.convUpdate.req.encode({ convId: 'c:alice|bob' });
    const cleared = Commands.convUpdate.req.encode({ convId: 'c:alice|bob', pinned: false, draft: '' });
    // pinned = field 2 varint 0; draft = field 5, length 0.
    expect([...cleared.subarray(unset.length)]).toEqual([0x10, 0x00, 0x2a, 0x00]);
    const decoded = Commands.convUpdate.req.decode(cleared);
    expect(decoded.pinned).toBe(false);
    expect(decoded.draft).toBe('');
    expect(Object.hasOwn(Commands.convUpdate.req.decode(unset), 'pinned')).toBe(false);
    expect([...Commands.updateProfile.req.encode({ readReceipts: false })]).toEqual([0x20, 0x00]);
  });
});
