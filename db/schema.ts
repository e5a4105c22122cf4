// The office's case store. Money is integer agorot (*_agorot), civil dates ISO text,
// timestamps UTC ISO text. Every table people edit carries version + created/updated columns; clients,
// claims, documents and notes are deleted softly (deleted_at) because history matters.
import { sql, type SQL } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  appealRoutes,
  benefits,
  claimStatuses,
  committeeKinds,
  committeeTypes,
  consentKinds,
  decisionOutcomes,
  documentKinds,
  employmentKinds,
  familyRelations,
  hmos,
  incomeSources,
  languages,
  lifeEventKinds,
  maritalStatuses,
  niiBranches,
  niiServiceCentres,
  representationScopes,
  representationStatuses,
  residencies,
  scanRunStatuses,
  scanVerdicts,
  signatureMethods,
  taskClosings,
  taskKinds,
} from '../shared/domain/enums';
import { inboxStatuses } from '../shared/inbox/item';
import { letterKinds } from '../shared/inbox/types';
import { feeBases, paymentFlagKinds, paymentKinds, paymentSources } from '../shared/payments/kinds';

const nowUtc = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

const editable = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(nowUtc),
  updatedAt: text('updated_at').notNull().default(nowUtc),
};

/** SQL for "column is one of these codes" (NULL passes, as CHECK does). */
function oneOf(column: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

function isoDate(column: AnySQLiteColumn): SQL {
  return sql`${column} is null or ${column} glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;
}

function percent(column: AnySQLiteColumn): SQL {
  return sql`${column} is null or (${column} between 0 and 100)`;
}

function notNegative(column: AnySQLiteColumn): SQL {
  return sql`${column} is null or ${column} >= 0`;
}

function orderedDates(from: AnySQLiteColumn, to: AnySQLiteColumn): SQL {
  return sql`${to} is null or ${from} is null or ${to} >= ${from}`;
}

function jsonArray(column: AnySQLiteColumn): SQL {
  return sql`json_valid(${column}) and json_type(${column}) = 'array'`;
}

export const offices = sqliteTable(
  'office',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    /** The owner's choice: every sign-in needs a second factor (TOTP or a recovery code). */
    requireSecondFactor: integer('require_second_factor', { mode: 'boolean' }).notNull().default(false),
    /** Days before a docketed deadline the office is reminded of it, a JSON array (largest first). */
    deadlineReminderDays: text('deadline_reminder_days', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[14,3]'`),
    ...editable,
  },
  (t) => [check('office_name_not_blank', sql`length(trim(${t.name})) > 0`)],
);

export const staff = sqliteTable(
  'staff_member',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    fullName: text('full_name').notNull(),
    licenseNumber: text('license_number'),
    username: text('username').notNull(),
    role: text('role', { enum: ['owner', 'lawyer', 'staff'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The TOTP secret, sealed with a key kept outside the store; null while no second factor is set. */
    totpSecret: text('totp_secret'),
    /** SHA-256 of each unused recovery code, a JSON array; one is removed as it is used. */
    recoveryCodes: text('recovery_codes'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...editable,
    createdBy: integer('created_by'),
  },
  (t) => [
    uniqueIndex('staff_username_unique').on(t.username),
    check('staff_role_valid', sql`${t.role} in ('owner', 'lawyer', 'staff')`),
  ],
);

/** One import of a client file: who brought which file in, and whether it was undone (its clients deleted softly). */
export const importBatches = sqliteTable('import_batch', {
  id: integer('id').primaryKey(),
  officeId: integer('office_id')
    .notNull()
    .references(() => offices.id),
  fileName: text('file_name').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => staff.id),
  undoneAt: text('undone_at'),
  undoneBy: integer('undone_by').references(() => staff.id),
});

export const insuredPersons = sqliteTable(
  'insured_person',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    idNumber: text('id_number').notNull(),
    firstNameHe: text('first_name_he').notNull(),
    lastNameHe: text('last_name_he').notNull(),
    firstNameLatin: text('first_name_latin'),
    lastNameLatin: text('last_name_latin'),
    /** The name in Arabic script, for Arabic-speaking clients (papers in Arabic, search). */
    firstNameAr: text('first_name_ar'),
    lastNameAr: text('last_name_ar'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    maritalStatus: text('marital_status', { enum: maritalStatuses }),
    residency: text('residency', { enum: residencies }),
    street: text('street'),
    houseNumber: text('house_number'),
    locality: text('locality'),
    postalCode: text('postal_code'),
    mobilePhone: text('mobile_phone'),
    otherPhone: text('other_phone'),
    email: text('email'),
    preferredLanguage: text('preferred_language', { enum: languages }).notNull().default('he'),
    isHousewife: integer('is_housewife', { mode: 'boolean' }).notNull().default(false),
    aliyaDate: text('aliya_date'),
    bankCode: text('bank_code'),
    bankBranch: text('bank_branch'),
    bankAccount: text('bank_account'),
    fileNumber: text('file_number'),
    /** The health fund (קופת חולים) the client is insured with; checked at the API (a CHECK would rebuild the table). */
    hmo: text('hmo', { enum: hmos }),
    ...editable,
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => staff.id),
    deletedAt: text('deleted_at'),
    deletedBy: integer('deleted_by').references(() => staff.id),
    /** The import that created the client, if one did: what undoing that import deletes. */
    importBatchId: integer('import_batch_id').references((): AnySQLiteColumn => importBatches.id),
  },
  (t) => [
    index('insured_person_import_batch').on(t.importBatchId),
    uniqueIndex('insured_person_office_id_number_unique').on(t.officeId, t.idNumber),
    uniqueIndex('insured_person_office_file_number_unique').on(t.officeId, t.fileNumber),
    index('insured_person_last_name').on(t.officeId, t.lastNameHe, t.firstNameHe),
    // Live-row indexes: counting and paging the client list must not visit deleted rows (bench/RESULTS.md).
    index('insured_person_live_name')
      .on(t.officeId, t.lastNameHe, t.firstNameHe)
      .where(sql`${t.deletedAt} is null`),
    index('insured_person_live_locality')
      .on(t.officeId, t.locality, t.lastNameHe, t.firstNameHe)
      .where(sql`${t.deletedAt} is null`),
    index('insured_person_updated').on(t.officeId, t.updatedAt),
    index('insured_person_live')
      .on(t.officeId, t.deletedAt)
      .where(sql`${t.deletedAt} is null`),
    check('insured_person_id_number_format', sql`length(${t.idNumber}) = 9 and ${t.idNumber} not glob '*[^0-9]*'`),
    check('insured_person_birth_date_iso', sql`${t.birthDate} glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`),
    check('insured_person_sex_valid', sql`${t.sex} in ('male', 'female')`),
    check('insured_person_marital_status_valid', oneOf(t.maritalStatus, maritalStatuses)),
    check('insured_person_residency_valid', oneOf(t.residency, residencies)),
    check('insured_person_language_valid', oneOf(t.preferredLanguage, languages)),
    check('insured_person_aliya_date_iso', isoDate(t.aliyaDate)),
  ],
);

/** Spouse, children, guardian: who the insured person supports or is supported by. */
export const familyMembers = sqliteTable(
  'family_member',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    relation: text('relation', { enum: familyRelations }).notNull(),
    idNumber: text('id_number'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['male', 'female'] }),
    monthlyIncomeAgorot: integer('monthly_income_agorot'),
    isDependant: integer('is_dependant', { mode: 'boolean' }).notNull().default(false),
    ...editable,
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('family_member_person').on(t.insuredPersonId),
    check('family_member_relation_valid', oneOf(t.relation, familyRelations)),
    check(
      'family_member_id_number_format',
      sql`${t.idNumber} is null or (length(${t.idNumber}) = 9 and ${t.idNumber} not glob '*[^0-9]*')`,
    ),
    check('family_member_birth_date_iso', isoDate(t.birthDate)),
    check('family_member_income_not_negative', notNegative(t.monthlyIncomeAgorot)),
  ],
);

/** Periods of work, self-employment, unemployment or unpaid leave. */
export const employmentPeriods = sqliteTable(
  'employment_period',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    kind: text('kind', { enum: employmentKinds }).notNull(),
    employerName: text('employer_name'),
    employerNumber: text('employer_number'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    ...editable,
  },
  (t) => [
    index('employment_period_person').on(t.insuredPersonId, t.startDate),
    check('employment_period_kind_valid', oneOf(t.kind, employmentKinds)),
    check('employment_period_start_iso', isoDate(t.startDate)),
    check('employment_period_end_iso', isoDate(t.endDate)),
    check('employment_period_dates_ordered', orderedDates(t.startDate, t.endDate)),
  ],
);

/** Insured income by calendar month (YYYY-MM), the basis of most wage-replacement benefits. */
export const monthlyIncomes = sqliteTable(
  'monthly_income',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    month: text('month').notNull(),
    source: text('source', { enum: incomeSources }).notNull(),
    incomeAgorot: integer('income_agorot').notNull(),
    employmentPeriodId: integer('employment_period_id').references(() => employmentPeriods.id),
    ...editable,
  },
  (t) => [
    uniqueIndex('monthly_income_person_month_source').on(t.insuredPersonId, t.month, t.source),
    check('monthly_income_month_format', sql`${t.month} glob '[12][0-9][0-9][0-9]-[01][0-9]'`),
    check('monthly_income_source_valid', oneOf(t.source, incomeSources)),
    check('monthly_income_not_negative', sql`${t.incomeAgorot} >= 0`),
  ],
);

/** One committee's (or claims officer's) determination: weighted percent, incapacity, levels. */
export const medicalDeterminations = sqliteTable(
  'medical_determination',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    committeeKind: text('committee_kind', { enum: committeeKinds }).notNull(),
    committeeDate: text('committee_date').notNull(),
    weightedPercent: integer('weighted_percent'),
    incapacityPercent: integer('incapacity_percent'),
    isPermanent: integer('is_permanent', { mode: 'boolean' }).notNull().default(false),
    validFrom: text('valid_from'),
    validUntil: text('valid_until'),
    /** Special-services dependency level as the percent of the full pension (e.g. 50, 105, 175). */
    specialServicesPercent: integer('special_services_percent'),
    mobilityLimitationPercent: integer('mobility_limitation_percent'),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
  },
  (t) => [
    index('medical_determination_person').on(t.insuredPersonId, t.committeeDate),
    check('medical_determination_committee_valid', oneOf(t.committeeKind, committeeKinds)),
    check('medical_determination_date_iso', isoDate(t.committeeDate)),
    check('medical_determination_from_iso', isoDate(t.validFrom)),
    check('medical_determination_until_iso', isoDate(t.validUntil)),
    check('medical_determination_dates_ordered', orderedDates(t.validFrom, t.validUntil)),
    check('medical_determination_weighted_percent', percent(t.weightedPercent)),
    check('medical_determination_incapacity_percent', percent(t.incapacityPercent)),
    check('medical_determination_mobility_percent', percent(t.mobilityLimitationPercent)),
    check(
      'medical_determination_special_services',
      sql`${t.specialServicesPercent} is null or ${t.specialServicesPercent} between 0 and 400`,
    ),
  ],
);

/** Each impairment (ליקוי) under its section of the disability percentages list. */
export const medicalImpairments = sqliteTable(
  'medical_impairment',
  {
    id: integer('id').primaryKey(),
    determinationId: integer('determination_id')
      .notNull()
      .references(() => medicalDeterminations.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    description: text('description'),
    percent: integer('percent').notNull(),
    isTemporary: integer('is_temporary', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('medical_impairment_determination').on(t.determinationId),
    check('medical_impairment_percent', sql`${t.percent} between 0 and 100`),
  ],
);

/** One item to bring to a committee (or to do before it), ticked on the day; optionally a document of the file. */
export interface CommitteeChecklistItem {
  label: string;
  done: boolean;
  documentId: number | null;
}

/** The committee's finding on one impairment, as its protocol states it. */
export interface CommitteeOutcomeItem {
  section: string;
  description: string | null;
  percent: number;
  isTemporary: boolean;
  until: string | null;
  /** The percent the office claims on appeal; absent on outcomes recorded before it was asked. */
  claimedPercent?: number | null;
}

/**
 * A medical committee the client is invited to: when and where, who sits, what to bring, and once held
 * its outcome per impairment and protocol. The outcome is kept as a medical determination too (linked
 * here), so the rights engine reads it like any other.
 */
export const medicalCommittees = sqliteTable(
  'medical_committee',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    committeeType: text('committee_type', { enum: committeeTypes }).notNull(),
    committeeDate: text('committee_date').notNull(),
    /** HH:MM, Israel time. */
    committeeTime: text('committee_time'),
    /** Where it sits: a branch or a service centre, exactly one (the check below). */
    branch: text('branch', { enum: niiBranches }),
    serviceCentre: text('service_centre', { enum: niiServiceCentres }),
    specialties: text('specialties', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    checklist: text('checklist', { mode: 'json' })
      .$type<CommitteeChecklistItem[]>()
      .notNull()
      .default(sql`'[]'`),
    clientRemindedDate: text('client_reminded_date'),
    outcome: text('outcome', { mode: 'json' })
      .$type<CommitteeOutcomeItem[]>()
      .notNull()
      .default(sql`'[]'`),
    weightedPercent: integer('weighted_percent'),
    protocolDocumentId: integer('protocol_document_id').references(() => documents.id),
    protocolReceivedDate: text('protocol_received_date'),
    determinationId: integer('determination_id').references(() => medicalDeterminations.id, { onDelete: 'set null' }),
    notes: text('notes'),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('medical_committee_person').on(t.insuredPersonId, t.committeeDate),
    index('medical_committee_claim').on(t.claimId),
    index('medical_committee_date').on(t.committeeDate),
    check('medical_committee_type_valid', oneOf(t.committeeType, committeeTypes)),
    check('medical_committee_branch_valid', sql`${t.branch} is null or ${oneOf(t.branch, niiBranches)}`),
    check(
      'medical_committee_service_centre_valid',
      sql`${t.serviceCentre} is null or ${oneOf(t.serviceCentre, niiServiceCentres)}`,
    ),
    check('medical_committee_one_place', sql`(${t.branch} is null) <> (${t.serviceCentre} is null)`),
    check('medical_committee_date_iso', isoDate(t.committeeDate)),
    check('medical_committee_time', sql`${t.committeeTime} is null or ${t.committeeTime} glob '[0-2][0-9]:[0-5][0-9]'`),
    check('medical_committee_reminded_iso', isoDate(t.clientRemindedDate)),
    check('medical_committee_protocol_iso', isoDate(t.protocolReceivedDate)),
    check('medical_committee_weighted_percent', percent(t.weightedPercent)),
    check('medical_committee_specialties_array', jsonArray(t.specialties)),
    check('medical_committee_checklist_array', jsonArray(t.checklist)),
    check('medical_committee_outcome_array', jsonArray(t.outcome)),
  ],
);

export const lifeEvents = sqliteTable(
  'life_event',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    kind: text('kind', { enum: lifeEventKinds }).notNull(),
    eventDate: text('event_date').notNull(),
    endDate: text('end_date'),
    /** Reserve-duty days, or days off work after an injury. */
    days: integer('days'),
    familyMemberId: integer('family_member_id').references(() => familyMembers.id),
    description: text('description'),
    ...editable,
  },
  (t) => [
    index('life_event_person').on(t.insuredPersonId, t.eventDate),
    check('life_event_kind_valid', oneOf(t.kind, lifeEventKinds)),
    check('life_event_date_iso', isoDate(t.eventDate)),
    check('life_event_end_iso', isoDate(t.endDate)),
    check('life_event_dates_ordered', orderedDates(t.eventDate, t.endDate)),
    check('life_event_days_not_negative', notNegative(t.days)),
  ],
);

/** A diagnosis the client lives with (optionally its ICD-10 code and the impairment item it likely falls under), since when. */
export const diagnoses = sqliteTable(
  'diagnosis',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    diagnosis: text('diagnosis').notNull(),
    icdCode: text('icd_code'),
    /** The item of the list of impairments (e.g. 34, or 37(7)(א)) the office expects a committee to apply. */
    impairmentSection: text('impairment_section'),
    sinceDate: text('since_date'),
    ...editable,
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('diagnosis_person').on(t.insuredPersonId),
    check('diagnosis_not_blank', sql`length(trim(${t.diagnosis})) > 0`),
    check('diagnosis_since_iso', isoDate(t.sinceDate)),
  ],
);

/** A doctor who treats the client: the claim form asks for them, and the NII may write to them. */
export const treatingDoctors = sqliteTable(
  'treating_doctor',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    doctorName: text('doctor_name').notNull(),
    specialty: text('specialty'),
    clinic: text('clinic'),
    phone: text('phone'),
    ...editable,
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('treating_doctor_person').on(t.insuredPersonId),
    check('treating_doctor_name_not_blank', sql`length(trim(${t.doctorName})) > 0`),
  ],
);

/** A stay in hospital: where, which ward, from when to when, and why. */
export const hospitalisations = sqliteTable(
  'hospitalisation',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    hospital: text('hospital').notNull(),
    ward: text('ward'),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    admissionReason: text('admission_reason'),
    ...editable,
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('hospitalisation_person').on(t.insuredPersonId, t.fromDate),
    check('hospitalisation_hospital_not_blank', sql`length(trim(${t.hospital})) > 0`),
    check('hospitalisation_from_iso', isoDate(t.fromDate)),
    check('hospitalisation_to_iso', isoDate(t.toDate)),
    check('hospitalisation_dates_ordered', orderedDates(t.fromDate, t.toDate)),
  ],
);

/** A medication the client takes regularly, with its dose as prescribed. */
export const medications = sqliteTable(
  'medication',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    medicationName: text('medication_name').notNull(),
    dose: text('dose'),
    ...editable,
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('medication_person').on(t.insuredPersonId),
    check('medication_name_not_blank', sql`length(trim(${t.medicationName})) > 0`),
  ],
);

/** Power of attorney (ייפוי כוח, form בל/70): general, or per benefit. */
export const representations = sqliteTable(
  'representation',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    scope: text('scope', { enum: representationScopes }).notNull(),
    /** JSON array of benefit codes when scope is per_benefit. */
    benefits: text('benefits', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text('status', { enum: representationStatuses }).notNull().default('pending'),
    signedDate: text('signed_date'),
    activeFrom: text('active_from'),
    endedDate: text('ended_date'),
    revokedDate: text('revoked_date'),
    ...editable,
  },
  (t) => [
    // Covering: a client's paper state (db/repositories/consent-state) is read from the index alone.
    index('representation_state').on(t.insuredPersonId, t.status, t.activeFrom, t.endedDate, t.revokedDate),
    check('representation_scope_valid', oneOf(t.scope, representationScopes)),
    check('representation_status_valid', oneOf(t.status, representationStatuses)),
    check('representation_benefits_json', jsonArray(t.benefits)),
    check('representation_signed_iso', isoDate(t.signedDate)),
    check('representation_active_iso', isoDate(t.activeFrom)),
    check('representation_ended_iso', isoDate(t.endedDate)),
    check('representation_revoked_iso', isoDate(t.revokedDate)),
    check('representation_revoked_has_date', sql`${t.status} <> 'revoked' or ${t.revokedDate} is not null`),
  ],
);

export const consents = sqliteTable(
  'consent',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    kind: text('kind', { enum: consentKinds }).notNull(),
    signedDate: text('signed_date').notNull(),
    expiryDate: text('expiry_date'),
    revokedDate: text('revoked_date'),
    documentId: integer('document_id').references((): AnySQLiteColumn => documents.id),
    ...editable,
  },
  (t) => [
    index('consent_state').on(t.insuredPersonId, t.kind, t.signedDate, t.revokedDate, t.expiryDate),
    check('consent_kind_valid', oneOf(t.kind, consentKinds)),
    check('consent_signed_iso', isoDate(t.signedDate)),
    check('consent_expiry_iso', isoDate(t.expiryDate)),
    check('consent_revoked_iso', isoDate(t.revokedDate)),
    check('consent_dates_ordered', orderedDates(t.signedDate, t.expiryDate)),
  ],
);

export const feeAgreements = sqliteTable(
  'fee_agreement',
  {
    id: integer('id').primaryKey(),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    benefits: text('benefits', { mode: 'json' }).$type<string[]>().notNull(),
    openingFeeAgorot: integer('opening_fee_agorot').notNull().default(0),
    /** Success fee in basis points: 1025 = 10.25% of the benefit. */
    successFeeBasisPoints: integer('success_fee_basis_points').notNull(),
    signedDate: text('signed_date'),
    /** Working days the insured may cancel in (7 under Amendment 161 to the National Insurance Law; Kol Zchut's page on representatives' fees). */
    cancellationWorkingDays: integer('cancellation_working_days').notNull().default(7),
    cancelledDate: text('cancelled_date'),
    informationSheetGiven: integer('information_sheet_given', { mode: 'boolean' }).notNull().default(false),
    ...editable,
  },
  (t) => [
    index('fee_agreement_person').on(t.insuredPersonId),
    check('fee_agreement_benefits_json', jsonArray(t.benefits)),
    check('fee_agreement_opening_fee', sql`${t.openingFeeAgorot} >= 0`),
    check('fee_agreement_success_fee', sql`${t.successFeeBasisPoints} between 0 and 10000`),
    check('fee_agreement_cancellation_days', sql`${t.cancellationWorkingDays} >= 0`),
    check('fee_agreement_signed_iso', isoDate(t.signedDate)),
    check('fee_agreement_cancelled_iso', isoDate(t.cancelledDate)),
  ],
);

export const claims = sqliteTable(
  'claim',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    benefit: text('benefit', { enum: benefits }).notNull(),
    formNumber: text('form_number'),
    /** The number the NII gave the claim (on its letters), for finding the claim when it writes. */
    niiClaimNumber: text('nii_claim_number'),
    status: text('status', { enum: claimStatuses }).notNull().default('draft'),
    outcome: text('outcome', { enum: decisionOutcomes }),
    appealRoute: text('appeal_route', { enum: appealRoutes }),
    filedDate: text('filed_date'),
    decidedDate: text('decided_date'),
    retroactiveAgorot: integer('retroactive_agorot'),
    summary: text('summary'),
    /** The illness or impairment as the claimant describes it on the claim form. */
    illnessDescription: text('illness_description'),
    /** The day the claimant stopped working because of it. */
    workStoppedDate: text('work_stopped_date'),
    /** Who handles the claim: its deadlines go to them. Null on claims made before handlers: the creator then. */
    handlerId: integer('handler_id').references(() => staff.id),
    ...editable,
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => staff.id),
    deletedAt: text('deleted_at'),
    deletedBy: integer('deleted_by').references(() => staff.id),
  },
  (t) => [
    index('claim_person').on(t.insuredPersonId),
    index('claim_office_status').on(t.officeId, t.status, t.updatedAt),
    // The dashboard counts live claims by status from this index alone (deleted_at makes it covering).
    index('claim_live_status')
      .on(t.officeId, t.status, t.deletedAt)
      .where(sql`${t.deletedAt} is null`),
    check('claim_benefit_valid', oneOf(t.benefit, benefits)),
    check('claim_status_valid', oneOf(t.status, claimStatuses)),
    check('claim_outcome_valid', oneOf(t.outcome, decisionOutcomes)),
    check('claim_appeal_route_valid', oneOf(t.appealRoute, appealRoutes)),
    check('claim_filed_iso', isoDate(t.filedDate)),
    check('claim_decided_iso', isoDate(t.decidedDate)),
    check('claim_retroactive_not_negative', notNegative(t.retroactiveAgorot)),
    check('claim_appeal_has_route', sql`${t.status} <> 'appeal' or ${t.appealRoute} is not null`),
  ],
);

/** Every status change of a claim: who moved it, when, and why. */
export const claimStatusChanges = sqliteTable(
  'claim_status_change',
  {
    id: integer('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    fromStatus: text('from_status', { enum: claimStatuses }),
    toStatus: text('to_status', { enum: claimStatuses }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    reason: text('reason'),
  },
  (t) => [
    index('claim_status_change_claim').on(t.claimId, t.at),
    check('claim_status_change_to_valid', oneOf(t.toStatus, claimStatuses)),
  ],
);

/** A decision on a claim (first decision, appeal, court): dates, percents and amounts. */
export const claimDecisions = sqliteTable(
  'claim_decision',
  {
    id: integer('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    decidedDate: text('decided_date').notNull(),
    receivedDate: text('received_date'),
    outcome: text('outcome', { enum: decisionOutcomes }).notNull(),
    percent: integer('percent'),
    monthlyAmountAgorot: integer('monthly_amount_agorot'),
    lumpSumAgorot: integer('lump_sum_agorot'),
    retroactiveAgorot: integer('retroactive_agorot'),
    retroactiveFrom: text('retroactive_from'),
    notes: text('notes'),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
  },
  (t) => [
    index('claim_decision_claim').on(t.claimId, t.decidedDate),
    check('claim_decision_outcome_valid', oneOf(t.outcome, decisionOutcomes)),
    check('claim_decision_date_iso', isoDate(t.decidedDate)),
    check('claim_decision_received_iso', isoDate(t.receivedDate)),
    check('claim_decision_retro_from_iso', isoDate(t.retroactiveFrom)),
    check('claim_decision_percent', percent(t.percent)),
    check('claim_decision_monthly_not_negative', notNegative(t.monthlyAmountAgorot)),
    check('claim_decision_lump_not_negative', notNegative(t.lumpSumAgorot)),
    check('claim_decision_retro_not_negative', notNegative(t.retroactiveAgorot)),
  ],
);

/** A file kept in the data folder under its SHA-256 (documents/ab/abcdef…). */
export const documents = sqliteTable(
  'document',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    insuredPersonId: integer('insured_person_id').references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    kind: text('kind', { enum: documentKinds }).notNull(),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
    deletedAt: text('deleted_at'),
    deletedBy: integer('deleted_by').references(() => staff.id),
  },
  (t) => [
    index('document_person').on(t.insuredPersonId),
    index('document_claim').on(t.claimId),
    index('document_sha256').on(t.sha256),
    check('document_kind_valid', oneOf(t.kind, documentKinds)),
    check('document_sha256_hex', sql`length(${t.sha256}) = 64 and ${t.sha256} not glob '*[^0-9a-f]*'`),
    check('document_size_not_negative', sql`${t.sizeBytes} >= 0`),
  ],
);

export const tasks = sqliteTable(
  'task',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    insuredPersonId: integer('insured_person_id').references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    kind: text('kind', { enum: taskKinds }).notNull(),
    title: text('title').notNull(),
    dueDate: text('due_date').notNull(),
    assignedTo: integer('assigned_to').references(() => staff.id),
    doneAt: text('done_at'),
    doneBy: integer('done_by').references(() => staff.id),
    /** A legal deadline (a right is lost when missed), as against an internal follow-up. */
    binding: integer('binding', { mode: 'boolean' }).notNull().default(false),
    /** Where a docketed deadline comes from ("decision:12:labour_court"): the docket's sync key. */
    sourceKey: text('source_key'),
    /** The rule the deadline rests on, in Hebrew, by its public title and section. */
    rule: text('rule'),
    /** The due date the source gave at the last sync: a date the user moved is kept until the source changes. */
    computedDue: text('computed_due'),
    /** How a closed task was closed: done, or not needed (then with a reason). */
    closedAs: text('closed_as', { enum: taskClosings }),
    closeReason: text('close_reason'),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
  },
  (t) => [
    index('task_open_due').on(t.officeId, t.doneAt, t.dueDate),
    // The dashboard's open-task counts per assignee, from the index alone.
    index('task_open_load').on(t.officeId, t.doneAt, t.assignedTo, t.binding, t.dueDate),
    uniqueIndex('task_source_unique')
      .on(t.officeId, t.sourceKey)
      .where(sql`source_key is not null`),
    index('task_claim').on(t.claimId),
    index('task_person').on(t.insuredPersonId),
    check('task_kind_valid', oneOf(t.kind, taskKinds)),
    check('task_due_iso', isoDate(t.dueDate)),
    check('task_done_has_who', sql`(${t.doneAt} is null) = (${t.doneBy} is null)`),
  ],
);

export const notes = sqliteTable(
  'note',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    body: text('body').notNull(),
    ...editable,
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('note_person').on(t.insuredPersonId, t.createdAt),
    check('note_body_not_blank', sql`length(trim(${t.body})) > 0`),
  ],
);

/**
 * Append-only trail of every write, every read of medical data and every export. Each row carries
 * the hash of the one before it, so a changed or deleted row breaks the chain (see verifyAuditChain).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull().default(nowUtc),
    officeId: integer('office_id').references(() => offices.id),
    staffId: integer('staff_id').references(() => staff.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId),
    index('audit_log_at').on(t.at),
    // Opening the store seals rows written without a hash; this keeps that from scanning the whole log.
    index('audit_log_unsealed')
      .on(t.id)
      .where(sql`${t.hash} is null`),
  ],
);

/**
 * A parameter pack the owner imported (the January amounts): its text as received, checked again and
 * applied at every start, from its own dates only. `signed_by` is null for one the owner accepted
 * unsigned, an override the audit log records.
 */
export const parameterPacks = sqliteTable('parameter_pack', {
  id: integer('id').primaryKey(),
  packId: text('pack_id').notNull(),
  title: text('title').notNull(),
  issued: text('issued').notNull(),
  signedBy: text('signed_by'),
  text: text('text').notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: integer('imported_by')
    .notNull()
    .references(() => staff.id),
});

/** One whole-office rights scan: who started it, for which date, how far it got. */
export const scanRuns = sqliteTable(
  'scan_run',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    startedBy: integer('started_by')
      .notNull()
      .references(() => staff.id),
    scanDate: text('scan_date').notNull(),
    status: text('status', { enum: scanRunStatuses }).notNull().default('running'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    startedAt: text('started_at').notNull().default(nowUtc),
    finishedAt: text('finished_at'),
    error: text('error'),
  },
  (t) => [
    index('scan_run_office').on(t.officeId, t.startedAt),
    check('scan_run_status_valid', oneOf(t.status, scanRunStatuses)),
    check('scan_run_date_iso', isoDate(t.scanDate)),
    check('scan_run_progress', sql`${t.processed} between 0 and ${t.total}`),
  ],
);

/** A possible right a scan found for a client: eligible or maybe (a "no" is not kept). */
export const scanFindings = sqliteTable(
  'scan_finding',
  {
    id: integer('id').primaryKey(),
    runId: integer('run_id')
      .notNull()
      .references(() => scanRuns.id, { onDelete: 'cascade' }),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    calculator: text('calculator').notNull(),
    verdict: text('verdict', { enum: scanVerdicts }).notNull(),
    amountAgorot: integer('amount_agorot'),
    unit: text('unit'),
    /** True when the client already has a claim for this benefit (not an unclaimed right). */
    claimed: integer('claimed', { mode: 'boolean' }).notNull().default(false),
    missing: text('missing', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
  },
  (t) => [
    index('scan_finding_run').on(t.runId, t.calculator),
    index('scan_finding_person').on(t.runId, t.insuredPersonId),
    check('scan_finding_verdict_valid', oneOf(t.verdict, scanVerdicts)),
    check('scan_finding_amount_not_negative', notNegative(t.amountAgorot)),
    check('scan_finding_missing_json', jsonArray(t.missing)),
  ],
);

/**
 * A paper the insured signed: which template, in which language, the field values it was
 * filled with, who signed, how, when and on which device. The signed PDF is frozen in the documents
 * store under `sha256`; a changed file no longer matches and needs a new signature.
 */
export const signedPapers = sqliteTable(
  'signed_paper',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    insuredPersonId: integer('insured_person_id')
      .notNull()
      .references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    template: text('template').notNull(),
    language: text('language', { enum: languages }).notNull(),
    /** JSON object: the options and field values the paper was filled with. */
    fields: text('fields', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    signerName: text('signer_name').notNull(),
    signerIdNumber: text('signer_id_number'),
    method: text('method', { enum: signatureMethods }).notNull(),
    /** A PNG data URL (drawn) or the typed name. */
    signature: text('signature').notNull(),
    device: text('device').notNull(),
    signedAt: text('signed_at').notNull(),
    signedBy: integer('signed_by')
      .notNull()
      .references(() => staff.id),
    sha256: text('sha256').notNull(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    representationId: integer('representation_id').references(() => representations.id),
    consentId: integer('consent_id').references(() => consents.id),
    feeAgreementId: integer('fee_agreement_id').references(() => feeAgreements.id),
    ...editable,
  },
  (t) => [
    index('signed_paper_person').on(t.insuredPersonId, t.signedAt),
    index('signed_paper_claim').on(t.claimId),
    check('signed_paper_language_valid', oneOf(t.language, languages)),
    check('signed_paper_method_valid', oneOf(t.method, signatureMethods)),
    check('signed_paper_fields_json', sql`json_valid(${t.fields}) and json_type(${t.fields}) = 'object'`),
    check('signed_paper_sha256_hex', sql`length(${t.sha256}) = 64 and ${t.sha256} not glob '*[^0-9a-f]*'`),
  ],
);

/**
 * A desk paired with the office server. The desk holds a random token; only its SHA-256 is kept here,
 * so a copy of the store lets no one act as a desk. A revoked desk is refused from its next request.
 */
export const pairedDevices = sqliteTable(
  'paired_device',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Who opened the pairing window; null when it was opened on the server itself (`server pair`). */
    pairedBy: integer('paired_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at'),
    /** The last staff member who worked on this desk. */
    lastStaffId: integer('last_staff_id').references(() => staff.id),
    revokedAt: text('revoked_at'),
    revokedBy: integer('revoked_by').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('paired_device_token_unique').on(t.tokenHash),
    check('paired_device_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('paired_device_token_hex', sql`length(${t.tokenHash}) = 64 and ${t.tokenHash} not glob '*[^0-9a-f]*'`),
  ],
);

/**
 * A file dropped in the inbox, kept once per office under its SHA-256 (the same file twice is one
 * item): what the reader made of it (JSON of shared/inbox's Reading), the client its ID numbers
 * found, and once confirmed the document it was filed as.
 */
export const inboxItems = sqliteTable(
  'inbox_item',
  {
    id: integer('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    status: text('status', { enum: inboxStatuses }).notNull(),
    kind: text('kind', { enum: letterKinds }),
    /** The letter's text in logical order, for the preview and the fields' spans. */
    text: text('text'),
    reading: text('reading'),
    /** Why the file could not be read, when it could not. */
    error: text('error'),
    clientId: integer('client_id').references(() => insuredPersons.id),
    claimId: integer('claim_id').references(() => claims.id),
    documentId: integer('document_id').references(() => documents.id),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
    filedAt: text('filed_at'),
    filedBy: integer('filed_by').references(() => staff.id),
    /** What confirming the letter did beside filing it (JSON of main/services/inbox-actions' Done), for showing and undoing. */
    actions: text('actions'),
  },
  (t) => [
    uniqueIndex('inbox_item_office_sha256_unique').on(t.officeId, t.sha256),
    index('inbox_item_office_status').on(t.officeId, t.status),
    check('inbox_item_status_valid', oneOf(t.status, inboxStatuses)),
    check('inbox_item_kind_valid', oneOf(t.kind, letterKinds)),
    check('inbox_item_sha256_hex', sql`length(${t.sha256}) = 64 and ${t.sha256} not glob '*[^0-9a-f]*'`),
    check('inbox_item_size_not_negative', sql`${t.sizeBytes} >= 0`),
    check('inbox_item_reading_json', sql`${t.reading} is null or json_valid(${t.reading})`),
  ],
);

// ── Payments the NII made, what they are checked against, and the fees they allow ──

/** The office, client and claim a payments row belongs to (a function: each table its own columns). */
const ofClaim = () => ({
  id: integer('id').primaryKey(),
  officeId: integer('office_id')
    .notNull()
    .references(() => offices.id),
  insuredPersonId: integer('insured_person_id')
    .notNull()
    .references(() => insuredPersons.id),
  claimId: integer('claim_id')
    .notNull()
    .references(() => claims.id),
});

/**
 * One payment the NII made on a claim: a month's payment, or a retroactive one for a span of months.
 * It comes from a payment-notice letter of the inbox, a CSV list the office downloads, or by hand.
 * One live payment per claim, kind and span: a list imported twice records nothing twice.
 */
export const payments = sqliteTable(
  'payment',
  {
    ...ofClaim(),
    benefit: text('benefit', { enum: benefits }).notNull(),
    kind: text('kind', { enum: paymentKinds }).notNull(),
    /** The months paid for, YYYY-MM; equal for a month's payment. */
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    amountAgorot: integer('amount_agorot').notNull(),
    paidDate: text('paid_date'),
    source: text('source', { enum: paymentSources }).notNull(),
    inboxItemId: integer('inbox_item_id').references(() => inboxItems.id),
    ...editable,
    createdBy: integer('created_by').references(() => staff.id),
    deletedAt: text('deleted_at'),
    deletedBy: integer('deleted_by').references(() => staff.id),
  },
  (t) => [
    index('payment_claim').on(t.claimId, t.fromMonth),
    index('payment_person').on(t.insuredPersonId),
    uniqueIndex('payment_claim_span_unique')
      .on(t.claimId, t.kind, t.fromMonth, t.toMonth)
      .where(sql`${t.deletedAt} is null`),
    check('payment_kind_valid', oneOf(t.kind, paymentKinds)),
    check('payment_source_valid', oneOf(t.source, paymentSources)),
    check('payment_benefit_valid', oneOf(t.benefit, benefits)),
    check('payment_from_month', sql`${t.fromMonth} glob '[12][0-9][0-9][0-9]-[01][0-9]'`),
    check('payment_to_month', sql`${t.toMonth} glob '[12][0-9][0-9][0-9]-[01][0-9]'`),
    check('payment_months_ordered', sql`${t.toMonth} >= ${t.fromMonth}`),
    check('payment_monthly_one_month', sql`${t.kind} <> 'monthly' or ${t.fromMonth} = ${t.toMonth}`),
    check('payment_amount_not_negative', sql`${t.amountAgorot} >= 0`),
    check('payment_paid_iso', isoDate(t.paidDate)),
  ],
);

/**
 * What the last check of a claim's payments against the rules found: a month not paid, one paid at
 * another rate than the client's facts give, payments that stopped. Replaced whole at each check;
 * the dashboard counts them by kind.
 */
export const paymentFlags = sqliteTable(
  'payment_flag',
  {
    ...ofClaim(),
    kind: text('kind', { enum: paymentFlagKinds }).notNull(),
    month: text('month').notNull(),
    expectedAgorot: integer('expected_agorot'),
    paidAgorot: integer('paid_agorot'),
    checkedAt: text('checked_at').notNull(),
  },
  (t) => [
    index('payment_flag_office_kind').on(t.officeId, t.kind, t.claimId),
    index('payment_flag_claim').on(t.claimId, t.month),
    check('payment_flag_kind_valid', oneOf(t.kind, paymentFlagKinds)),
    check('payment_flag_month', sql`${t.month} glob '[12][0-9][0-9][0-9]-[01][0-9]'`),
  ],
);

/**
 * The fee a payment allows the office to collect from the client, within Amendment 161's caps and the
 * client's fee agreement: one entry per payment, with the cap that set it. Posted again whenever
 * the claim's payments change, since the caps are counted over all of them.
 */
export const feeLedgerEntries = sqliteTable(
  'fee_ledger_entry',
  {
    ...ofClaim(),
    paymentId: integer('payment_id')
      .notNull()
      .references(() => payments.id),
    feeAgreementId: integer('fee_agreement_id').references(() => feeAgreements.id),
    feeAgorot: integer('fee_agorot').notNull(),
    basis: text('basis', { enum: feeBases }).notNull(),
    postedAt: text('posted_at').notNull(),
  },
  (t) => [
    uniqueIndex('fee_ledger_payment_unique').on(t.paymentId),
    index('fee_ledger_person').on(t.insuredPersonId, t.claimId),
    check('fee_ledger_basis_valid', oneOf(t.basis, feeBases)),
    check('fee_ledger_fee_not_negative', sql`${t.feeAgorot} >= 0`),
  ],
);
