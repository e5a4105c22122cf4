// Someone else saved the record on screen a moment ago: a calm word at the top, not a refusal. On a
// form, loading their version replaces the form's values, and keeping one's own goes on editing —
// saving then meets the stale-version check and shows both versions side by side. A page that only
// shows the record has already taken the new version and just says who changed it.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChangeEvent } from '../../shared/api/changes';

type Props = { change: ChangeEvent } & ({ onReload(): void; onKeepMine(): void } | { onClose(): void });

export function LiveChangeNotice(props: Props) {
  const { t } = useTranslation();
  const { change } = props;
  const form = 'onReload' in props;
  // On a form it stays in sight while the user scrolls to the field they are typing in.
  return (
    <Alert
      bg="blue.0"
      style={
        form
          ? {
              position: 'sticky',
              top: 'calc(var(--app-shell-header-height, 56px) + 8px)',
              zIndex: 3,
              boxShadow: 'var(--mantine-shadow-sm)',
            }
          : undefined
      }
      color="blue"
      variant="light"
      role="status"
      icon={<IconRefresh size={18} aria-hidden />}
      title={t('live.title', { name: change.by?.name || t('live.someone') })}
      withCloseButton={!form}
      closeButtonLabel={t('live.close')}
      onClose={form ? undefined : props.onClose}
      data-testid="live-change"
    >
      <Stack gap="xs">
        <Text size="sm">{t(form ? 'live.body' : 'live.updated')}</Text>
        {form && (
          <Group gap="sm">
            <Button size="xs" onClick={props.onReload}>
              {t('live.reload')}
            </Button>
            <Button size="xs" variant="default" onClick={props.onKeepMine}>
              {t('live.keepMine')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
