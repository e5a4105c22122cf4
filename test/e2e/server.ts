// Starts browser mode as a user would (the built dist/main/web.mjs) on a free port and a fresh data
// folder — or another built entry (the office server) the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempDir, testKeys } from '../support/temp';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface WebServer {
  url: string;
  dataDir: string;
  output(): string;
  /** Ends the process and keeps its data folder (to start again on it). */
  halt(): Promise<void>;
  stop(): Promise<void>;
}

/** `prepare` may fill the fresh data folder before the server starts on it. */
export function startWebServer(
  env: Record<string, string> = {},
  prepare?: (dataDir: string) => Promise<void>,
  args: string[] = [],
): Promise<WebServer> {
  return startEntry('web', args, /http:\/\/127\.0\.0\.1:\d+\//, env, prepare);
}

/**
 * Runs dist/main/<entry>.mjs on a fresh data folder (or `again`'s, which it then owns) until it prints
 * a URL matching `announces`. Later arguments win: `--port N` in `args` keeps a restarted one's port.
 */
export async function startEntry(
  entry: string,
  args: string[],
  announces: RegExp,
  env: Record<string, string> = {},
  prepare?: (dataDir: string) => Promise<void>,
  again?: string,
): Promise<WebServer> {
  const data = again
    ? { dir: again, cleanup: () => fs.rmSync(again, { recursive: true, force: true }) }
    : tempDir('mitzui-e2e-');
  if (!again) await prepare?.(data.dir);
  const child: ChildProcess = spawn(
    process.execPath,
    [`${process.env.MITZUI_DIST ?? 'dist'}/main/${entry}.mjs`, '--port', '0', '--data-dir', data.dir, ...args],
    {
      cwd: root,
      env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = announces.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  async function halt(): Promise<void> {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  return {
    url,
    dataDir: data.dir,
    output: () => output,
    halt,
    stop: async () => {
      await halt();
      data.cleanup();
    },
  };
}
