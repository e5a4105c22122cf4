// A test's child process, bundled from test/support and killed with SIGKILL a while after it says it is ready.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles test/support/NAME.ts into dist/test-support/NAME.mjs; returns that file. */
export async function bundleChild(name: string): Promise<string> {
  const outfile = path.join(root, 'dist', 'test-support', `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, 'test', 'support', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** Runs the script, lets it work for `millis` after its first line, then SIGKILLs it; rejects when it ends any other way. */
export function runAndKill(script: string, args: string[], millis: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), millis));
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`${path.basename(script)} exited ${code}: ${errors}`)),
    );
  });
}
