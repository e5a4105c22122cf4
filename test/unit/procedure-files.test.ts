// One namespace, one place: every procedure NAMESPACE.name is declared in shared/api/procedures/ and
// served from main/services/ in a file NAMESPACE.ts (kebab-case) or a folder NAMESPACE/. The record
// kinds share one generic module, records.ts, on both sides. The service check reads where V8 says
// each registered handler function was defined, so a handler written in another file and spread in
// fails it.
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ProcedureName } from '../../shared/api/contract';
import { recordKinds } from '../../shared/api/procedures/records';
import { handlers } from '../../main/services/dispatch';

const root = fileURLToPath(new URL('../..', import.meta.url));
const names = Object.keys(contract) as ProcedureName[];

/** The file (without .ts) or folder, relative to `base`, that must hold the namespace of `name`. */
function placeOf(name: string): string {
  const namespace = name.slice(0, name.indexOf('.'));
  if (Object.hasOwn(recordKinds, namespace)) return 'records';
  return namespace.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function inPlace(file: string, base: string, name: string): boolean {
  const relative = path.relative(path.join(root, base), file).split(path.sep).join('/');
  const place = placeOf(name);
  return relative === `${place}.ts` || relative.startsWith(`${place}/`);
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the services', () => {
  const inspector = new Session();
  const scripts = new Map<string, string>();

  beforeAll(async () => {
    inspector.connect();
    inspector.on('Debugger.scriptParsed', ({ params }) => scripts.set(params.scriptId, params.url));
    // Enabling the debugger reports every script already loaded.
    await inspector.post('Debugger.enable');
  });
  afterAll(() => inspector.disconnect());

  /** The file V8 says `fn` was written in. */
  async function definedIn(fn: unknown): Promise<string> {
    const slot = '__procedureFilesProbe';
    (globalThis as Record<string, unknown>)[slot] = fn;
    try {
      const { result } = await inspector.post('Runtime.evaluate', { expression: `globalThis.${slot}` });
      const { internalProperties } = await inspector.post('Runtime.getProperties', {
        objectId: result.objectId!,
        ownProperties: true,
      });
      const location = internalProperties?.find((property) => property.name === '[[FunctionLocation]]')?.value
        ?.value as { scriptId: string } | undefined;
      const url = location && scripts.get(location.scriptId);
      if (!url) throw new Error('no location for the handler');
      return fileURLToPath(url);
    } finally {
      delete (globalThis as Record<string, unknown>)[slot];
    }
  }

  it('serve every procedure of the contract, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...names].sort());
  });

  it("define each handler in its namespace's file or folder", async () => {
    const misplaced: string[] = [];
    for (const name of names) {
      const file = await definedIn(handlers[name]);
      if (!inPlace(file, 'main/services', name)) misplaced.push(`${name} in ${path.relative(root, file)}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('can tell a handler written elsewhere', async () => {
    expect(inPlace(await definedIn(handlers['staff.list']), 'main/services', 'office.get')).toBe(false);
    expect(inPlace(await definedIn(handlers['clients.file']), 'main/services', 'clients.get')).toBe(true);
  });
});

describe('the contract', () => {
  it("declares each procedure only in its namespace's module", async () => {
    const dir = path.join(root, 'shared/api/procedures');
    const found = new Set<string>();
    const misplaced: string[] = [];
    for (const file of sourceFiles(dir)) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const exported of Object.values(module)) {
        if (typeof exported !== 'object' || exported === null) continue;
        for (const [name, value] of Object.entries(exported)) {
          if (!Object.hasOwn(contract, name) || contract[name as ProcedureName] !== value) continue;
          found.add(name);
          if (!inPlace(file, 'shared/api/procedures', name)) misplaced.push(`${name} in ${path.relative(root, file)}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    expect([...found].sort()).toEqual([...names].sort());
  });
});
