// First run: the office and its owner.
import { Alert, Button, Divider, Grid, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { officeSetupInput, type OfficeSetupInput } from '../../shared/schemas/office';
import type { ApiError } from '../../shared/api/result';
import { call } from '../api/client';
import { CenteredCard } from '../components/CenteredCard';
import { contractResolver } from '../forms/contractResolver';
import { showServerError } from '../forms/serverErrors';

type SetupValues = Required<{ office: Required<OfficeSetupInput['office']>; owner: Required<OfficeSetupInput['owner']> }> & {
  passwordConfirm: string;
};

const empty: SetupValues = {
  office: { name: '', address: '', phone: '' },
  owner: { fullName: '', licenseNumber: '', username: '', password: '' },
  passwordConfirm: '',
};

function toInput({ office, owner }: SetupValues): OfficeSetupInput {
  return { office, owner };
}

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const schemaResolver = contractResolver<SetupValues>(officeSetupInput, toInput);
  const resolver: Resolver<SetupValues> = async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    if (values.passwordConfirm !== values.owner.password) {
      return { values: {}, errors: { ...result.errors, passwordConfirm: { type: 'validation', message: t('setup.passwordMismatch') } } };
    }
    return result;
  };
  const form = useForm<SetupValues>({ defaultValues: empty, resolver });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await call('office.setup', toInput(values));
    if (reply.ok) {
      notifications.show({ color: 'green', message: t('setup.done') });
      onDone();
    } else setFailure(showServerError(form, reply.error));
  });

  return (
    <CenteredCard title={t('setup.title')} intro={t('setup.intro')} width={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && <Alert color="red">{failure.message}</Alert>}
          <Divider label={t('setup.officeSection')} labelPosition="right" />
          <TextInput label={t('setup.officeName')} withAsterisk {...form.register('office.name')} error={errors.office?.name?.message} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput label={t('setup.officeAddress')} {...form.register('office.address')} error={errors.office?.address?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label={t('setup.officePhone')} dir="ltr" className="ltr-input" {...form.register('office.phone')} error={errors.office?.phone?.message} />
            </Grid.Col>
          </Grid>
          <Divider label={t('setup.ownerSection')} labelPosition="right" mt="sm" />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput label={t('setup.fullName')} withAsterisk {...form.register('owner.fullName')} error={errors.owner?.fullName?.message} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('setup.licenseNumber')}
                description={t('setup.licenseHelp')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                dir="ltr"
                className="ltr-input"
                {...form.register('owner.licenseNumber')}
                error={errors.owner?.licenseNumber?.message}
              />
            </Grid.Col>
          </Grid>
          <TextInput
            label={t('setup.username')}
            description={t('setup.usernameHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            dir="ltr"
            className="ltr-input"
            autoComplete="username"
            {...form.register('owner.username')}
            error={errors.owner?.username?.message}
          />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PasswordInput
                label={t('setup.password')}
                description={t('setup.passwordHelp')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                withAsterisk
                autoComplete="new-password"
                {...form.register('owner.password')}
                error={errors.owner?.password?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PasswordInput
                label={t('setup.passwordConfirm')}
                withAsterisk
                autoComplete="new-password"
                {...form.register('passwordConfirm')}
                error={errors.passwordConfirm?.message}
              />
            </Grid.Col>
          </Grid>
          <Button type="submit" loading={isSubmitting} mt="sm">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  );
}
