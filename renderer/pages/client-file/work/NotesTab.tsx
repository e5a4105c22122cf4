// Notes on the client's file, newest first; anyone may write, only some roles delete.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { noteCreateInput } from '../../../../shared/schemas/work';
import { call } from '../../../api/client';
import { contractResolver } from '../../../forms/contractResolver';
import { showServerError } from '../../../forms/serverErrors';
import { useDraft } from '../../../forms/useDraft';
import { SectionHeader } from '../Section';
import { useClientFile } from '../useClientFile';
import { NoteCard } from './NoteCard';

export function NotesTab() {
  const { t } = useTranslation();
  const { file, refresh } = useClientFile();
  const [failure, setFailure] = useState<string | null>(null);
  const clientId = file.client.id;
  const form = useForm<{ body: string }>({
    defaultValues: { body: '' },
    resolver: contractResolver(noteCreateInput, (values: { body: string }) => ({ ...values, clientId })),
  });
  const draft = useDraft(form, `note.${clientId}`, true);
  const notes = [...file.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('notes.create', { ...values, clientId });
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    draft.discard();
    form.reset({ body: '' });
    await refresh('notes');
  });

  return (
    <Stack gap="sm" maw={900}>
      <SectionHeader id="notes-title" title={t('clientFile.notes.title')} count={notes.length} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="xs">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Textarea
            label={t('clientFile.notes.new')}
            autosize
            minRows={3}
            {...form.register('body')}
            error={form.formState.errors.body?.message}
          />
          <Group>
            <Button type="submit" size="xs" loading={form.formState.isSubmitting}>
              {t('clientFile.notes.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      {notes.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="lg">
          {t('clientFile.notes.empty')}
        </Text>
      ) : (
        notes.map((note) => (
          <NoteCard key={`${note.id}.${note.version}`} note={note} onChanged={() => refresh('notes')} />
        ))
      )}
    </Stack>
  );
}
