// The owner's list of desks paired with the office server: who worked on each and when it was last
// seen; revoking one takes effect at its next request. "Pair a new desk" opens a one-time code.
import { Badge, Button, Card, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice, PairingWindow } from '../../../shared/api/procedures/devices';
import { apiQuery, invalidateKeys, useApiMutation } from '../../api/apiQuery';
import { call } from '../../api/client';
import { queryKey } from '../../api/queryKeys';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';
import { AdminTable } from './AdminTable';

const NONE: PairedDevice[] = [];

export function DevicesSection() {
  const { t } = useTranslation();
  // Another owner revoking a desk shows here at once (liveQueries).
  const devices = useQuery(apiQuery('devices.list', {})).data ?? NONE;
  const revokeDevice = useApiMutation('devices.revoke');
  const [pairing, setPairing] = useState<PairingWindow | null>(null);
  const [revoking, setRevoking] = useState<PairedDevice | null>(null);

  const load = () => void invalidateKeys([queryKey('devices.list', {})]);

  const start = async () => {
    const reply = await call('devices.startPairing', {});
    if (reply.ok) setPairing(reply.value);
    else notifications.show({ color: 'red', message: reply.error.message });
  };
  const revoke = async (device: PairedDevice) => {
    const reply = await revokeDevice({ id: device.id });
    setRevoking(null);
    notifications.show(
      reply.ok
        ? { color: 'green', message: t('office.devices.revoked', { name: device.name }) }
        : { color: 'red', message: reply.error.message },
    );
    if (!reply.ok) load();
  };
  const closeWindow = () => {
    setPairing(null);
    load();
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('office.devices.title')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('office.devices.title')}
          </Title>
          <Button onClick={() => void start()}>{t('office.devices.start')}</Button>
        </Group>
        <Text size="sm" c="gray.7">
          {t('office.devices.help')}
        </Text>
        <AdminTable
          testId="device-table"
          empty={t('office.devices.none')}
          columns={[
            { label: t('office.devices.name') },
            { label: t('office.devices.user') },
            { label: t('office.devices.pairedAt'), end: true },
            { label: t('office.devices.lastSeen'), end: true },
            { label: t('office.devices.status') },
            {},
          ]}
        >
          {devices.map((device) => (
            <Table.Tr key={device.id}>
              <Table.Td>{device.name}</Table.Td>
              <Table.Td>{device.user ?? t('office.devices.never')}</Table.Td>
              <Table.Td ta="end">
                <Ltr>{formatTimestamp(device.pairedAt)}</Ltr>
              </Table.Td>
              <Table.Td ta="end">
                {device.lastSeenAt ? <Ltr>{formatTimestamp(device.lastSeenAt)}</Ltr> : t('office.devices.never')}
              </Table.Td>
              <Table.Td>
                {device.revokedAt ? (
                  <Badge color="gray" variant="light">
                    {t('office.devices.revokedAt', { at: formatTimestamp(device.revokedAt) })}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    {t('office.devices.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="end">
                {!device.revokedAt && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('office.devices.revokeOf', { name: device.name })}
                    onClick={() => setRevoking(device)}
                  >
                    {t('office.devices.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      </Stack>
      {pairing && (
        <Modal opened onClose={closeWindow} title={t('office.devices.windowTitle')}>
          <Stack gap="md">
            <Text size="sm">{t('office.devices.windowIntro', { until: formatTimestamp(pairing.expiresAt) })}</Text>
            <div>
              <Text size="sm" fw={500}>
                {t('office.devices.code')}
              </Text>
              <Code fz={28} fw={700} data-testid="pairing-code">
                <Ltr>{pairing.code}</Ltr>
              </Code>
            </div>
            <div>
              <Text size="sm" fw={500}>
                {t('office.devices.fingerprint')}
              </Text>
              <Code fz="md" data-testid="pairing-fingerprint">
                <Ltr>{pairing.fingerprint}</Ltr>
              </Code>
              <Text size="xs" c="gray.7" mt={4}>
                {t('office.devices.fingerprintHelp')}
              </Text>
            </div>
            <Group justify="flex-end">
              <Button onClick={closeWindow}>{t('office.devices.close')}</Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {revoking && (
        <Modal opened onClose={() => setRevoking(null)} title={t('office.devices.revokeOf', { name: revoking.name })}>
          <Stack gap="md">
            <Text size="sm">{t('office.devices.revokeConfirm', { name: revoking.name })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t('office.devices.cancel')}
              </Button>
              <Button color="red" onClick={() => void revoke(revoking)}>
                {t('office.devices.revoke')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Card>
  );
}
