// The add/edit form of one record, in a side panel: validated with the record kind's own schema,
// server errors under their field, and a refused stale write answered with the other person's
// values beside the user's (ConflictNotice) instead of losing what was typed.
import { Alert, Drawer, Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recordKinds } from '../../../../shared/api/procedures/records';
import { contractResolver } from '../../../forms/contractResolver';
import { showServerError } from '../../../forms/serverErrors';
import { useDraft } from '../../../forms/useDraft';
import { FormButtons } from '../Section';
import { conflictRows, useStaleWrite } from '../ConflictNotice';
import { useClientFile } from '../useClientFile';
import { useDescribe } from './display';
import { recordCall } from './recordCalls';
import type { RecordConfig } from './recordConfigs';
import { RecordField } from './RecordField';
import { blankRecord, fromRecord, toRecordInput, type AnyRecord, type RecordValues } from './recordValues';

export interface EditorTarget {
  record: AnyRecord | null;
  /** Values a new record starts with (a jump from the rights panel may preset the relation). */
  preset?: Record<string, string>;
  /** The field to focus (the drawer's focus trap takes it, as data-autofocus) and mark. */
  focus?: string;
}

interface Props extends EditorTarget {
  config: RecordConfig;
  onClose(): void;
  onSaved(): void;
}

export function RecordEditor({ config, record, preset, focus, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const describe = useDescribe();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<RecordValues>({
    defaultValues: record ? fromRecord(config, record) : blankRecord(config, preset),
    resolver: contractResolver(recordKinds[config.kind], (values: RecordValues) => toRecordInput(config, values)),
  });
  const draft = useDraft(form, `record.${file.client.id}.${config.kind}.${record?.id ?? 'new'}`, true);
  const { kind } = config;
  const stale = useStaleWrite({
    initial: record,
    save: (target) => void saveOver(target)(),
    adopt: (theirs) => theirs && form.reset(fromRecord(config, theirs)),
  });

  const showConflict = async (message: string, id: number) => {
    const latest = await recordCall(kind, 'list', { clientId: file.client.id });
    const theirs = latest.ok ? latest.value.find((row) => row.id === id) : undefined;
    if (!theirs) {
      setFailure(t('clientFile.conflict.gone'));
      return;
    }
    const specs = new Map(config.fields.map((spec) => [spec.name, spec]));
    const rows = conflictRows(
      form.getValues(),
      fromRecord(config, theirs),
      config.fields.map((spec) => spec.name),
      (field) => t(`clientFile.fields.${field}`),
      (field, value) => describe(specs.get(field)!, value),
    );
    stale.refused(message, theirs, rows);
  };

  const saveOver = (target: AnyRecord | null) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      const input = toRecordInput(config, values);
      const reply = target
        ? await recordCall(kind, 'update', { ...input, id: target.id, version: target.version })
        : await recordCall(kind, 'create', { ...input, clientId: file.client.id });
      if (reply.ok) {
        draft.discard();
        onSaved();
      } else if (reply.error.code === 'conflict' && target) {
        await showConflict(reply.error.message, target.id);
      } else {
        setFailure(showServerError(form, reply.error)?.message ?? null);
      }
    });

  const close = () => {
    draft.discard();
    onClose();
  };

  return (
    <Drawer
      opened
      className="client-file"
      onClose={close}
      // Mantine mirrors drawer sides under RTL: 'left' opens on the start (right) side, where a Hebrew reader looks first.
      position="left"
      size={kind === 'medical' ? 'xl' : 'lg'}
      title={t(`clientFile.sections.${kind}.${record ? 'edit' : 'add'}`)}
      closeButtonProps={{ 'aria-label': t('clientFile.close') }}
    >
      <form onSubmit={(event) => void saveOver(stale.base)(event)} noValidate data-testid={`editor-${kind}`}>
        <Stack gap="md">
          {stale.notice}
          {draft.restored && <Alert color="blue">{t('clientFile.draftRestored')}</Alert>}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Grid>
            {config.fields.map((spec) => (
              <Grid.Col
                key={spec.name}
                span={spec.span ?? 4}
                className={spec.name === focus ? 'focus-highlight' : undefined}
              >
                <RecordField spec={spec} form={form} autoFocus={spec.name === focus} />
              </Grid.Col>
            ))}
          </Grid>
          <FormButtons submitting={form.formState.isSubmitting} onCancel={close} />
        </Stack>
      </form>
    </Drawer>
  );
}
