// UI strings: the base file per language plus one file per desk area (`locales/<area>.<lng>.json`,
// reached as `t('<area>.key')`), so each area keeps its words beside its screens' names. Hebrew is
// in the first script; English (about 90 kB) loads when the interface switches to it.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import he from './locales/he.json';

type Strings = Record<string, unknown>;
const hebrewAreas = import.meta.glob<Strings>('./locales/*.he.json', { eager: true, import: 'default' });
const englishAreas = import.meta.glob<Strings>('./locales/*.en.json', { import: 'default' });

function withAreas(base: Strings, areas: Record<string, Strings>): Strings {
  const merged: Strings = { ...base };
  for (const [path, strings] of Object.entries(areas)) {
    const area = /\/([\w-]+)\.\w+\.json$/.exec(path)?.[1];
    if (area) merged[area] = strings;
  }
  return merged;
}

async function english(): Promise<Strings> {
  const loaded = await Promise.all(
    Object.entries(englishAreas).map(async ([path, load]) => [path, await load()] as const),
  );
  const { default: base } = await import('./locales/en.json');
  return withAreas(base, Object.fromEntries(loaded));
}

/** Reads the languages not bundled: i18next asks for them on changeLanguage. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, _namespace, done) => {
    if (lng !== 'en') return done(null, {});
    english().then(
      (strings) => done(null, strings),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

void i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources: { he: { translation: withAreas(he, hebrewAreas) } },
    partialBundledLanguages: true,
    lng: 'he',
    fallbackLng: 'he',
    interpolation: { escapeValue: false },
  });

export default i18n;
