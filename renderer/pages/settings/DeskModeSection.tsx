// How this desk works (owners): a local desk moves onto the office server (after the move was
// verified there); an office desk that kept its old store may go back to it, after a clear warning.
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/apiQuery';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { DeskPairingPage } from '../desk/DeskPairingPage';
import { startOnServer } from '../desk/joined';
import { SettingsSection } from './SettingsSection';

function ToLocal() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    const reply = await call('desk.useLocal', {});
    if (!reply.ok) return setError(reply.error.message);
    startOnServer();
  };
  if (!asking) {
    return (
      <Button w="fit-content" variant="default" onClick={() => setAsking(true)}>
        {t('office.mode.toLocal')}
      </Button>
    );
  }
  return (
    <Alert color="orange" title={t('office.mode.toLocal')} role="alert">
      <Text size="sm">{t('office.mode.toLocalWarning')}</Text>
      {error && (
        <Text size="sm" c="red.8" mt="xs">
          {error}
        </Text>
      )}
      <Group mt="sm">
        <Button color="red" onClick={() => void confirm()}>
          {t('office.mode.toLocalConfirm')}
        </Button>
        <Button variant="default" onClick={() => setAsking(false)}>
          {t('office.mode.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}

export function DeskModeSection() {
  const { t } = useTranslation();
  const desk = useQuery(apiQuery('desk.status', {})).data;
  const [joining, setJoining] = useState(false);

  if (!desk || (desk.mode === 'local' && !desk.canSwitch)) return null;
  return (
    <SettingsSection title={t('office.mode.title')} id="desk-mode">
      {desk.mode === 'local' ? (
        <>
          <Text size="sm">{t('office.mode.local')}</Text>
          <Text size="sm" c="gray.7">
            {t('office.mode.toOfficeHelp')}
          </Text>
          <Button w="fit-content" onClick={() => setJoining(true)}>
            {t('office.mode.toOffice')}
          </Button>
          <Modal opened={joining} onClose={() => setJoining(false)} fullScreen withCloseButton={false}>
            <DeskPairingPage
              status={{ mode: 'office', server: '', deviceName: desk.deviceName, localOffice: true, state: 'unpaired' }}
              refused={false}
              procedure="desk.connect"
              onPaired={startOnServer}
              onBack={() => setJoining(false)}
            />
          </Modal>
        </>
      ) : (
        <>
          <Text size="sm">{t('office.mode.office')}</Text>
          <Text size="sm">
            {t('office.mode.server')}: <Ltr>{desk.server}</Ltr>
          </Text>
          {desk.localOffice ? (
            <ToLocal />
          ) : (
            <Text size="sm" c="gray.7">
              {t('office.mode.noLocal')}
            </Text>
          )}
        </>
      )}
    </SettingsSection>
  );
}
