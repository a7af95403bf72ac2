/**
 * Runtime settings: the few config keys an admin may change while the server runs
 * (docs/admin.md). Overrides are rows of the store (`store.runtimeSettings`); every node reloads
 * them every admin.settingsReloadMs and writes them into its own config object, which the
 * consumers below read at the moment they use the value. The node where an admin changed one
 * applies it at once.
 *
 * A key is here only when each of its consumers reads `config[key]` at use time; keys read once
 * at start (ports, engines, timers, pools, the API's rate limiter, the events engine) are not.
 */
import { Code, ParleyError } from '@parley/protocol';
import { type Config, type ConfigKey, type FieldSpec, schema } from '../config/schema.ts';
import type { Logger } from '../observability/logger.ts';
import type { SettingRecord, Store } from '../store/types.ts';

/** A live key and where its new value takes effect. */
export interface LiveSetting {
  readonly key: ConfigKey;
  /** Where and when a change takes effect (docs and the console). */
  readonly effect: string;
}

export const LIVE_SETTINGS: readonly LiveSetting[] = [
  { key: 'log.level', effect: "the node's logger, at once" },
  { key: 'gate.rateLimitPerSec', effect: 'connections opened after the change' },
  { key: 'gate.rateLimitBurst', effect: 'connections opened after the change' },
  { key: 'gate.maxConnectionsPerIp', effect: 'every connection accepted after the change' },
  { key: 'auth.registration', effect: 'every registration after the change' },
  { key: 'msg.recallWindowMs', effect: 'every recall after the change' },
  { key: 'group.maxMembers', effect: 'every member addition after the change' },
  { key: 'push.preview', effect: 'every notification built after the change' },
];

const LIVE_KEYS = new Set<string>(LIVE_SETTINGS.map((s) => s.key));

export type SettingValue = string | number | boolean;

/** The console's view of a setting (docs/admin.md `Setting`). */
export interface SettingView {
  key: string;
  value: SettingValue;
  configured: SettingValue;
  doc: string;
  type: 'number' | 'string' | 'boolean' | 'enum';
  min?: number;
  max?: number;
  choices?: string[];
  changedBy?: string;
  changedAt?: number;
}

interface LiveState {
  /** The configured (start-up) values of the live keys. */
  readonly configured: Map<ConfigKey, SettingValue>;
  /** The logger's level at start (tests may hand a logger whose level differs from log.level). */
  readonly logLevel: string | undefined;
  /** The override rows as last applied. */
  rows: Map<string, SettingRecord>;
  /**
   * Counts the starts and ends of changes made on this node: a reload whose read of the store
   * overlapped one may hold rows older than the change, and applies nothing.
   */
  changes: number;
}

const states = new WeakMap<object, LiveState>();

function stateOf(config: Config, log?: Logger): LiveState {
  let s = states.get(config);
  if (s === undefined) {
    if (Object.isFrozen(config)) throw new Error('runtime settings need a config object that is not frozen');
    s = {
      configured: new Map(LIVE_SETTINGS.map((l) => [l.key, config[l.key] as SettingValue])),
      logLevel: log?.level,
      rows: new Map(),
      changes: 0,
    };
    states.set(config, s);
  }
  return s;
}

/** Whether `key` is one of the live settings. */
export function isLiveSetting(key: string): key is ConfigKey {
  return LIVE_KEYS.has(key);
}

/**
 * Checks `raw` against the config schema's type, range and choices for `key`; returns the value
 * or throws BAD_REQUEST naming the field `value`.
 */
export function validateSetting(key: ConfigKey, raw: unknown): SettingValue {
  const spec: FieldSpec = schema[key];
  const bad = (why: string) => new ParleyError(Code.BAD_REQUEST, `${key}: ${why}`, 'value');
  if (spec.type === 'number') {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) throw bad('expected a number');
    if (!Number.isInteger(raw)) throw bad('expected a whole number');
    if ((spec.min !== undefined && raw < spec.min) || (spec.max !== undefined && raw > spec.max)) {
      throw bad(`${raw} is outside ${spec.min ?? '-∞'}..${spec.max ?? '∞'}`);
    }
    return raw;
  }
  if (spec.type === 'boolean') {
    if (typeof raw !== 'boolean') throw bad('expected true or false');
    return raw;
  }
  if (typeof raw !== 'string') throw bad('expected a string');
  if (spec.values && !spec.values.includes(raw)) throw bad(`expected one of ${spec.values.join(', ')}`);
  return raw;
}

/**
 * Writes the overrides into `config` (and the logger's level): a live key with a row takes its
 * value, one without goes back to its configured value. A row that no longer validates (schema
 * changed since) is ignored with a warning.
 */
export function applyOverrides(config: Config, log: Logger, rows: readonly SettingRecord[]): void {
  const s = stateOf(config, log);
  const byKey = new Map(rows.filter((r) => isLiveSetting(r.key)).map((r) => [r.key, r]));
  const target = config as Record<ConfigKey, SettingValue>;
  for (const { key } of LIVE_SETTINGS) {
    const row = byKey.get(key);
    let value = s.configured.get(key)!;
    if (row !== undefined) {
      try {
        value = validateSetting(key, JSON.parse(row.value));
      } catch (err) {
        log.warn({ key, err }, 'ignoring an invalid runtime setting');
        byKey.delete(key);
      }
    }
    if (target[key] !== value) {
      target[key] = value;
      log.info({ key, value }, row === undefined ? 'runtime setting reset' : 'runtime setting applied');
    }
    if (key === 'log.level') {
      const level = row === undefined ? (s.logLevel ?? String(value)) : String(value);
      if (log.level !== level) log.level = level;
    }
  }
  s.rows = byKey;
}

/** Every live setting as the console shows it. */
export function listSettings(config: Config): SettingView[] {
  const s = stateOf(config);
  return LIVE_SETTINGS.map(({ key, effect }) => viewOf(config, s, key, effect));
}

/** One live setting as the console shows it. */
export function settingView(config: Config, key: ConfigKey): SettingView {
  const s = stateOf(config);
  const effect = LIVE_SETTINGS.find((l) => l.key === key)?.effect ?? '';
  return viewOf(config, s, key, effect);
}

function viewOf(config: Config, s: LiveState, key: ConfigKey, effect: string): SettingView {
  const spec: FieldSpec = schema[key];
  const row = s.rows.get(key);
  const v: SettingView = {
    key,
    value: config[key] as SettingValue,
    configured: s.configured.get(key)!,
    doc: `${spec.doc} Takes effect for ${effect}.`,
    type: spec.values ? 'enum' : spec.type,
  };
  if (spec.type === 'number') {
    if (spec.min !== undefined) v.min = spec.min;
    if (spec.max !== undefined) v.max = spec.max;
  }
  if (spec.values) v.choices = [...spec.values];
  if (row !== undefined) {
    v.changedBy = row.changedBy;
    v.changedAt = row.changedAt;
  }
  return v;
}

/**
 * Stores an override (`null`: removes it, back to the configured value) and applies the
 * store's current overrides on this node at once. Throws BAD_REQUEST for an unknown or
 * invalid value.
 */
export async function changeSetting(
  d: { store: Store; config: Config; log: Logger },
  key: string,
  raw: unknown,
  by: string,
): Promise<SettingView> {
  if (!isLiveSetting(key)) {
    throw new ParleyError(
      Code.BAD_REQUEST,
      `${key} cannot be changed at run time; live settings: ${LIVE_SETTINGS.map((l) => l.key).join(', ')}`,
      'key',
    );
  }
  const value = raw === null ? null : validateSetting(key, raw);
  const s = stateOf(d.config, d.log);
  s.changes++;
  try {
    if (value === null) await d.store.runtimeSettings.delete(key);
    else {
      await d.store.runtimeSettings.put({
        key,
        value: JSON.stringify(value),
        changedBy: by,
        changedAt: Date.now(),
      });
    }
    applyOverrides(d.config, d.log, await d.store.runtimeSettings.list());
  } finally {
    s.changes++;
  }
  return settingView(d.config, key);
}

/** The reload loop of one node. */
export interface RuntimeSettings {
  /** Reads the overrides from the store and applies them now. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Applies the store's overrides to `config` now and every `reloadMs` (an unref'd timer);
 * `close` stops it. A failed reload keeps the values applied last and logs a warning.
 */
export async function startRuntimeSettings(d: {
  store: Store;
  config: Config;
  log: Logger;
  reloadMs: number;
}): Promise<RuntimeSettings> {
  const s = stateOf(d.config, d.log);
  let running: Promise<void> | undefined;
  const reload = (): Promise<void> => {
    running ??= (async () => {
      try {
        const changes = s.changes;
        const rows = await d.store.runtimeSettings.list();
        // A change made here meanwhile applied newer rows (the next reload reads them again).
        if (s.changes === changes) applyOverrides(d.config, d.log, rows);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  await reload().catch((err: unknown) => d.log.warn({ err }, 'loading runtime settings failed'));
  const timer = setInterval(() => {
    reload().catch((err: unknown) => d.log.warn({ err }, 'reloading runtime settings failed'));
  }, d.reloadMs);
  timer.unref();
  return {
    reload,
    async close() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
