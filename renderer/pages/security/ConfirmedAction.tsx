// A long owner's action over the whole store (encrypting it, changing its key): a button, a
// confirmation, and while it runs a status line — nobody can work meanwhile, so it says so.
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The area of the words: `security.encrypt` or `security.rotate`. */
  words: 'security.encrypt' | 'security.rotate';
  icon: ReactNode;
  /** Runs the action; a message when it failed. */
  run: () => Promise<string | null>;
}

export function ConfirmedAction({ words, icon, run }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const go = async () => {
    setAsking(false);
    setWorking(true);
    setFailure(null);
    setFailure(await run());
    setWorking(false);
  };

  return (
    <>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {working ? (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t(`${words}.working`)}</Text>
        </Group>
      ) : (
        <Group>
          <Button leftSection={icon} onClick={() => setAsking(true)}>
            {t(`${words}.start`)}
          </Button>
        </Group>
      )}
      <Modal opened={asking} onClose={() => setAsking(false)} title={t(`${words}.confirmTitle`)} centered>
        <Stack>
          <Text size="sm">{t(`${words}.confirmText`)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t(`${words}.cancel`)}
            </Button>
            <Button color="red" onClick={() => void go()}>
              {t(`${words}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
