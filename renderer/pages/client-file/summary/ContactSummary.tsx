// The summary's last word with the client: the newest note and the last call marked done.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../shared/api/procedures/clients/file';
import { Ltr } from '../../../components/Ltr';
import { formatTimestamp } from '../../../format';
import { SummaryCard } from './SummaryCard';

export function LastNote({ note }: { note: ClientSummary['lastNote'] }) {
  const { t } = useTranslation();
  return (
    <SummaryCard
      title={t('clientFile.summary.lastNote')}
      testId="summary-note"
      empty={note ? null : t('clientFile.summary.noNote')}
    >
      {note && (
        <>
          <Text size="xs" c="dimmed">
            <Ltr>{formatTimestamp(note.createdAt)}</Ltr> · {note.createdByName}
          </Text>
          <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </Text>
        </>
      )}
    </SummaryCard>
  );
}

export function LastContact({ contact }: { contact: ClientSummary['lastContact'] }) {
  const { t } = useTranslation();
  return (
    <SummaryCard
      title={t('clientFile.summary.lastContact')}
      testId="summary-contact"
      empty={contact ? null : t('clientFile.summary.noContact')}
    >
      {contact && (
        <Text size="sm">
          <Ltr>{formatTimestamp(contact.at)}</Ltr> · {contact.title}
        </Text>
      )}
    </SummaryCard>
  );
}
