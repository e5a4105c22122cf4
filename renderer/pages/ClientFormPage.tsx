// An insured person's details, edited inside their file (the details tab). Validated with the
// contract's schema before it is sent; server errors land under their field; a refused stale write
// shows the other person's values beside the user's, and nothing typed is lost. (New clients come
// in through the intake wizard, which shares ClientFormFields.) Someone else saving the client while
// the form is open is said at once, before any save.
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { clientFields, type Client } from '../../shared/schemas/client';
import { call } from '../api/client';
import { useRecordChange } from '../api/useChanges';
import { LiveChangeNotice } from '../components/LiveChangeNotice';
import { Ltr } from '../components/Ltr';
import { contractResolver } from '../forms/contractResolver';
import { fromClient, toClientInput, type ClientFormValues } from '../forms/clientValues';
import { showServerError } from '../forms/serverErrors';
import { useDraft } from '../forms/useDraft';
import { formatTimestamp } from '../format';
import { useClientConflictRows } from './client-file/clientConflict';
import { useStaleWrite } from './client-file/ConflictNotice';
import { ClientFormFields } from './ClientFormFields';

interface Props {
  client: Client;
  onSaved(client: Client): void;
  /** A field to focus and highlight (a jump from the rights panel). */
  focus?: string;
}

export function ClientFormPage({ client, onSaved, focus }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const conflictRows = useClientConflictRows();
  const form = useForm<ClientFormValues>({
    defaultValues: fromClient(client),
    resolver: contractResolver(clientFields, toClientInput),
  });
  const { isSubmitting } = form.formState;
  const draft = useDraft(form, `client.${client.id}`, true);
  const stale = useStaleWrite({
    initial: client,
    save: (target) => void saveOver(target)(),
    adopt: (theirs) => {
      form.reset(fromClient(theirs));
      onSaved(theirs);
    },
  });
  useEffect(() => {
    if (focus) form.setFocus(focus as keyof ClientFormValues);
  }, [form, focus]);
  const live = useRecordChange('client', client.id, stale.base.version);

  const reload = async () => {
    const latest = await call('clients.get', { id: client.id });
    if (!latest.ok) return setFailure(latest.error.message);
    draft.discard();
    stale.setBase(latest.value);
    form.reset(fromClient(latest.value));
    onSaved(latest.value);
  };

  const showConflict = async (message: string, id: number) => {
    const latest = await call('clients.get', { id });
    if (!latest.ok) {
      setFailure(latest.error.message);
      return;
    }
    stale.refused(message, latest.value, conflictRows(form.getValues(), fromClient(latest.value)));
  };

  const saveOver = (target: Client) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      const reply = await call('clients.update', { ...toClientInput(values), id: target.id, version: target.version });
      if (!reply.ok) {
        if (reply.error.code === 'conflict') await showConflict(reply.error.message, target.id);
        else setFailure(showServerError(form, reply.error)?.message ?? null);
        return;
      }
      draft.discard();
      stale.setBase(reply.value);
      form.reset(fromClient(reply.value));
      notifications.show({ color: 'green', message: t('clientForm.saved') });
      onSaved(reply.value);
    });

  const cancel = () => {
    draft.discard();
    form.reset(fromClient(stale.base));
  };

  return (
    <Stack maw={900} gap="md">
      {stale.notice}
      {live.change && !stale.notice && (
        <LiveChangeNotice change={live.change} onReload={() => void reload()} onKeepMine={live.dismiss} />
      )}
      {draft.restored && <Alert color="blue">{t('clientForm.draftRestored')}</Alert>}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <form onSubmit={(event) => void saveOver(stale.base)(event)} noValidate>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <ClientFormFields form={form} highlight={focus} />
            <Group mt="md" justify="space-between">
              <Group>
                <Button type="submit" loading={isSubmitting}>
                  {t('clientForm.save')}
                </Button>
                <Button variant="default" onClick={cancel}>
                  {t('clientForm.cancel')}
                </Button>
              </Group>
              <Text c="dimmed" size="sm">
                {t('clientForm.lastUpdated')} <Ltr>{formatTimestamp(stale.base.updatedAt)}</Ltr>
              </Text>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
