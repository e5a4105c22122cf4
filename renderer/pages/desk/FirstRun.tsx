// First run of a desk: a new office on this computer (the setup form), or this computer joins the
// office server and keeps no store of its own. Where joining is not possible (the office server
// itself) the setup form shows straight away.
import { Center, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingSkyscraper, IconDeviceDesktop } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStatus } from '../../../shared/api/procedures/devices';
import { call } from '../../api/client';
import { CenteredCard } from '../../components/CenteredCard';
import { SetupPage } from '../SetupPage';
import { DeskPairingPage } from './DeskPairingPage';
import { startOnServer } from './joined';

type Local = Extract<DeskStatus, { mode: 'local' }>;

function Choice({ icon, title, help, onClick }: { icon: ReactNode; title: string; help: string; onClick: () => void }) {
  return (
    <UnstyledButton
      onClick={onClick}
      p="md"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
    >
      <Stack gap={4}>
        <Text fw={600} size="lg" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          {icon}
          {title}
        </Text>
        <Text size="sm" c="gray.7">
          {help}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}

export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [desk, setDesk] = useState<Local | null | 'none'>(null);
  const [chosen, setChosen] = useState<'local' | 'office' | null>(null);

  useEffect(() => {
    void call('desk.status', {}).then((reply) =>
      setDesk(reply.ok && reply.value.mode === 'local' && reply.value.canSwitch ? reply.value : 'none'),
    );
  }, []);

  if (desk === null) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (desk === 'none' || chosen === 'local') return <SetupPage onDone={onDone} />;
  if (chosen === 'office') {
    const status = {
      mode: 'office',
      server: '',
      deviceName: desk.deviceName,
      localOffice: false,
      state: 'unpaired',
    } as const;
    return (
      <DeskPairingPage
        status={status}
        refused={false}
        procedure="desk.setupOnServer"
        onPaired={startOnServer}
        onBack={() => setChosen(null)}
      />
    );
  }
  return (
    <CenteredCard title={t('office.firstRun.title')} intro={t('office.firstRun.intro')} width={560}>
      <Stack gap="md">
        <Choice
          icon={<IconDeviceDesktop size={22} />}
          title={t('office.firstRun.local')}
          help={t('office.firstRun.localHelp')}
          onClick={() => setChosen('local')}
        />
        <Choice
          icon={<IconBuildingSkyscraper size={22} />}
          title={t('office.firstRun.office')}
          help={t('office.firstRun.officeHelp')}
          onClick={() => setChosen('office')}
        />
      </Stack>
    </CenteredCard>
  );
}
