// Moving to the office server (owners only): on the desk, make the move package; on the new server,
// upload it and read the verification report. Both halves are here: which machine is which is the
// owner's to know, and a server that is not empty refuses the upload with the reason.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoveDesk } from './MoveDesk';
import { MoveServer } from './MoveServer';
import { SettingsSection } from './SettingsSection';

export function MoveSection() {
  const { t } = useTranslation();
  return (
    <SettingsSection title={t('settings.move.title')}>
      <Text size="sm">{t('settings.move.text')}</Text>
      <MoveDesk />
      <MoveServer />
    </SettingsSection>
  );
}
