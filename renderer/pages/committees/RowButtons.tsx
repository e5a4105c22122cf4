// The buttons of a list of rows inside a form: remove this row, add one at the end.
import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

export function RemoveRow({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" mb={4} aria-label={label} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

export function AddRow({ label, onAdd }: { label: string; onAdd(): void }) {
  return (
    <div>
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
        {label}
      </Button>
    </div>
  );
}
