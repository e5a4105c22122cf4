// One field for a verification code (6 digits or a recovery code), checked with the contract's schema.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result';
import { deferredResolver } from '../forms/deferredResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';

const resolver = deferredResolver<{ code: string }>(async () => {
  const [{ z }, { secondFactorCode }] = await Promise.all([import('zod'), import('../../shared/schemas/staff')]);
  return z.object({ code: secondFactorCode });
});

interface Props {
  submitLabel: string;
  /** Sends the code; an error comes back to show. */
  onCode: (code: string) => Promise<ApiError | null>;
  extraAction?: ReactNode;
}

export function CodeForm({ submitLabel, onCode, extraAction }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, resolver });
  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    const error = await onCode(code.trim());
    if (error) setFailure(showServerError(form, error)?.message ?? null);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && <Alert color="red">{failure}</Alert>}
        <FormTextField
          form={form}
          name="code"
          label={t('auth.code.label')}
          ltr
          autoComplete="one-time-code"
          inputMode="text"
          required
          autoFocus
        />
        <Group justify="space-between">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          {extraAction}
        </Group>
      </Stack>
    </form>
  );
}
