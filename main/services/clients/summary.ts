// The first tab of a client's file: where the client stands at a glance, from what the file holds —
// open claims, the next committee, running deadlines (open tasks), the papers each open claim still
// lacks, the last note and the last call. Each part is its own function so a richer source (docketed
// deadlines, committee records) can replace one without touching the others.
import type { ClientSummary } from '../../../shared/api/procedures/clients/file';
import { AppError } from '../../../shared/api/result';
import { todayInIsrael } from '../../../shared/dates';
import type { Claim, ClaimListRow } from '../../../shared/schemas/claims';
import type { Task } from '../../../shared/schemas/work';
import { claimReadiness } from '../../paperwork/claim-package';
import { claimHandlers } from '../claims';
import { committeeHandlers } from '../committees';
import { settled } from './file';
import { getClient } from './client';
import type { Call } from '../context';
import type { Handlers } from '../handler';
import { noteHandlers } from '../notes';
import { readRecords } from '../records';
import { taskHandlers } from '../tasks';

function openClaims(call: Call, clientId: number): ClaimListRow[] {
  const { rows } = settled(
    claimHandlers['claims.page'](call, { clientId, limit: 500, offset: 0, sort: 'updatedAt', direction: 'desc' }),
  );
  return rows.filter((claim) => claim.status !== 'closed').sort((a, b) => a.statusSince.localeCompare(b.statusSince));
}

function nextCommittee(call: Call, clientId: number, openTasks: Task[], today: string): ClientSummary['nextCommittee'] {
  const none = { time: null, type: null, branch: null, serviceCentre: null, title: '', claimId: null };
  const committees = settled(committeeHandlers['committees.list'](call, { clientId, limit: 500 }));
  const fromCommittees = committees
    .filter((c) => c.committeeDate >= today)
    .map((c) => ({
      ...none,
      date: c.committeeDate,
      time: c.committeeTime,
      type: c.committeeType,
      branch: c.branch,
      serviceCentre: c.serviceCentre,
      claimId: c.claimId,
    }));
  const fromTasks = openTasks
    .filter((task) => task.kind === 'committee' && task.dueDate >= today)
    .map((task) => ({ ...none, date: task.dueDate, title: task.title, claimId: task.claimId }));
  const determinations = readRecords(call, 'medical', clientId) as { committeeDate: string }[];
  const fromRecords = determinations
    .filter((d) => d.committeeDate >= today)
    .map((d) => ({ ...none, date: d.committeeDate }));
  // On one day a committee record says most (time and place): it comes first.
  return [...fromCommittees, ...fromTasks, ...fromRecords].sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

const BLOCKER_OF_ITEM: Record<string, string> = { poa: 'power_of_attorney', medical_waiver: 'medical_waiver' };

/** A claim without a claim form (no package to export) has no checklist: it is left out. */
function missingPapers(call: Call, claims: Claim[]): ClientSummary['missingPapers'] {
  return claims.flatMap((claim) => {
    try {
      const readiness = claimReadiness(call, claim.id);
      const lacking = readiness.checklist.filter((item) => !item.present);
      // A missing power of attorney or waiver is listed once, as the paper to sign.
      const listed = new Set(lacking.map((item) => BLOCKER_OF_ITEM[item.id] ?? item.id));
      const missing = lacking.map((item) => item.label);
      const blockers = readiness.blockers
        .filter((blocker) => !listed.has(blocker.kind))
        .map((blocker) => blocker.message);
      if (missing.length === 0 && blockers.length === 0) return [];
      return [{ claimId: claim.id, benefit: claim.benefit, formTitle: readiness.form?.title ?? '', missing, blockers }];
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation') return [];
      throw error;
    }
  });
}

function lastContact(call: Call, clientId: number): ClientSummary['lastContact'] {
  const done = settled(taskHandlers['tasks.list'](call, { clientId, open: false, limit: 500 }));
  const lastCall = done
    .filter((task) => task.kind === 'call' && task.doneAt)
    .sort((a, b) => b.doneAt!.localeCompare(a.doneAt!))[0];
  return lastCall ? { at: lastCall.doneAt!, title: lastCall.title } : null;
}

export const summaryHandlers: Handlers<'clients.summary'> = {
  'clients.summary': (call, input) => {
    const client = getClient(call, input);
    const today = todayInIsrael(call.now());
    const claims = openClaims(call, client.id);
    const openTasks = settled(taskHandlers['tasks.list'](call, { clientId: client.id, open: true, limit: 500 }));
    return {
      openClaims: claims,
      nextCommittee: nextCommittee(call, client.id, openTasks, today),
      deadlines: openTasks,
      missingPapers: missingPapers(call, claims),
      lastNote: settled(noteHandlers['notes.list'](call, { clientId: client.id }))[0] ?? null,
      lastContact: lastContact(call, client.id),
    };
  },
};
