// Shown instead of the desk when the office's data file would not open or check at start: the error
// to copy for support, and the latest good backup to restore after a confirmation.
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RecoveryStatus, RestoreResult } from '../../shared/schemas/backup';
import { call } from '../api/client';
import { CenteredCard } from '../components/CenteredCard';
import { Ltr } from '../components/Ltr';
import { formatTimestamp } from '../format';

export function RecoveryPage({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const errorRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    void call('recovery.status', {}).then((reply) => (reply.ok ? setStatus(reply.value) : setFailure(reply.error.message)));
  }, []);

  // The desktop shell may refuse clipboard access; then the text is selected for Ctrl+C.
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      if (errorRef.current) window.getSelection()?.selectAllChildren(errorRef.current);
      setCopied('selected');
    }
  };

  const restore = async () => {
    setRestoring(true);
    const reply = await call('recovery.restoreLatest', { confirm: true });
    setRestoring(false);
    setConfirming(false);
    if (reply.ok) setRestored(reply.value);
    else setFailure(reply.error.message);
  };

  const latest = status?.latest ?? null;
  const date = latest ? formatTimestamp(latest.createdAt) : '';

  return (
    <CenteredCard title={t('recovery.title')} intro={t('recovery.intro')} width={680}>
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        {restored ? (
          <>
            <Alert color="green" title={t('recovery.done')}>
              {restored.safetyCopy && (
                <>
                  {t('recovery.safetyCopy')} <Ltr>{restored.safetyCopy.name}</Ltr>
                </>
              )}
            </Alert>
            <Button onClick={onRestored}>{t('recovery.continue')}</Button>
          </>
        ) : (
          status && (
            <>
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {t('recovery.errorLabel')}
                </Text>
                <Code block dir="auto" ref={errorRef} data-testid="recovery-error">
                  {status.error}
                </Code>
                <Group gap="sm">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={copied === 'copied' ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    onClick={() => void copy(status.error)}
                  >
                    {copied === 'copied' ? t('recovery.copied') : t('recovery.copy')}
                  </Button>
                  {copied === 'selected' && (
                    <Text size="sm" c="dimmed">
                      {t('recovery.selected')}
                    </Text>
                  )}
                </Group>
              </Stack>
              {latest ? (
                <Alert color="deepBlue" title={t('recovery.latestTitle')}>
                  <Text size="sm">
                    {t(`recovery.kinds.${latest.kind}`)} · <Ltr>{date}</Ltr>
                  </Text>
                  <Text size="xs" c="dimmed">
                    <Ltr>{latest.name}</Ltr>
                  </Text>
                </Alert>
              ) : (
                <Alert color="yellow">{t('recovery.noBackup')}</Alert>
              )}
              <Button leftSection={<IconRestore size={16} />} disabled={!latest} onClick={() => setConfirming(true)}>
                {t('recovery.restore')}
              </Button>
            </>
          )
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('recovery.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">
            <Trans i18nKey="recovery.confirmText" values={{ date }} components={{ date: <bdi dir="ltr" /> }} />
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={restoring}>
              {t('recovery.cancel')}
            </Button>
            <Button color="red" loading={restoring} onClick={() => void restore()}>
              {t('recovery.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </CenteredCard>
  );
}
