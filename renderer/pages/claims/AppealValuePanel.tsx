// What an appeal on the claim's committee outcome could be worth, labelled as an estimate: per
// impairment the percent determined against the one claimed, the weighted percents, the benefit at
// each and the difference per month and over the months owed, the fee cap on it and the deadline.
// Reloaded whenever the claim page reloads (a committee saved, a decision recorded).
import { Accordion, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimAppealValue, ClaimDetail } from '../../../shared/schemas/claims';
import { apiQuery } from '../../api/apiQuery';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { formatMoney, withDisplayDates } from '../client-file/rights/display';
import { Reasons, Warnings } from '../client-file/rights/ResultBody';

function Figure({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} component="div">
        {children ?? '—'}
      </Text>
    </div>
  );
}

/** A fact of the file by its stable name (the rights panel names it); anything else is a Hebrew question as it is. */
const FACT_NAME = /^[a-z]+(\.[a-zA-Z]+)+$/;
const percent = (n: number | null) => n !== null && <Ltr>{n}%</Ltr>;
const money = (amount: string | null) => amount !== null && <Ltr>{formatMoney(amount)}</Ltr>;

function Impairments({ value }: { value: ClaimAppealValue }) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" verticalSpacing={4} data-testid="appeal-impairments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('claims.appeal.section')}</Table.Th>
          <Table.Th>{t('claims.appeal.description')}</Table.Th>
          <Table.Th className="num">{t('claims.appeal.determined')}</Table.Th>
          <Table.Th className="num">{t('claims.appeal.claimed')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {value.impairments.map((m, index) => (
          <Table.Tr key={index} fw={m.disputed ? 600 : undefined}>
            <Table.Td>
              <bdi>{m.section}</bdi>
            </Table.Td>
            <Table.Td>{m.description}</Table.Td>
            <Table.Td className="num">{percent(m.determined)}</Table.Td>
            <Table.Td className="num">{percent(m.claimed ?? m.determined)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700} data-testid="appeal-weighted">
          <Table.Td colSpan={2}>{t('claims.appeal.weighted')}</Table.Td>
          <Table.Td className="num">{percent(value.weighted.determined)}</Table.Td>
          <Table.Td className="num">{percent(value.weighted.claimed)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function AppealValuePanel({ claim }: { claim: ClaimDetail }) {
  const { t } = useTranslation();
  // A committee's outcome, a decision or the client's facts changed here or on another desk mark it
  // stale through the query keys (renderer/api/queryKeys).
  const value = useQuery(apiQuery('claims.appealValue', { id: claim.id })).data ?? null;
  if (!value) return null;

  return (
    <Paper withBorder p="md" data-testid="appeal-value">
      <Group gap="sm" mb={4}>
        <Title order={2} size="h4">
          {t('claims.appeal.title')}
        </Title>
        <Badge variant="light" color="grape">
          {t('claims.appeal.estimate')}
        </Badge>
      </Group>
      <Text size="xs" c="gray.7" mb="sm">
        {t('claims.appeal.estimateHelp')}
      </Text>
      <Stack gap="sm">
        {value.impairments.length > 0 && <Impairments value={value} />}
        {value.priced && (
          <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
            <Figure label={t('claims.appeal.monthlyDetermined', { percent: value.weighted.determined })}>
              {money(value.monthly.determined)}
            </Figure>
            <Figure
              label={t('claims.appeal.monthlyClaimed', {
                // The claimed degree is priced no lower than the one determined (the rules core's reading).
                percent: Math.max(value.weighted.claimed, value.weighted.determined),
              })}
            >
              {money(value.monthly.claimed)}
            </Figure>
            <Figure label={t('claims.appeal.monthlyWorth')} strong>
              <span data-testid="appeal-monthly-worth">{money(value.monthly.worth)}</span>
            </Figure>
            <Figure
              label={t('claims.appeal.retroactiveWorth', {
                from: formatDate(value.retroactive.from),
                until: formatDate(value.retroactive.until),
              })}
              strong
            >
              <span data-testid="appeal-retroactive-worth">{money(value.retroactive.worth)}</span>
            </Figure>
            <Figure label={t('claims.appeal.feeCap', { percent: value.fee.percent ?? '—' })}>
              <span data-testid="appeal-fee-cap">{money(value.fee.cap)}</span>
            </Figure>
            <Figure label={t('claims.appeal.feeAtOnce')}>{money(value.fee.fromRetroactiveAtOnce)}</Figure>
          </SimpleGrid>
        )}
        {value.deadline && (
          <Text size="sm" data-testid="appeal-deadline">
            {t('claims.appeal.deadline')}: <Ltr>{formatDate(value.deadline.dueDate)}</Ltr> ·{' '}
            {withDisplayDates(value.deadline.title)}
          </Text>
        )}
        {value.missing.length > 0 && (
          <div data-testid="appeal-missing">
            <Text size="sm" fw={500}>
              {t('claims.appeal.missing')}
            </Text>
            <List size="sm">
              {value.missing.map((fact) => (
                <List.Item key={fact}>
                  {FACT_NAME.test(fact) ? t(`rights.facts.${fact}`, { defaultValue: fact }) : fact}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Warnings warnings={value.warnings} title={t('claims.appeal.warnings')} />
        <Accordion variant="contained">
          <Accordion.Item value="reasons">
            <Accordion.Control>{t('claims.appeal.reasons')}</Accordion.Control>
            <Accordion.Panel>
              <Reasons reasons={value.reasons} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}
