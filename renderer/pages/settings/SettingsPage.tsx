// Settings: where the data lives, backups, the interface language, about.
import { SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/apiQuery';
import { useIdentity } from '../../auth/AuthContext';
import { Ltr } from '../../components/Ltr';
import { BackupsSection } from './BackupsSection';
import { DeskModeSection } from './DeskModeSection';
import { InboxFolderSection } from './InboxFolderSection';
import { MoveSection } from './MoveSection';
import { PacksSection } from './PacksSection';
import { RemindersSection } from './RemindersSection';
import { SecondFactorSection } from './SecondFactorSection';
import { useUiLanguage, type UiLanguage } from './language';
import { SettingsSection } from './SettingsSection';

function PathRows({ rows }: { rows: [string, string][] }) {
  return (
    <Table fz="sm" verticalSpacing={4} withRowBorders={false}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={200} fw={500}>
              {label}
            </Table.Th>
            <Table.Td>
              <Ltr>{value}</Ltr>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  const about = useQuery(apiQuery('settings.about', {})).data;
  const [language, setLanguage] = useUiLanguage();

  return (
    <Stack gap="lg" maw={1000}>
      <Title order={2}>{t('settings.title')}</Title>
      <SettingsSection title={t('settings.language.title')}>
        <SegmentedControl
          aria-label={t('settings.language.label')}
          w={260}
          value={language}
          onChange={(value) => setLanguage(value as UiLanguage)}
          data={[
            { value: 'he', label: t('settings.language.he') },
            { value: 'en', label: t('settings.language.en') },
          ]}
        />
      </SettingsSection>
      <SecondFactorSection />
      <RemindersSection canEdit={staff.role === 'owner'} />
      {staff.role === 'owner' && <InboxFolderSection />}
      {about && (
        <SettingsSection title={t('settings.data.title')}>
          <Text size="sm">{t('settings.data.text')}</Text>
          <PathRows
            rows={[
              [t('settings.data.folder'), about.dataFolder],
              [t('settings.data.file'), about.databaseFile],
              [t('settings.data.backups'), about.backupsFolder],
            ]}
          />
        </SettingsSection>
      )}
      {staff.role !== 'staff' && <BackupsSection canRestore={staff.role === 'owner'} />}
      {staff.role === 'owner' && <MoveSection />}
      {staff.role === 'owner' && <DeskModeSection />}
      <PacksSection canImport={staff.role === 'owner'} />
      {about && (
        <SettingsSection title={t('settings.about.title')}>
          <PathRows
            rows={[
              [t('settings.about.version'), about.version],
              [
                t('settings.about.licence'),
                about.licence === 'UNLICENSED' ? t('settings.about.unlicensed') : about.licence,
              ],
              [t('settings.about.dataLocation'), about.dataFolder],
            ]}
          />
        </SettingsSection>
      )}
    </Stack>
  );
}
