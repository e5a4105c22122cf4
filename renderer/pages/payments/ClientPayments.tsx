// The client file's payments tab: what the check found on each claim with payments, the fees the
// payments allowed over all the claims, and the statement the client can be given, in their language.
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statementLanguages } from '../../../shared/paperwork/fee-statement-texts';
import { call } from '../../api/client';
import { apiQuery } from '../../api/apiQuery';
import { Ltr } from '../../components/Ltr';
import { base64ToBlob, download } from '../client-file/documents/fileBytes';
import { formatMoney } from '../client-file/rights/display';
import { useClientFile } from '../client-file/useClientFile';
import { flagColor, flagRuns, runText } from './display';
import { monthText } from '../../../shared/payments/months';
import { FeeLedger } from './FeeLedger';

function Statement({ clientId, language }: { clientId: number; language: string }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string>(
    (statementLanguages as readonly string[]).includes(language) ? language : 'he',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    setError(null);
    const reply = await call('payments.statement', {
      clientId,
      language: chosen as (typeof statementLanguages)[number],
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    download(base64ToBlob(reply.value.pdfBase64, 'application/pdf'), reply.value.fileName);
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select
          label={t('payments.client.language')}
          value={chosen}
          onChange={(value) => value && setChosen(value)}
          data={statementLanguages.map((l) => ({ value: l, label: t(`paperwork.languages.${l}`) }))}
          w={160}
          allowDeselect={false}
        />
        <Button leftSection={<IconDownload size={18} />} onClick={() => void make()} loading={busy}>
          {t('payments.client.download')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}

export function ClientPayments() {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const clientId = file.client.id;
  const ledger = useQuery(apiQuery('payments.ledger', { clientId })).data ?? null;
  const checks = useQueries({
    queries: file.claims.map((claim) => apiQuery('payments.forClaim', { claimId: claim.id })),
    combine: (results) => results.flatMap((r) => (r.data && r.data.payments.length > 0 ? [r.data] : [])),
  });

  return (
    <Stack gap="md" data-testid="client-payments">
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('payments.client.title')}
        </Title>
        {checks.length === 0 ? (
          <Text c="gray.7">{t('payments.client.none')}</Text>
        ) : (
          <Table fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.client.claim')}</Table.Th>
                <Table.Th>{t('payments.client.flags')}</Table.Th>
                <Table.Th className="num">{t('payments.ledger.collected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checks.map((c) => (
                <Table.Tr key={c.claimId}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/claims/${c.claimId}`}
                      state={{ from: `/clients/${clientId}/payments` }}
                    >
                      {t(`claims.benefit.${c.benefit}`)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {c.flags.length === 0 ? (
                      <Text size="xs" c="gray.7">
                        {t('payments.client.noFlags')}
                      </Text>
                    ) : (
                      <Group gap={4}>
                        {flagRuns(c.flags).map((f) => (
                          <Badge key={`${f.kind}-${f.month}`} size="sm" variant="light" color={flagColor[f.kind]}>
                            {t(`payments.flag.${f.kind}`)} ·{' '}
                            <Ltr>{f.kind === 'stopped' ? monthText(f.month) : runText(f)}</Ltr>
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td className="num">
                    <Ltr>{formatMoney(c.feeCollected)}</Ltr>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('payments.ledger.title')}
        </Title>
        {ledger && ledger.entries.length > 0 && (
          <>
            <FeeLedger entries={ledger.entries} withBenefit />
            <Text size="sm" fw={600} mt="xs">
              {t('payments.ledger.collected')}: <Ltr>{formatMoney(ledger.collected)}</Ltr>
            </Text>
          </>
        )}
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('payments.client.statement')}
        </Title>
        <Statement clientId={clientId} language={file.client.preferredLanguage} />
      </Paper>
    </Stack>
  );
}
