// One field for a verification code (6 digits or a recovery code), checked with the contract's schema.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { secondFactorCode } from '../../shared/schemas/staff';
import type { ApiError } from '../../shared/api/result';
import { contractResolver } from '../forms/contractResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';

const codeInput = z.object({ code: secondFactorCode });

interface Props {
  submitLabel: string;
  /** Sends the code; an error comes back to show. */
  onCode: (code: string) => Promise<ApiError | null>;
  extraAction?: ReactNode;
}

export function CodeForm({ submitLabel, onCode, extraAction }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, resolver: contractResolver(codeInput) });
  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    const error = await onCode(code.trim());
    if (error) setFailure(showServerError(form, error)?.message ?? null);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && <Alert color="red">{failure}</Alert>}
        <FormTextField form={form} name="code" label={t('auth.code.label')} ltr autoComplete="one-time-code" inputMode="text" required autoFocus />
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
