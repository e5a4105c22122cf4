// The server's verification report of a move: rows per table on the desk and on the server, the
// documents checked by SHA-256, and the audit chain's head, each marked as matching or not.
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoveReport } from '../../../shared/schemas/move';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';

const count = new Intl.NumberFormat('he-IL');

function Mark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={ok ? 'teal.9' : 'red.9'} variant="outline">
      {t(ok ? 'settings.move.report.ok' : 'settings.move.report.mismatch')}
    </Badge>
  );
}

export function MoveReportView({ report }: { report: MoveReport }) {
  const { t } = useTranslation();
  const { documents, auditChain } = report;
  return (
    <Stack gap="xs" data-testid="move-report">
      <Title order={4} size="h5">
        {t('settings.move.report.title')}
      </Title>
      <Text size="sm">
        {t('settings.move.report.office')}: {report.office} · {t('settings.move.report.createdAt')}:{' '}
        <Ltr>{formatTimestamp(report.createdAt)}</Ltr>
      </Text>
      <Text size="sm">
        {t('settings.move.report.documents')}:{' '}
        {t('settings.move.report.documentsValue', {
          verified: count.format(documents.verified),
          expected: count.format(documents.expected),
        })}{' '}
        <Mark ok={documents.mismatched.length === 0} />
      </Text>
      <Text size="sm">
        {t('settings.move.report.chain')}:{' '}
        {t('settings.move.report.chainValue', { rows: count.format(auditChain.rows), id: auditChain.found.id })}{' '}
        <Ltr>{auditChain.found.hash.slice(0, 16)}</Ltr> <Mark ok={auditChain.verified} />
      </Text>
      <Table striped fz="sm" verticalSpacing={2} maw={560} aria-label={t('settings.move.report.tables')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.move.report.table')}</Table.Th>
            <Table.Th ta="end">{t('settings.move.report.expected')}</Table.Th>
            <Table.Th ta="end">{t('settings.move.report.found')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.tables.map((row) => (
            <Table.Tr key={row.table}>
              <Table.Td>
                <Ltr>{row.table}</Ltr>
              </Table.Td>
              <Table.Td ta="end" className="numeric">
                {count.format(row.expected)}
              </Table.Td>
              <Table.Td ta="end" className="numeric">
                {count.format(row.found)}
              </Table.Td>
              <Table.Td>
                <Mark ok={row.expected === row.found} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
