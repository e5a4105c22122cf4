// Booking or editing a medical committee, in a side panel: when and where, who sits, the checklist,
// and once held its outcome and protocol. Checked with the contract's schema; server errors land under
// their field; a refused stale write keeps what was typed and says so.
import { Alert, Divider, Drawer, Grid, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { committeeTypes } from '../../../shared/domain/enums';
import { committeeFormInput, type Committee } from '../../../shared/schemas/committees';
import type { DocumentInfo } from '../../../shared/schemas/work';
import { apiQuery } from '../../api/apiQuery';
import { call } from '../../api/client';
import { afterWrite } from '../../api/apiQuery';
import { contractResolver } from '../../forms/contractResolver';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';
import { DialogActions } from '../../components/DialogActions';
import { ChecklistField } from './ChecklistField';
import {
  blankCommittee,
  fromCommittee,
  specialtyNames,
  toCommitteeInput,
  type CommitteeFormValues,
} from './committeeValues';
import { OutcomeField } from './OutcomeField';
import { placeChoices } from './committeePlace';

/** Help under a field in a grey dark enough to read (WCAG AA), not Mantine's dimmed one. */
const READABLE_HELP = { description: { color: 'var(--mantine-color-gray-7)' } };

export interface ClaimChoice {
  id: number;
  label: string;
}

interface Props {
  clientId: number;
  committee: Committee | null;
  /** The claims it may belong to; on the claim page, just that claim. */
  claims: ClaimChoice[];
  claimId: number | null;
  onClose(): void;
  onSaved(): void;
}

const NONE: { value: string; label: string }[] = [];
const documentChoices = (list: DocumentInfo[]) => list.map((d) => ({ value: String(d.id), label: d.originalName }));

export function CommitteeForm({ clientId, committee, claims, claimId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const documents = useQuery({ ...apiQuery('documents.list', { clientId }), select: documentChoices }).data ?? NONE;
  const form = useForm<CommitteeFormValues>({
    defaultValues: committee ? fromCommittee(t, committee) : blankCommittee(t, claimId),
    resolver: contractResolver(committeeFormInput, (values: CommitteeFormValues) => toCommitteeInput(t, values)),
  });
  const names = specialtyNames(t);

  const save = form.handleSubmit(async (values) => {
    setFailure(null);
    const input = toCommitteeInput(t, values) as Parameters<typeof call<'committees.create'>>[1];
    const reply = committee
      ? await call('committees.update', { ...input, id: committee.id, version: committee.version })
      : await call('committees.create', { ...input, clientId });
    // What a committee's change makes stale (the claim, its tasks, the appeal's estimate) is asked for again.
    if (reply.ok) await afterWrite(committee ? 'committees.update' : 'committees.create', input, reply.value);
    if (reply.ok) onSaved();
    else setFailure(showServerError(form, reply.error)?.message ?? null);
  });

  const heading = (key: string) => (
    <Title order={3} size="h5">
      {t(`committees.sections.${key}`)}
    </Title>
  );

  return (
    <Drawer
      opened
      onClose={onClose}
      position="left"
      size="xl"
      title={t(committee ? 'committees.edit' : 'committees.add')}
      closeButtonProps={{ 'aria-label': t('committees.close') }}
    >
      <form onSubmit={(event) => void save(event)} noValidate data-testid="committee-form">
        <Stack gap="md">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {heading('sitting')}
          <Grid>
            <Grid.Col span={6}>
              <FormSelect
                form={form}
                name="committeeType"
                label={t('committees.fields.committeeType')}
                required
                data-autofocus
                data={committeeTypes.map((value) => ({ value, label: t(`committees.type.${value}`) }))}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <FormSelect
                form={form}
                name="claimId"
                label={t('committees.fields.claimId')}
                placeholder={t('committees.none')}
                data={claims.map((claim) => ({ value: String(claim.id), label: claim.label }))}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <FormTextField
                form={form}
                name="committeeDate"
                label={t('committees.fields.committeeDate')}
                placeholder={t('committees.fields.datePlaceholder')}
                required
                ltr
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <FormTextField
                form={form}
                name="committeeTime"
                label={t('committees.fields.committeeTime')}
                placeholder={t('committees.fields.timePlaceholder')}
                ltr
                inputMode="numeric"
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <FormSelect
                form={form}
                name="branch"
                label={t('committees.fields.branch')}
                required
                searchable
                placeholder={t('committees.choose')}
                data={placeChoices(t)}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={form.control}
                name="specialties"
                render={({ field, fieldState }) => (
                  <TagsInput
                    ref={field.ref}
                    label={t('committees.fields.specialties')}
                    description={t('committees.fields.specialtiesHelp')}
                    styles={READABLE_HELP}
                    data={names.names}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
          <Divider />
          {heading('checklist')}
          <ChecklistField form={form} documents={documents} />
          <Grid>
            <Grid.Col span={4}>
              <FormTextField
                form={form}
                name="clientRemindedDate"
                label={t('committees.fields.clientRemindedDate')}
                placeholder={t('committees.fields.datePlaceholder')}
                ltr
              />
            </Grid.Col>
          </Grid>
          <Divider />
          {heading('outcome')}
          <Text size="sm" c="dimmed">
            {t('committees.sections.outcomeHelp')}
          </Text>
          <OutcomeField form={form} />
          <Grid>
            <Grid.Col span={4}>
              <FormTextField
                form={form}
                name="weightedPercent"
                label={t('committees.fields.weightedPercent')}
                ltr
                inputMode="numeric"
                rightSection="%"
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <FormSelect
                form={form}
                name="protocolDocumentId"
                label={t('committees.fields.protocolDocumentId')}
                placeholder={t('committees.none')}
                searchable
                data={documents}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <FormTextField
                form={form}
                name="protocolReceivedDate"
                label={t('committees.fields.protocolReceivedDate')}
                help={t('committees.fields.protocolReceivedHelp')}
                styles={READABLE_HELP}
                placeholder={t('committees.fields.datePlaceholder')}
                ltr
              />
            </Grid.Col>
          </Grid>
          <Textarea
            label={t('committees.fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.register('notes')}
            error={form.formState.errors.notes?.message}
          />
          <DialogActions
            submitLabel={t('committees.save')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Drawer>
  );
}
