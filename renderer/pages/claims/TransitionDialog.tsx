// Moving a claim one step along the workflow: the reason (kept with who and when), the filing date
// when it is filed, the committee's date when it goes to committee, the appeal route when it goes to appeal.
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { appealRoutes, type ClaimStatus } from '../../../shared/domain/enums';
import { claimTransitionInput, type Claim } from '../../../shared/schemas/claims';
import { call } from '../../api/client';
import { contractResolver } from '../../forms/contractResolver';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';
import { DialogActions } from '../../components/DialogActions';
import { optionalDate } from './formValues';

interface Values {
  reason: string;
  date: string;
  appealRoute: string;
  committeeDate: string;
}

export interface MovingClaim {
  id: number;
  version: number;
  status: ClaimStatus;
}

interface Props {
  claim: MovingClaim;
  to: ClaimStatus;
  onClose(): void;
  onDone(claim: Claim): void;
}

export function TransitionDialog({ claim, to, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: Values): InputOf<'claims.transition'> => ({
    id: claim.id,
    version: claim.version,
    to,
    reason: values.reason,
    date: optionalDate(values.date),
    appealRoute: (values.appealRoute || null) as InputOf<'claims.transition'>['appealRoute'],
    committeeDate: to === 'in_committee' ? optionalDate(values.committeeDate) : null,
  });
  const form = useForm<Values>({
    defaultValues: { reason: '', date: '', appealRoute: '', committeeDate: '' },
    resolver: contractResolver(claimTransitionInput, toInput),
  });
  const reasonError = form.formState.errors.reason?.message;

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('claims.transition', toInput(values));
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    notifications.show({ color: 'green', message: t('claims.transition.done', { status: t(`claims.status.${to}`) }) });
    onDone(reply.value);
  });

  return (
    <Modal opened onClose={onClose} title={t(`claims.action.${to}`)} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {t('claims.transition.from', { from: t(`claims.status.${claim.status}`), to: t(`claims.status.${to}`) })}
          </Text>
          {failure && <Alert color="red">{failure}</Alert>}
          {to === 'appeal' && (
            <FormSelect
              form={form}
              name="appealRoute"
              label={t('claims.route.label')}
              required
              data={appealRoutes.map((route) => ({ value: route, label: t(`claims.route.${route}`) }))}
            />
          )}
          {to === 'filed' && (
            <FormTextField
              form={form}
              name="date"
              label={t('claims.transition.filedDate')}
              help={t('claims.transition.dateHelp')}
              placeholder="dd/mm/yyyy"
              ltr
            />
          )}
          {to === 'in_committee' && (
            <FormTextField
              form={form}
              name="committeeDate"
              label={t('claims.transition.committeeDate')}
              help={t('claims.transition.committeeDateHelp')}
              placeholder="dd/mm/yyyy"
              ltr
            />
          )}
          <Textarea
            label={t('claims.transition.reason')}
            description={t('claims.transition.reasonHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={2}
            data-autofocus
            {...form.register('reason')}
            error={reasonError}
          />
          <DialogActions
            submitLabel={t('claims.transition.submit')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
