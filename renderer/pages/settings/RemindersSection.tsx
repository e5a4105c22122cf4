// How many days before a binding deadline the office is reminded of it (the dashboard shows binding
// deadlines from the longest one on). The owner changes it; everyone sees it.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery, useApiMutation } from '../../api/apiQuery';
import { SettingInput, useSettingDraft } from './SettingInput';
import { SettingsSection } from './SettingsSection';

/** "14, 3" → [14, 3]; anything else is passed on as typed, for the server to refuse by name. */
function parseDays(text: string): unknown[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function RemindersSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery(apiQuery('docket.settings', {})).data;
  const { text, edit, error, refuse } = useSettingDraft(settings?.reminderDays.join(', '));
  const setReminderDays = useApiMutation('docket.setReminderDays');

  const save = async () => {
    const reply = await setReminderDays({ reminderDays: parseDays(text) as number[] });
    if (!reply.ok) return refuse(reply.error.message);
    edit(reply.value.reminderDays.join(', '));
    notifications.show({ color: 'green', message: t('settings.reminders.saved') });
  };

  return (
    <SettingsSection title={t('settings.reminders.title')}>
      <Text size="sm">{t('settings.reminders.text')}</Text>
      <Group align="flex-end" gap="sm">
        <SettingInput
          width={200}
          label={t('settings.reminders.label')}
          value={text}
          onChange={edit}
          readOnly={!canEdit}
          error={error}
        />
        {canEdit && <Button onClick={() => void save()}>{t('settings.reminders.save')}</Button>}
      </Group>
    </SettingsSection>
  );
}
