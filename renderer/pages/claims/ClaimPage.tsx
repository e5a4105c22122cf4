// One claim: who and what, where it stands in the workflow with its history, the decisions with
// their amounts, its tasks and deadlines, its documents, and its paperwork. Kept current as other
// desks change the claim or its client's tasks and documents, saying who moved the claim.
import {
  Alert,
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { ClaimStatus } from '../../../shared/domain/enums';
import { useRecordChange } from '../../api/useChanges';
import { LiveChangeNotice } from '../../components/LiveChangeNotice';
import { Ltr } from '../../components/Ltr';
import { formatDate, formatTimestamp } from '../../format';
import { formatMoney } from '../client-file/rights/display';
import { CommitteesPanel } from '../committees/CommitteesPanel';
import { ClaimPaperwork } from '../paperwork/ClaimPaperwork';
import { ClaimPayments } from '../payments/ClaimPayments';
import { AppealValuePanel } from './AppealValuePanel';
import { ClaimHistory } from './ClaimHistory';
import { ClaimTasks } from './ClaimTasks';
import { ClaimWorkflow } from './ClaimWorkflow';
import { HandlerSelect } from './HandlerSelect';
import { MoveDialog } from './MoveDialog';
import { NiiNumberField } from './NiiNumberField';
import { useClaimPage } from './useClaimPage';
import { useStaffList } from '../../api/useStaffList';

const outcomeColor = { approved: 'green', partly: 'orange', rejected: 'red' } as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children ?? '—'}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ClaimPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const staff = useStaffList();
  // Opened from a client's file: the back link returns to the file, on the tab it was on.
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const fileTab = typeof from === 'string' && from.startsWith('/clients/') ? from : null;
  const [moving, setMoving] = useState<ClaimStatus | null>(null);
  const { claim, tasks, documents, failure, load } = useClaimPage(id);
  const live = useRecordChange('claim', id);

  if (failure) return <Alert color="red">{failure}</Alert>;
  if (!claim) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const money = (amount: string | null) => amount && <Ltr>{formatMoney(amount)}</Ltr>;
  const date = (iso: string | null) => iso && <Ltr>{formatDate(iso)}</Ltr>;

  return (
    <Stack gap="md">
      {live.change && <LiveChangeNotice change={live.change} onClose={live.dismiss} />}
      <Anchor component={Link} to={fileTab ?? '/claims'} size="sm">
        <Group gap={4}>
          <IconArrowRight size={14} aria-hidden />
          {fileTab ? t('claims.page.backToFile', { name: claim.clientName }) : t('claims.page.back')}
        </Group>
      </Anchor>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('claims.claimTitle')} · {t(`claims.benefit.${claim.benefit}`)}
            </Title>
            <Badge variant="light" size="lg" data-testid="claim-status">
              {t(`claims.status.${claim.status}`)}
            </Badge>
            {claim.outcome && (
              <Badge variant="light" size="lg" color={outcomeColor[claim.outcome]}>
                {t(`claims.outcome.${claim.outcome}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t('claims.page.client')}>
            <Anchor component={Link} to={`/clients/${claim.clientId}`}>
              {claim.clientName}
            </Anchor>
          </Fact>
          <Fact label={t('claims.page.idNumber')}>
            <Ltr>{claim.clientIdNumber}</Ltr>
          </Fact>
          <Fact label={t('claims.page.formNumber')}>{claim.formNumber && <Ltr>{claim.formNumber}</Ltr>}</Fact>
          <Fact label={t('claims.page.niiClaimNumber')}>
            <NiiNumberField claim={claim} onSaved={() => void load()} />
          </Fact>
          <HandlerSelect claim={claim} staff={staff} onChanged={() => void load()} />
          <Fact label={t('claims.page.filedDate')}>{date(claim.filedDate)}</Fact>
          <Fact label={t('claims.page.decidedDate')}>{date(claim.decidedDate)}</Fact>
          <Fact label={t('claims.page.retroactive')}>{money(claim.retroactive)}</Fact>
          <Fact label={t('claims.page.appealRoute')}>
            {claim.appealRoute && t(`claims.route.${claim.appealRoute}`)}
          </Fact>
        </SimpleGrid>
        {claim.summary && (
          <Text size="sm" mt="sm">
            {claim.summary}
          </Text>
        )}
      </Paper>

      <ClaimWorkflow claim={claim} onMove={setMoving} />

      <CommitteesPanel
        clientId={claim.clientId}
        claimId={id}
        claims={[{ id, label: t(`claims.benefit.${claim.benefit}`) }]}
        onChanged={() => void load()}
      />

      <AppealValuePanel claim={claim} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title={t('claims.page.history')}>
          <ClaimHistory history={claim.history} />
        </Section>
        <Section title={t('claims.page.decisions')}>
          {claim.decisions.length === 0 ? (
            <Text c="gray.7">{t('claims.page.noDecisions')}</Text>
          ) : (
            <Table fz="sm" verticalSpacing={6} data-testid="claim-decisions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('claims.decisionColumns.decidedDate')}</Table.Th>
                  <Table.Th>{t('claims.decisionColumns.receivedDate')}</Table.Th>
                  <Table.Th>{t('claims.decisionColumns.outcome')}</Table.Th>
                  <Table.Th className="num">{t('claims.decisionColumns.percent')}</Table.Th>
                  <Table.Th className="num">{t('claims.decisionColumns.monthlyAmount')}</Table.Th>
                  <Table.Th className="num">{t('claims.decisionColumns.lumpSum')}</Table.Th>
                  <Table.Th className="num">{t('claims.decisionColumns.retroactive')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {claim.decisions.map((decision) => (
                  <Table.Tr key={decision.id}>
                    <Table.Td>{date(decision.decidedDate)}</Table.Td>
                    <Table.Td>{date(decision.receivedDate)}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={outcomeColor[decision.outcome]} miw="max-content">
                        {t(`claims.outcome.${decision.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="num">{decision.percent !== null && <Ltr>{decision.percent}%</Ltr>}</Table.Td>
                    <Table.Td className="num">{money(decision.monthlyAmount)}</Table.Td>
                    <Table.Td className="num">{money(decision.lumpSum)}</Table.Td>
                    <Table.Td className="num">{money(decision.retroactive)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
      </SimpleGrid>

      <ClaimPayments claimId={id} />

      <Section title={t('claims.page.tasks')}>
        <ClaimTasks tasks={tasks} staff={staff} onChanged={() => void load()} />
      </Section>

      <Section title={t('claims.page.documents')}>
        {documents.length === 0 ? (
          <Text c="gray.7">{t('claims.page.noDocuments')}</Text>
        ) : (
          <Stack gap={4}>
            {documents.map((document) => (
              <Group key={document.id} gap="sm">
                <Text size="sm" fw={500}>
                  <bdi>{document.originalName}</bdi>
                </Text>
                <Text size="xs" c="gray.7">
                  {t(`claims.documentKind.${document.kind}`)} · <Ltr>{formatTimestamp(document.createdAt)}</Ltr>
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Section>

      <ClaimPaperwork
        claimId={id}
        claimsCommittee={
          claim.outcome === 'rejected' &&
          (claim.status === 'decided' || (claim.status === 'appeal' && claim.appealRoute === 'claims_committee'))
        }
      />

      {moving && (
        <MoveDialog
          move={{ claim, to: moving }}
          onClose={() => setMoving(null)}
          onDone={() => {
            setMoving(null);
            void load();
          }}
        />
      )}
    </Stack>
  );
}
