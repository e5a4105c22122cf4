// Smoke test of the Electron shell. Machines without an Electron binary (such as CI here) skip it.
import { _electron as electron } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../../main/electron/binary';
import { tempDir } from '../support/temp';

const binary = installedElectronBinary();
const root = fileURLToPath(new URL('../..', import.meta.url));
if (!binary)
  console.info('No Electron binary installed: the Electron smoke test is skipped (browser mode is tested instead).');

describe.skipIf(!binary)('Electron shell', () => {
  it('opens one sandboxed Hebrew window with only the narrow bridge exposed', async () => {
    const data = tempDir('mitzui-electron-');
    const app = await electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, MITZUI_DATA_DIR: data.dir },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { name: 'ברוכים הבאים למיצוי' }).waitFor();
      expect(await window.locator('html').getAttribute('dir')).toBe('rtl');
      const exposed = await window.evaluate(() => ({
        bridge: Object.keys((window as unknown as { mitzui: object }).mitzui),
        node: typeof (globalThis as { require?: unknown }).require,
      }));
      expect(exposed).toEqual({ bridge: ['call', 'watchChanges'], node: 'undefined' });
      const status = await window.evaluate(() =>
        (window as unknown as { mitzui: { call(n: string, i: unknown, t: null): Promise<unknown> } }).mitzui.call(
          'office.status',
          {},
          null,
        ),
      );
      expect(status).toEqual({ ok: true, value: { setupDone: false, officeName: null } });
    } finally {
      await app.close();
      data.cleanup();
    }
  });
});
