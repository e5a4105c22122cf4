// After the office was restored here with its recovery key (or a backup folder's keys), the owner is
// offered a new recovery key as each sign-in starts, as a new office's owner is on the first: 'asking'
// while the server is asked, true while the offer stands, false once made or put off.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';

type Signed = NonNullable<ReturnType<typeof useAuth>['identity']>;

export function useKeyRenewal(): [offer: boolean | 'asking', dismiss: () => void] {
  const { identity } = useAuth();
  const owner = identity?.staff.role === 'owner' ? identity : null;
  const [answer, setAnswer] = useState<{ for: Signed; due: boolean } | null>(null);
  useEffect(() => {
    if (!owner) return;
    void call('recoveryKey.state', {}).then((reply) =>
      setAnswer({ for: owner, due: reply.ok && reply.value.renewDue }),
    );
  }, [owner]);
  const dismiss = useCallback(() => setAnswer((current) => current && { ...current, due: false }), []);
  if (!owner) return [false, dismiss];
  if (answer?.for !== owner) return ['asking', dismiss];
  return [answer.due, dismiss];
}
