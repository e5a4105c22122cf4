// The installer's build settings keep the packaged app locked down: Electron's security fuses are set
// so it cannot be run as Node or load code other than its own checked archive, and Windows builds are
// signed with SHA-256 from a certificate the build machine supplies.
import fs from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';

const config = parse(fs.readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

it('sets the security fuses', () => {
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  });
});

it('packs the app into an asar archive, the only place it may load from', () => {
  expect(config.asar).not.toBe(false);
});

it('signs Windows builds with SHA-256, with no certificate in the repository', () => {
  expect(config.win?.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'] });
  expect(JSON.stringify(config)).not.toMatch(/certificatePassword|\.pfx|\.p12/);
});
