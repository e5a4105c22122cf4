// Add or edit an insured person. Validated with the contract's schema before it is sent; server
// errors land under their field; a stale write is refused and what was typed stays.
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { clientFields, type Client } from '../../shared/schemas/client';
import { ageOn, todayInIsrael } from '../../shared/dates';
import { call } from '../api/client';
import { Ltr } from '../components/Ltr';
import { contractResolver } from '../forms/contractResolver';
import { emptyClient, fromClient, toClientInput, type ClientFormValues } from '../forms/clientValues';
import { showServerError } from '../forms/serverErrors';
import { useDraft } from '../forms/useDraft';
import { FormTextField } from '../forms/FormTextField';
import { formatTimestamp } from '../format';

export function ClientFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const clientId = id ? Number(id) : null;
  const [client, setClient] = useState<Client | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ClientFormValues>({
    defaultValues: emptyClient,
    resolver: contractResolver(clientFields, toClientInput),
  });
  const { errors, isSubmitting } = form.formState;
  const loaded = clientId === null || client !== null;
  const draft = useDraft(form, `client.${clientId ?? 'new'}`, loaded);

  useEffect(() => {
    if (clientId === null) return;
    void call('clients.get', { id: clientId }).then((reply) => {
      if (reply.ok) {
        setClient(reply.value);
        form.reset(fromClient(reply.value));
      } else setFailure(reply.error.message);
    });
  }, [clientId, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const input = toClientInput(values);
    const reply = client ? await call('clients.update', { ...input, id: client.id, version: client.version }) : await call('clients.create', input);
    if (!reply.ok) {
      setFailure(showServerError(form, reply.error)?.message ?? null);
      return;
    }
    draft.discard();
    if (client) {
      setClient(reply.value);
      form.reset(fromClient(reply.value));
      notifications.show({ color: 'green', message: t('clientForm.saved') });
    } else {
      notifications.show({ color: 'green', message: t('clientForm.created') });
      void navigate('/clients');
    }
  });

  const cancel = () => {
    draft.discard();
    void navigate('/clients');
  };

  return (
    <Stack maw={860} gap="md">
      <Anchor component={Link} to="/clients" size="sm">
        <Group gap={4}>
          <IconArrowRight size={14} />
          {t('clientForm.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {client ? `${client.firstNameHe} ${client.lastNameHe}` : t('clientForm.newTitle')}
          </Title>
          {client && (
            <Group gap="md" mt={4}>
              <Text c="dimmed" size="sm">
                {t('clientForm.idShort')} <Ltr>{client.idNumber}</Ltr>
              </Text>
              <Badge variant="light" color="gray">
                {t('clientForm.age', { age: ageOn(client.birthDate, todayInIsrael()) })}
              </Badge>
              <Text c="dimmed" size="sm">
                {t('clientForm.lastUpdated')} <Ltr>{formatTimestamp(client.updatedAt)}</Ltr>
              </Text>
            </Group>
          )}
        </div>
      </Group>
      {draft.restored && <Alert color="blue">{t('clientForm.draftRestored')}</Alert>}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('clientForm.identity')}
            </Title>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="idNumber" label={t('clientForm.idNumber')} help={t('clientForm.idNumberHelp')} required ltr inputMode="numeric" />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="firstNameHe" label={t('clientForm.firstNameHe')} required />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="lastNameHe" label={t('clientForm.lastNameHe')} required />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="birthDate" label={t('clientForm.birthDate')} help={t('clientForm.birthDateHelp')} placeholder="dd/mm/yyyy" required ltr />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="firstNameLatin" label={t('clientForm.firstNameLatin')} help={t('clientForm.latinHelp')} ltr />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="lastNameLatin" label={t('clientForm.lastNameLatin')} help={t('clientForm.latinHelp')} ltr />
              </Grid.Col>
              <Grid.Col span={12}>
                <Controller
                  control={form.control}
                  name="sex"
                  render={({ field }) => (
                    <Radio.Group
                      label={t('clientForm.sex')}
                      withAsterisk
                      value={field.value}
                      onChange={(value) => field.onChange(value)}
                      error={errors.sex?.message}
                    >
                      <Group mt={6}>
                        <Radio value="female" label={t('clientForm.female')} ref={field.ref} />
                        <Radio value="male" label={t('clientForm.male')} />
                      </Group>
                    </Radio.Group>
                  )}
                />
              </Grid.Col>
            </Grid>
            <Title order={2} size="h4" mt="sm">
              {t('clientForm.contact')}
            </Title>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <FormTextField form={form} name="mobilePhone" label={t('clientForm.mobilePhone')} help={t('clientForm.mobilePhoneHelp')} type="tel" ltr />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <FormTextField form={form} name="email" label={t('clientForm.email')} type="email" ltr />
              </Grid.Col>
            </Grid>
            <Group mt="md">
              <Button type="submit" loading={isSubmitting} disabled={!loaded}>
                {t('clientForm.save')}
              </Button>
              <Button variant="default" onClick={cancel}>
                {t('clientForm.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
