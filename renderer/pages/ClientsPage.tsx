// The list of insured persons: search as you type by name, ID or phone.
import { Alert, Anchor, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ClientPage } from '../../shared/schemas/client';
import { ageOn, todayInIsrael } from '../../shared/dates';
import { call } from '../api/client';
import { Ltr } from '../components/Ltr';
import { formatDate, formatPhone, formatTimestamp } from '../format';

const PAGE_SIZE = 200;

export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(query, 200);
  const [page, setPage] = useState<ClientPage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The global search in the top bar navigates here with ?q=…
  useEffect(() => setQuery(params.get('q') ?? ''), [params]);

  useEffect(() => {
    let current = true;
    void call('clients.search', { query: debounced, limit: PAGE_SIZE }).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        setPage(reply.value);
        setFailure(null);
      } else setFailure(reply.error.message);
    });
    return () => {
      current = false;
    };
  }, [debounced]);

  const today = todayInIsrael();
  const searching = debounced.trim() !== '';

  return (
    <>
      <Group justify="space-between" mb="md">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('clients.title')}
          </Title>
          {page && (
            <Text c="dimmed" data-testid="client-count">
              {t('clients.count', { count: page.total })}
            </Text>
          )}
        </Group>
        <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} />}>
          {t('clients.add')}
        </Button>
      </Group>
      <TextInput
        mb="md"
        maw={460}
        aria-label={t('clients.search')}
        placeholder={t('clients.search')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true });
        }}
      />
      {failure && <Alert color="red" mb="md">{failure}</Alert>}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760} maxHeight="calc(100vh - 230px)">
          <Table className="data-table" highlightOnHover striped verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.columns.name')}</Table.Th>
                <Table.Th>{t('clients.columns.idNumber')}</Table.Th>
                <Table.Th>{t('clients.columns.birthDate')}</Table.Th>
                <Table.Th className="num">{t('clients.columns.age')}</Table.Th>
                <Table.Th>{t('clients.columns.mobilePhone')}</Table.Th>
                <Table.Th>{t('clients.columns.email')}</Table.Th>
                <Table.Th>{t('clients.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.rows.map((client) => (
                <Table.Tr key={client.id} onClick={() => void navigate(`/clients/${client.id}`)}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`} fw={500} underline="hover" onClick={(event) => event.stopPropagation()}>
                      {client.lastNameHe} {client.firstNameHe}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{client.idNumber}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{formatDate(client.birthDate)}</Ltr>
                  </Table.Td>
                  <Table.Td className="num">{ageOn(client.birthDate, today)}</Table.Td>
                  <Table.Td>{client.mobilePhone && <Ltr>{formatPhone(client.mobilePhone)}</Ltr>}</Table.Td>
                  <Table.Td>{client.email && <Ltr>{client.email}</Ltr>}</Table.Td>
                  <Table.Td>
                    <Ltr>{formatTimestamp(client.updatedAt)}</Ltr>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page && page.rows.length === 0 && (
          <Text ta="center" c="dimmed" py="xl">
            {searching ? t('clients.noMatch') : t('clients.empty')}
          </Text>
        )}
        {page && page.total > page.rows.length && (
          <Text ta="center" c="dimmed" size="sm" py="xs">
            {t('clients.moreRows', { shown: page.rows.length })}
          </Text>
        )}
      </Paper>
    </>
  );
}
