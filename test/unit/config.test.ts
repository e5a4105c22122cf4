// Settings read at start: a bad value stops the start with a message naming it, instead of meaning
// something else (a non-numeric idle timeout once made sessions never expire).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../main/config/config';

const load = (env: Record<string, string>, argv: string[] = []) => loadConfig(argv, env, '/data/Mitzui');

describe('loadConfig', () => {
  it('gives the defaults, and the key folder beside (never inside) the data folder', () => {
    expect(load({})).toEqual({
      port: 5180,
      idleMinutes: 30,
      sessionHours: 12,
      keepDailyBackups: 14,
      retention: { keepNewestBackups: 5, backupMaxAgeDays: 90, exportMaxAgeDays: 30, deletedRecordYears: 7 },
      dataDir: '/data/Mitzui',
      keyDir: '/data/Mitzui Keys',
      secondBackupDir: null,
    });
    expect(load({ MITZUI_DATA_DIR: '/srv/office', MITZUI_KEY_DIR: '/etc/mitzui' }, ['--port', '0'])).toMatchObject({
      port: 0,
      dataDir: '/srv/office',
      keyDir: '/etc/mitzui',
    });
  });

  it('takes minutes as a whole or decimal number', () => {
    expect(load({ MITZUI_IDLE_MINUTES: '15' }).idleMinutes).toBe(15);
    expect(load({ MITZUI_IDLE_MINUTES: '0.5' }).idleMinutes).toBe(0.5);
  });

  it.each([
    ['MITZUI_IDLE_MINUTES', 'abc'],
    ['MITZUI_IDLE_MINUTES', '0'],
    ['MITZUI_IDLE_MINUTES', '-5'],
    ['MITZUI_IDLE_MINUTES', '1e9'],
    ['MITZUI_IDLE_MINUTES', 'Infinity'],
    ['MITZUI_DAILY_BACKUPS', '0'],
    ['MITZUI_DAILY_BACKUPS', '2.5'],
    ['PORT', '99999'],
    ['PORT', '80abc'],
    ['MITZUI_SESSION_HOURS', '0'],
    ['MITZUI_DELETED_RETENTION_YEARS', '2'],
  ])('refuses %s=%s, naming the setting and the value', (name, value) => {
    expect(() => load({ [name]: value })).toThrow(ConfigError);
    expect(() => load({ [name]: value })).toThrow(
      new RegExp(`ההגדרה .*${name}.* אינה תקינה: "${value.replace('.', '\\.')}"`),
    );
  });

  it('takes a second backup folder as a full path outside the data folder', () => {
    expect(load({ MITZUI_SECOND_BACKUP_DIR: '/mnt/nas/mitzui/' }).secondBackupDir).toBe('/mnt/nas/mitzui');
    expect(load({ MITZUI_SECOND_BACKUP_DIR: '/data/Mitzui-copies' }).secondBackupDir).toBe('/data/Mitzui-copies');
    for (const value of ['backups-2', '/data/Mitzui', '/data/Mitzui/backups/second']) {
      expect(() => load({ MITZUI_SECOND_BACKUP_DIR: value })).toThrow(
        new RegExp(`MITZUI_SECOND_BACKUP_DIR אינה תקינה: "${value}"`),
      );
    }
  });

  it('lists every bad setting at once', () => {
    expect(() => load({ MITZUI_IDLE_MINUTES: 'x', MITZUI_DAILY_BACKUPS: 'y' })).toThrow(
      /MITZUI_IDLE_MINUTES[\s\S]*\n[\s\S]*MITZUI_DAILY_BACKUPS/,
    );
  });
});
