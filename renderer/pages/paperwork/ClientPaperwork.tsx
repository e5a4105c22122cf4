// The client file's paperwork tab: the consents to prepare and sign (and the self-employed requests
// that go through the representatives' system), the signed papers, and the representation's state.
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paperTemplates } from '../../../shared/paperwork/templates';
import { usePaperDialog } from './PaperDialog';
import { useClientPaperwork } from './paperworkQueries';
import { Representations } from './Representations';
import { SignedPapers } from './SignedPapers';

/** Papers that belong to the client rather than to one claim. */
const clientPapers = paperTemplates.filter((p) => !p.needsClaim);

export function ClientPaperwork({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const { loaded, failure, reload: load } = useClientPaperwork(clientId);
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
