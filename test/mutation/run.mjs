// `npm run mutation [-- SCOPE…]`: Stryker over each scope in turn (all without names), one at a time so
// a run fits a small machine. Exits non-zero when a run fails.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import process from 'node:process';
import { scopes } from './scopes.mjs';

const names = process.argv.slice(2);
const unknown = names.filter((name) => !Object.hasOwn(scopes, name));
if (unknown.length > 0) {
  console.error(`unknown scope(s): ${unknown.join(', ')}; known: ${Object.keys(scopes).join(', ')}`);
  process.exit(64);
}
for (const name of names.length > 0 ? names : Object.keys(scopes)) {
  console.log(`\n=== mutation scope: ${name}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_SCOPE: name },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
