// Screen-reader labels and tooltips speak the user's language: every aria-label, aria-description,
// title and alt the desk's code sets goes through i18n (a t() call, a translated value passed in, or
// a key the component translates), never a word written into the code. The renderer's sources are
// read as TypeScript syntax trees, so a label built in a ternary or a template is caught too. Mantine
// labels a few of its own buttons in English; each such component the desk uses gets its label from
// the translations through the theme.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../renderer/', import.meta.url));
const mantine = fileURLToPath(new URL('../../node_modules/@mantine/core/esm/components/', import.meta.url));
const LABELS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt']);
const LETTER = /\p{L}/u;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every key of the Hebrew strings ('paperwork.sign.title'), for labels handed to a component that translates them. */
function localeKeys(): Set<string> {
  const folder = path.join(root, 'locales');
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const [key, inner] of Object.entries(value as object)) walk(inner, prefix ? `${prefix}.${key}` : key);
  };
  for (const name of fs.readdirSync(folder)) {
    const match = /^(?:([\w-]+)\.)?he\.json$/.exec(name);
    if (match) walk(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')), match[1] ?? '');
  }
  return keys;
}

/** The words written into a label's value: literal text with a letter in it, in any branch. */
function writtenWords(node: ts.Node, keys: Set<string>): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return LETTER.test(node.text) && !keys.has(node.text) ? [node.text] : [];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].filter((text) => LETTER.test(text));
  if (ts.isConditionalExpression(node))
    return [...writtenWords(node.whenTrue, keys), ...writtenWords(node.whenFalse, keys)];
  if (ts.isBinaryExpression(node)) return [...writtenWords(node.left, keys), ...writtenWords(node.right, keys)];
  if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node))
    return node.expression ? writtenWords(node.expression, keys) : [];
  return [];
}

function nameOf(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

/** `file:line attribute=words` for every label written into the code. */
function hardCodedLabels(): string[] {
  const keys = localeKeys();
  const found: string[] = [];
  for (const file of sources(root)) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node: ts.Node) => {
      const label = ts.isJsxAttribute(node) || ts.isPropertyAssignment(node) ? nameOf(node.name) : null;
      const value = ts.isJsxAttribute(node)
        ? node.initializer
        : ts.isPropertyAssignment(node)
          ? node.initializer
          : undefined;
      // A property named title is a label only as 'aria-*' in props objects; a JSX title or alt is one.
      const isLabel = label !== null && LABELS.has(label) && (ts.isJsxAttribute(node) || label.startsWith('aria-'));
      if (isLabel && value) {
        const words = writtenWords(value, keys);
        if (words.length > 0)
          found.push(
            `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${label}=${words.join(' … ')}`,
          );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Mantine components whose own code sets an aria-label in English, by component name. */
function mantineEnglishLabels(): Map<string, string> {
  const labelled = new Map<string, string>();
  for (const name of fs.readdirSync(mantine)) {
    const file = path.join(mantine, name, `${name}.mjs`);
    const words = fs.existsSync(file) ? /"aria-label": "([^"]+)"/.exec(fs.readFileSync(file, 'utf8')) : null;
    if (words) labelled.set(name, words[1]!);
  }
  return labelled;
}

/** The Mantine components the renderer imports. */
function mantineUsed(): Set<string> {
  const used = new Set<string>();
  for (const file of sources(root)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from '@mantine\/core'/g)) {
      for (const name of match[1]!.split(',')) used.add(name.replace(/^\s*type\s+/, '').trim());
    }
  }
  return used;
}

describe('screen-reader labels in the renderer', () => {
  it('reads the renderer', () => expect(sources(root).length).toBeGreaterThan(50));

  it('writes no label into the code: each goes through the translations', () => {
    expect(hardCodedLabels()).toEqual([]);
  });

  it('gives every Mantine component the desk uses that speaks English a translated label in the theme', () => {
    const theme = fs.readFileSync(path.join(root, 'components/ThemeProvider.tsx'), 'utf8');
    const english = mantineEnglishLabels();
    expect(english.get('PasswordInput')).toBe('Toggle password visibility'); // the scan reads Mantine as it is
    const used = mantineUsed();
    const untranslated = [...english].filter(
      ([name]) =>
        used.has(name) && !new RegExp(`\\b${name}: \\{ defaultProps: \\{ \\w+: \\{ 'aria-label': t?\\w`).test(theme),
    );
    expect(untranslated).toEqual([]);
  });
});
