// The list of insured persons: search as you type by name, ID, phone or file
// number, filters, sort, keyboard navigation and export of the current view, smooth at 100,000 rows.
import { Button, CloseButton, Group, Paper, Pill, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ClientListFilters } from '../../../shared/schemas/client-list';
import { useIdentity } from '../../auth/AuthContext';
import { ListFailure } from '../../components/ListFailure';
import { ClientFilters } from './ClientFilters';
import { ClientTable } from './ClientTable';
import { paramsFromView, viewFromParams, type ClientView } from './clientView';
import { ExportDialog } from './ExportDialog';
import classes from './readable.module.css';
import { useClientWindows } from './useClientWindows';

const URL_DELAY_MS = 400;

/** The search part of the address as it is now, ahead of the router's render (#/clients?q=…). */
const addressNow = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').toString();

export function ClientsPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<ClientView>(() => viewFromParams(params));
  const windows = useClientWindows(view);
  const tableRef = useRef<HTMLTableElement>(null);
  const { benefit, claimStatus, staffId, consentProblem, importBatchId } = view;
  const filters = useMemo(
    () => ({ benefit, claimStatus, staffId, consentProblem, importBatchId }),
    [benefit, claimStatus, staffId, consentProblem, importBatchId],
  );
  const changeFilters = useCallback((next: ClientListFilters) => setView((current) => ({ ...current, ...next })), []);
  const sortBy = useCallback(
    (sort: ClientView['sort'], direction: ClientView['direction']) =>
      setView((current) => ({ ...current, sort, direction })),
    [],
  );

  // The address follows the view once typing pauses: a navigation per keystroke would re-render the
  // route and slow the list down while typing.
  const wanted = new URLSearchParams(paramsFromView(view)).toString();
  const current = params.toString();
  // The query this page last wrote to the address. That write lands a render or more later (the
  // router updates in a transition); by then the box may hold more letters, which must not be undone.
  const written = useRef(params.get('q') ?? '');
  useEffect(() => {
    if (wanted === current) return;
    const timer = setTimeout(() => {
      // A navigation this render has not seen yet (the global search) wins: the effect below takes
      // its query once it lands, and this write comes again after it if still wanted.
      if (addressNow() !== current) return;
      written.current = new URLSearchParams(wanted).get('q') ?? '';
      setParams(wanted, { replace: true });
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, current, setParams]);

  // The global search in the top bar navigates here with ?q=…: only a query this page did not write
  // replaces the box's text.
  const paramsQuery = params.get('q') ?? '';
  useEffect(() => {
    if (paramsQuery === written.current) return;
    written.current = paramsQuery;
    setView((view) => (view.query === paramsQuery ? view : { ...view, query: paramsQuery }));
  }, [paramsQuery]);

  // The rows on screen answer another search than the box's until its reply arrives.
  const stale = windows.shown !== null && JSON.stringify(windows.shown) !== JSON.stringify(view);

  return (
    <Stack gap="sm" className={classes.readable}>
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('clients.title')}
          </Title>
          {/* The count belongs to the rows shown: not while they answer another search than the box's. */}
          {windows.total !== null && !windows.failure && (
            <Text c="gray.7" data-testid="client-count">
              {t('clients.count', { count: windows.total })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          {staff.role !== 'staff' && (
            <Button component={Link} to="/import" variant="default" leftSection={<IconFileImport size={16} />}>
              {t('nav.import')}
            </Button>
          )}
          {staff.role !== 'staff' && windows.shown && <ExportDialog view={windows.shown} count={windows.total ?? 0} />}
          <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} />}>
            {t('clients.add')}
          </Button>
        </Group>
      </Group>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Stack gap={4} w={300}>
          <TextInput
            label={t('clients.search')}
            placeholder={t('clients.search')}
            leftSection={<IconSearch size={16} />}
            value={view.query}
            onChange={(event) => {
              const query = event.currentTarget.value;
              setView((current) => ({ ...current, query }));
            }}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown') return;
              event.preventDefault();
              tableRef.current?.focus();
            }}
          />
          {windows.failure && <ListFailure message={windows.failure} onRetry={windows.retry} />}
        </Stack>
        <ClientFilters filters={filters} onChange={changeFilters} />
        {importBatchId && (
          <Group gap={4} mt={28} data-testid="batch-filter">
            <Pill size="lg">{t('import.fromBatch')}</Pill>
            <CloseButton
              size="sm"
              aria-label={t('import.clearBatch')}
              onClick={() => changeFilters({ ...filters, importBatchId: undefined })}
            />
          </Group>
        )}
      </Group>
      {/* Dimmed while the list does not (yet, or cannot) show what the box asks for. */}
      <Paper withBorder opacity={windows.failure ? 0.5 : stale ? 0.6 : 1} aria-busy={stale}>
        <ClientTable windows={windows} view={windows.shown ?? view} stale={stale} tableRef={tableRef} onSort={sortBy} />
      </Paper>
    </Stack>
  );
}
