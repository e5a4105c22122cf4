// What confirming a letter does beside filing it, chosen by the letter's kind: one module per kind, each
// running the same service functions the hand-entry forms run, inside the confirm's transaction. The
// deadlines the docket opens on the way are noted too, so that the inbox can show them and undo them.
import type { LetterKind } from '../../../shared/inbox/types';
import { docketedTasks } from '../../../db/repositories/docket';
import { actOnProtocol } from './committee-protocol';
import { actOnInvitation } from './committee-invitation';
import { actOnDecision } from './decision';
import { actOnDocumentRequest } from './document-request';
import { emptyDone, type Done, type Letter } from './done';
import { fileOnly } from './filed-only';
import { actOnPaymentNotice } from './payment-notice';

const byKind: Record<LetterKind, (letter: Letter) => void> = {
  decision: actOnDecision,
  committeeInvitation: actOnInvitation,
  committeeProtocol: actOnProtocol,
  documentRequest: actOnDocumentRequest,
  paymentNotice: actOnPaymentNotice,
  other: fileOnly,
};

export function actOnLetter(kind: LetterKind, letter: Omit<Letter, 'done'>): Done {
  const { db } = letter.call.store;
  const { officeId } = letter.call.session;
  const before = new Set(docketedTasks(db, officeId, letter.clientId).map((task) => task.id));
  const done = emptyDone();
  byKind[kind]({ ...letter, done });
  for (const task of docketedTasks(db, officeId, letter.clientId)) {
    if (before.has(task.id)) continue;
    done.undo.deadlines.push({ id: task.id, version: task.version });
    done.steps.push({
      step: 'deadlineDocketed',
      taskId: task.id,
      claimId: task.claimId,
      title: task.title,
      dueDate: task.dueDate,
    });
  }
  return done;
}
