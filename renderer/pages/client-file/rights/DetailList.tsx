// A calculator's details as labelled rows; nested details (a range, a list of days) indent.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import type { DetailRow, DetailValue } from './display';

function Value({ value }: { value: DetailValue }) {
  const { t } = useTranslation();
  switch (value.kind) {
    case 'money':
    case 'percent':
    case 'date':
      return <Ltr>{value.text}</Ltr>;
    case 'yes':
    case 'no':
    case 'none':
      return <>{t(`rights.${value.kind}`)}</>;
    case 'text':
      return <>{value.text}</>;
    case 'list':
      return <DetailList rows={value.rows} />;
  }
}

export function DetailList({ rows }: { rows: DetailRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('rights.none')}</Text>;
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th fw={500} w="45%" c="dimmed">
              {/^\d+$/.test(row.key) ? row.key : t(`rights.detailLabels.${row.key}`, { defaultValue: row.key })}
            </Table.Th>
            <Table.Td>
              <Value value={row.value} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
