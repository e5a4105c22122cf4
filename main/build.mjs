// Bundles the Node side with esbuild: browser mode, the start script, the Electron main process
// (ESM) and its sandboxed preload (CommonJS, as sandboxed preloads must be).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: { web: 'main/web.ts', start: 'main/start.ts', cli: 'main/cli.ts', rights: 'main/rights-cli.ts', demo: 'main/demo.ts', 'electron-main': 'main/electron/main.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
  }),
]);
