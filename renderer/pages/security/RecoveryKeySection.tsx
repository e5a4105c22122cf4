// The recovery key on the security screen: whether one was made and confirmed (and when), making
// one (or a new one, which cancels the last), then showing it once to be written down and confirmed.
import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { NewRecoveryKey, RecoveryKeyState } from '../../../shared/api/procedures/recovery-key';
import { call } from '../../api/client';
import { formatTimestamp } from '../../format';
import { SettingsSection } from '../settings/SettingsSection';
import { NewKey } from './NewKey';

const DATE = { date: <bdi dir="ltr" /> };

export function KeyStatus({ state }: { state: RecoveryKeyState }) {
  const { t } = useTranslation();
  const { createdAt, confirmedAt } = state;
  return (
    <Alert color={confirmedAt ? 'green' : 'yellow'} data-testid="recovery-key-state">
      {!createdAt ? (
        t('security.key.never')
      ) : confirmedAt ? (
        <Trans
          i18nKey="security.key.confirmed"
          values={{ created: formatTimestamp(createdAt), confirmed: formatTimestamp(confirmedAt) }}
          components={DATE}
        />
      ) : (
        <Trans i18nKey="security.key.pending" values={{ date: formatTimestamp(createdAt) }} components={DATE} />
      )}
    </Alert>
  );
}

/** Makes a new key; the caller shows it. */
export function useNewKey(): [
  NewRecoveryKey | null,
  () => Promise<void>,
  boolean,
  (made: NewRecoveryKey | null) => void,
] {
  const [made, setMade] = useState<NewRecoveryKey | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    const reply = await call('recoveryKey.create', {});
    setBusy(false);
    if (reply.ok) setMade(reply.value);
    else notifications.show({ color: 'red', message: reply.error.message });
  };
  return [made, create, busy, setMade];
}

export function RecoveryKeySection({
  state,
  onChanged,
}: {
  state: RecoveryKeyState;
  onChanged: (state: RecoveryKeyState) => void;
}) {
  const { t } = useTranslation();
  const [made, create, busy, setMade] = useNewKey();

  const confirmed = (next: RecoveryKeyState) => {
    setMade(null);
    notifications.show({ color: 'green', message: t('security.key.confirmedNow') });
    onChanged(next);
  };

  return (
    <SettingsSection title={t('security.key.title')} id="recovery-key">
      <Text size="sm">{t('security.key.text')}</Text>
      {/* While a new key is shown, the state before it ("not made yet") would contradict it. */}
      {!made && <KeyStatus state={state} />}
      {made ? (
        <NewKey made={made} onConfirmed={confirmed} />
      ) : (
        <Group>
          <Button leftSection={<IconKey size={16} />} loading={busy} onClick={() => void create()}>
            {state.createdAt ? t('security.key.createAgain') : t('security.key.create')}
          </Button>
          {state.createdAt && (
            <Text size="sm" c="gray.7">
              {t('security.key.againWarning')}
            </Text>
          )}
        </Group>
      )}
    </SettingsSection>
  );
}
