// Claims of the whole office, as a board by status or as a sortable list, filtered by benefit and
// by the staff member who handles them, and searched by the client's name or ID number or the NII
// claim number; the view, the filters and the search live in the address.
import { Group, SegmentedControl, Select, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { benefits, claimStatuses, type Benefit, type ClaimStatus } from '../../../shared/domain/enums';
import type { ClaimCounts, ClaimPage } from '../../../shared/schemas/claims';
import { ActiveCount } from './ActiveCount';
import { ClaimBoard } from './ClaimBoard';
import { ClaimTable } from './ClaimTable';
import { MoveDialog, type Move } from './MoveDialog';
import { useAddressParams } from './useAddressParams';
import { useSearchBox } from './useSearchBox';
import { useStaffList } from '../../api/useStaffList';

type View = 'board' | 'list';

export function ClaimsPage() {
  const { t } = useTranslation();
  const [params, setParam] = useAddressParams();
  const staff = useStaffList();
  const [move, setMove] = useState<Move | null>(null);
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState<ClaimPage | null>(null);
  const [boardCounts, setBoardCounts] = useState<ClaimCounts | null>(null);

  const view: View = params.get('view') === 'list' ? 'list' : 'board';
  const status = (params.get('status') || undefined) as ClaimStatus | undefined;
  const benefit = (params.get('benefit') || undefined) as Benefit | undefined;
  const staffId = params.get('staff') ? Number(params.get('staff')) : undefined;
  const query = params.get('q') || undefined;
  const [typed, setTyped] = useSearchBox(query ?? '', (q) => setParam({ q }));

  const onCounts = useCallback((value: ClaimPage) => setPage(value), []);
  const count = (s: ClaimStatus) => (page ? ` (${page.counts[s].toLocaleString('he-IL')})` : '');

  return (
    <>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('claims.title')}
          </Title>
          {view === 'list' && page && status && (
            <Text c="gray.7" data-testid="claim-count">
              {t('claims.count', { count: page.total })}
            </Text>
          )}
          {view === 'list' && page && !status && <ActiveCount counts={page.counts} />}
          {view === 'board' && boardCounts && <ActiveCount counts={boardCounts} />}
        </Group>
        <SegmentedControl
          aria-label={t('claims.views.label')}
          value={view}
          onChange={(value) => setParam({ view: value === 'list' ? 'list' : null })}
          data={[
            { value: 'board', label: t('claims.views.board') },
            { value: 'list', label: t('claims.views.list') },
          ]}
        />
      </Group>
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput
          w={260}
          label={t('claims.filters.search')}
          placeholder={t('claims.filters.searchHint')}
          leftSection={<IconSearch size={16} />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        {view === 'list' && (
          <Select
            w={200}
            label={t('claims.filters.status')}
            placeholder={t('claims.filters.all')}
            clearable
            value={status ?? null}
            onChange={(value) => setParam({ status: value })}
            data={claimStatuses.map((s) => ({ value: s, label: `${t(`claims.status.${s}`)}${count(s)}` }))}
          />
        )}
        <Select
          w={200}
          label={t('claims.filters.benefit')}
          placeholder={t('claims.filters.all')}
          clearable
          searchable
          value={benefit ?? null}
          onChange={(value) => setParam({ benefit: value })}
          data={benefits.map((b) => ({ value: b, label: t(`claims.benefit.${b}`) }))}
        />
        <Select
          w={200}
          label={t('claims.filters.staff')}
          placeholder={t('claims.filters.allStaff')}
          clearable
          value={staffId ? String(staffId) : null}
          onChange={(value) => setParam({ staff: value })}
          data={staff.map((member) => ({ value: String(member.id), label: member.fullName }))}
        />
      </Group>
      {view === 'board' ? (
        <ClaimBoard
          filter={{ benefit, staffId, query }}
          version={version}
          onCounts={setBoardCounts}
          onMove={setMove}
          onShowAll={(s) => setParam({ view: 'list', status: s })}
        />
      ) : (
        <ClaimTable filter={{ status, benefit, staffId, query }} onCounts={onCounts} />
      )}
      {move && (
        <MoveDialog
          move={move}
          onClose={() => setMove(null)}
          onDone={() => {
            setMove(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}
