// The owner's side of signing in: whether every sign-in needs a second factor, and the sign-in locks
// in force now (a username or a network address after many wrong attempts), each one liftable.
import { ActionIcon, Card, Group, Stack, Switch, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLockOpen } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Lockout, SecondFactorStatus } from '../../../shared/api/contract';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { call } from '../../api/client';
import { queryClient } from '../../api/queryClient';
import { queryKey } from '../../api/queryKeys';
import { formatTimestamp } from '../../format';
import { Ltr } from '../../components/Ltr';
import { AdminTable } from './AdminTable';

const NONE: Lockout[] = [];

export function SignInSection() {
  const { t } = useTranslation();
  const required = useQuery(apiQuery('auth.secondFactorStatus', {})).data?.required ?? null;
  const locks = useQuery(apiQuery('auth.lockouts', {})).data ?? NONE;
  const load = () => invalidateKeys([queryKey('auth.secondFactorStatus', {}), queryKey('auth.lockouts', {})]);

  const setRequirement = async (value: boolean) => {
    const reply = await call('auth.requireSecondFactor', { required: value });
    if (!reply.ok) {
      notifications.show({ color: 'red', message: reply.error.message });
      return load();
    }
    // The switch shows the new state together with the notice saying so, not a refetch later.
    queryClient.setQueryData(queryKey('auth.secondFactorStatus', {}), (status?: SecondFactorStatus) =>
      status ? { ...status, required: value } : status,
    );
    notifications.show({ color: 'green', message: t(value ? 'auth.admin.requireOn' : 'auth.admin.requireOff') });
  };
  const unlock = async (lock: Lockout) => {
    const reply = await call('auth.unlock', { kind: lock.kind, key: lock.key });
    notifications.show(
      reply.ok ? { color: 'green', message: t('auth.admin.unlocked') } : { color: 'red', message: reply.error.message },
    );
    void load();
  };
  const who = (lock: Lockout) =>
    lock.kind === 'username' ? (lock.fullName ?? lock.key) : t('auth.admin.address', { address: lock.key });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('auth.admin.title')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('auth.admin.title')}
        </Title>
        {required !== null && (
          <div>
            <Switch
              checked={required}
              onChange={(event) => void setRequirement(event.currentTarget.checked)}
              label={t('auth.admin.require')}
            />
            <Text size="sm" c="gray.7" mt={4}>
              {t('auth.admin.requireHelp')}
            </Text>
          </div>
        )}
        <Group gap="sm" mt="xs">
          <Title order={4} size="h5">
            {t('auth.admin.locks')}
          </Title>
          <Text c="gray.7" size="sm">
            {t('auth.admin.locksHelp')}
          </Text>
        </Group>
        <AdminTable
          testId="lock-table"
          empty={t('auth.admin.noLocks')}
          columns={[
            { label: t('auth.admin.who') },
            { label: t('auth.admin.failures'), end: true },
            { label: t('auth.admin.until'), end: true },
            {},
          ]}
        >
          {locks.map((lock) => (
            <Table.Tr key={`${lock.kind}:${lock.key}`}>
              <Table.Td>
                {who(lock)} {lock.kind === 'username' && <Ltr>({lock.key})</Ltr>}
              </Table.Td>
              <Table.Td ta="end">{lock.failures}</Table.Td>
              <Table.Td ta="end">
                <Ltr>{formatTimestamp(lock.lockedUntil)}</Ltr>
              </Table.Td>
              <Table.Td ta="end">
                <Tooltip label={t('auth.admin.unlockOf', { who: who(lock) })}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('auth.admin.unlockOf', { who: who(lock) })}
                    onClick={() => void unlock(lock)}
                  >
                    <IconLockOpen size={18} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      </Stack>
    </Card>
  );
}
