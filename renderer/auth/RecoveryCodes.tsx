// Recovery codes, shown once after a second factor is set: each signs in once without the phone.
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../components/Ltr';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" title={t('auth.recovery.title')}>
        {t('auth.recovery.intro')}
      </Alert>
      <SimpleGrid cols={2} spacing="xs" data-testid="recovery-codes">
        {codes.map((code) => (
          <Text key={code} ff="monospace" size="md" ta="center">
            <Ltr>{code}</Ltr>
          </Text>
        ))}
      </SimpleGrid>
      <Button onClick={onDone}>{t('auth.recovery.done')}</Button>
    </Stack>
  );
}
