// The UI language: Hebrew (right to left) by default, English (left to right) as the second. The
// choice is kept in localStorage and applied to i18next, <html dir/lang> and Mantine's direction.
import { useDirection } from '@mantine/core';
import { useCallback, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const uiLanguages = ['he', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const STORAGE_KEY = 'mitzui.language';

export function storedLanguage(): UiLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'he';
}

const directionOf = (language: UiLanguage) => (language === 'he' ? 'rtl' : 'ltr');

/** The current language and a setter that switches and remembers it. */
export function useUiLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const set = useCallback(
    (language: UiLanguage) => {
      localStorage.setItem(STORAGE_KEY, language);
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
      setDirection(directionOf(language)); // Mantine sets <html dir> too
    },
    [i18n, setDirection],
  );
  return [i18n.language === 'en' ? 'en' : 'he', set];
}

/** Applies the remembered language once the desk opens. */
export function useStoredLanguage(): void {
  const [current, set] = useUiLanguage();
  useLayoutEffect(() => {
    const saved = storedLanguage();
    if (saved !== current) set(saved);
    // Only on mount: later switches come from the settings screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
