// The office's name, address and phone, saved with its version (a stale save is refused, the typed
// values stay in the form).
import { Alert, Button, Card, Grid, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { officeUpdateInput, type OfficeDetails } from '../../../shared/schemas/staff';
import { apiQuery, useApiMutation } from '../../api/apiQuery';
import { formatPhone } from '../../format';
import { contractResolver } from '../../forms/contractResolver';
import { FormTextField } from '../../forms/FormTextField';
import { showServerError } from '../../forms/serverErrors';

interface OfficeValues {
  version: number;
  name: string;
  address: string;
  phone: string;
}

/** The stored office as the form shows it: the phone as people write it (02-5118415). */
function valuesOf(office: OfficeDetails): OfficeValues {
  return {
    version: office.version,
    name: office.name,
    address: office.address ?? '',
    phone: office.phone ? formatPhone(office.phone) : '',
  };
}

export function OfficeForm() {
  const { t } = useTranslation();
  const [saveFailure, setFailure] = useState<string | null>(null);
  const update = useApiMutation('office.update');
  const form = useForm<OfficeValues>({
    defaultValues: { version: 0, name: '', address: '', phone: '' },
    resolver: contractResolver<OfficeValues>(officeUpdateInput),
  });

  const office = useQuery(apiQuery('office.get', {}));
  const loadFailure = office.error?.message ?? null;
  // The form starts from the office as first read; a later change elsewhere does not wipe what is typed.
  const seeded = useRef(false);
  useEffect(() => {
    if (!office.data || seeded.current) return;
    seeded.current = true;
    form.reset(valuesOf(office.data));
  }, [office.data, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reply = await update(values);
    if (!reply.ok) return setFailure(showServerError(form, reply.error)?.message ?? null);
    form.reset(valuesOf(reply.value));
    notifications.show({ color: 'green', message: t('admin.office.saved') });
  });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('admin.office.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('admin.office.title')}
          </Title>
          {(saveFailure ?? loadFailure) && <Alert color="red">{saveFailure ?? loadFailure}</Alert>}
          <Grid>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <FormTextField form={form} name="name" label={t('admin.office.name')} required />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <FormTextField form={form} name="address" label={t('admin.office.address')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 3 }}>
              <FormTextField form={form} name="phone" label={t('admin.office.phone')} ltr />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('admin.office.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
