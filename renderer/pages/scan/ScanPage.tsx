// The whole-office rights scan: run it in the background with progress and a
// stop button, then page through "possible unclaimed rights", sorted and filtered.
import { Alert, Checkbox, Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ScanFinding, ScanVerdict } from '../../../shared/api/procedures/scan';
import { SCANNED_CALCULATORS } from '../../../shared/rules/scanned';
import { useLatestReply } from '../../api/useLatestReply';
import { useIdentity } from '../../auth/AuthContext';
import { ListFailure } from '../../components/ListFailure';
import { FindingsTable, type Sorting } from './FindingsTable';
import { RunPanel } from './RunPanel';
import { useScanRun } from './useScanRun';

const PAGE_SIZE = 50;
const NO_FINDINGS: { rows: ScanFinding[]; total: number } = { rows: [], total: 0 };
const FINDINGS_LIVE = { kinds: ['claim', 'client'] } as const;

export function ScanPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  const { run, busy, start, cancel } = useScanRun();
  const [params, setParams] = useSearchParams();
  const calculator = params.get('calculator') ?? '';
  const [verdict, setVerdict] = useState<ScanVerdict | ''>('');
  const [unclaimedOnly, setUnclaimedOnly] = useState(true);
  const [sorting, setSorting] = useState<Sorting>({ sort: 'amount', direction: 'desc' });
  const [page, setPage] = useState(1);

  // Asked again as the run moves on; only the reply for the filters chosen last is shown.
  const runId = run?.id;
  const input =
    runId === undefined
      ? null
      : {
          runId,
          ...sorting,
          unclaimedOnly,
          offset: (page - 1) * PAGE_SIZE,
          limit: PAGE_SIZE,
          ...(verdict ? { verdict } : {}),
          ...(calculator ? { calculator } : {}),
        };
  // A finding says whether its client has claimed the right yet, and names the client.
  const reply = useLatestReply('scan.findings', input, run?.processed, FINDINGS_LIVE);
  const findings = reply.value ?? NO_FINDINGS;

  const filter = (change: () => void) => {
    change();
    setPage(1);
  };
  const calculatorOptions = [
    { value: '', label: t('scan.filters.allBenefits') },
    ...SCANNED_CALCULATORS.map((c) => ({ value: c, label: t(`rights.calculators.${c}`) })),
  ];

  return (
    <Stack gap="md">
      <Title order={2}>{t('scan.title')}</Title>
      <Text size="sm" maw={900}>
        {t('scan.intro')}
      </Text>
      <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />} py="xs">
        {t('scan.estimate')}
      </Alert>
      {run !== undefined && (
        <RunPanel
          run={run}
          canRun={staff.role !== 'staff'}
          busy={busy}
          onStart={() => void start()}
          onCancel={() => void cancel()}
        />
      )}
      {run && (
        <>
          <Group align="flex-end" gap="md">
            <Select
              label={t('scan.filters.benefit')}
              data={calculatorOptions}
              value={calculator}
              onChange={(value) => filter(() => setParams(value ? { calculator: value } : {}))}
              allowDeselect={false}
              w={260}
            />
            <Select
              label={t('scan.filters.verdict')}
              data={[
                { value: '', label: t('scan.filters.all') },
                { value: 'eligible', label: t('rights.verdict.eligible') },
                { value: 'maybe', label: t('rights.verdict.maybe') },
              ]}
              value={verdict}
              onChange={(value) => filter(() => setVerdict((value ?? '') as ScanVerdict | ''))}
              allowDeselect={false}
              w={220}
            />
            <Checkbox
              label={t('scan.filters.unclaimedOnly')}
              checked={unclaimedOnly}
              onChange={(e) => filter(() => setUnclaimedOnly(e.currentTarget.checked))}
              mb={8}
            />
            <Text size="sm" c="gray.7" ms="auto" mb={8} data-testid="findings-count">
              {t('scan.rows', { count: findings.total })}
            </Text>
          </Group>
          {reply.failure && <ListFailure message={reply.failure} onRetry={reply.retry} />}
          {findings.rows.length === 0 ? (
            <Text c="gray.7">{t('scan.empty')}</Text>
          ) : (
            <FindingsTable rows={findings.rows} sorting={sorting} onSort={(s) => filter(() => setSorting(s))} />
          )}
          {findings.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(findings.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${t('scan.page')} ${control}` })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
