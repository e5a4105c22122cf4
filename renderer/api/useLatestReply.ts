// The reply to what a screen asks for now (a page of a list for its filters): a reply to an earlier
// question is dropped, a passing failure is tried again while still wanted, and a lasting failure is
// reported for this question with `retry`, so the list never stays on an older filter unannounced.
// Given the kinds of change it depends on, it asks again when another desk changes one of them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { patientCall } from './patientCall';
import { useChanges, type LiveKinds } from './useChanges';

export interface LatestReply<T> {
  /** The last value received, possibly for an earlier question while the new one loads. */
  value: T | null;
  /** Why the question asked now has no answer (null while it loads or once it is answered). */
  failure: string | null;
  /** The value shown answers an earlier question than the one asked now (dim it; act on nothing in it). */
  stale: boolean;
  retry(): void;
}

/** `input` null asks nothing; `refresh` asks the same question again when it changes, and so does a change `live` names. */
export function useLatestReply<N extends ProcedureName>(
  name: N,
  input: InputOf<N> | null,
  refresh?: unknown,
  live?: LiveKinds,
): LatestReply<OutputOf<N>> {
  const [answered, setAnswered] = useState<{ key: string; value: OutputOf<N> } | null>(null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const key = input === null ? null : JSON.stringify(input);
  const changed = useChanges(live);

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    const wanted = () => request === latest.current;
    void patientCall(name, JSON.parse(key) as InputOf<N>, wanted).then((reply) => {
      if (!wanted()) return;
      if (!reply.ok) return setFailed({ key, message: reply.error.message });
      setFailed(null);
      setAnswered({ key, value: reply.value });
    });
  }, [name, key, refresh, round, changed]);

  const retry = useCallback(() => {
    setFailed(null);
    setRound((n) => n + 1);
  }, []);

  return {
    value: answered?.value ?? null,
    failure: failed !== null && failed.key === key ? failed.message : null,
    stale: answered !== null && answered.key !== key,
    retry,
  };
}
