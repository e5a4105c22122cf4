// The panel's data: the server's scan of the stored file on the chosen date, and the facts it
// read, so a what-if can run the same scanClient here on a changed copy, with the office's packs.
import { useEffect, useState } from 'react';
import type { ClientFacts } from '../../../../shared/rules/scan/facts';
import type { ScanResult } from '../../../../shared/rules/scan/scan-client';
import { call } from '../../../api/client';
import { syncPacks } from '../../../rules/packs';

export interface RightsData {
  scan: ScanResult | null;
  facts: ClientFacts | null;
  failure: string | null;
  loading: boolean;
}

export function useRights(clientId: number, date: string, attempt: number): RightsData {
  const [scan, setScan] = useState<ScanResult | null>(null);
  const [facts, setFacts] = useState<ClientFacts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    setLoading(true);
    void Promise.all([call('rights.scan', { clientId, date }), call('rights.facts', { clientId }), syncPacks()]).then(
      ([scanned, read]) => {
        if (!current) return;
        setLoading(false);
        if (!scanned.ok) return setFailure(scanned.error.message);
        if (!read.ok) return setFailure(read.error.message);
        setFailure(null);
        setScan(scanned.value);
        setFacts(read.value);
      },
    );
    return () => {
      current = false;
    };
  }, [clientId, date, attempt]);

  return { scan, facts, failure, loading };
}
