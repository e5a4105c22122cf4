// An invitation to a medical committee: the committee recorded on the claim (date, time, place), and —
// as when the claim is moved to "in committee" by hand — the claim moved there and the sitting opened
// as a task on its day, so it shows in the calendar.
import { committeeCreateInput } from '../../../shared/schemas/committees';
import { branchOfPlace, committeeTypeOf } from '../../../shared/inbox/committee-letter';
import { claimTransitions } from '../../../shared/domain/enums';
import { inboxText } from '../../../shared/locales/messages';
import { claimOf, moveTo, openCommitteeTask, syncDeadlines } from '../claims';
import { createCommittee } from '../committees';
import { addTask } from '../tasks';
import { checked, claimBefore, madeCommittee, skip, valueOf, type Letter } from './done';

export function actOnInvitation(letter: Letter): void {
  const { call, done } = letter;
  const day = valueOf(letter, 'committeeDate');
  if (day === null) return skip(letter, 'noCommitteeDate');
  const before = letter.claimId === null ? null : claimOf(call, letter.claimId);
  const place = valueOf(letter, 'committeePlace');
  const committee = createCommittee(
    call,
    checked(committeeCreateInput, {
      clientId: letter.clientId,
      claimId: letter.claimId,
      committeeType: committeeTypeOf(letter.text, before?.benefit ?? valueOf(letter, 'benefit')),
      committeeDate: day,
      committeeTime: valueOf(letter, 'committeeTime'),
      branch: branchOfPlace(place),
      // The place as the letter gives it: the branch above is only where it is, not the room or the floor.
      notes: place === null ? null : inboxText('placeFromLetter', { place }),
    }),
  );
  madeCommittee(letter, committee);
  let claim = before;
  if (before && claimTransitions[before.status].includes('in_committee')) {
    claim = moveTo(call, before, 'in_committee', { reason: null, date: null });
    done.undo.claim = { id: claim.id, version: claim.version, from: before.version, before: claimBefore(before) };
    done.steps.push({ step: 'claimMoved', claimId: claim.id, from: before.status, to: claim.status });
  }
  const task = claim
    ? openCommitteeTask(call, claim, day)
    : addTask(call, {
        kind: 'committee',
        title: inboxText('committeeTask'),
        dueDate: day,
        clientId: letter.clientId,
        claimId: null,
        assignedTo: call.session.staffId,
      });
  done.undo.tasks.push({ id: task.id, version: task.version });
  done.steps.push({ step: 'taskOpened', taskId: task.id, claimId: task.claimId, title: task.title, dueDate: day });
  syncDeadlines(call, letter.clientId);
}
