// The service files the README installs: the systemd unit starts the built server on a data folder,
// as a dedicated user, restarts it after a failure, gives it time to stop gracefully and runs it
// hardened, able to write only to its own folders; the WinSW file does the same on Windows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadServerConfig, namesOf } from '../../main/config/server-config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const install = path.join(root, 'main', 'server', 'install');

/** A unit file's settings by section; a key given twice keeps every value, in order. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(\w+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const setting = /^(\w+)=(.*)$/.exec(line);
    if (!setting || !current) throw new Error(`Not a unit file line: ${line}`);
    current.set(setting[1]!, [...(current.get(setting[1]!) ?? []), setting[2]!]);
  }
  return sections;
}

/** The built entry the Node bundle writes for `name` (main/build.mjs: outdir dist/main, .mjs). */
function builtEntries(): string[] {
  const build = fs.readFileSync(path.join(root, 'main', 'build.mjs'), 'utf8');
  const entries = /entryPoints: \{\s*(web: [^}]*)\}/.exec(build)?.[1] ?? '';
  return [...entries.matchAll(/'?([\w-]+)'?: '([^']+)'/g)]
    .filter(([, , source]) => fs.existsSync(path.join(root, source!)))
    .map(([, name]) => `dist/main/${name}.mjs`);
}

describe('the systemd unit', () => {
  const unit = parseUnit(fs.readFileSync(path.join(install, 'mitzui-server.service'), 'utf8'));
  const service = unit.get('Service')!;
  const one = (key: string) => {
    const values = service.get(key);
    expect(values, key).toHaveLength(1);
    return values![0]!;
  };
  const env = new Map(service.get('Environment')!.map((pair) => pair.split('=', 2) as [string, string]));

  it('runs the built server entry with node on a data folder', () => {
    const [node, script, ...args] = one('ExecStart').split(/\s+/);
    expect(node).toMatch(/^\/\S+\/node$/);
    expect(script).toBe(path.posix.join(one('WorkingDirectory'), 'dist/main/server.mjs'));
    expect(builtEntries()).toContain('dist/main/server.mjs');
    expect(args).toContain('--data-dir');
    expect(args[args.indexOf('--data-dir') + 1]).toMatch(/^\//);
    expect(unit.get('Install')!.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it('listens on the office network under names the desks can use, as the server reads its settings', () => {
    const [, , ...args] = one('ExecStart').split(/\s+/);
    const config = loadServerConfig(args, Object.fromEntries(env));
    expect(config.host).toBe('0.0.0.0');
    // Without a public name, every desk calling the server by its name or address would be refused.
    expect(namesOf(config).filter((name) => !['127.0.0.1', 'localhost'].includes(name)).length).toBeGreaterThan(0);
  });

  it('runs as a dedicated user, restarts after a failure and stops gracefully', () => {
    expect(one('User')).not.toMatch(/^(root|0)$/);
    expect(one('Restart')).toBe('on-failure');
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThanOrEqual(10);
    expect(one('UMask')).toBe('0077');
  });

  it('is hardened, and may write only to the data, key, second backup and log folders', () => {
    for (const [key, value] of [
      ['NoNewPrivileges', 'true'],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'true'],
      ['PrivateTmp', 'true'],
      ['RestrictSUIDSGID', 'true'],
      ['CapabilityBoundingSet', ''],
    ] as const) {
      expect(one(key), key).toBe(value);
    }
    const [, , ...args] = one('ExecStart').split(/\s+/);
    const dataDir = args[args.indexOf('--data-dir') + 1];
    const writable = one('ReadWritePaths').split(/\s+/).sort();
    expect(writable).toEqual(
      [dataDir, env.get('MITZUI_KEY_DIR'), env.get('MITZUI_SECOND_BACKUP_DIR'), env.get('MITZUI_LOG_DIR')].sort(),
    );
    // The key folder is never inside the data folder (whoever copies one must not get the other).
    expect(env.get('MITZUI_KEY_DIR')!.startsWith(`${dataDir}/`)).toBe(false);
  });
});

describe('the WinSW service file', () => {
  const xml = fs.readFileSync(path.join(install, 'mitzui-server.xml'), 'utf8');
  const tag = (name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);

  it('runs the built server entry with node on a data folder, restarts it and waits for it to stop', () => {
    expect(tag('executable')[0]).toMatch(/\\node\.exe$/);
    expect(tag('arguments')[0]).toMatch(/^"[^"]+\\dist\\main\\server\.mjs" .*--data-dir "[A-Z]:\\[^"]+"/);
    expect(tag('stoptimeout')[0]).toMatch(/^\d+ sec$/);
    expect(xml).toMatch(/<onfailure action="restart" delay="\d+ sec"\/>/);
    expect(tag('startmode')).toEqual(['Automatic']);
    for (const name of ['MITZUI_PUBLIC_NAMES', 'MITZUI_KEY_DIR', 'MITZUI_SECOND_BACKUP_DIR', 'MITZUI_LOG_DIR'])
      expect(xml).toContain(`<env name="${name}" value=`);
  });
});
