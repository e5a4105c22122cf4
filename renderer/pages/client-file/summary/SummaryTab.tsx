// The file's first tab: where the client stands, on one A4 page when printed for a committee day
// (the print stylesheet drops the desk's frame and the tabs; PrintHead heads the page with the office
// and the date). It asks again whenever the file changes, so a note or a task added shows here.
import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../../shared/dates';
import { useLatestReply } from '../../../api/useLatestReply';
import { useIdentity } from '../../../auth/AuthContext';
import { ListFailure } from '../../../components/ListFailure';
import { formatDate } from '../../../format';
import { useClientFile } from '../useClientFile';
import { MissingPapers, OpenClaims } from './ClaimsSummary';
import { LastContact, LastNote } from './ContactSummary';
import { NextCommittee, RunningDeadlines } from './DatesSummary';
import './summary.css';

export function SummaryTab() {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const { value: summary, failure, retry } = useLatestReply('clients.summary', { id: file.client.id }, file);

  return (
    <div className="client-summary" data-testid="client-summary">
      <Group justify="flex-end" mb="xs" className="summary-actions">
        <Button size="xs" variant="default" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
          {t('clientFile.summary.print')}
        </Button>
      </Group>
      {failure && <ListFailure message={failure} onRetry={retry} />}
      {summary && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" className="summary-grid">
          <OpenClaims claims={summary.openClaims} />
          <NextCommittee committee={summary.nextCommittee} />
          <RunningDeadlines deadlines={summary.deadlines} />
          <MissingPapers papers={summary.missingPapers} />
          <LastNote note={summary.lastNote} />
          <LastContact contact={summary.lastContact} />
        </SimpleGrid>
      )}
    </div>
  );
}

/** The printed page's head, above the file's header: the office and the day it was printed. */
export function PrintHead() {
  const { t } = useTranslation();
  const { office } = useIdentity();
  return (
    <Group className="summary-print-head" justify="space-between" data-testid="print-head">
      <Text fw={700}>{office.name}</Text>
      <Text>{t('clientFile.summary.printedOn', { date: formatDate(todayInIsrael()) })}</Text>
    </Group>
  );
}
