// The office's latest scan run, polled while it runs; start and cancel.
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanRun } from '../../../shared/api/procedures/scan';
import { call } from '../../api/client';
import { useChanges } from '../../api/useChanges';

const POLL_MS = 500;
const SCAN_LIVE = { kinds: ['scan'] } as const;

export function useScanRun() {
  const { t } = useTranslation();
  const [run, setRun] = useState<ScanRun | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const fail = (message: string) => notifications.show({ color: 'red', message });

  const refresh = useCallback(() => {
    void call('scan.status', {}).then((reply) => (reply.ok ? setRun(reply.value) : fail(reply.error.message)));
  }, []);
  // Another desk starting or stopping a scan; while one runs, the poll below follows it.
  const changed = useChanges(SCAN_LIVE);
  useEffect(refresh, [refresh, changed]);

  const running = run?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const start = async () => {
    setBusy(true);
    const reply = await call('scan.start', {});
    setBusy(false);
    if (reply.ok) setRun(reply.value);
    else fail(reply.error.message);
  };

  const cancel = async () => {
    if (!run) return;
    setBusy(true);
    const reply = await call('scan.cancel', { runId: run.id });
    setBusy(false);
    if (!reply.ok) return fail(reply.error.message);
    setRun(reply.value);
    notifications.show({ color: 'blue', message: t('scan.cancelled') });
  };

  return { run, busy, start, cancel };
}
