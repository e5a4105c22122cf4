// In front of every screen of a desk in office mode: until the desk is paired with the office server
// — and again whenever the server says it does not know the desk or shows another certificate — the
// pairing screen stands in place of the app. A desk with its own store passes straight through.
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/api/result';
import type { DeskStatus } from '../../../shared/api/procedures/devices';
import { call, onReply } from '../../api/client';
import { DeskPairingPage } from './DeskPairingPage';

const BLOCKING: readonly ErrorCode[] = ['server_changed', 'device_refused', 'desk_unpaired'];

export function DeskGate({ children }: { children: ReactNode }) {
  const [desk, setDesk] = useState<DeskStatus | null>(null);
  const [refused, setRefused] = useState(false);

  const check = useCallback(() => {
    void call('desk.status', {}).then((reply) => setDesk(reply.ok ? reply.value : { mode: 'local' }));
  }, []);
  useEffect(check, [check]);
  useEffect(
    () =>
      onReply((reply) => {
        if (reply.ok || !BLOCKING.includes(reply.error.code)) return;
        setRefused(reply.error.code === 'device_refused');
        check();
      }),
    [check],
  );

  if (desk === null) {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  if (desk.mode === 'office' && (desk.state !== 'paired' || refused)) {
    const paired = () => {
      setRefused(false);
      check();
    };
    return <DeskPairingPage key={desk.state} status={desk} refused={refused} onPaired={paired} />;
  }
  return children;
}
