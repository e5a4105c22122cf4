// Opening a claim for this client: the benefit, the NII form number if known, and a summary.
import { Alert, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { benefits } from '../../../../shared/domain/enums';
import { claimFields } from '../../../../shared/schemas/claims';
import type { Claim } from '../../../../shared/schemas/claims';
import { call } from '../../../api/client';
import { contractResolver } from '../../../forms/contractResolver';
import { FormSelect } from '../../../forms/FormSelect';
import { FormTextField } from '../../../forms/FormTextField';
import { showServerError } from '../../../forms/serverErrors';
import { FormButtons } from '../Section';
import { useClientFile } from '../useClientFile';

interface Values {
  benefit: string;
  formNumber: string;
  summary: string;
}

export function NewClaimModal({ onClose, onCreated }: { onClose(): void; onCreated(claim: Claim): void }) {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: { benefit: '', formNumber: '', summary: '' },
    resolver: contractResolver(claimFields, (values: Values) => ({ ...values, benefit: values.benefit || undefined })),
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('claims.create', {
      ...values,
      benefit: values.benefit as Claim['benefit'],
      clientId: file.client.id,
    });
    if (reply.ok) onCreated(reply.value);
    else setFailure(showServerError(form, reply.error)?.message ?? null);
  });

  return (
    <Modal
      opened
      className="client-file"
      onClose={onClose}
      title={t('clientFile.claims.new')}
      closeButtonProps={{ 'aria-label': t('clientFile.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <FormSelect
            form={form}
            name="benefit"
            label={t('clientFile.claims.benefit')}
            required
            searchable
            placeholder={t('clientFile.choose')}
            data={benefits.map((value) => ({ value, label: t(`clientFile.enums.benefit.${value}`) }))}
          />
          <FormTextField
            form={form}
            name="formNumber"
            label={t('clientFile.claims.formNumber')}
            help={t('clientFile.claims.formNumberHelp')}
            ltr
          />
          <Textarea
            label={t('clientFile.claims.summary')}
            autosize
            minRows={2}
            {...form.register('summary')}
            error={form.formState.errors.summary?.message}
          />
          <FormButtons
            submitLabel={t('clientFile.claims.create')}
            submitting={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
