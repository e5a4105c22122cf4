// A claim's payments on its page: what the check found (a month not paid, a wrong rate, a stop), the
// months side by side with what the rules expect, a payment recorded by hand, and the fees the
// payments allowed.
import { Alert, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PaymentMonth } from '../../../shared/schemas/payments';
import { apiQuery } from '../../api/apiQuery';
import { Ltr } from '../../components/Ltr';
import { formatMoney } from '../client-file/rights/display';
import { FactList } from '../client-file/rights/FactList';
import { flagColor, flagRuns, runText } from './display';
import { monthText } from '../../../shared/payments/months';
import { FeeLedger } from './FeeLedger';
import { PaymentForm } from './PaymentForm';

function MonthStatus({ line }: { line: PaymentMonth }) {
  const { t } = useTranslation();
  if (line.flag)
    return (
      <Badge size="sm" variant="light" color={flagColor[line.flag]}>
        {t(`payments.flag.${line.flag}`)}
      </Badge>
    );
  if (line.retroactive) return <Text size="xs">{t('payments.inRetroactive')}</Text>;
  return (
    <Text size="xs" c="gray.7">
      {line.paid
        ? t(line.expected === null ? 'payments.paidUnchecked' : 'payments.ok')
        : line.eligible === false
          ? t('payments.notOwed')
          : ''}
    </Text>
  );
}

const money = (amount: string | null) => (amount ? <Ltr>{formatMoney(amount)}</Ltr> : null);

export function ClaimPayments({ claimId }: { claimId: number }) {
  const { t } = useTranslation();
  // Another desk's payment or decision marks it stale through the query keys (renderer/api/queryKeys).
  const query = useQuery(apiQuery('payments.forClaim', { claimId }));
  const check = query.data ?? null;
  const error = query.error?.message ?? null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="claim-payments-title" data-testid="claim-payments">
      <Title order={2} size="h4" mb="sm" id="claim-payments-title">
        {t('payments.title')}
      </Title>
      {error && <Alert color="red">{error}</Alert>}
      {check && (
        <Stack gap="md">
          {flagRuns(check.flags).map((f) => (
            <Alert
              key={`${f.kind}-${f.month}`}
              color={flagColor[f.kind]}
              title={t(`payments.flag.${f.kind}`)}
              role="status"
            >
              {t(`payments.flagText.${f.kind}`, {
                month: f.kind === 'stopped' ? monthText(f.month) : runText(f),
                paid: f.paid ? formatMoney(f.paid) : '',
                expected: f.expected ? formatMoney(f.expected) : t('payments.unknown'),
              })}
            </Alert>
          ))}
          <FactList
            clientId={check.clientId}
            facts={check.missingFacts}
            title="payments.missingFacts"
            hint="payments.missingFactsHint"
          />
          {check.months.length === 0 ? (
            <Text c="gray.7">{t('payments.none')}</Text>
          ) : (
            <ScrollArea.Autosize
              mah={420}
              type="auto"
              viewportProps={{ tabIndex: 0, 'aria-label': t('payments.monthsLabel') }}
            >
              <Table fz="sm" verticalSpacing={4} stickyHeader data-testid="payment-months">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('payments.month')}</Table.Th>
                    <Table.Th className="num">{t('payments.expected')}</Table.Th>
                    <Table.Th className="num">{t('payments.paid')}</Table.Th>
                    <Table.Th>{t('payments.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {check.months.map((line) => (
                    <Table.Tr key={line.month}>
                      <Table.Td>
                        <Ltr>{monthText(line.month)}</Ltr>
                      </Table.Td>
                      <Table.Td className="num">{money(line.expected) ?? t('payments.unknown')}</Table.Td>
                      <Table.Td className="num">{money(line.paid)}</Table.Td>
                      <Table.Td>
                        <MonthStatus line={line} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
          <PaymentForm claimId={claimId} />
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('payments.ledger.title')}
            </Title>
            {check.feeTotal === null ? (
              <Text size="sm" c="gray.7">
                {t('payments.ledger.noAgreement')}
              </Text>
            ) : (
              <Group gap="xl" mb="xs">
                <Text size="sm">
                  {t('payments.ledger.total')}: <Ltr>{formatMoney(check.feeTotal)}</Ltr>
                </Text>
                <Text size="sm" fw={600}>
                  {t('payments.ledger.collected')}: <Ltr>{formatMoney(check.feeCollected)}</Ltr>
                </Text>
              </Group>
            )}
            {check.ledger.length > 0 && <FeeLedger entries={check.ledger} />}
          </div>
        </Stack>
      )}
    </Paper>
  );
}
