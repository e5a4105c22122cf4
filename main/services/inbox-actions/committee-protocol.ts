// A medical committee's protocol: its outcome (each impairment under its section, the percentages, the
// weighted total, temporary until) recorded on the committee it reports — the claim's committee of that
// day, else a new one — and, as when typed into the committee form, kept among the client's medical
// determinations (earlier ones stay) with the deadlines for appealing it docketed.
import type { z } from 'zod';
import { committeeCreateInput, committeeUpdateInput, type outcomeItemFields } from '../../../shared/schemas/committees';
import { committeeTypeOf, isWholePercent, sectionOf, wholePercent } from '../../../shared/inbox/committee-letter';
import type { Impairment } from '../../../shared/inbox/types';
import { inboxText } from '../../../shared/locales/messages';
import { findClaim } from '../../../db/repositories/claims';
import { listCommittees, type CommitteeRow } from '../../../db/repositories/committees';
import { createCommittee, toCommittee, updateCommittee } from '../committees';
import { determinationBefore, determinationVersion } from '../committee-determination';
import { checked, madeCommittee, skip, valueOf, type Letter } from './done';

/** The columns undo puts back on a committee the protocol was recorded on. */
const kept = [
  'claimId',
  'committeeType',
  'committeeDate',
  'committeeTime',
  'branch',
  'serviceCentre',
  'specialties',
  'checklist',
  'clientRemindedDate',
  'outcome',
  'weightedPercent',
  'protocolDocumentId',
  'protocolReceivedDate',
  'notes',
  'determinationId',
] as const;

const committeeColumns = (row: CommitteeRow): Record<string, unknown> =>
  Object.fromEntries(kept.map((key) => [key, row[key]]));

/**
 * One impairment as the committee form takes it (its defaults fill the rest): whole percent, the exact
 * one named when it was not.
 */
function outcomeItem(impairment: Impairment, until: string | null): z.input<typeof outcomeItemFields> {
  const whole = isWholePercent(impairment.percent);
  return {
    section: sectionOf(impairment.impairment) ?? inboxText('sectionNotGiven'),
    description: (whole ? impairment.impairment : `${impairment.impairment} (${impairment.percent}%)`).slice(0, 200),
    percent: wholePercent(impairment.percent),
    isTemporary: until !== null,
    until,
    claimedPercent: null,
  };
}

/** The claim's committee of that day still waiting for its outcome, if the office recorded one. */
function sittingOf(letter: Letter, day: string): CommitteeRow | undefined {
  if (letter.claimId === null) return undefined;
  const found = listCommittees(letter.call.store.db, letter.call.session.officeId, {
    claimId: letter.claimId,
    limit: 2000,
  });
  return found.find((c) => c.committeeDate === day && c.outcome.length === 0 && c.weightedPercent === null);
}

export function actOnProtocol(letter: Letter): void {
  const { call, done } = letter;
  const day = valueOf(letter, 'committeeDate') ?? valueOf(letter, 'letterDate');
  if (day === null) return skip(letter, 'noCommitteeDate');
  const until = valueOf(letter, 'temporaryUntil');
  const outcome = (valueOf(letter, 'medicalPercent') ?? []).map((item) => outcomeItem(item, until));
  const weighted = valueOf(letter, 'weightedPercent');
  const weightedPercent = weighted === null ? null : wholePercent(weighted);
  const sitting = sittingOf(letter, day);
  const claim = letter.claimId === null ? undefined : findClaim(call.store.db, call.session.officeId, letter.claimId);
  const type = sitting?.committeeType ?? committeeTypeOf(letter.text, claim?.benefit ?? valueOf(letter, 'benefit'));
  const determination = determinationBefore(call, {
    clientId: letter.clientId,
    committeeType: type,
    committeeDate: day,
    determinationId: sitting?.determinationId ?? null,
  });
  const committee = sitting
    ? updateCommittee(
        call,
        checked(committeeUpdateInput, {
          ...toCommittee(sitting),
          outcome,
          weightedPercent,
          protocolDocumentId: letter.documentId,
        }),
      )
    : createCommittee(
        call,
        checked(committeeCreateInput, {
          clientId: letter.clientId,
          claimId: letter.claimId,
          committeeType: type,
          committeeDate: day,
          // A protocol does not say where the committee sat.
          branch: 'other',
          outcome,
          weightedPercent,
          protocolDocumentId: letter.documentId,
        }),
      );
  if (sitting)
    done.undo.committee = {
      id: committee.id,
      version: committee.version,
      from: sitting.version,
      before: committeeColumns(sitting),
    };
  else madeCommittee(letter, committee);
  done.steps.push({
    step: 'outcomeRecorded',
    claimId: letter.claimId,
    committeeId: committee.id,
    impairments: outcome.length,
    weighted: weightedPercent,
  });
  const determinationId = committee.determinationId;
  const version = determinationId === null ? null : determinationVersion(call, determinationId);
  if (determinationId === null || version === null) return;
  done.undo.determination = determination
    ? { id: determinationId, version, from: determination.version, before: determination }
    : { id: determinationId, version, before: null };
  done.steps.push({ step: 'determinationKept', clientId: letter.clientId, determinationId, created: !determination });
}
