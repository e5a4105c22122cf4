// The office's medical committees between two days, by day, for the calendar (the staff filter is the
// claim's handler); a day picked in the agenda keeps only that day's.
import { useMemo } from 'react';
import type { CommitteeListRow } from '../../../shared/schemas/committees';
import type { Task } from '../../../shared/schemas/work';
import { useLatestReply } from '../../api/useLatestReply';

export type CommitteeDays = Map<string, CommitteeListRow[]>;

export function useCommitteeDays(from: string, to: string, staffId: number | undefined, day: string | null) {
  const reply = useLatestReply('committees.list', { from, to, staffId, limit: 2000 }, undefined, {
    kinds: ['committee', 'claim', 'client'],
  });
  const byDay = useMemo(() => {
    const days: CommitteeDays = new Map();
    for (const committee of reply.value ?? [])
      days.set(committee.committeeDate, [...(days.get(committee.committeeDate) ?? []), committee]);
    return days;
  }, [reply.value]);
  const agenda = useMemo(() => (day ? new Map([[day, byDay.get(day) ?? []]]) : byDay), [day, byDay]);
  return { byDay, agenda, failure: reply.failure, retry: reply.retry };
}

/**
 * A claim moved to committee with its date leaves a task for the sitting; once the committee is
 * booked as a record (time, branch), the record shows that sitting and the task would repeat it.
 */
export function withoutBookedSittings(tasks: Task[], committees: CommitteeDays): Task[] {
  return tasks.filter(
    (task) =>
      !(
        task.kind === 'committee' &&
        committees.get(task.dueDate)?.some((c) => c.claimId !== null && c.claimId === task.claimId)
      ),
  );
}
