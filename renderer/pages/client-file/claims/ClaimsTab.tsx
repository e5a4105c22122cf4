// The client's claims: benefit, status and dates, each opening the claim page; "new claim" here.
import { Anchor, Button, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ClaimStatus } from '../../../../shared/schemas/claims';
import { Ltr } from '../../../components/Ltr';
import { formatDate, formatTimestamp } from '../../../format';
import { groupThousands } from '../records/recordValues';
import { SectionHeader, TableCard } from '../Section';
import { StatusBadge } from '../StatusBadge';
import { useClientFile } from '../useClientFile';
import { NewClaimModal } from './NewClaimModal';

export const STATUS_COLOR: Record<ClaimStatus, string> = {
  draft: 'gray',
  ready: 'blue',
  filed: 'indigo',
  in_committee: 'orange',
  decided: 'green',
  appeal: 'red',
  closed: 'dark',
};

const dated = (iso: string | null) => (iso ? <Ltr>{formatDate(iso)}</Ltr> : '');

export function ClaimsTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The claim page's back link returns to this tab of the file.
  const { pathname } = useLocation();
  const { file, refresh } = useClientFile();
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby="claims-title">
      <SectionHeader
        id="claims-title"
        title={t('clientFile.claims.title')}
        count={file.claims.length}
        action={
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('clientFile.claims.new')}
          </Button>
        }
      />
      <TableCard rows={file.claims.length} empty={t('clientFile.claims.empty')} testId="table-claims">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientFile.claims.benefit')}</Table.Th>
            <Table.Th>{t('clientFile.claims.formNumber')}</Table.Th>
            <Table.Th>{t('clientFile.claims.status')}</Table.Th>
            <Table.Th>{t('clientFile.claims.opened')}</Table.Th>
            <Table.Th>{t('clientFile.claims.filed')}</Table.Th>
            <Table.Th>{t('clientFile.claims.decided')}</Table.Th>
            <Table.Th>{t('clientFile.claims.outcome')}</Table.Th>
            <Table.Th className="num">{t('clientFile.claims.retroactive')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.claims.map((claim) => (
            <Table.Tr
              key={claim.id}
              onClick={() => void navigate(`/claims/${claim.id}`, { state: { from: pathname } })}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/claims/${claim.id}`}
                  state={{ from: pathname }}
                  fw={500}
                  underline="hover"
                  onClick={(event) => event.stopPropagation()}
                >
                  {t(`clientFile.enums.benefit.${claim.benefit}`)}
                </Anchor>
              </Table.Td>
              <Table.Td>{claim.formNumber && <Ltr>{claim.formNumber}</Ltr>}</Table.Td>
              <Table.Td>
                <StatusBadge color={STATUS_COLOR[claim.status]}>
                  {t(`clientFile.enums.claimStatus.${claim.status}`)}
                </StatusBadge>
              </Table.Td>
              <Table.Td>
                <Ltr>{formatTimestamp(claim.createdAt).slice(0, 10)}</Ltr>
              </Table.Td>
              <Table.Td>{dated(claim.filedDate)}</Table.Td>
              <Table.Td>{dated(claim.decidedDate)}</Table.Td>
              <Table.Td>{claim.outcome && t(`clientFile.enums.outcome.${claim.outcome}`)}</Table.Td>
              <Table.Td className="num">
                {claim.retroactive && <Ltr>{groupThousands(claim.retroactive)} ₪</Ltr>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {adding && (
        <NewClaimModal
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            notifications.show({ color: 'green', message: t('clientFile.claims.created') });
            void refresh('claims');
          }}
        />
      )}
    </section>
  );
}
