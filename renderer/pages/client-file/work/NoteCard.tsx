// One note: who wrote it and when, the text, and editing in place (a stale edit shows the other
// person's text beside this user's, as everywhere in the file).
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/schemas/work';
import { call } from '../../../api/client';
import { Ltr } from '../../../components/Ltr';
import { formatTimestamp } from '../../../format';
import { useMay } from '../access';
import { ConfirmDelete } from '../ConfirmDelete';
import { useStaleWrite } from '../ConflictNotice';

interface Props {
  note: Note;
  onChanged(): Promise<void>;
}

export function NoteCard({ note, onChanged }: Props) {
  const { t } = useTranslation();
  const may = useMay();
  const [text, setText] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const stale = useStaleWrite({
    initial: note,
    save: (target) => void save(target),
    adopt: (theirs) => setText(theirs.body),
  });

  const save = async (target: Note) => {
    if (text === null) return;
    setFailure(null);
    const reply = await call('notes.update', { id: target.id, version: target.version, body: text });
    if (reply.ok) {
      setText(null);
      await onChanged();
    } else if (reply.error.code === 'conflict') {
      const latest = await call('notes.list', { clientId: note.clientId });
      const current = latest.ok ? latest.value.find((n) => n.id === note.id) : undefined;
      if (current)
        stale.refused(reply.error.message, current, [
          { field: 'body', label: t('clientFile.notes.body'), mine: text, theirs: current.body },
        ]);
      else setFailure(t('clientFile.conflict.gone'));
    } else setFailure(reply.error.message);
  };

  const remove = async () => {
    const reply = await call('notes.delete', { id: stale.base.id, version: stale.base.version });
    if (!reply.ok) setFailure(reply.error.message);
    await onChanged();
  };

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed">
          {note.createdByName} · <Ltr>{formatTimestamp(note.createdAt)}</Ltr>
        </Text>
        {text === null && (
          <Group gap={2}>
            <Tooltip label={t('clientFile.edit')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('clientFile.edit')}
                onClick={() => setText(note.body)}
              >
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            {may('notes.delete') && <ConfirmDelete label={t('clientFile.delete')} onConfirm={remove} />}
          </Group>
        )}
      </Group>
      {failure && (
        <Alert color="red" role="alert" mb="xs">
          {failure}
        </Alert>
      )}
      {text === null ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {note.body}
        </Text>
      ) : (
        <Stack gap="xs">
          {stale.notice}
          <Textarea
            label={t('clientFile.notes.body')}
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Group gap="xs">
            <Button size="xs" onClick={() => void save(stale.base)}>
              {t('clientFile.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setText(null)}>
              {t('clientFile.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
