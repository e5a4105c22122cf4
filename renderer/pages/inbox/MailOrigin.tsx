// Where an inbox item came from, above its fields: the e-mail it came in (sender, subject, date), and
// a word that its text came from OCR of a scan, so each field is to be checked.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../shared/inbox/item';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';

export function MailOrigin({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const { mail } = item;
  return (
    <>
      {mail && (
        <Text size="sm" data-testid="inbox-mail">
          {t('inbox.mail.from')}: <bdi>{mail.from ?? '—'}</bdi> · {t('inbox.mail.subject')}: {mail.subject ?? '—'}
          {mail.date && (
            <>
              {' · '}
              {t('inbox.mail.date')}: <Ltr>{formatTimestamp(mail.date)}</Ltr>
            </>
          )}
        </Text>
      )}
      {item.reading?.ocr && (
        <Alert color="yellow" data-testid="inbox-ocr">
          {t('inbox.mail.ocr')}
        </Alert>
      )}
    </>
  );
}
