// On the new office server: pick the desk's move package, type the same passphrase, confirm; the
// package goes up in parts (with progress), then the server swaps it in and verifies it. The report
// shows every table's rows on both sides, the documents and the audit chain; a failed check's Hebrew
// reason is shown as the server gave it (the server is then empty again).
import { Alert, Button, Checkbox, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_MOVE_PASSPHRASE, type MoveReport } from '../../../shared/schemas/move';
import { call } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { formatSize } from '../../format';
import { PassphraseInput } from './MovePassphrase';
import { MoveReportView } from './MoveReportView';
import { uploadMovePackage } from './moveUpload';

type Phase = { kind: 'idle' } | { kind: 'uploading'; sent: number } | { kind: 'verifying' };

export function MoveServer() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<MoveReport | null>(null);

  const adopt = async (chosen: File) => {
    setError(null);
    setPhase({ kind: 'uploading', sent: 0 });
    const uploaded = await uploadMovePackage(chosen, (sent) => setPhase({ kind: 'uploading', sent }));
    if (!uploaded.ok) {
      setPhase({ kind: 'idle' });
      return setError(uploaded.error.message);
    }
    setPhase({ kind: 'verifying' });
    const reply = await call('backup.adoptOffice', { uploadId: uploaded.value, passphrase, confirm: true });
    setPhase({ kind: 'idle' });
    if (!reply.ok) return setError(reply.error.message);
    setReport(reply.value);
  };

  const ready =
    report === null && file !== null && confirmed && passphrase.length >= MIN_MOVE_PASSPHRASE && phase.kind === 'idle';
  return (
    <Stack gap="xs" data-testid="move-server">
      <Title order={4} size="h5">
        {t('settings.move.serverTitle')}
      </Title>
      <Text size="sm">{t('settings.move.serverText')}</Text>
      <Group>
        <FileButton onChange={setFile} accept=".zip,application/zip">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={18} />}>
              {t('settings.move.pick')}
            </Button>
          )}
        </FileButton>
        {file && <Text size="sm">{t('settings.move.picked', { name: file.name, size: formatSize(file.size) })}</Text>}
      </Group>
      <PassphraseInput value={passphrase} onChange={setPassphrase} />
      <Checkbox
        label={t('settings.move.confirm')}
        checked={confirmed}
        onChange={(event) => setConfirmed(event.currentTarget.checked)}
      />
      <Button
        w="fit-content"
        color="red"
        onClick={() => file && void adopt(file)}
        disabled={!ready}
        loading={phase.kind !== 'idle'}
      >
        {t('settings.move.adopt')}
      </Button>
      {phase.kind === 'uploading' && file && (
        <Stack gap={4} role="status">
          <Text size="sm">{t('settings.move.uploading')}</Text>
          <Progress value={(phase.sent / Math.max(file.size, 1)) * 100} aria-label={t('settings.move.uploading')} />
        </Stack>
      )}
      {phase.kind === 'verifying' && (
        <Text size="sm" role="status">
          {t('settings.move.verifying')}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {report && (
        <>
          <Alert color="green" role="status">
            <Text size="sm">{t('settings.move.adopted')}</Text>
            <Button mt="xs" size="compact-sm" onClick={() => void signOut()}>
              {t('settings.move.signIn')}
            </Button>
          </Alert>
          <MoveReportView report={report} />
        </>
      )}
    </Stack>
  );
}
