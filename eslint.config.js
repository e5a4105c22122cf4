// Lint for the whole project. The layer rule (handbook §2) lives here: shared/ is pure, db/ sees
// shared/, main/ sees shared/ and db/, renderer/ sees only shared/ and browser libraries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import { builtinModules } from 'node:module';
// Last in the list: turns off the rules that formatting (prettier) decides.
import prettier from 'eslint-config-prettier';

// Exact names (fs, path, fs/promises…): as patterns they would also match our own folders (../domain).
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

function forbidPackages(names, why) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [...nodeBuiltins, ...names.filter((n) => !n.includes('*'))].map((name) => ({ name, message: why })),
        patterns: [{ group: ['node:*', ...names.filter((n) => n.includes('*'))], message: why }],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'db/migrations/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/include': ['shared/**', 'db/**', 'main/**', 'renderer/**', 'test/**', 'bench/**'],
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared' },
        { type: 'db', pattern: 'db' },
        { type: 'main', pattern: 'main' },
        { type: 'renderer', pattern: 'renderer' },
        { type: 'test', pattern: 'test' },
        { type: 'bench', pattern: 'bench' },
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Worker threads run the entries main/build.mjs bundles (db/workers/run-in-worker.ts), never source text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='eval'][value.value=true]",
          message: 'Run a bundled worker entry (db/workers/run-in-worker.ts) instead of code to evaluate',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'Layer rule (handbook §2): {{from.type}}/ may not import from {{to.type}}/',
          policies: [
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
            { from: { element: { type: 'db' } }, allow: { to: { element: { types: { anyOf: ['shared', 'db'] } } } } },
            {
              from: { element: { type: 'main' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'db', 'main'] } } } },
            },
            {
              from: { element: { type: 'renderer' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'renderer'] } } } },
            },
            {
              from: { element: { types: { anyOf: ['test', 'bench'] } } },
              allow: { to: { element: { types: { anyOf: ['shared', 'db', 'main', 'test', 'bench'] } } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: forbidPackages(
      [
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'better-sqlite3-multiple-ciphers',
        'drizzle-orm',
        'drizzle-orm/*',
        'react/*',
        '@mantine/*',
      ],
      'Layer rule (handbook §2): shared/ is pure TypeScript — no Node, Electron, React or database imports',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: forbidPackages(
      ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'drizzle-orm', 'drizzle-orm/*'],
      'Layer rule (handbook §2): renderer/ talks only to the API client — no Node, Electron or database imports',
    ),
  },
  prettier,
);
