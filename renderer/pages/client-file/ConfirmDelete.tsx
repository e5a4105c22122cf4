// A delete button that asks once more before it acts (deletes are soft, but still not undone here).
import { ActionIcon, Button, Group, Popover, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmDelete({ label, onConfirm }: { label: string; onConfirm(): Promise<void> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    await onConfirm();
    setBusy(false);
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={label}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={label}
            onClick={(event) => {
              event.stopPropagation();
              setOpened((o) => !o);
            }}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown onClick={(event) => event.stopPropagation()}>
        <Text size="sm" mb="xs">
          {t('clientFile.confirmDelete')}
        </Text>
        <Group gap="xs">
          <Button size="xs" color="red" loading={busy} onClick={() => void confirm()}>
            {t('clientFile.delete')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            {t('clientFile.cancel')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
