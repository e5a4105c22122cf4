// The office server's own settings, on top of the app's (config.ts): where it listens, the names desks
// reach it by, and the office's own certificate if it brings one. Checked like the rest: a bad value
// stops the start with a message naming the setting.
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/locales/messages';
import { ConfigError, loadConfig, readFolderSetting, type AppConfig } from './config';

export interface ServerConfig extends AppConfig {
  host: string;
  /** Host names and addresses desks use; the Host check accepts these, and a made certificate names them. */
  publicNames: string[];
  tlsCert?: string;
  tlsKey?: string;
  /** The rotating operations log's folder (MITZUI_LOG_DIR); without it the log goes to stdout (the service's journal). */
  logDir: string | null;
}

export const SERVER_DEFAULTS = { host: '127.0.0.1', port: 5443 } as const;

const HOST_NAME =
  /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function isHostName(value: string): boolean {
  return isIP(value) !== 0 || HOST_NAME.test(value);
}

export function loadServerConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      'public-name': { type: 'string', multiple: true },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
    },
    strict: false,
  });
  const problems: string[] = [];
  let base: AppConfig | undefined;
  try {
    // --port as everywhere; without it the server's own variable and default, not browser mode's.
    base = loadConfig(argv, { ...env, PORT: env.MITZUI_SERVER_PORT || String(SERVER_DEFAULTS.port) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error.message);
  }
  const host = String(values.host ?? (env.MITZUI_SERVER_HOST || SERVER_DEFAULTS.host));
  if (!isHostName(host))
    problems.push(errorMessage('badServerSetting', { name: '--host / MITZUI_SERVER_HOST', value: host }));
  const named = [
    ...((values['public-name'] as string[] | undefined) ?? []),
    ...(env.MITZUI_PUBLIC_NAMES ?? '').split(','),
  ];
  const publicNames = named.map((name) => name.trim()).filter((name) => name !== '');
  for (const name of publicNames)
    if (!isHostName(name))
      problems.push(errorMessage('badServerSetting', { name: '--public-name / MITZUI_PUBLIC_NAMES', value: name }));
  const tlsCert = values['tls-cert'] === undefined ? env.MITZUI_TLS_CERT : String(values['tls-cert']);
  const tlsKey = values['tls-key'] === undefined ? env.MITZUI_TLS_KEY : String(values['tls-key']);
  if (Boolean(tlsCert) !== Boolean(tlsKey)) problems.push(errorMessage('tlsPairNeeded'));
  const logDir = base ? readFolderSetting(env, 'MITZUI_LOG_DIR', base.dataDir, problems) : null;
  if (problems.length > 0 || !base) throw new ConfigError(problems.join('\n'));
  return { ...base, host, publicNames, logDir, ...(tlsCert && tlsKey ? { tlsCert, tlsKey } : {}) };
}

/** Every name the server answers to: its listen address, the loopback names and the public ones. */
export function namesOf(config: Pick<ServerConfig, 'host' | 'publicNames'>): string[] {
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  return [...new Set([...(wildcard ? [] : [config.host]), '127.0.0.1', 'localhost', ...config.publicNames])];
}
