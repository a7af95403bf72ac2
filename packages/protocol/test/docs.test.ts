/**
 * Keeps docs/protocol.md from drifting away from the code: every status code, command, header
 * field and flag must appear in its table with the values the code has, and the worked hex
 * example must be what the encoder produces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Commands } from '../src/commands.ts';
import {
  ABSOLUTE_MAX_FRAME,
  DEFAULT_MAX_FRAME,
  Flag,
  HEADER_SIZE,
  Offset,
  Service,
} from '../src/constants.ts';
import { Code, codeInfo } from '../src/errors.ts';
import { encodeRequest, encodeResponse } from '../src/packets.ts';

const doc = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');
const lines = doc.split('\n');

/** The cells of the table rows whose first cell is `first` (trimmed). */
function rowsStartingWith(first: string): string[][] {
  return lines
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, l.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((c) => c.trim()),
    )
    .filter((cells) => cells[0] === first);
}

/** 65536 → "65 536", as the doc writes large numbers. */
const spaced = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const spacedHex = (b: Uint8Array): string =>
  Buffer.from(b)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');

describe('docs/protocol.md', () => {
  it('lists every status code with its number, name, text, retryable flag and HTTP status', () => {
    for (const [name, n] of Object.entries(Code)) {
      const info = codeInfo(n);
      const rows = rowsStartingWith(String(n)).filter((r) => r[1] === `\`${name}\``);
      expect(rows, `status code row for ${n} ${name}`).toHaveLength(1);
      expect(rows[0]).toEqual([
        String(n),
        `\`${name}\``,
        info.text,
        info.retryable ? 'yes' : 'no',
        String(info.http),
      ]);
    }
  });

  it('lists every command with its service id, command id and name', () => {
    const serviceIds = new Set<number>(Object.values(Service));
    for (const c of Object.values(Commands)) {
      expect(serviceIds.has(c.service)).toBe(true);
      const rows = rowsStartingWith(String(c.service)).filter((r) => r[2] === `\`${c.name}\``);
      expect(rows, `command row for ${c.name}`).toHaveLength(1);
      expect(rows[0]?.[1]).toBe(String(c.command));
      expect(rows[0]?.[3]).toMatch(c.kind === 'push' ? /S→C push/ : /C→S/);
    }
    for (const [name, id] of Object.entries(Service)) expect(doc).toContain(`\`${id}\` ${name}`);
  });

  it('has a row per header field with its offset, size and type', () => {
    const fields = Object.entries(Offset).sort((a, b) => a[1] - b[1]);
    fields.forEach(([name, offset], i) => {
      const size = (fields[i + 1]?.[1] ?? HEADER_SIZE) - offset;
      const rows = rowsStartingWith(String(offset)).filter((r) => r[3] === `\`${name}\``);
      expect(rows, `header row for ${name}`).toHaveLength(1);
      expect(rows[0]?.slice(1, 3)).toEqual([String(size), size === 4 ? 'u32' : 'u16']);
    });
  });

  it('has a row per flag with its bit and value', () => {
    for (const [name, value] of Object.entries(Flag)) {
      const bit = Math.log2(value);
      const rows = rowsStartingWith(String(bit)).filter((r) => r[2] === `\`${name}\``);
      expect(rows, `flag row for ${name}`).toHaveLength(1);
      expect(rows[0]?.[1]).toBe(`0x${value.toString(16).padStart(4, '0')}`);
    }
  });

  it('states the frame limits', () => {
    expect(doc).toContain(spaced(DEFAULT_MAX_FRAME));
    expect(doc).toContain(spaced(ABSOLUTE_MAX_FRAME));
  });

  it('the worked hex examples are what the encoder produces', () => {
    const example = (marker: string): string | undefined =>
      new RegExp(`<!-- hex:${marker} -->\\n\`\`\`\\n([0-9a-f ]+)\\n\`\`\``).exec(doc)?.[1];
    expect(example('heartbeat-request')).toBe(
      spacedHex(encodeRequest(Commands.heartbeat, 1, { ts: 1_732_000_000_000 })),
    );
    expect(example('heartbeat-response')).toBe(
      spacedHex(encodeResponse(Commands.heartbeat, 1, { ts: 1_732_000_000_000 })),
    );
  });
});
