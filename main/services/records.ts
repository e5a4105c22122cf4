// list / create / update / delete for every record kind that hangs off an insured person, in one
// place: office scoping, optimistic concurrency, audit (medical reads too), decimal conversion.
import { recordKinds, type RecordKind } from '../../shared/api/procedures/records';
import { AppError } from '../../shared/api/result';
import { familyIssues } from '../../shared/schemas/family-sanity';
import { fromHundredths, toHundredths } from '../../shared/money';
import { isUniqueViolation, type Db } from '../../db/open';
import { findInsuredPerson } from '../../db/repositories/insured-persons';
import { impairmentsOf, replaceImpairments, type Impairment } from '../../db/repositories/impairments';
import { recordRepository, type RecordRepository, type RecordRow } from '../../db/repositories/records';
import {
  consents,
  diagnoses,
  employmentPeriods,
  familyMembers,
  feeAgreements,
  hospitalisations,
  lifeEvents,
  medicalDeterminations,
  medications,
  monthlyIncomes,
  representations,
  treatingDoctors,
} from '../../db/schema';
import { todayInIsrael } from '../../shared/dates';
import { audit, type Call } from './context';
import { assertWithinFeeCaps, type FeeTerms } from './fee-check';
import { signingLawyer } from './signing-lawyer';
import { docketOf, syncClientDeadlines } from './docket';
import type { Handlers } from './handler';

type Values = Record<string, unknown>;

interface RecordSpec {
  repository: RecordRepository;
  /** Audit entity name: the table. */
  entity: string;
  /** API decimal field → integer column (×100). */
  decimals?: Record<string, string>;
  /** Reads are logged: medical data is sensitive information. */
  sensitive?: boolean;
  /** Extra checks before a write, against the store. */
  check?: (call: Call, clientId: number, input: Values) => void;
  /** Nested rows kept with the record. */
  children?: {
    key: string;
    save(db: Db, id: number, input: Values): void;
    load(db: Db, ids: number[]): Map<number, unknown[]>;
  };
  /** Deadlines run from these records: a write re-syncs the client's docket (main/services/docket.ts). */
  docket?: boolean;
  /** The Hebrew error for a unique-index violation, and its field. */
  duplicate?: { key: 'duplicateIncome'; field: string };
}

function familyMemberOfClient(call: Call, clientId: number, input: Values): void {
  const memberId = input.familyMemberId as number | null | undefined;
  if (memberId == null) return;
  const member = specs.family.repository.find(call.store.db, call.session.officeId, memberId);
  if (!member || member.insuredPersonId !== clientId)
    throw new AppError('validation', 'familyMemberNotFound', 'familyMemberId');
}

/** The family with this record in it (in place of its stored self) still makes sense for the client. */
function familySane(call: Call, clientId: number, input: Values): void {
  const client = findInsuredPerson(call.store.db, call.session.officeId, clientId);
  const others = specs.family.repository
    .list(call.store.db, call.session.officeId, clientId)
    .filter((row) => row.id !== input.id);
  const members = [...others, input].map((m) => ({
    relation: m.relation as string,
    birthDate: (m.birthDate as string | null) ?? null,
  }));
  const issue = familyIssues(client?.birthDate ?? null, members, todayInIsrael(call.now())).find(
    (i) => i.index === others.length,
  );
  if (!issue) return;
  const error = new AppError('validation', 'validation', issue.field);
  error.message = issue.message;
  throw error;
}

/** An agreement over Amendment 161's caps on its date (today while unsigned) is refused, as the paper is. */
function feesWithinCaps(call: Call, _clientId: number, input: Values): void {
  const date = (input.signedDate as string | null | undefined) ?? todayInIsrael(call.now());
  assertWithinFeeCaps(date, !!signingLawyer(call).lawyer?.licenseNumber, input as unknown as FeeTerms);
}

const specs: Record<RecordKind, RecordSpec> = {
  family: {
    repository: recordRepository(familyMembers, 'r.relation, r.birth_date'),
    entity: 'family_member',
    decimals: { monthlyIncome: 'monthlyIncomeAgorot' },
    check: familySane,
    docket: true,
  },
  employment: { repository: recordRepository(employmentPeriods, 'r.start_date DESC'), entity: 'employment_period' },
  incomes: {
    repository: recordRepository(monthlyIncomes, 'r.month DESC, r.source'),
    entity: 'monthly_income',
    decimals: { income: 'incomeAgorot' },
    duplicate: { key: 'duplicateIncome', field: 'month' },
  },
  medical: {
    repository: recordRepository(medicalDeterminations, 'r.committee_date DESC'),
    entity: 'medical_determination',
    sensitive: true,
    children: {
      key: 'impairments',
      save: (db, id, input) => replaceImpairments(db, id, input.impairments as Impairment[]),
      load: impairmentsOf,
    },
  },
  events: {
    repository: recordRepository(lifeEvents, 'r.event_date DESC'),
    entity: 'life_event',
    check: familyMemberOfClient,
    docket: true,
  },
  representation: { repository: recordRepository(representations, 'r.created_at DESC'), entity: 'representation' },
  consents: { repository: recordRepository(consents, 'r.signed_date DESC'), entity: 'consent' },
  fees: {
    repository: recordRepository(feeAgreements, 'r.created_at DESC'),
    entity: 'fee_agreement',
    decimals: { openingFee: 'openingFeeAgorot', successFeePercent: 'successFeeBasisPoints' },
    check: feesWithinCaps,
  },
  // The medical history: sensitive like the committees' determinations, so every read is logged.
  diagnoses: { repository: recordRepository(diagnoses, 'r.since_date DESC'), entity: 'diagnosis', sensitive: true },
  doctors: {
    repository: recordRepository(treatingDoctors, 'r.doctor_name'),
    entity: 'treating_doctor',
    sensitive: true,
  },
  hospitalisations: {
    repository: recordRepository(hospitalisations, 'r.from_date DESC'),
    entity: 'hospitalisation',
    sensitive: true,
  },
  medications: {
    repository: recordRepository(medications, 'r.medication_name'),
    entity: 'medication',
    sensitive: true,
  },
};

function fieldNames(kind: RecordKind): string[] {
  return Object.keys(recordKinds[kind].shape);
}

/** API values → column values: decimals scaled to integers, nested children left out. */
function toColumns(kind: RecordKind, input: Values): Values {
  const spec = specs[kind];
  const out: Values = {};
  for (const field of fieldNames(kind)) {
    if (field === spec.children?.key) continue;
    const column = spec.decimals?.[field];
    if (column) out[column] = input[field] == null ? null : toHundredths(input[field] as string);
    else out[field] = input[field];
  }
  return out;
}

/** Stored rows → the records the API gives (the whole-office scan converts a chunk of clients at once). */
export function toRecords(db: Db, kind: RecordKind, rows: RecordRow[]): Values[] {
  const spec = specs[kind];
  const children = spec.children?.load(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const record: Values = {
      id: row.id,
      version: row.version,
      clientId: row.insuredPersonId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
    for (const field of fieldNames(kind)) {
      const column = spec.decimals?.[field];
      if (field === spec.children?.key) record[field] = children?.get(row.id) ?? [];
      else record[field] = column ? (row[column] == null ? null : fromHundredths(row[column] as number)) : row[field];
    }
    return record;
  });
}

/** One client's records of a kind, the client already checked to be the office's; the caller logs a medical read. */
export function listRecords(call: Call, kind: RecordKind, clientId: number): Values[] {
  return toRecords(call.store.db, kind, specs[kind].repository.list(call.store.db, call.session.officeId, clientId));
}

export const isMedicalKind = (kind: RecordKind): boolean => specs[kind].sensitive === true;

/** Entity of a read that covers several medical kinds at once (the whole file, the history). */
export const MEDICAL_HISTORY_ENTITY = 'medical_history';

/** A read of medical data, naming the client: one row per read however many records it returned. */
export function logMedicalRead(call: Call, entity: string, clientId: number, rows: number): void {
  audit(call, { action: 'read_medical', entity, entityId: null, details: { clientId, rows } });
}

/** One client's records of a kind, the client already checked to be the office's; a medical read is logged. */
export function readRecords(call: Call, kind: RecordKind, clientId: number): Values[] {
  const records = listRecords(call, kind, clientId);
  if (isMedicalKind(kind)) logMedicalRead(call, specs[kind].entity, clientId, records.length);
  return records;
}

function syncDocket(call: Call, kind: RecordKind, clientId: number): void {
  if (specs[kind].docket) syncClientDeadlines(docketOf(call, todayInIsrael(call.now())), clientId);
}

function clientOf(call: Call, clientId: number): void {
  if (!findInsuredPerson(call.store.db, call.session.officeId, clientId))
    throw new AppError('not_found', 'clientNotFound', 'clientId');
}

function existing(call: Call, kind: RecordKind, id: number, version: number): RecordRow {
  const row = specs[kind].repository.find(call.store.db, call.session.officeId, id);
  if (!row) throw new AppError('not_found', 'recordNotFound');
  if (row.version !== version) throw new AppError('conflict', 'staleVersion');
  return row;
}

function writing<T>(kind: RecordKind, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const duplicate = specs[kind].duplicate;
    if (duplicate && isUniqueViolation(error)) throw new AppError('duplicate', duplicate.key, duplicate.field);
    throw error;
  }
}

function handlersFor(kind: RecordKind) {
  const spec = specs[kind];
  return {
    list(call: Call, input: { clientId: number }) {
      clientOf(call, input.clientId);
      return readRecords(call, kind, input.clientId);
    },
    create(call: Call, input: Values & { clientId: number }) {
      return writing(kind, () =>
        call.store.db.transaction(() => {
          clientOf(call, input.clientId);
          spec.check?.(call, input.clientId, input);
          const stamp = call.now().toISOString();
          const row = spec.repository.insert(call.store.db, {
            ...toColumns(kind, input),
            insuredPersonId: input.clientId,
            createdAt: stamp,
            updatedAt: stamp,
          });
          spec.children?.save(call.store.db, row.id, input);
          audit(call, {
            action: 'create',
            entity: spec.entity,
            entityId: row.id,
            details: { clientId: input.clientId },
          });
          syncDocket(call, kind, input.clientId);
          return toRecords(call.store.db, kind, [row])[0]!;
        }),
      );
    },
    update(call: Call, input: Values & { id: number; version: number }) {
      return writing(kind, () =>
        call.store.db.transaction(() => {
          const before = existing(call, kind, input.id, input.version);
          spec.check?.(call, before.insuredPersonId, input);
          const row = spec.repository.update(call.store.db, input.id, input.version, {
            ...toColumns(kind, input),
            updatedAt: call.now().toISOString(),
          });
          if (!row) throw new AppError('conflict', 'staleVersion');
          spec.children?.save(call.store.db, row.id, input);
          audit(call, {
            action: 'update',
            entity: spec.entity,
            entityId: row.id,
            details: { clientId: row.insuredPersonId, fromVersion: input.version },
          });
          syncDocket(call, kind, row.insuredPersonId);
          return toRecords(call.store.db, kind, [row])[0]!;
        }),
      );
    },
    delete(call: Call, input: { id: number; version: number }) {
      return call.store.db.transaction(() => {
        const before = existing(call, kind, input.id, input.version);
        if (!spec.repository.remove(call.store.db, input.id, input.version, call.now().toISOString()))
          throw new AppError('conflict', 'staleVersion');
        audit(call, {
          action: 'delete',
          entity: spec.entity,
          entityId: input.id,
          details: { clientId: before.insuredPersonId },
        });
        syncDocket(call, kind, before.insuredPersonId);
        return null;
      });
    },
  };
}

type RecordProcedure = `${RecordKind}.${'list' | 'create' | 'update' | 'delete'}`;

export const recordHandlers = Object.fromEntries(
  (Object.keys(specs) as RecordKind[]).flatMap((kind) => {
    const h = handlersFor(kind);
    return [
      [`${kind}.list`, h.list],
      [`${kind}.create`, h.create],
      [`${kind}.update`, h.update],
      [`${kind}.delete`, h.delete],
    ];
  }),
) as unknown as Handlers<RecordProcedure>;
