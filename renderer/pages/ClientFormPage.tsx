// Add or edit an insured person. Validated with the contract's schema before it is sent; server
// errors land under their field; a stale write is refused and what was typed stays.
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
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
import { formatTimestamp } from '../format';
import { ClientFormFields } from './ClientFormFields';

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
  const { isSubmitting } = form.formState;
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
            <ClientFormFields form={form} />
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
