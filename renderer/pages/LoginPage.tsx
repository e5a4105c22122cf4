import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SecondStep } from '../../shared/api/contract';
import type { LoginInput } from '../../shared/schemas/staff';
import { call } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { CenteredCard } from '../components/CenteredCard';
import { deferredResolver } from '../forms/deferredResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';
import { SecondFactorStep } from './SecondFactorStep';

const resolver = deferredResolver<LoginInput>(async () => (await import('../../shared/schemas/staff')).loginInput);

/** `onRecovery`: the store failed its start-up check while this screen was up; the app shows the recovery screen. */
export function LoginPage({ onRecovery }: { onRecovery?: () => void }) {
  const { t } = useTranslation();
  const { signIn, expired, lockedFor } = useAuth();
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<SecondStep | null>(null);
  const form = useForm<LoginInput>({ defaultValues: { username: lockedFor?.username ?? '', password: '' }, resolver });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('auth.login', values);
    if (!reply.ok && reply.error.code === 'recovery' && onRecovery) return onRecovery();
    if (!reply.ok) return setFailure(showServerError(form, reply.error)?.message ?? null);
    if ('token' in reply.value) signIn(reply.value);
    else setStep(reply.value);
  });

  if (step) return <SecondFactorStep step={step} onBack={() => setStep(null)} />;

  return (
    <CenteredCard title={lockedFor ? t('auth.locked.title') : t('login.title')} width={420}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {lockedFor && !failure && (
            <Alert color="blue" data-testid="screen-locked">
              <Text size="sm">{t('auth.locked.text')}</Text>
              <Text size="sm" fw={500}>
                {t('auth.locked.lastUser', { name: lockedFor.fullName })}
              </Text>
            </Alert>
          )}
          {expired && !lockedFor && !failure && <Alert color="yellow">{t('login.expired')}</Alert>}
          {failure && <Alert color="red">{failure}</Alert>}
          <FormTextField
            form={form}
            name="username"
            label={t('login.username')}
            ltr
            autoComplete="username"
            autoFocus={!lockedFor}
          />
          <FormTextField
            form={form}
            name="password"
            label={t('login.password')}
            password
            autoComplete="current-password"
            autoFocus={Boolean(lockedFor)}
          />
          <Button type="submit" loading={isSubmitting}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
