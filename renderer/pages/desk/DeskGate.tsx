// In front of every screen of a desk in office mode: until the desk is paired with the office server
// — and again whenever the server says it does not know the desk or shows another certificate — the
// pairing screen stands in place of the app. A desk with its own store passes straight through. A
// browser opened on the office server's own address (no desk in between) is told where to work.
import { Center, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/api/result';
import type { DeskStatus } from '../../../shared/api/procedures/devices';
import { call, onReply } from '../../api/client';
import { CenteredCard } from '../../components/CenteredCard';
import { DeskPairingPage } from '../lazy';

const BLOCKING: readonly ErrorCode[] = ['server_changed', 'device_refused', 'desk_unpaired'];

type OfficeStatus = Extract<DeskStatus, { mode: 'office' }>;
type Gate =
  | { kind: 'waiting' }
  | { kind: 'open' }
  | { kind: 'pair'; status: OfficeStatus; refused: boolean }
  | { kind: 'serverItself' };

export function DeskGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [gate, setGate] = useState<Gate>({ kind: 'waiting' });
  const open = useRef(false);
  open.current = gate.kind === 'open';

  const check = useCallback((refused: boolean) => {
    void call('desk.status', {}).then((reply) => {
      if (!reply.ok)
        return setGate(reply.error.code === 'device_refused' ? { kind: 'serverItself' } : { kind: 'open' });
      const status = reply.value;
      if (status.mode === 'local' || (status.state === 'paired' && !refused)) return setGate({ kind: 'open' });
      setGate({ kind: 'pair', status, refused });
    });
  }, []);
  useEffect(() => check(false), [check]);
  // Only an open desk reacts: the gate's own question must not ask again (a loop on the server itself).
  useEffect(
    () =>
      onReply(
        (reply) =>
          open.current &&
          !reply.ok &&
          BLOCKING.includes(reply.error.code) &&
          check(reply.error.code === 'device_refused'),
      ),
    [check],
  );

  if (gate.kind === 'waiting') {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (gate.kind === 'serverItself') {
    return (
      <CenteredCard title={t('office.serverItself.title')} width={520}>
        <Text size="sm">{t('office.serverItself.text')}</Text>
      </CenteredCard>
    );
  }
  if (gate.kind === 'pair') {
    return (
      <DeskPairingPage
        key={gate.status.state}
        status={gate.status}
        refused={gate.refused}
        onPaired={() => check(false)}
      />
    );
  }
  return children;
}
