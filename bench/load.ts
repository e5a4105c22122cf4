// `npm run load -- --users 50 --minutes 3 [--server URL --fingerprint SHA256]`: simulated staff
// doing an office day's mix against the office's API; prints p50/p95/p99 per procedure, throughput,
// errors and conflicts, then checks every write the server confirmed is in the store. Not part of npm test.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { LOAD_DEFAULTS, runLoad, type LoadResult } from './load/run';
import { normalFingerprint, type Target } from './load/transport';

const HELP = `npm run load -- [options]
  --users N            simulated staff (default ${LOAD_DEFAULTS.users})
  --minutes M          how long they work; may be a fraction (default ${LOAD_DEFAULTS.minutes})
  --server URL         a running office server (https://host:port/); without it a demo office is
                       served in this process over browser mode's HTTP transport on 127.0.0.1
  --fingerprint HEX    the https server's certificate SHA-256: any other certificate is refused
  --pairing-code CODE  a one-time code from the office server (npm run server -- pair): the tool
                       pairs a desk for the owner, then one per simulated desk
  --clients N          size of the in-process demo office (default ${LOAD_DEFAULTS.clients})
  --seed S             seed of the demo office and of the desks' choices (default ${LOAD_DEFAULTS.seed})
  --think SECONDS      mean pause between a desk's actions (default ${LOAD_DEFAULTS.thinkSeconds})
  --owner USER         the owner account that makes the load staff (default ${LOAD_DEFAULTS.owner.username}; password from
                       MITZUI_LOAD_OWNER_PASSWORD, else the demo password)
  --help               this text`;

function positive(raw: string, name: string, whole: boolean): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isSafeInteger(value)))
    throw new Error(`--${name} must be a ${whole ? 'whole ' : ''}number above 0`);
  return value;
}

function serverOf(
  url: string | undefined,
  fingerprint: string | undefined,
  pairingCode: string | undefined,
): Target | undefined {
  if (!url) return undefined;
  const parsed = new URL(url.endsWith('/') ? url : `${url}/`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error('--server must be an https:// (or http://) address');
  if (parsed.protocol === 'https:' && !/^[0-9a-f]{64}$/.test(normalFingerprint(fingerprint ?? ''))) {
    throw new Error(
      "--server over https needs --fingerprint: the certificate's SHA-256 (64 hex digits, colons allowed)",
    );
  }
  return { url: parsed, fingerprint, pairingCode };
}

function summary(result: LoadResult, users: number): string {
  const { recorder, verification, conflicts } = result;
  const lost = verification.lost.length;
  const lines = [
    `\nTarget: ${result.target}`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `${users} desks for ${result.seconds.toFixed(0)} s; this process used ${result.cpuSeconds.toFixed(1)} s of CPU meanwhile\n`,
    recorder.table(),
    '',
    `Throughput: ${recorder.calls} calls, ${(recorder.calls / result.seconds).toFixed(1)} calls/s`,
    `Errors: ${recorder.errors}; busy answers waited out: ${recorder.busy}`,
    `Conflicts: ${conflicts.explained} where two desks edited the same record, ${conflicts.unexplained} unexplained`,
    `Writes confirmed: ${result.writes}; records read back: ${verification.checked}; lost: ${lost}`,
    ...recorder.errorSamples.map((line) => `  error: ${line}`),
    ...verification.lost
      .slice(0, 20)
      .map(
        ({ write, found }) =>
          `  lost: ${write.kind} ${write.id} v${write.version} "${write.value}" — store has ${found}`,
      ),
    `\nTargets: reads p95 ≤ 100 ms, writes p95 ≤ 250 ms: ${recorder.meetsTargets() ? 'met' : 'missed'}; 0 errors, 0 lost writes, no unexplained conflicts: ${recorder.errors + lost + conflicts.unexplained === 0 ? 'met' : 'missed'}`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: String(LOAD_DEFAULTS.users) },
      minutes: { type: 'string', default: String(LOAD_DEFAULTS.minutes) },
      server: { type: 'string' },
      fingerprint: { type: 'string' },
      'pairing-code': { type: 'string' },
      clients: { type: 'string', default: String(LOAD_DEFAULTS.clients) },
      seed: { type: 'string', default: String(LOAD_DEFAULTS.seed) },
      think: { type: 'string', default: String(LOAD_DEFAULTS.thinkSeconds) },
      owner: { type: 'string', default: LOAD_DEFAULTS.owner.username },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  const users = positive(values.users, 'users', true);
  const result = await runLoad({
    users,
    minutes: positive(values.minutes, 'minutes', false),
    server: serverOf(values.server, values.fingerprint, values['pairing-code']),
    clients: positive(values.clients, 'clients', true),
    seed: positive(values.seed, 'seed', true),
    thinkSeconds: positive(values.think, 'think', false),
    owner: { username: values.owner, password: process.env.MITZUI_LOAD_OWNER_PASSWORD || LOAD_DEFAULTS.owner.password },
    log: (line) => console.log(line),
  });
  console.log(summary(result, users));
  if (result.recorder.errors + result.verification.lost.length + result.conflicts.unexplained > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
