// A new data key for the store, its backups and documents (the recovery key stays valid).
import { Alert, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatTimestamp } from '../../format';
import { SettingsSection } from '../settings/SettingsSection';
import { ConfirmedAction } from './ConfirmedAction';

export function RotateKeySection() {
  const { t } = useTranslation();
  const [rotatedAt, setRotatedAt] = useState<string | null>(null);
  const run = async () => {
    const reply = await call('security.rotateDataKey', {});
    if (!reply.ok) return reply.error.message;
    setRotatedAt(reply.value.rotatedAt);
    return null;
  };
  return (
    <SettingsSection title={t('security.rotate.title')} id="rotate-key">
      <Text size="sm">{t('security.rotate.text')}</Text>
      {rotatedAt && (
        <Alert color="green" data-testid="rotate-result">
          <Trans
            i18nKey="security.rotate.done"
            values={{ date: formatTimestamp(rotatedAt) }}
            components={{ date: <bdi dir="ltr" /> }}
          />
        </Alert>
      )}
      <ConfirmedAction words="security.rotate" icon={<IconRefresh size={16} />} run={run} />
    </SettingsSection>
  );
}
