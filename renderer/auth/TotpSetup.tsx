// A new authenticator secret: a QR code to scan and the same key as text, in groups of four.
import { Center, Code, Stack, Text } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../shared/api/contract';
import { Ltr } from '../components/Ltr';

export function TotpSetup({ enrolment }: { enrolment: TotpEnrolment }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Center>
        <QRCodeSVG
          value={enrolment.uri}
          size={176}
          marginSize={2}
          title={t('auth.totp.qr')}
          role="img"
          aria-label={t('auth.totp.qr')}
        />
      </Center>
      <Text size="sm">{t('auth.totp.secret')}</Text>
      <Code block data-testid="totp-secret">
        <Ltr>{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</Ltr>
      </Code>
    </Stack>
  );
}
