// The client list as a virtualized table: only the rows in view are in the page, their windows are
// fetched as they scroll in; arrow keys move a highlight, Enter opens the file; headers sort.
import { Table, Text } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type Header } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayInIsrael } from '../../../shared/dates';
import type { ClientListRow } from '../../../shared/schemas/client-list';
import { clientColumns, type ColumnMeta } from './clientColumns';
import { hasFilters, type ClientView } from './clientView';
import classes from './ClientTable.module.css';
import type { ClientWindows } from './useClientWindows';

const ROW_HEIGHT = 38;
const PAGE_ROWS = 15;

interface Props {
  windows: ClientWindows;
  view: ClientView;
  /** The rows answer an earlier search than the box holds: Enter opens nothing until they catch up. */
  stale: boolean;
  onSort(sort: ClientView['sort'], direction: ClientView['direction']): void;
  tableRef: Ref<HTMLTableElement>;
}

function SortHeader({
  header,
  view,
  onSort,
}: {
  header: Header<ClientListRow, unknown>;
  view: ClientView;
  onSort: Props['onSort'];
}) {
  const { t } = useTranslation();
  const meta = header.column.columnDef.meta as ColumnMeta;
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const sorted =
    meta.sortKey && (view.sort ?? (view.query ? undefined : 'name')) === meta.sortKey ? view.direction : null;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  const Icon = sorted === 'asc' ? IconSortAscending : sorted === 'desc' ? IconSortDescending : IconArrowsSort;
  return (
    <Table.Th style={{ width: meta.width }} className={meta.numeric ? 'num' : undefined} aria-sort={ariaSort}>
      {meta.sortKey ? (
        <button
          type="button"
          className={classes.sortButton}
          aria-label={t('clients.sortBy', { column: header.column.columnDef.header as string })}
          onClick={() => onSort(meta.sortKey, sorted === 'asc' ? 'desc' : 'asc')}
        >
          {label}
          <Icon size={14} aria-hidden opacity={sorted ? 1 : 0.35} />
        </button>
      ) : (
        label
      )}
    </Table.Th>
  );
}

export const ClientTable = memo(function ClientTable({ windows, view, stale, onSort, tableRef }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  const total = windows.total ?? 0;
  const columns = useMemo(() => clientColumns(t, todayInIsrael()), [t]);

  // React 19 warns of flushSync inside the virtualizer's layout effect; a normal re-render is enough.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure, rowAt, shown } = windows;
  useEffect(() => ensure(first, last), [ensure, first, last]);

  // A new search or filter starts again from the top.
  useEffect(() => {
    setActive(-1);
    scroller.current?.scrollTo({ top: 0 });
  }, [shown]);

  const loaded = items.map((item) => ({ index: item.index, row: rowAt(item.index) }));
  const data = loaded
    .filter((entry): entry is { index: number; row: ClientListRow } => entry.row !== undefined)
    .map((entry) => entry.row);
  // The server sorts and pages. autoResetAll off: otherwise each new window (new data) queues a page-index
  // reset, a state update that re-renders with new data again — an endless loop that starved navigation.
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    autoResetAll: false,
  });
  const byClient = new Map(table.getRowModel().rows.map((row) => [row.original.id, row]));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS };
    if (event.key in steps) move(active + steps[event.key]!);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(total - 1);
    else if (event.key === 'Enter') {
      const row = stale ? undefined : rowAt(active);
      if (row) void navigate(`/clients/${row.id}`);
    } else return;
    event.preventDefault();
  };

  const activeRow = active >= 0 ? rowAt(active) : undefined;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scroller} className={classes.scroller}>
      <Table
        ref={tableRef}
        className={`data-table ${classes.table}`}
        striped
        highlightOnHover
        verticalSpacing={6}
        fz="sm"
        role="grid"
        tabIndex={0}
        aria-label={t('clients.listLabel')}
        aria-description={t('clients.keyboardHint')}
        aria-rowcount={total + 1}
        aria-activedescendant={activeRow ? `client-row-${activeRow.id}` : undefined}
        data-view-query={shown?.query ?? ''}
        onKeyDown={onKeyDown}
        onFocus={() => active < 0 && total > 0 && setActive(0)}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} view={view} onSort={onSort} />
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr role="presentation" style={{ height: padTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {loaded.map(({ index, row }) => {
            const tableRow = row && byClient.get(row.id);
            if (!row || !tableRow) {
              return (
                <Table.Tr key={`pending-${index}`} className={classes.placeholder} aria-rowindex={index + 2}>
                  <Table.Td colSpan={columns.length}>{t('clients.loading')}</Table.Td>
                </Table.Tr>
              );
            }
            return (
              <Table.Tr
                key={row.id}
                id={`client-row-${row.id}`}
                aria-rowindex={index + 2}
                aria-selected={index === active}
                className={index === active ? classes.active : undefined}
                onClick={() => void navigate(`/clients/${row.id}`)}
              >
                {tableRow.getVisibleCells().map((cell) => (
                  <Table.Td
                    key={cell.id}
                    className={(cell.column.columnDef.meta as ColumnMeta).numeric ? 'num' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr role="presentation" style={{ height: padBottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {/* "No match" only for a search the list did answer; a failure speaks for itself under the box. */}
      {total === 0 && shown && !windows.failure && (
        <Text ta="center" c="gray.7" py="xl">
          {shown.query.trim()
            ? t('clients.noMatch')
            : hasFilters(shown)
              ? t('clients.noFilterMatch')
              : t('clients.empty')}
        </Text>
      )}
    </div>
  );
});
