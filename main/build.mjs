// Bundles the Node side with esbuild: browser mode, the start script, the Electron main process
// (ESM) and its sandboxed preload (CommonJS, as sandboxed preloads must be).
import process from 'node:process';
import { build } from 'esbuild';

const outdir = `${process.env.MITZUI_DIST ?? 'dist'}/main`;
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: { web: 'main/web.ts', start: 'main/start.ts', cli: 'main/cli.ts', rights: 'main/rights-cli.ts', inbox: 'main/inbox-cli.ts', 'parameter-pack': 'main/parameter-pack-cli.ts', demo: 'main/demo.ts', server: 'main/server.ts', 'electron-main': 'main/electron/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  }),
]);
