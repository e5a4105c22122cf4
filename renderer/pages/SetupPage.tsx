// First run: the office and its owner.
import { Alert, Button, Divider, Grid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { officeSetupInput, type OfficeSetupInput } from '../../shared/schemas/office';
import type { ApiError } from '../../shared/api/result';
import { call } from '../api/client';
import { CenteredCard } from '../components/CenteredCard';
import { contractResolver } from '../forms/contractResolver';
import { FormTextField } from '../forms/FormTextField';
import { showServerError } from '../forms/serverErrors';

type SetupValues = Required<{
  office: Required<OfficeSetupInput['office']>;
  owner: Required<OfficeSetupInput['owner']>;
}> & {
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
      return {
        values: {},
        errors: { ...result.errors, passwordConfirm: { type: 'validation', message: t('setup.passwordMismatch') } },
      };
    }
    return result;
  };
  const form = useForm<SetupValues>({ defaultValues: empty, resolver });
  const { isSubmitting } = form.formState;

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
          <FormTextField form={form} name="office.name" label={t('setup.officeName')} required />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <FormTextField form={form} name="office.address" label={t('setup.officeAddress')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <FormTextField form={form} name="office.phone" label={t('setup.officePhone')} ltr />
            </Grid.Col>
          </Grid>
          <Divider label={t('setup.ownerSection')} labelPosition="right" mt="sm" />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <FormTextField form={form} name="owner.fullName" label={t('setup.fullName')} required />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <FormTextField
                form={form}
                name="owner.licenseNumber"
                label={t('setup.licenseNumber')}
                help={t('setup.licenseHelp')}
                ltr
              />
            </Grid.Col>
          </Grid>
          <FormTextField
            form={form}
            name="owner.username"
            label={t('setup.username')}
            help={t('setup.usernameHelp')}
            required
            ltr
            autoComplete="username"
          />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <FormTextField
                form={form}
                name="owner.password"
                label={t('setup.password')}
                help={t('setup.passwordHelp')}
                required
                password
                autoComplete="new-password"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <FormTextField
                form={form}
                name="passwordConfirm"
                label={t('setup.passwordConfirm')}
                required
                password
                autoComplete="new-password"
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
