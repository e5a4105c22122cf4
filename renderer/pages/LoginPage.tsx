import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginInput, type LoginInput } from '../../shared/schemas/staff';
import { call } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { CenteredCard } from '../components/CenteredCard';
import { contractResolver } from '../forms/contractResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn, expired } = useAuth();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginInput>({ defaultValues: { username: '', password: '' }, resolver: contractResolver(loginInput) });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('auth.login', values);
    if (reply.ok) signIn(reply.value);
    else setFailure(showServerError(form, reply.error)?.message ?? null);
  });

  return (
    <CenteredCard title={t('login.title')} width={420}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {expired && !failure && <Alert color="yellow">{t('login.expired')}</Alert>}
          {failure && <Alert color="red">{failure}</Alert>}
          <FormTextField form={form} name="username" label={t('login.username')} ltr autoComplete="username" autoFocus />
          <FormTextField form={form} name="password" label={t('login.password')} password autoComplete="current-password" />
          <Button type="submit" loading={isSubmitting}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
