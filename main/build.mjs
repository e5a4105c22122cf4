// Bundles the Node side with esbuild: browser mode, the start script, the Electron main process
// (ESM), its sandboxed preload (CommonJS, as sandboxed preloads must be), and the worker threads'
// entries (main/workers/<name>.ts → workers/<name>.mjs, run by main/workers/run-in-worker.ts).
// `node main/build.mjs --workers` builds only the workers (the tests run the built ones).
import process from 'node:process';
import { build } from 'esbuild';

const outdir = `${process.env.MITZUI_DIST ?? 'dist'}/main`;
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
const esm = { ...common, outdir, outExtension: { '.js': '.mjs' }, format: 'esm', packages: 'external' };
const WORKERS = ['office-scan', 'read-file'];

const workers = build({ ...esm, entryPoints: Object.fromEntries(WORKERS.map((name) => [`workers/${name}`, `main/workers/${name}.ts`])) });

await Promise.all(
  process.argv.includes('--workers')
    ? [workers]
    : [
        workers,
        build({
          ...esm,
          entryPoints: { web: 'main/web.ts', start: 'main/start.ts', cli: 'main/cli.ts', rights: 'main/rights-cli.ts', inbox: 'main/inbox-cli.ts', 'parameter-pack': 'main/parameter-pack-cli.ts', demo: 'main/demo.ts', server: 'main/server.ts', 'electron-main': 'main/electron/main.ts' },
        }),
        build({
          ...common,
          entryPoints: { preload: 'main/electron/preload.ts' },
          outdir,
          outExtension: { '.js': '.cjs' },
          format: 'cjs',
          external: ['electron'],
        }),
      ],
);
