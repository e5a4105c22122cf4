// The unlock screen: the key folder is wrapped by a passphrase that was not given at start, so the
// desk serves nothing else until it is typed here. A wrong one is said in Hebrew (and counts in the
// sign-in throttle); the right one opens the store and the app goes on to sign-in.
import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keyProcedures } from '../../shared/api/procedures/keys';
import { call } from '../api/client';
import { CenteredCard } from '../components/CenteredCard';
import { contractResolver } from '../forms/contractResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';

const resolver = contractResolver<{ passphrase: string }>(keyProcedures['keys.unlock'].input);

export function UnlockPage({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ passphrase: string }>({ defaultValues: { passphrase: '' }, resolver });

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('keys.unlock', values);
    if (reply.ok) return onUnlocked();
    form.resetField('passphrase');
    setFailure(showServerError(form, reply.error)?.message ?? null);
  });

  return (
    <CenteredCard title={t('unlock.title')} intro={t('unlock.intro')} width={460}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" data-testid="unlock-failure">
              {failure}
            </Alert>
          )}
          <FormTextField
            form={form}
            name="passphrase"
            label={t('unlock.passphrase')}
            password
            autoComplete="current-password"
            autoFocus
          />
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('unlock.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
