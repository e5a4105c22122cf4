// A request for documents: a task for the claim's handler to send them by the day the letter sets.
import { benefitLabel, inboxText } from '../../../shared/locales/messages';
import { taskCreateInput } from '../../../shared/schemas/work';
import { claimOwner } from '../docket';
import { claimOf } from '../claims';
import { addTask } from '../tasks';
import { checked, skip, valueOf, type Letter } from './done';

export function actOnDocumentRequest(letter: Letter): void {
  const { call, done } = letter;
  const due = valueOf(letter, 'dueDate');
  if (due === null) return skip(letter, 'noDueDate');
  const claim = letter.claimId === null ? null : claimOf(call, letter.claimId);
  const task = addTask(
    call,
    checked(taskCreateInput, {
      kind: 'document_request',
      title: claim
        ? inboxText('documentsTaskOfClaim', { benefit: benefitLabel(claim.benefit) })
        : inboxText('documentsTask'),
      dueDate: due,
      clientId: letter.clientId,
      claimId: letter.claimId,
      assignedTo: (claim && claimOwner(call.store.db, call.session.officeId, claim)) ?? call.session.staffId,
    }),
  );
  done.undo.tasks.push({ id: task.id, version: task.version });
  done.steps.push({ step: 'taskOpened', taskId: task.id, claimId: task.claimId, title: task.title, dueDate: due });
}
