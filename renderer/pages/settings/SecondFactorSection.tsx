// Each person's own second factor: turn it on (scan, confirm with a code, keep the recovery codes)
// or off (with the password, unless the office requires it).
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../../shared/api/contract';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { call } from '../../api/client';
import { queryKey } from '../../api/queryKeys';
import { CodeForm } from '../../auth/CodeForm';
import { RecoveryCodes } from '../../auth/RecoveryCodes';
import { TotpSetup } from '../../auth/TotpSetup';
import { SettingsSection } from './SettingsSection';

type Stage =
  | { kind: 'status' }
  | { kind: 'enrol'; enrolment: TotpEnrolment }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disable' };

export function SecondFactorSection() {
  const { t } = useTranslation();
  const status = useQuery(apiQuery('auth.secondFactorStatus', {})).data ?? null;
  const [stage, setStage] = useState<Stage>({ kind: 'status' });
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const load = () => void invalidateKeys([queryKey('auth.secondFactorStatus', {})]);

  const start = async () => {
    const reply = await call('auth.startSecondFactor', {});
    if (reply.ok) setStage({ kind: 'enrol', enrolment: reply.value });
  };
  const confirm = async (code: string) => {
    const reply = await call('auth.confirmSecondFactor', { code });
    if (!reply.ok) return reply.error;
    notifications.show({ color: 'green', message: t('auth.settings.enabled') });
    setStage({ kind: 'codes', codes: reply.value.recoveryCodes });
    return null;
  };
  const disable = async () => {
    setFailure(null);
    const reply = await call('auth.disableSecondFactor', { password });
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'green', message: t('auth.settings.disabled') });
    setPassword('');
    setStage({ kind: 'status' });
    load();
  };
  const back = () => {
    setStage({ kind: 'status' });
    load();
  };

  if (!status) return null;
  const cancel = (
    <Button variant="subtle" onClick={back}>
      {t('auth.settings.cancel')}
    </Button>
  );
  return (
    <SettingsSection title={t('auth.settings.title')}>
      {status.required && <Text size="sm">{t('auth.settings.required')}</Text>}
      {stage.kind === 'status' && (
        <Group justify="space-between">
          <Text size="sm">
            {status.enabled ? t('auth.settings.on', { count: status.recoveryCodesLeft }) : t('auth.settings.off')}
          </Text>
          {status.enabled ? (
            !status.required && (
              <Button variant="default" onClick={() => setStage({ kind: 'disable' })}>
                {t('auth.settings.disable')}
              </Button>
            )
          ) : (
            <Button onClick={() => void start()}>{t('auth.settings.enable')}</Button>
          )}
        </Group>
      )}
      {stage.kind === 'enrol' && (
        <Stack gap="sm" maw={420}>
          <Text size="sm">{t('auth.settings.enrolIntro')}</Text>
          <TotpSetup enrolment={stage.enrolment} />
          <CodeForm submitLabel={t('auth.settings.confirm')} onCode={confirm} extraAction={cancel} />
        </Stack>
      )}
      {stage.kind === 'codes' && (
        <Stack maw={420}>
          <RecoveryCodes codes={stage.codes} onDone={back} />
        </Stack>
      )}
      {stage.kind === 'disable' && (
        <Stack gap="sm" maw={420}>
          {failure && <Alert color="red">{failure}</Alert>}
          <PasswordInput
            label={t('auth.settings.password')}
            description={t('auth.settings.disableIntro')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
          />
          <Group justify="space-between">
            <Button color="red" onClick={() => void disable()}>
              {t('auth.settings.disable')}
            </Button>
            {cancel}
          </Group>
        </Stack>
      )}
    </SettingsSection>
  );
}
