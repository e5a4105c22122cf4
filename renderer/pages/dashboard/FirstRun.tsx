// A new office: no clients yet — say what to do first.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIdentity } from '../../auth/AuthContext';

export function FirstRun() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  return (
    <Card withBorder radius="md" padding="xl" maw={720}>
      <Stack gap="md">
        <Title order={3}>{t('dashboard.firstRun.title')}</Title>
        <Text>{t('dashboard.firstRun.text')}</Text>
        <Group>
          <Button component={Link} to="/clients/new" leftSection={<IconUserPlus size={18} />}>
            {t('dashboard.firstRun.add')}
          </Button>
          {staff.role !== 'staff' && (
            <Button component={Link} to="/import" variant="light" leftSection={<IconFileImport size={18} />}>
              {t('dashboard.firstRun.import')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
