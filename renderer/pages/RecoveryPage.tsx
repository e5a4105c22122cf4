// Shown instead of the desk when the office's data file would not open or check at start: the error
// to copy for support, and the latest good backup to restore after a confirmation with an owner's
// username and password (as the backup knows them). A file from a newer version is not broken: the
// screen says to install that version and offers no restore.
import { Alert, Button, Code, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RecoveryStatus, RestoreResult } from '../../shared/schemas/backup';
import { call } from '../api/client';
import { CenteredCard } from '../components/CenteredCard';
import { Ltr } from '../components/Ltr';
import { formatTimestamp } from '../format';
import { KeyEntry } from './security/KeyEntry';

/** Usernames and passwords are Latin text, typed left to right. */
const CREDENTIAL = { required: true, dir: 'ltr' } as const;

export function RecoveryPage({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const [owner, setOwner] = useState({ username: '', password: '' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    void call('recovery.status', {}).then((reply) =>
      reply.ok ? setStatus(reply.value) : setFailure(reply.error.message),
    );
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
    const reply = await call('recovery.restoreLatest', { confirm: true, ...owner });
    setRestoring(false);
    // A wrong username or password is answered in the dialog, so the owner can try again.
    if (!reply.ok && reply.error.code === 'bad_credentials') return setRefusal(reply.error.message);
    setConfirming(false);
    setOwner({ username: '', password: '' });
    if (reply.ok) setRestored(reply.value);
    else setFailure(reply.error.message);
  };

  const latest = status?.latest ?? null;
  const date = latest ? formatTimestamp(latest.createdAt) : '';
  const keyProblem = status?.keyProblem ?? null;
  const title = status?.newerVersion
    ? t('recovery.newerTitle')
    : keyProblem === 'missing'
      ? t('security.recovery.title')
      : keyProblem === 'wrong'
        ? t('security.recovery.wrongTitle')
        : t('recovery.title');

  return (
    <CenteredCard
      title={title}
      intro={status?.newerVersion ? t('recovery.newerIntro') : keyProblem ? undefined : t('recovery.intro')}
      width={680}
    >
      <Stack gap="md">
        {failure && <Alert color="red">{failure}</Alert>}
        {keyProblem && !restored && <KeyEntry problem={keyProblem} onOpened={onRestored} />}
        {keyProblem && latest && !restored && (
          <Text size="sm" c="gray.7">
            {t('security.recovery.orBackup')}
          </Text>
        )}
        {restored ? (
          <>
            <Alert color="green" title={t('recovery.done')}>
              {restored.safetyCopy && (
                <>
                  {t('recovery.safetyCopy')} <Ltr>{restored.safetyCopy.name}</Ltr>
                </>
              )}
            </Alert>
            {restored.missingDocuments.length > 0 && (
              <Alert color="yellow" title={t('recovery.missingDocuments', { count: restored.missingDocuments.length })}>
                {restored.missingDocuments.map((doc, index) => (
                  <Text key={index} size="sm">
                    {doc.client ? t('recovery.missingDocumentOf', { name: doc.name, client: doc.client }) : doc.name}
                  </Text>
                ))}
              </Alert>
            )}
            <Button onClick={onRestored}>{t('recovery.continue')}</Button>
          </>
        ) : (
          status && (
            <>
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {t('recovery.errorLabel')}
                </Text>
                <Code block dir="auto" ref={errorRef} data-testid="recovery-error" style={{ whiteSpace: 'pre-wrap' }}>
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
              {status.newerVersion ? (
                <Alert color="yellow">{t('recovery.newerText')}</Alert>
              ) : latest ? (
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
              {!status.newerVersion && (
                <Button leftSection={<IconRestore size={16} />} disabled={!latest} onClick={() => setConfirming(true)}>
                  {t('recovery.restore')}
                </Button>
              )}
            </>
          )
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('recovery.confirmTitle')} centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              <Trans i18nKey="recovery.confirmText" values={{ date }} components={{ date: <bdi dir="ltr" /> }} />
            </Text>
            <Text size="sm">{t('recovery.ownerText')}</Text>
            <TextInput
              {...CREDENTIAL}
              label={t('recovery.username')}
              autoComplete="username"
              value={owner.username}
              onChange={(event) => setOwner({ ...owner, username: event.currentTarget.value })}
            />
            <PasswordInput
              {...CREDENTIAL}
              label={t('recovery.password')}
              autoComplete="current-password"
              value={owner.password}
              error={refusal}
              onChange={(event) => {
                setRefusal(null);
                setOwner({ ...owner, password: event.currentTarget.value });
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={restoring}>
                {t('recovery.cancel')}
              </Button>
              <Button type="submit" color="red" loading={restoring} disabled={!owner.username || !owner.password}>
                {t('recovery.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </CenteredCard>
  );
}
