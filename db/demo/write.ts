// Writes a drawn client file into the store: rows through cached prepared statements, the search
// indexes kept in step (indexNewClient, indexClaim, indexNote) and the audit rows through appendAudit.
// The caller holds the transaction.
import type { Db } from '../open';
import {
  claimDecisions,
  claims,
  claimStatusChanges,
  consents,
  documents,
  employmentPeriods,
  familyMembers,
  feeAgreements,
  insuredPersons,
  lifeEvents,
  medicalCommittees,
  medicalDeterminations,
  medicalImpairments,
  monthlyIncomes,
  notes,
  representations,
  tasks,
} from '../schema';
import { indexNewClient } from '../search/client-index';
import { indexClaim, indexNote } from '../search/text-index';
import { AuditTrail } from './audit-trail';
import type { ClientFileDraft } from './client-file';
import type { DocumentDraft } from './documents';
import type { MedicalDraft } from './medical';
import type { NoteDraft, TaskDraft } from './follow-ups';
import { rowWriter, type Draft } from './rows';

const insert = {
  person: rowWriter(insuredPersons),
  family: rowWriter(familyMembers),
  period: rowWriter(employmentPeriods),
  income: rowWriter(monthlyIncomes),
  determination: rowWriter(medicalDeterminations),
  committee: rowWriter(medicalCommittees),
  impairment: rowWriter(medicalImpairments),
  event: rowWriter(lifeEvents),
  representation: rowWriter(representations),
  consent: rowWriter(consents),
  fee: rowWriter(feeAgreements),
  claim: rowWriter(claims),
  change: rowWriter(claimStatusChanges),
  decision: rowWriter(claimDecisions),
  document: rowWriter(documents),
  task: rowWriter(tasks),
  note: rowWriter(notes),
};

/** Inserts the client row and indexes it for search; returns its id. */
export function writePerson(db: Db, person: Draft<typeof insuredPersons>): number {
  const id = insert.person(db, person);
  indexNewClient(db, {
    id,
    idNumber: person.idNumber,
    firstNameHe: person.firstNameHe,
    lastNameHe: person.lastNameHe,
    firstNameLatin: person.firstNameLatin ?? null,
    lastNameLatin: person.lastNameLatin ?? null,
    firstNameAr: person.firstNameAr ?? null,
    lastNameAr: person.lastNameAr ?? null,
    mobilePhone: person.mobilePhone ?? null,
    otherPhone: person.otherPhone ?? null,
    fileNumber: person.fileNumber ?? null,
  });
  return id;
}

/** Everything in the file, then its audit rows; returns how many audit rows were appended. */
export function writeClientFile(db: Db, file: ClientFileDraft, trail: AuditTrail): number {
  const insuredPersonId = writePerson(db, file.person);
  const owned = { insuredPersonId };

  const written = (draft: DocumentDraft, claimId: number | null = null): number => {
    const id = insert.document(db, { ...draft, ...owned, claimId });
    trail.add(draft.createdAt!, draft.createdBy!, 'create', 'document', id, {
      clientId: insuredPersonId,
      kind: draft.kind,
      sha256: draft.sha256,
    });
    return id;
  };
  const followUps = (taskDrafts: TaskDraft[], noteDrafts: NoteDraft[], claimId: number | null): void => {
    for (const task of taskDrafts) {
      trail.add(task.createdAt!, task.createdBy!, 'create', 'task', insert.task(db, { ...task, ...owned, claimId }), {
        clientId: insuredPersonId,
        kind: task.kind,
      });
    }
    for (const note of noteDrafts) {
      const id = insert.note(db, { ...note, ...owned, claimId });
      indexNote(db, { id, body: note.body });
      trail.add(note.createdAt!, note.createdBy, 'create', 'note', id, { clientId: insuredPersonId });
    }
  };

  const family = file.family.map((member) => insert.family(db, { ...member, ...owned }));
  let incomes = 0;
  const periods = file.work.map(({ period, incomes: months }) => {
    const employmentPeriodId = insert.period(db, { ...period, ...owned });
    for (const income of months) insert.income(db, { ...income, ...owned, employmentPeriodId });
    incomes += months.length;
    return employmentPeriodId;
  });
  const events = file.events.map((event) => insert.event(db, { ...event, ...owned }));
  const { agreements } = file;
  const representation = insert.representation(db, { ...agreements.representation, ...owned });
  const consentIds = agreements.consents.map(({ consent, document }) =>
    insert.consent(db, { ...consent, ...owned, documentId: document ? written(document) : null }),
  );
  const fee = agreements.fee ? insert.fee(db, { ...agreements.fee, ...owned }) : null;
  for (const document of agreements.documents) written(document);
  const person = file.person;
  trail.add(person.createdAt!, person.createdBy, 'create', 'insured_person', insuredPersonId, {
    family_member: family,
    employment_period: periods,
    monthly_income: incomes,
    life_event: events,
    representation,
    consent: consentIds,
    fee_agreement: fee,
  });

  const writeDetermination = ({ determination, impairments }: MedicalDraft): number => {
    const determinationId = insert.determination(db, { ...determination, ...owned });
    for (const impairment of impairments) insert.impairment(db, { ...impairment, determinationId });
    trail.add(determination.createdAt!, determination.createdBy!, 'create', 'medical_determination', determinationId, {
      clientId: insuredPersonId,
      impairments: impairments.length,
    });
    return determinationId;
  };
  const determinations = file.medical.map(writeDetermination);
  for (const read of file.medicalReads)
    trail.add(read.at, read.staffId, 'read_medical', 'medical_determination', null, {
      clientId: insuredPersonId,
      rows: determinations.length,
    });
  for (const login of file.logins) trail.add(login.at, login.staffId, 'login', 'staff_member', login.staffId);

  for (const drawn of file.claims) {
    const { claim } = drawn;
    const claimId = insert.claim(db, { ...claim, ...owned });
    indexClaim(db, {
      id: claimId,
      benefit: claim.benefit,
      formNumber: claim.formNumber ?? null,
      summary: claim.summary ?? null,
    });
    for (const change of drawn.changes) insert.change(db, { ...change, claimId });
    const decisions = drawn.decisions.map((decision) => insert.decision(db, { ...decision, claimId }));
    trail.add(claim.createdAt!, claim.createdBy, 'create', 'claim', claimId, {
      clientId: insuredPersonId,
      benefit: claim.benefit,
      status_changes: drawn.changes.length,
      claim_decision: decisions,
    });
    for (const document of drawn.documents) written(document, claimId);
    for (const { committee, determination } of drawn.committees) {
      const determinationId = determination ? writeDetermination(determination) : null;
      const id = insert.committee(db, { ...committee, ...owned, claimId, determinationId });
      trail.add(committee.createdAt!, committee.createdBy!, 'create', 'medical_committee', id, {
        clientId: insuredPersonId,
        claimId,
      });
    }
    followUps(drawn.tasks, drawn.notes, claimId);
  }
  followUps(file.tasks, file.notes, null);
  return trail.flush(db);
}
