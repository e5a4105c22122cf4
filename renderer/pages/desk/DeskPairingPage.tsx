// "Connect to the office server": a desk in office mode that is not paired (or whose pairing the
// server no longer knows) pairs here with the owner's one-time code, then shows the server's
// fingerprint to compare with the owner's screen. A changed certificate is shown first, as a block.
import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { deskPairInput, type DeskStatus } from '../../../shared/api/procedures/devices';
import { call } from '../../api/client';
import { CenteredCard } from '../../components/CenteredCard';
import { Ltr } from '../../components/Ltr';
import { contractResolver } from '../../forms/contractResolver';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';

type OfficeStatus = Extract<DeskStatus, { mode: 'office' }>;

interface PairValues {
  server: string;
  pairingCode: string;
  deviceName: string;
}

interface PairingProps {
  status: OfficeStatus;
  /** The server answered that it does not know this desk (revoked, or its store was replaced). */
  refused: boolean;
  onPaired: () => void;
  /** desk.pair on an office desk; a local desk joining a server (first run, settings) uses its own. */
  procedure?: 'desk.pair' | 'desk.setupOnServer' | 'desk.connect';
  /** Back to where the choice was made. */
  onBack?: () => void;
}

export function DeskPairingPage({ status, refused, onPaired, procedure = 'desk.pair', onBack }: PairingProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const form = useForm<PairValues>({
    defaultValues: { server: status.server, pairingCode: '', deviceName: status.deviceName },
    resolver: contractResolver(deskPairInput),
  });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call(procedure, values);
    if (!reply.ok) return setFailure(showServerError(form, reply.error)?.message ?? null);
    setFingerprint(reply.value.fingerprint);
  });

  if (fingerprint) {
    return (
      <CenteredCard title={t('office.pair.doneTitle')} width={480}>
        <Stack gap="md">
          <Text size="sm">{t('office.pair.compare')}</Text>
          <div>
            <Text size="sm" fw={500}>
              {t('office.pair.fingerprint')}
            </Text>
            <Code fz="lg" data-testid="desk-fingerprint">
              <Ltr>{fingerprint}</Ltr>
            </Code>
          </div>
          <Button onClick={onPaired}>{t('office.pair.continue')}</Button>
        </Stack>
      </CenteredCard>
    );
  }

  const changed = status.state === 'certificate_changed';
  return (
    <CenteredCard title={t('office.pair.title')} intro={changed ? undefined : t('office.pair.intro')} width={480}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {changed && (
            <Alert color="red" title={t('office.changed.title')} data-testid="certificate-changed">
              <Text size="sm">{t('office.changed.text')}</Text>
              <Text size="sm" mt="xs">
                {t('office.changed.pinned')}:
              </Text>
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                <Ltr>{status.fingerprint}</Ltr>
              </Text>
            </Alert>
          )}
          {refused && !changed && <Alert color="yellow">{t('office.pair.revoked')}</Alert>}
          {failure && <Alert color="red">{failure}</Alert>}
          <FormTextField form={form} name="server" label={t('office.pair.server')} ltr autoComplete="url" />
          <FormTextField
            form={form}
            name="pairingCode"
            label={t('office.pair.pairingCode')}
            help={t('office.pair.pairingCodeHelp')}
            ltr
            autoComplete="off"
            autoFocus
          />
          <FormTextField
            form={form}
            name="deviceName"
            label={t('office.pair.deviceName')}
            help={t('office.pair.deviceNameHelp')}
          />
          <Button type="submit" loading={isSubmitting}>
            {t('office.pair.submit')}
          </Button>
          {onBack && (
            <Button variant="subtle" onClick={onBack}>
              {t('office.pair.back')}
            </Button>
          )}
        </Stack>
      </form>
    </CenteredCard>
  );
}
