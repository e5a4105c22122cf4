// The office's medical committees between two days, by day, for the calendar (the staff filter is the
// claim's handler); a day picked in the agenda keeps only that day's.
import { useMemo } from 'react';
import type { CommitteeListRow } from '../../../shared/schemas/committees';
import { useLatestReply } from '../../api/useLatestReply';

export type CommitteeDays = Map<string, CommitteeListRow[]>;

export function useCommitteeDays(from: string, to: string, staffId: number | undefined, day: string | null) {
  const reply = useLatestReply('committees.list', { from, to, staffId, limit: 2000 });
  const byDay = useMemo(() => {
    const days: CommitteeDays = new Map();
    for (const committee of reply.value ?? []) days.set(committee.committeeDate, [...(days.get(committee.committeeDate) ?? []), committee]);
    return days;
  }, [reply.value]);
  const agenda = useMemo(() => (day ? new Map([[day, byDay.get(day) ?? []]]) : byDay), [day, byDay]);
  return { byDay, agenda, failure: reply.failure, retry: reply.retry };
}
