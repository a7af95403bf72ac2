import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.ts';
import type { SettingRecord, Store } from '../store/types.ts';
import {
  applyOverrides,
  changeSetting,
  LIVE_SETTINGS,
  listSettings,
  startRuntimeSettings,
  validateSetting,
} from './settings.ts';

describe('runtime settings', () => {
  it('validates with the schema: type, whole numbers, range, choices', () => {
    expect(validateSetting('gate.rateLimitPerSec', 5)).toBe(5);
    expect(() => validateSetting('gate.rateLimitPerSec', 0)).toThrow(/outside 1\.\./);
    expect(() => validateSetting('group.maxMembers', 1)).toThrow(/outside 2\.\.1000000/);
    expect(() => validateSetting('msg.recallWindowMs', '5')).toThrow(/expected a number/);
    expect(validateSetting('auth.registration', 'closed')).toBe('closed');
    expect(() => validateSetting('auth.registration', 'maybe')).toThrow(/one of open, closed/);
    expect(() => validateSetting('push.preview', 1)).toThrow(/true or false/);
  });

  it('applies overrides to the config and the logger; a missing or invalid row means the configured value', () => {
    const config = { ...loadConfig({ overrides: { 'gate.rateLimitBurst': 77 } }) };
    const log = pino({ level: 'warn' }, { write() {} });
    applyOverrides(config, log, [
      { key: 'gate.rateLimitBurst', value: '5', changedBy: 'a', changedAt: 1 },
      { key: 'log.level', value: '"debug"', changedBy: 'a', changedAt: 1 },
      { key: 'push.preview', value: '"not a boolean"', changedBy: 'a', changedAt: 1 },
      { key: 'gate.tcpPort', value: '1', changedBy: 'a', changedAt: 1 },
    ]);
    expect(config['gate.rateLimitBurst']).toBe(5);
    expect(config['push.preview']).toBe(true);
    expect(config['gate.tcpPort']).toBe(7100);
    expect(log.level).toBe('debug');
    const views = listSettings(config);
    expect(views.map((v) => v.key)).toEqual(LIVE_SETTINGS.map((l) => l.key));
    expect(views.find((v) => v.key === 'gate.rateLimitBurst')).toMatchObject({
      value: 5,
      configured: 77,
      changedBy: 'a',
    });
    expect(views.find((v) => v.key === 'push.preview')?.changedBy).toBeUndefined();
    applyOverrides(config, log, []);
    expect(config['gate.rateLimitBurst']).toBe(77);
    // Back to the logger's own level at start, not log.level's default.
    expect(log.level).toBe('warn');
  });

  it('a reload that read the store before a change made on this node does not undo it', async () => {
    const config = { ...loadConfig({}) };
    const log = pino({ level: 'warn' }, { write() {} });
    const rows = new Map<string, SettingRecord>();
    // While `held`, the next list() reads the rows at once but answers only on release().
    let held = false;
    let release = (): void => {};
    const runtimeSettings = {
      async list() {
        const snapshot = [...rows.values()];
        if (held) {
          held = false;
          await new Promise<void>((r) => {
            release = r;
          });
        }
        return snapshot;
      },
      async put(r: SettingRecord) {
        rows.set(r.key, r);
      },
      async delete(key: string) {
        return rows.delete(key);
      },
    };
    const store = { runtimeSettings } as unknown as Store;
    const settings = await startRuntimeSettings({ store, config, log, reloadMs: 60_000 });
    try {
      held = true;
      // A periodic reload reads the rows (none yet) and is slow to apply them.
      const stale = settings.reload();
      await new Promise((r) => setTimeout(r, 5));
      await changeSetting({ store, config, log }, 'msg.recallWindowMs', 5000, 'owner');
      expect(config['msg.recallWindowMs']).toBe(5000);
      release();
      await stale;
      expect(config['msg.recallWindowMs']).toBe(5000);
      await settings.reload();
      expect(config['msg.recallWindowMs']).toBe(5000);
    } finally {
      await settings.close();
    }
  });
});
