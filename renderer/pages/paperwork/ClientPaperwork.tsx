// The client file's paperwork tab: the consents to prepare and sign (and the self-employed requests
// that go through the representatives' system), the signed papers, and the representation's state.
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/api/contract';
import { paperTemplates } from '../../../shared/paperwork/templates';
import { call } from '../../api/client';
import { usePaperDialog } from './PaperDialog';
import { Representations } from './Representations';
import { SignedPapers } from './SignedPapers';

/** Papers that belong to the client rather than to one claim. */
const clientPapers = paperTemplates.filter((p) => !p.needsClaim);

interface Loaded {
  client: OutputOf<'clients.get'>;
  papers: OutputOf<'paperwork.list'>;
  representation: OutputOf<'representation.list'>;
}

export function ClientPaperwork({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [client, papers, representation] = await Promise.all([
      call('clients.get', { id: clientId }),
      call('paperwork.list', { clientId }),
      call('representation.list', { clientId }),
    ]);
    if (!client.ok) return setFailure(client.error.message);
    if (!papers.ok) return setFailure(papers.error.message);
    if (!representation.ok) return setFailure(representation.error.message);
    setLoaded({ client: client.value, papers: papers.value, representation: representation.value });
  }, [clientId]);

  useEffect(() => {
    void load();
  }, [load]);
  const { prepare, dialog } = usePaperDialog(() => void load());

  if (failure) {
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  }
  if (!loaded) {
    return (
      <Center p="xl">
        <Loader aria-label={t('paperwork.loading')} />
      </Center>
    );
  }
  const { client } = loaded;
  const signer = { name: `${client.firstNameHe} ${client.lastNameHe}`, idNumber: client.idNumber };

  return (
    <Stack gap="md" data-testid="client-paperwork">
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb={4}>
          {t('paperwork.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('paperwork.intro')}
        </Text>
        <Group gap="sm">
          {clientPapers.map((template) => (
            <Button
              key={template.id}
              variant={template.kind === 'consent' ? 'light' : 'default'}
              leftSection={<IconFileText size={16} />}
              onClick={() => prepare({ clientId, claimId: null, template, signer, language: client.preferredLanguage })}
            >
              {t(`paperwork.templates.${template.id}`)}
            </Button>
          ))}
        </Group>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('paperwork.representation.title')}
        </Title>
        <Representations list={loaded.representation} onChanged={() => void load()} />
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('paperwork.signed.title')}
        </Title>
        <SignedPapers papers={loaded.papers} />
      </Paper>

      {dialog}
    </Stack>
  );
}
