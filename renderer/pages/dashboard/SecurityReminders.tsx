// The owner's reminders on the dashboard until the office's data is safe: a store made before
// encryption, a recovery key not made or not confirmed yet, and a new one due after the office was
// restored here with the old one (or a backup folder's keys). Only owners may ask or act.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '../../api/apiQuery';

function Reminder({ text, action, testId }: { text: string; action: string; testId: string }) {
  return (
    <Alert color="yellow" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{text}</Text>
        <Button component={Link} to="/security" size="xs" variant="light" color="yellow" style={{ flexShrink: 0 }}>
          {action}
        </Button>
      </Group>
    </Alert>
  );
}

export function SecurityReminders() {
  const { t } = useTranslation();
  const state = useQuery(apiQuery('recoveryKey.state', {})).data;
  if (!state || (!state.storePlain && state.confirmedAt && !state.renewDue)) return null;
  return (
    <Stack gap="xs">
      {state.storePlain && (
        <Reminder
          text={t('security.encrypt.banner')}
          action={t('security.encrypt.bannerAction')}
          testId="encrypt-reminder"
        />
      )}
      {(!state.confirmedAt || state.renewDue) && (
        <Reminder
          text={t(state.renewDue ? 'security.key.renewReminder' : 'security.key.reminder')}
          action={t('security.key.reminderAction')}
          testId="recovery-key-reminder"
        />
      )}
    </Stack>
  );
}
