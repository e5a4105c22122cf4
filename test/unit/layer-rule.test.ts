// The lint's layer rule (eslint.config.js, boundaries) must catch a layer crossed, not just pass clean code.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rule', () => {
  it('fails a renderer file that imports from db/', async () => {
    const errors = await layerErrors(
      'renderer/pages/Bad.tsx',
      "import { offices } from '../../db/schema';\nexport const x = offices;\n",
    );
    expect(errors.join('\n')).toMatch(/renderer\/ may not import from db\//);
  });

  it('fails a renderer file that imports main/, node:fs or electron', async () => {
    expect(
      await layerErrors('renderer/Bad.ts', "import { openApp } from '../main/app';\nexport const x = openApp;\n"),
    ).toHaveLength(1);
    expect(await layerErrors('renderer/Bad.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toHaveLength(1);
    expect(
      await layerErrors('renderer/Bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"),
    ).toHaveLength(1);
  });

  it('fails a shared file that imports our other layers, Node, React or the database driver', async () => {
    expect(
      await layerErrors('shared/bad.ts', "import { openApp } from '../main/app';\nexport const x = openApp;\n"),
    ).toHaveLength(1);
    expect(await layerErrors('shared/bad.ts', "import path from 'path';\nexport const x = path;\n")).toHaveLength(1);
    expect(
      await layerErrors('shared/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('shared/bad.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"),
    ).toHaveLength(1);
  });

  it('lets each layer import what it may', async () => {
    expect(
      await layerErrors(
        'renderer/Good.ts',
        "import { contract } from '../shared/api/contract';\nexport const x = contract;\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'main/good.ts',
        "import { offices } from '../db/schema';\nimport fs from 'node:fs';\nexport const x = [offices, fs];\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'db/good.ts',
        "import { contract } from '../shared/api/contract';\nexport const x = contract;\n",
      ),
    ).toEqual([]);
  });

  it('fails db/ importing main/', async () => {
    expect(
      await layerErrors('db/bad.ts', "import { openApp } from '../main/app';\nexport const x = openApp;\n"),
    ).toHaveLength(1);
  });
});
