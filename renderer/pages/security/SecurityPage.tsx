// Data security (owners only): the recovery key, encrypting a store made before encryption, and a
// new encryption key. Other roles are never led here; the procedures refuse them anyway.
import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKeyState } from '../../../shared/api/procedures/recovery-key';
import type { StoreEncrypted } from '../../../shared/api/procedures/security';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { queryClient } from '../../api/queryClient';
import { queryKey } from '../../api/queryKeys';
import { useIdentity } from '../../auth/AuthContext';
import { EncryptStoreSection } from './EncryptStoreSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import { RotateKeySection } from './RotateKeySection';

function Sections() {
  const key = queryKey('recoveryKey.state', {});
  const query = useQuery(apiQuery('recoveryKey.state', {}));
  const state = query.data ?? null;
  const failure = query.error?.message ?? null;
  const [encrypted, setEncrypted] = useState<StoreEncrypted | null>(null);
  const load = () => void invalidateKeys([key]);
  /** A section's write answers with the new state: shown as it is, not asked for again. */
  const setState = (next: RecoveryKeyState) => queryClient.setQueryData(key, next);

  if (failure) return <Alert color="red">{failure}</Alert>;
  if (!state) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <>
      {(state.storePlain || encrypted) && (
        <EncryptStoreSection
          result={encrypted}
          onEncrypted={(result) => {
            setEncrypted(result);
            load();
          }}
        />
      )}
      <RecoveryKeySection state={state} onChanged={setState} />
      {!state.storePlain && <RotateKeySection />}
    </>
  );
}

export function SecurityPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={2}>{t('security.title')}</Title>
      {staff.role === 'owner' ? (
        <>
          <Text size="sm">{t('security.intro')}</Text>
          <Sections />
        </>
      ) : (
        <Alert color="gray">{t('admin.ownerOnly')}</Alert>
      )}
    </Stack>
  );
}
