// The office server's settings: loopback and port 5443 unless told, the names desks use, and the
// office's own certificate only as a pair of files.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../main/config/config';
import { loadServerConfig, namesOf } from '../../main/config/server-config';

const load = (env: Record<string, string>, argv: string[] = []) =>
  loadServerConfig(argv, { MITZUI_DATA_DIR: '/srv/office', ...env });

describe('loadServerConfig', () => {
  it('listens on loopback at 5443 unless told, and answers to the loopback names', () => {
    const config = load({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 5443, publicNames: [], dataDir: '/srv/office' });
    expect(config.tlsCert).toBeUndefined();
    expect(namesOf(config)).toEqual(['127.0.0.1', 'localhost']);
  });

  it('takes flags before variables, and the public names desks use', () => {
    const config = load(
      {
        MITZUI_SERVER_HOST: '10.0.0.5',
        MITZUI_SERVER_PORT: '6000',
        MITZUI_PUBLIC_NAMES: 'office-server, office-server.local',
      },
      ['--host', '0.0.0.0', '--port', '7443', '--public-name', '192.168.1.20'],
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 7443,
      publicNames: ['192.168.1.20', 'office-server', 'office-server.local'],
    });
    // Listening everywhere is no name anyone reaches it by.
    expect(namesOf(config)).toEqual(['127.0.0.1', 'localhost', '192.168.1.20', 'office-server', 'office-server.local']);
    expect(load({ MITZUI_SERVER_PORT: '6000' }).port).toBe(6000);
  });

  it('takes the office certificate as a pair of files only', () => {
    expect(load({}, ['--tls-cert', '/etc/office/cert.pem', '--tls-key', '/etc/office/key.pem'])).toMatchObject({
      tlsCert: '/etc/office/cert.pem',
      tlsKey: '/etc/office/key.pem',
    });
    expect(() => load({}, ['--tls-cert', '/etc/office/cert.pem'])).toThrow(/--tls-key/);
  });

  it.each([
    [{ MITZUI_SERVER_HOST: 'bad host!' }, [], 'MITZUI_SERVER_HOST'],
    [{}, ['--public-name', 'a/b'], 'MITZUI_PUBLIC_NAMES'],
    [{ MITZUI_SERVER_PORT: '70000' }, [], '70000'],
  ] as const)('refuses %j %j, naming the setting', (env, argv, named) => {
    expect(() => load(env, [...argv])).toThrow(ConfigError);
    expect(() => load(env, [...argv])).toThrow(named);
  });

  it('takes a log folder as a full path outside the data folder', () => {
    expect(load({}).logDir).toBeNull();
    expect(load({ MITZUI_LOG_DIR: '/var/log/mitzui' }).logDir).toBe('/var/log/mitzui');
    for (const value of ['logs', '/srv/office/logs'])
      expect(() => load({ MITZUI_LOG_DIR: value })).toThrow(new RegExp(`MITZUI_LOG_DIR אינה תקינה: "${value}"`));
  });
});
