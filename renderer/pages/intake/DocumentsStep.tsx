// The documents the new client signs, each a link to the file's paperwork tab where they are prepared.
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const DOCUMENTS = ['poa', 'waiver', 'fee'] as const;

export function DocumentsStep({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text>{t('intake.documents.intro')}</Text>
      <List spacing="sm" icon={<IconSignature size={18} />}>
        {DOCUMENTS.map((doc) => (
          <List.Item key={doc}>
            <Group gap="sm">
              <Text fw={500}>{t(`intake.documents.${doc}`)}</Text>
              <Anchor
                component={Link}
                to={`/clients/${clientId}/paperwork`}
                size="sm"
                aria-label={`${t('intake.documents.open')}: ${t(`intake.documents.${doc}`)}`}
              >
                {t('intake.documents.open')}
              </Anchor>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
