// The fonts every paper embeds, read once from the bundled @fontsource packages and inlined as data
// URLs, so a PDF looks the same on every machine whatever fonts it has installed.
import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../config/paths';

/** Package → the subsets a paper may need: Hebrew text, Latin digits, Arabic and Russian translations. */
const WANTED: Record<string, string[]> = {
  'noto-sans-hebrew': ['hebrew', 'latin', 'latin-ext'],
  'noto-sans-arabic': ['arabic'],
  'noto-sans': ['cyrillic', 'cyrillic-ext'],
};

function faces(pkg: string, weight: 400 | 700): string[] {
  const dir = path.join(appRoot, 'node_modules', '@fontsource', pkg);
  const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  return css
    .split('@font-face')
    .slice(1)
    .flatMap((block) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!file || !WANTED[pkg]!.some((subset) => file === `${pkg}-${subset}-${weight}-normal.woff2`)) return [];
      const data = fs.readFileSync(path.join(dir, 'files', file)).toString('base64');
      const body = block
        .replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)
        .replace(/font-display:[^;]+;/, 'font-display: block;');
      return [`@font-face${body.slice(0, body.lastIndexOf('}') + 1)}`];
    });
}

let cached: string | null = null;

/** @font-face rules with the woff2 files inlined. */
export function paperFontCss(): string {
  cached ??= Object.keys(WANTED)
    .flatMap((pkg) => [...faces(pkg, 400), ...faces(pkg, 700)])
    .join('\n');
  return cached;
}
