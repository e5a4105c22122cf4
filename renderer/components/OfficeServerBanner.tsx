// A calm line at the top while a desk cannot reach its office server: the call failed, the form keeps
// what was typed, and the next call that goes through takes the banner away.
import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onReply } from '../api/client';

export function OfficeServerBanner() {
  const { t } = useTranslation();
  const [unreachable, setUnreachable] = useState(false);
  useEffect(() => onReply((reply) => setUnreachable(!reply.ok && reply.error.code === 'server_unreachable')), []);
  if (!unreachable) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconPlugConnectedX size={18} />}
      role="status"
      data-testid="server-unreachable"
      style={{ position: 'fixed', insetInline: 16, bottom: 16, zIndex: 1000 }}
    >
      {t('office.banner.unreachable')}
    </Alert>
  );
}
