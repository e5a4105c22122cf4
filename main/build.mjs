// Bundles the Node side with esbuild: browser mode, the start script, the Electron main process
// (ESM), its sandboxed preload (CommonJS, as sandboxed preloads must be), and the worker threads'
// entries (→ workers/<name>.mjs beside the bundles, run by db/workers/run-in-worker.ts; the Electron
// package carries them with the rest of dist/main).
// `node main/build.mjs --workers` builds only the workers (the tests run the built ones).
import process from 'node:process';
import { build } from 'esbuild';

const outdir = `${process.env.MITZUI_DIST ?? 'dist'}/main`;
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
const esm = { ...common, outdir, outExtension: { '.js': '.mjs' }, format: 'esm', packages: 'external' };
/** Each worker entry (WORKER_ENTRIES of db/workers/run-in-worker.ts) and its source. */
const WORKERS = {
  'office-scan': 'main/workers/office-scan.ts',
  'read-queries': 'main/workers/read-queries.ts',
  'file-check': 'db/workers/file-check.ts',
  'read-file': 'main/workers/read-file.ts',
  'import-check': 'main/workers/import-check.ts',
};

const workers = build({
  ...esm,
  entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, source]) => [`workers/${name}`, source])),
});

await Promise.all(
  process.argv.includes('--workers')
    ? [workers]
    : [
        workers,
        build({
          ...esm,
          entryPoints: {
            web: 'main/web.ts',
            start: 'main/start.ts',
            cli: 'main/cli.ts',
            rights: 'main/rights-cli.ts',
            inbox: 'main/inbox-cli.ts',
            'parameter-pack': 'main/parameter-pack-cli.ts',
            demo: 'main/demo.ts',
            server: 'main/server.ts',
            'electron-main': 'main/electron/main.ts',
          },
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
