// Recording the NII's decision on a claim: outcome, dates, percent and amounts. The server moves the
// claim to "decided" and opens the appeal deadlines as tasks in the same step. What was typed is kept
// as a draft until it is saved.
import { Alert, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { decisionOutcomes } from '../../../shared/domain/enums';
import { decisionInput, type Claim } from '../../../shared/schemas/claims';
import { call } from '../../api/client';
import { contractResolver } from '../../forms/contractResolver';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';
import { useDraft } from '../../forms/useDraft';
import { DialogActions } from '../../components/DialogActions';
import { optionalAmount, optionalDate, optionalPercent } from './formValues';

interface Values {
  outcome: string;
  decidedDate: string;
  receivedDate: string;
  percent: string;
  monthlyAmount: string;
  lumpSum: string;
  retroactive: string;
  retroactiveFrom: string;
  notes: string;
}

const EMPTY: Values = {
  outcome: '',
  decidedDate: '',
  receivedDate: '',
  percent: '',
  monthlyAmount: '',
  lumpSum: '',
  retroactive: '',
  retroactiveFrom: '',
  notes: '',
};

interface Props {
  claimId: number;
  onClose(): void;
  onDone(claim: Claim): void;
}

export function DecisionDialog({ claimId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: Values): InputOf<'claims.decide'> => ({
    claimId,
    outcome: values.outcome as InputOf<'claims.decide'>['outcome'],
    decidedDate: optionalDate(values.decidedDate) ?? '',
    receivedDate: optionalDate(values.receivedDate),
    percent: optionalPercent(values.percent),
    monthlyAmount: optionalAmount(values.monthlyAmount),
    lumpSum: optionalAmount(values.lumpSum),
    retroactive: optionalAmount(values.retroactive),
    retroactiveFrom: optionalDate(values.retroactiveFrom),
    notes: values.notes,
  });
  const form = useForm<Values>({ defaultValues: EMPTY, resolver: contractResolver(decisionInput, toInput) });
  const { discard } = useDraft(form, `decision.${claimId}`, true);

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('claims.decide', toInput(values));
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    discard();
    const opened = reply.value.claim.outcome === 'approved' ? '' : ` ${t('claims.decision.deadlinesAdded')}`;
    notifications.show({ color: 'green', message: `${t('claims.decision.done')}.${opened}` });
    onDone(reply.value.claim);
  });

  const date = (name: keyof Values, label: string, help?: string, required?: boolean) => (
    <FormTextField
      form={form}
      name={name}
      label={label}
      help={help}
      placeholder={t('claims.decision.datePlaceholder')}
      required={required}
      ltr
    />
  );
  const amount = (name: keyof Values, label: string) => (
    <FormTextField
      form={form}
      name={name}
      label={label}
      placeholder={t('claims.decision.amountPlaceholder')}
      inputMode="decimal"
      ltr
    />
  );

  return (
    <Modal opened onClose={onClose} title={t('claims.decision.title')} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {failure && <Alert color="red">{failure}</Alert>}
          <SimpleGrid cols={2} spacing="sm">
            <FormSelect
              form={form}
              name="outcome"
              label={t('claims.outcome.label')}
              required
              data-autofocus
              data={decisionOutcomes.map((outcome) => ({ value: outcome, label: t(`claims.outcome.${outcome}`) }))}
            />
            <FormTextField form={form} name="percent" label={t('claims.decision.percent')} inputMode="numeric" ltr />
            {date('decidedDate', t('claims.decision.decidedDate'), undefined, true)}
            {date('receivedDate', t('claims.decision.receivedDate'), t('claims.decision.receivedHelp'))}
            {amount('monthlyAmount', t('claims.decision.monthlyAmount'))}
            {amount('lumpSum', t('claims.decision.lumpSum'))}
            {amount('retroactive', t('claims.decision.retroactive'))}
            {date('retroactiveFrom', t('claims.decision.retroactiveFrom'))}
          </SimpleGrid>
          <Textarea
            label={t('claims.decision.notes')}
            autosize
            minRows={2}
            {...form.register('notes')}
            error={form.formState.errors.notes?.message}
          />
          <Text size="xs" c="gray.7">
            {t('claims.page.estimateNote')}
          </Text>
          <DialogActions
            submitLabel={t('claims.decision.submit')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
