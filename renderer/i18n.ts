// UI strings: the base file per language plus one file per desk area (`locales/<area>.<lng>.json`,
// reached as `t('<area>.key')`), so each area keeps its words beside its screens' names.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import he from './locales/he.json';
import en from './locales/en.json';

type Strings = Record<string, unknown>;
const areaFiles = import.meta.glob<Strings>('./locales/*.*.json', { eager: true, import: 'default' });

function withAreas(base: Strings, lng: string): Strings {
  const merged: Strings = { ...base };
  for (const [path, strings] of Object.entries(areaFiles)) {
    const match = /\/([\w-]+)\.(\w+)\.json$/.exec(path);
    if (match?.[2] === lng && match[1]) merged[match[1]] = strings;
  }
  return merged;
}

void i18n.use(initReactI18next).init({
  resources: { he: { translation: withAreas(he, 'he') }, en: { translation: withAreas(en, 'en') } },
  lng: 'he',
  fallbackLng: 'he',
  interpolation: { escapeValue: false },
});

export default i18n;
