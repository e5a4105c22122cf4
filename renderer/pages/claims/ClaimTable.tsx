// The claims list: a page at a time from the server (the store may hold hundreds of thousands),
// sorted by the server on the column clicked, with the row count and paging.
import { Anchor, Badge, Button, Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InputOf } from '../../../shared/api/contract';
import { claimSorts, type ClaimListRow, type ClaimPage } from '../../../shared/schemas/claims';
import { useLatestReply } from '../../api/useLatestReply';
import { ListFailure } from '../../components/ListFailure';
import { Ltr } from '../../components/Ltr';
import { formatDate, formatTimestamp } from '../../format';
import { CLAIMS_LIVE, waitingDays } from './claimDisplay';

const PAGE_SIZE = 100;
type Sort = (typeof claimSorts)[number];
const sortable = new Set<string>(claimSorts);
const NO_ROWS: ClaimListRow[] = [];

interface Props {
  filter: Omit<InputOf<'claims.page'>, 'limit' | 'offset' | 'sort' | 'direction'>;
  onCounts(page: ClaimPage): void;
}

const column = createColumnHelper<ClaimListRow>();

export function ClaimTable({ filter, onCounts }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const [pageIndex, setPageIndex] = useState(0);
  const { status, benefit, staffId, query } = filter;

  useEffect(() => setPageIndex(0), [status, benefit, staffId, query, sorting]);

  const sort = sorting[0];
  const input = {
    status,
    benefit,
    staffId,
    query,
    sort: (sort?.id ?? 'updatedAt') as Sort,
    direction: sort?.desc === false ? 'asc' : 'desc',
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  } as const;
  const { value: page, failure, stale, retry } = useLatestReply('claims.page', input, undefined, CLAIMS_LIVE);
  useEffect(() => {
    if (page) onCounts(page);
  }, [page, onCounts]);

  const columns = useMemo(
    () => [
      column.accessor('clientName', {
        header: () => t('claims.columns.client'),
        cell: (info) => (
          <Anchor
            component={Link}
            to={`/claims/${info.row.original.id}`}
            fw={500}
            underline="hover"
            onClick={(event) => event.stopPropagation()}
          >
            {info.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('clientIdNumber', {
        header: () => t('claims.columns.idNumber'),
        cell: (info) => <Ltr>{info.getValue()}</Ltr>,
      }),
      column.accessor('benefit', {
        header: () => t('claims.columns.benefit'),
        cell: (info) => t(`claims.benefit.${info.getValue()}`),
      }),
      column.accessor('formNumber', {
        header: () => t('claims.columns.formNumber'),
        cell: (info) => info.getValue() && <Ltr>{info.getValue()}</Ltr>,
      }),
      column.accessor('niiClaimNumber', {
        header: () => t('claims.columns.niiClaimNumber'),
        cell: (info) => info.getValue() && <Ltr>{info.getValue()}</Ltr>,
      }),
      column.accessor('status', {
        header: () => t('claims.columns.status'),
        cell: (info) => (
          <Badge variant="light" size="sm">
            {t(`claims.status.${info.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor((row) => waitingDays(row), {
        id: 'daysInStatus',
        header: () => t('claims.columns.daysInStatus'),
        meta: { numeric: true },
      }),
      column.accessor('staffName', { header: () => t('claims.columns.staff') }),
      column.accessor('committeeDate', {
        header: () => t('claims.columns.committeeDate'),
        cell: (info) => info.getValue() && <Ltr>{formatDate(info.getValue()!)}</Ltr>,
      }),
      column.accessor('filedDate', {
        header: () => t('claims.columns.filedDate'),
        cell: (info) => info.getValue() && <Ltr>{formatDate(info.getValue()!)}</Ltr>,
      }),
      column.accessor('decidedDate', {
        header: () => t('claims.columns.decidedDate'),
        cell: (info) => info.getValue() && <Ltr>{formatDate(info.getValue()!)}</Ltr>,
      }),
      column.accessor('updatedAt', {
        header: () => t('claims.columns.updatedAt'),
        cell: (info) => <Ltr>{formatTimestamp(info.getValue())}</Ltr>,
      }),
    ],
    [t],
  );

  // One empty array while no page has come, and paging left to the server: otherwise every render
  // (e.g. a retry) hands the table new data, it queues a page reset, and the two feed each other.
  const table = useReactTable({
    data: page?.rows ?? NO_ROWS,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  });

  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;

  return (
    <Paper withBorder opacity={stale ? 0.6 : 1} aria-busy={stale}>
      {failure && <ListFailure message={failure} onRetry={retry} />}
      <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 290px)">
        <Table
          className="data-table"
          highlightOnHover
          striped
          verticalSpacing={6}
          fz="sm"
          aria-label={t('claims.list.label')}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <Table.Th
                      key={header.id}
                      className={numeric ? 'num' : undefined}
                      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      {sortable.has(header.id) ? (
                        <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={600} fz="sm">
                          <Group gap={4} wrap="nowrap">
                            {label}
                            {sorted === 'asc' && <IconArrowUp size={12} aria-hidden />}
                            {sorted === 'desc' && <IconArrowDown size={12} aria-hidden />}
                          </Group>
                        </UnstyledButton>
                      ) : (
                        label
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id} onClick={() => void navigate(`/claims/${row.original.id}`)}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    className={
                      (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric ? 'num' : undefined
                    }
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {page && page.rows.length === 0 && (
        <Text ta="center" c="gray.7" py="xl">
          {status || benefit || staffId ? t('claims.list.noMatch') : t('claims.list.empty')}
        </Text>
      )}
      {page && page.total > PAGE_SIZE && (
        <Group justify="center" gap="sm" py="xs">
          <Button size="xs" variant="default" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)}>
            {t('claims.list.previous')}
          </Button>
          <Text size="sm">
            {t('claims.list.page', {
              page: (pageIndex + 1).toLocaleString('he-IL'),
              pages: pages.toLocaleString('he-IL'),
            })}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={pageIndex + 1 >= pages}
            onClick={() => setPageIndex(pageIndex + 1)}
          >
            {t('claims.list.next')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
