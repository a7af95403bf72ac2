import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configMarkdown, loadConfig } from './load.ts';
import { envName, schema } from './schema.ts';

describe('config', () => {
  it('has a default, an env name and a doc for every field', () => {
    const c = loadConfig();
    for (const [k, spec] of Object.entries(schema)) {
      expect(c[k as keyof typeof c]).toBe(spec.default);
      expect(spec.doc.length).toBeGreaterThan(10);
      expect(envName(k)).toMatch(/^PARLEY_[A-Z0-9_]+$/);
    }
    expect(envName('gate.tcpPort')).toBe('PARLEY_GATE_TCP_PORT');
  });

  it('layers file < env < overrides and reports unknown file keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cfg-'));
    const file = join(dir, 'c.json');
    writeFileSync(
      file,
      JSON.stringify({ gate: { tcpPort: 9000, wsPort: 9001 }, 'auth.registration': 'closed', bogus: 1 }),
    );
    const warnings: string[] = [];
    const c = loadConfig({
      file,
      env: { PARLEY_GATE_WS_PORT: '9100' },
      overrides: { 'http.port': 9200 },
      warn: (m) => warnings.push(m),
    });
    expect(c['gate.tcpPort']).toBe(9000);
    expect(c['gate.wsPort']).toBe(9100);
    expect(c['http.port']).toBe(9200);
    expect(c['auth.registration']).toBe('closed');
    expect(warnings.join()).toMatch(/bogus/);
  });

  it('rejects bad values naming the key and the source', () => {
    expect(() => loadConfig({ env: { PARLEY_GATE_TCP_PORT: 'abc' } })).toThrow(
      /gate.tcpPort.*PARLEY_GATE_TCP_PORT/,
    );
    expect(() => loadConfig({ overrides: { 'gate.tcpPort': 70000 } })).toThrow(ConfigError);
    expect(() => loadConfig({ overrides: { 'auth.kickPolicy': 'sometimes' } })).toThrow(/one of/);
    expect(() => loadConfig({ overrides: { nope: 1 } as never })).toThrow(/unknown setting/);
  });

  it('docs/config.md is generated from the schema and up to date', () => {
    const doc = readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8');
    expect(doc).toBe(configMarkdown());
  });
});
