// An office made before encryption: its owner encrypts the store, its backups and documents, and
// sees what was checked (every row found again, the activity log intact) and what was sealed.
import { Alert, List, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StoreEncrypted } from '../../../shared/api/procedures/security';
import { call } from '../../api/client';
import { SettingsSection } from '../settings/SettingsSection';
import { ConfirmedAction } from './ConfirmedAction';

export function EncryptStoreSection({
  result,
  onEncrypted,
}: {
  result: StoreEncrypted | null;
  onEncrypted: (result: StoreEncrypted) => void;
}) {
  const { t } = useTranslation();
  const run = async () => {
    const reply = await call('security.encryptStore', { confirm: true });
    if (!reply.ok) return reply.error.message;
    onEncrypted(reply.value);
    return null;
  };
  return (
    <SettingsSection title={t('security.encrypt.title')} id="encrypt-store">
      {result ? (
        <Alert color="green" title={t('security.encrypt.done')} data-testid="encrypt-result">
          <List size="sm" spacing={2}>
            <List.Item>{t('security.encrypt.rows', { count: result.rows })}</List.Item>
            <List.Item>{t('security.encrypt.chain')}</List.Item>
            <List.Item>{t('security.encrypt.backups', { count: result.backups })}</List.Item>
            <List.Item>{t('security.encrypt.documents', { count: result.documents })}</List.Item>
          </List>
          {result.damagedDocuments > 0 && (
            <Text size="sm" c="red.9" mt={4}>
              {t('security.encrypt.damaged', { count: result.damagedDocuments })}
            </Text>
          )}
        </Alert>
      ) : (
        <>
          <Alert color="yellow">{t('security.encrypt.banner')}</Alert>
          <Text size="sm">{t('security.encrypt.text')}</Text>
          <ConfirmedAction words="security.encrypt" icon={<IconLock size={16} />} run={run} />
        </>
      )}
    </SettingsSection>
  );
}
