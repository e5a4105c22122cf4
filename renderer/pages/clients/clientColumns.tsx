// The client list's columns: what each cell shows and which columns sort on the server.
import { Anchor, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { ageOn } from '../../../shared/dates';
import type { ConsentState } from '../../../shared/domain/enums';
import type { ClientSortKey } from '../../../shared/schemas/client';
import type { ClientListRow } from '../../../shared/schemas/client-list';
import { Ltr } from '../../components/Ltr';
import { formatDate, formatPhone, formatTimestamp } from '../../format';
import { StatusBadge, type StatusTone } from './StatusBadge';

const column = createColumnHelper<ClientListRow>();

/** Colours only for status: red missing or revoked, amber expired, green in force. */
const CONSENT_TONES: Record<ConsentState, StatusTone> = {
  active: 'green',
  missing: 'red',
  revoked: 'red',
  expired: 'orange',
};
const SHOWN_CLAIMS = 2;

export interface ColumnMeta {
  sortKey?: ClientSortKey;
  numeric?: boolean;
  width: string;
}

function ConsentBadge({ label, state }: { label: string; state: ConsentState }) {
  return <StatusBadge tone={CONSENT_TONES[state]}>{label}</StatusBadge>;
}

export function clientColumns(t: TFunction, today: string) {
  return [
    column.accessor((row) => `${row.lastNameHe} ${row.firstNameHe}`, {
      id: 'name',
      header: t('clients.columns.name'),
      meta: { sortKey: 'name', width: '14%' } satisfies ColumnMeta,
      cell: ({ row, getValue }) => (
        <Anchor
          component={Link}
          to={`/clients/${row.original.id}`}
          fw={500}
          underline="hover"
          tabIndex={-1}
          onClick={(event) => event.stopPropagation()}
        >
          {getValue()}
        </Anchor>
      ),
    }),
    column.accessor('idNumber', {
      header: t('clients.columns.idNumber'),
      meta: { sortKey: 'idNumber', width: '9%' } satisfies ColumnMeta,
      cell: ({ getValue }) => <Ltr>{getValue()}</Ltr>,
    }),
    column.accessor('birthDate', {
      header: t('clients.columns.birthDate'),
      meta: { sortKey: 'birthDate', width: '9%' } satisfies ColumnMeta,
      cell: ({ getValue }) => <Ltr>{formatDate(getValue())}</Ltr>,
    }),
    column.accessor((row) => ageOn(row.birthDate, today), {
      id: 'age',
      header: t('clients.columns.age'),
      meta: { numeric: true, width: '4%' } satisfies ColumnMeta,
    }),
    column.accessor('mobilePhone', {
      header: t('clients.columns.mobilePhone'),
      meta: { width: '10%' } satisfies ColumnMeta,
      cell: ({ getValue }) => {
        const phone = getValue();
        return phone && <Ltr>{formatPhone(phone)}</Ltr>;
      },
    }),
    column.accessor('fileNumber', {
      header: t('clients.columns.fileNumber'),
      meta: { sortKey: 'fileNumber', width: '11%' } satisfies ColumnMeta,
      cell: ({ getValue }) => {
        const file = getValue();
        return file && <Ltr>{file}</Ltr>;
      },
    }),
    column.accessor('openClaims', {
      header: t('clients.columns.openClaims'),
      meta: { width: '15%' } satisfies ColumnMeta,
      cell: ({ getValue }) => {
        const claims = getValue();
        return (
          <Group gap={4} wrap="nowrap">
            {claims.slice(0, SHOWN_CLAIMS).map((claim, n) => (
              <StatusBadge key={n} tone="gray" title={t(`claims.status.${claim.status}`)}>
                {t(`claims.benefit.${claim.benefit}`)}
              </StatusBadge>
            ))}
            {claims.length > SHOWN_CLAIMS && (
              <Text size="xs" c="gray.7">
                {t('clients.moreClaims', { count: claims.length - SHOWN_CLAIMS })}
              </Text>
            )}
          </Group>
        );
      },
    }),
    column.display({
      id: 'consents',
      header: t('clients.columns.consents'),
      meta: { width: '15%' } satisfies ColumnMeta,
      cell: ({ row }) => {
        const papers = [
          ['poa', row.original.powerOfAttorney],
          ['waiver', row.original.medicalWaiver],
        ] as const;
        const problems = papers.filter(([, state]) => state !== 'active');
        if (problems.length === 0) return <ConsentBadge label={t('clients.consentStates.active')} state="active" />;
        return (
          <Group gap={4} wrap="nowrap">
            {problems.map(([paper, state]) => (
              <ConsentBadge key={paper} label={t(`clients.consentProblems.${paper}_${state}`)} state={state} />
            ))}
          </Group>
        );
      },
    }),
    column.accessor('updatedAt', {
      header: t('clients.columns.updatedAt'),
      meta: { sortKey: 'updatedAt', width: '13%' } satisfies ColumnMeta,
      cell: ({ getValue }) => <Ltr>{formatTimestamp(getValue())}</Ltr>,
    }),
  ];
}
