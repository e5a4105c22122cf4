// The folder the inbox watches: a scanner's or a mail program's output folder whose new files are
// taken into the inbox (and left there). The owner names it by its full path on the computer that holds
// the office's data; the server checks it and says in Hebrew what is wrong.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery, useApiMutation } from '../../api/apiQuery';
import { SettingInput, useSettingDraft } from './SettingInput';
import { SettingsSection } from './SettingsSection';

export function InboxFolderSection() {
  const { t } = useTranslation();
  const state = useQuery(apiQuery('inboxFolder.get', {})).data;
  const { text, edit, error, refuse } = useSettingDraft(state ? (state.folder ?? '') : undefined);
  const setFolder = useApiMutation('inboxFolder.set', ['inboxFolder.get']);

  const save = async (watchedFolder: string | null) => {
    const reply = await setFolder({ watchedFolder });
    if (!reply.ok) return refuse(reply.error.message);
    edit(reply.value.folder ?? '');
    notifications.show({
      color: 'green',
      message: t(reply.value.folder ? 'settings.inboxFolder.saved' : 'settings.inboxFolder.stopped'),
    });
  };

  return (
    <SettingsSection title={t('settings.inboxFolder.title')}>
      <Text size="sm">{t('settings.inboxFolder.text')}</Text>
      <Group align="flex-end" gap="sm">
        <SettingInput width={420} label={t('settings.inboxFolder.label')} value={text} onChange={edit} error={error} />
        <Button onClick={() => void save(text.trim() || null)}>{t('settings.inboxFolder.save')}</Button>
        {text !== '' && (
          <Button variant="subtle" onClick={() => void save(null)}>
            {t('settings.inboxFolder.stop')}
          </Button>
        )}
      </Group>
    </SettingsSection>
  );
}
