import { readFileSync } from 'node:fs';
import { type Config, type ConfigKey, envName, type FieldSpec, schema } from './schema.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadOptions {
  /** JSON file, nested ({ "gate": { "tcpPort": 1 } }) or flat ({ "gate.tcpPort": 1 }). */
  file?: string;
  env?: Record<string, string | undefined>;
  /** Highest precedence (command-line flags, test overrides). */
  overrides?: Partial<Record<ConfigKey, string | number | boolean>>;
  /** Receives one line per unknown key found in the file. */
  warn?: (message: string) => void;
}

const keys = Object.keys(schema) as ConfigKey[];

function flatten(obj: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v) && !(key in schema)) flatten(v, key, out);
      else out[key] = v;
    }
  }
  return out;
}

function coerce(key: string, spec: FieldSpec, raw: unknown, source: string): string | number | boolean {
  let value: string | number | boolean;
  if (spec.type === 'number') {
    value = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (!Number.isFinite(value) || String(raw).trim() === '') {
      throw new ConfigError(`${key} (${source}): expected a number, got ${JSON.stringify(raw)}`);
    }
    if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
      throw new ConfigError(`${key} (${source}): ${value} is outside ${spec.min}..${spec.max}`);
    }
  } else if (spec.type === 'boolean') {
    if (typeof raw === 'boolean') value = raw;
    else if (/^(1|true|yes|on)$/i.test(String(raw))) value = true;
    else if (/^(0|false|no|off)$/i.test(String(raw))) value = false;
    else throw new ConfigError(`${key} (${source}): expected a boolean, got ${JSON.stringify(raw)}`);
  } else {
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      throw new ConfigError(`${key} (${source}): expected a string, got ${JSON.stringify(raw)}`);
    }
    value = String(raw);
    if (spec.values && !spec.values.includes(value)) {
      throw new ConfigError(
        `${key} (${source}): ${JSON.stringify(value)} is not one of ${spec.values.join(', ')}`,
      );
    }
  }
  return value;
}

/**
 * Builds the configuration: defaults, then the file, then PARLEY_* environment variables,
 * then overrides. Throws ConfigError naming the key and source of a bad value.
 */
export function loadConfig(opts: LoadOptions = {}): Config {
  const out: Record<string, string | number | boolean> = {};
  for (const k of keys) out[k] = schema[k].default;
  if (opts.file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(opts.file, 'utf8'));
    } catch (err) {
      throw new ConfigError(`config file ${opts.file}: ${(err as Error).message}`);
    }
    for (const [k, v] of Object.entries(flatten(parsed))) {
      if (!(k in schema)) {
        opts.warn?.(`config file ${opts.file}: unknown key "${k}" ignored`);
        continue;
      }
      out[k] = coerce(k, schema[k as ConfigKey], v, 'file');
    }
  }
  const env = opts.env ?? {};
  for (const k of keys) {
    const v = env[envName(k)];
    if (v !== undefined && v !== '') out[k] = coerce(k, schema[k], v, envName(k));
  }
  for (const [k, v] of Object.entries(opts.overrides ?? {})) {
    if (!(k in schema)) throw new ConfigError(`unknown setting "${k}"`);
    if (v !== undefined) out[k] = coerce(k, schema[k as ConfigKey], v, 'override');
  }
  return out as Config;
}

/** Markdown table of every setting, for docs/config.md. */
export function configMarkdown(): string {
  const lines = [
    '# Configuration',
    '',
    'Generated from `src/config/schema.ts` by `npm run parley -- config-doc > docs/config.md`.',
    '',
    'Precedence, lowest first: defaults, the JSON file given with `--config` (nested or dotted keys),',
    '`PARLEY_*` environment variables, `--set key=value` flags.',
    '',
    '| key | env | default | description |',
    '|---|---|---|---|',
  ];
  for (const k of keys) {
    const s: FieldSpec = schema[k];
    const def = s.default === '' ? '(empty)' : String(s.default);
    const values = s.values ? ` One of: ${s.values.join(', ')}.` : '';
    lines.push(`| \`${k}\` | \`${envName(k)}\` | \`${def}\` | ${s.doc}${values} |`);
  }
  return `${lines.join('\n')}\n`;
}
