// Closing a deadline: done, or not needed — then with the reason, which is kept, shown on the claim
// and written to the audit trail. The server checks the reason (the contract's schema) and names the field.
import { Alert, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { taskCompleteInput, type Task } from '../../../shared/schemas/work';
import { call } from '../../api/client';
import { DialogActions } from '../../components/DialogActions';
import { contractResolver } from '../../forms/contractResolver';
import { showServerError } from '../../forms/serverErrors';

interface Values {
  closedAs: 'done' | 'not_needed';
  reason: string;
}

export function CloseTaskDialog({ task, onClose, onDone }: { task: Task; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: Values): InputOf<'tasks.complete'> => ({
    id: task.id,
    version: task.version,
    done: true,
    closedAs: values.closedAs,
    reason: values.reason,
  });
  const form = useForm<Values>({
    defaultValues: { closedAs: 'done', reason: '' },
    resolver: contractResolver(taskCompleteInput, toInput),
  });
  const closedAs = form.watch('closedAs');

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('tasks.complete', toInput(values));
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    onDone();
  });

  return (
    <Modal opened onClose={onClose} title={t('claims.tasks.closeTitle')} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {task.title}
          </Text>
          {failure && <Alert color="red">{failure}</Alert>}
          <SegmentedControl
            aria-label={t('claims.tasks.closeAs')}
            value={closedAs}
            onChange={(value) => form.setValue('closedAs', value as Values['closedAs'])}
            data={[
              { value: 'done', label: t('claims.tasks.closeDone') },
              { value: 'not_needed', label: t('claims.tasks.closeNotNeeded') },
            ]}
          />
          <Textarea
            label={t('claims.tasks.reason')}
            description={t('claims.tasks.reasonHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required={closedAs === 'not_needed'}
            autosize
            minRows={2}
            data-autofocus
            {...form.register('reason')}
            error={form.formState.errors.reason?.message}
          />
          <DialogActions
            submitLabel={t('claims.tasks.closeSave')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
