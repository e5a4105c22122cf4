// Right after a new office's owner first signs in — or the owner's sign-in after the office was
// restored here with its recovery key or a backup folder's keys (`renewal`: a new key is due) — make
// the recovery key now, or later (the dashboard then reminds the owner until it is confirmed).
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CenteredCard } from '../../components/CenteredCard';
import { NewKey } from './NewKey';
import { useNewKey } from './RecoveryKeySection';

export function KeyFirstRun({ onDone, renewal = false }: { onDone: () => void; renewal?: boolean }) {
  const { t } = useTranslation();
  const [made, create, busy] = useNewKey();
  return (
    <CenteredCard
      title={t(renewal ? 'security.key.renewTitle' : 'security.key.firstRunTitle')}
      intro={t(renewal ? 'security.key.renewIntro' : 'security.key.firstRunIntro')}
      width={760}
    >
      <Stack gap="md">
        {made && (
          <NewKey
            made={made}
            onConfirmed={() => {
              notifications.show({ color: 'green', message: t('security.key.confirmedNow') });
              onDone();
            }}
          />
        )}
        <Group justify="space-between">
          {!made && (
            <Button leftSection={<IconKey size={16} />} loading={busy} onClick={() => void create()}>
              {t(renewal ? 'security.key.createAgain' : 'security.key.create')}
            </Button>
          )}
          <Button variant="default" onClick={onDone}>
            {t('security.key.later')}
          </Button>
        </Group>
      </Stack>
    </CenteredCard>
  );
}
