// The fee each payment allowed, with the cap that set it: a claim's or a client's ledger.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../shared/schemas/payments';
import { Ltr } from '../../components/Ltr';
import { formatMoney } from '../client-file/rights/display';
import { monthSpanText } from '../../../shared/payments/months';

export function FeeLedger({ entries, withBenefit = false }: { entries: LedgerEntry[]; withBenefit?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" verticalSpacing={4} data-testid="fee-ledger">
      <Table.Thead>
        <Table.Tr>
          {withBenefit && <Table.Th>{t('payments.client.claim')}</Table.Th>}
          <Table.Th>{t('payments.ledger.months')}</Table.Th>
          <Table.Th>{t('payments.ledger.kind')}</Table.Th>
          <Table.Th className="num">{t('payments.ledger.amount')}</Table.Th>
          <Table.Th className="num">{t('payments.ledger.fee')}</Table.Th>
          <Table.Th>{t('payments.ledger.basis')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.paymentId}>
            {withBenefit && <Table.Td>{t(`claims.benefit.${e.benefit}`)}</Table.Td>}
            <Table.Td>
              <Ltr>{monthSpanText(e)}</Ltr>
            </Table.Td>
            <Table.Td>{t(`payments.add.${e.kind}`)}</Table.Td>
            <Table.Td className="num">
              <Ltr>{formatMoney(e.amount)}</Ltr>
            </Table.Td>
            <Table.Td className="num">
              <Ltr>{formatMoney(e.fee)}</Ltr>
            </Table.Td>
            <Table.Td>
              <Text size="xs">{t(`payments.basis.${e.basis}`)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
