// A task or deadline for this client: kind, what to do, the due date (dd/mm/yyyy) and who handles it.
import { Alert, Button, Grid, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { taskKinds } from '../../../../shared/domain/enums';
import { taskCreateInput, type Task } from '../../../../shared/schemas/work';
import type { StaffMember } from '../../../../shared/schemas/staff';
import { call } from '../../../api/client';
import { typedDate } from '../../../forms/clientValues';
import { contractResolver } from '../../../forms/contractResolver';
import { FormSelect } from '../../../forms/FormSelect';
import { FormTextField } from '../../../forms/FormTextField';
import { showServerError } from '../../../forms/serverErrors';
import { useClientFile } from '../useClientFile';

interface Values {
  kind: string;
  title: string;
  dueDate: string;
  assignedTo: string;
}

const blank: Values = { kind: 'follow_up', title: '', dueDate: '', assignedTo: '' };

export function NewTaskForm({ staff, onCreated }: { staff: StaffMember[]; onCreated(): void }) {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: Values) => ({
    kind: (values.kind || undefined) as Task['kind'],
    title: values.title,
    dueDate: typedDate(values.dueDate),
    clientId: file.client.id,
    assignedTo: values.assignedTo ? Number(values.assignedTo) : null,
  });
  const form = useForm<Values>({ defaultValues: blank, resolver: contractResolver(taskCreateInput, toInput) });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('tasks.create', toInput(values));
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    form.reset(blank);
    onCreated();
  });

  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('clientFile.tasks.add')}>
        {failure && (
          <Alert color="red" role="alert" mb="sm">
            {failure}
          </Alert>
        )}
        <Grid align="flex-start">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <FormTextField form={form} name="title" label={t('clientFile.tasks.titleField')} required />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <FormSelect
              form={form}
              name="kind"
              label={t('clientFile.tasks.kind')}
              required
              data={taskKinds.map((value) => ({ value, label: t(`clientFile.enums.taskKind.${value}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <FormTextField
              form={form}
              name="dueDate"
              label={t('clientFile.tasks.dueDate')}
              placeholder="dd/mm/yyyy"
              required
              ltr
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <FormSelect
              form={form}
              name="assignedTo"
              label={t('clientFile.tasks.assignedTo')}
              placeholder={t('clientFile.none')}
              data={staff.filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.fullName }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }} pt={34}>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('clientFile.tasks.add')}
              </Button>
            </Group>
          </Grid.Col>
        </Grid>
      </form>
    </Paper>
  );
}
