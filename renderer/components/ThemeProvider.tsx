// The app's Mantine theme, with what it says in words (the close button of a notification or a
// dialog, the password field's show/hide button, which Mantine labels in English) in the
// interface's language.
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { theme } from '../theme';

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const passwordVisibility = t('common.passwordVisibility');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': passwordVisibility } } },
        },
      }),
    [close, passwordVisibility],
  );
  return <MantineProvider theme={themed}>{children}</MantineProvider>;
}
