// Placeholder until the area is built (issue #5).
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ScanPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('scan.title')}</Title>;
}
