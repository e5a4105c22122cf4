// A committee as its form holds it (dates dd/mm/yyyy, numbers and ids as typed text, specialties by
// their shown names) and back to the API's shape; anything unreadable goes on as typed, so the
// contract's schema names the field in Hebrew.
import type { TFunction } from 'i18next';
import { committeeSpecialties } from '../../../shared/domain/enums';
import { isoToDisplay } from '../../../shared/dates';
import type { Committee, CommitteeFields } from '../../../shared/schemas/committees';
import { typedDate } from '../../forms/clientValues';
import { placeCode, placeOf } from './committeePlace';

export interface ChecklistValues {
  label: string;
  done: boolean;
  documentId: string;
}

export interface OutcomeValues {
  section: string;
  description: string;
  percent: string;
  isTemporary: boolean;
  until: string;
  /** The percent the office claims on appeal: empty when not disputed. */
  claimedPercent: string;
}

export interface CommitteeFormValues {
  claimId: string;
  committeeType: string;
  committeeDate: string;
  committeeTime: string;
  /** The place: a branch's or a service centre's code (named as the API's field its errors come under). */
  branch: string;
  specialties: string[];
  checklist: ChecklistValues[];
  clientRemindedDate: string;
  outcome: OutcomeValues[];
  weightedPercent: string;
  protocolDocumentId: string;
  protocolReceivedDate: string;
  notes: string;
}

const DEFAULT_ITEMS = ['idCard', 'medical', 'hospital', 'medications', 'imaging'] as const;

const display = (iso: string | null) => (iso ? isoToDisplay(iso) : '');
const id = (value: number | null) => (value === null ? '' : String(value));
const idOrNull = (text: string) => (text === '' ? null : Number(text));
const dateOrNull = (text: string) => (text.trim() === '' ? null : typedDate(text));

/** '' is none; digits are a number; anything else goes as typed for the schema to refuse. */
function typedNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A specialty's shown name ↔ its code; free text stays as typed. */
export function specialtyNames(t: TFunction) {
  const byName = new Map(committeeSpecialties.map((code) => [t(`committees.specialty.${code}`), code]));
  const known = new Set<string>(committeeSpecialties);
  return {
    names: [...byName.keys()],
    show: (value: string) => (known.has(value) ? t(`committees.specialty.${value}`) : value),
    code: (name: string) => byName.get(name) ?? name,
  };
}

export function blankCommittee(t: TFunction, claimId: number | null): CommitteeFormValues {
  return {
    claimId: id(claimId),
    committeeType: 'first_tier',
    committeeDate: '',
    committeeTime: '',
    branch: '',
    specialties: [],
    checklist: DEFAULT_ITEMS.map((key) => ({
      label: t(`committees.checklist.defaults.${key}`),
      done: false,
      documentId: '',
    })),
    clientRemindedDate: '',
    outcome: [],
    weightedPercent: '',
    protocolDocumentId: '',
    protocolReceivedDate: '',
    notes: '',
  };
}

export function fromCommittee(t: TFunction, committee: Committee): CommitteeFormValues {
  const names = specialtyNames(t);
  return {
    claimId: id(committee.claimId),
    committeeType: committee.committeeType,
    committeeDate: display(committee.committeeDate),
    committeeTime: committee.committeeTime ?? '',
    branch: placeCode(committee),
    specialties: committee.specialties.map(names.show),
    checklist: committee.checklist.map((item) => ({
      label: item.label,
      done: item.done,
      documentId: id(item.documentId),
    })),
    clientRemindedDate: display(committee.clientRemindedDate),
    outcome: committee.outcome.map((item) => ({
      section: item.section,
      description: item.description ?? '',
      percent: String(item.percent),
      isTemporary: item.isTemporary,
      until: display(item.until),
      claimedPercent: item.claimedPercent === null ? '' : String(item.claimedPercent),
    })),
    weightedPercent: committee.weightedPercent === null ? '' : String(committee.weightedPercent),
    protocolDocumentId: id(committee.protocolDocumentId),
    protocolReceivedDate: display(committee.protocolReceivedDate),
    notes: committee.notes ?? '',
  };
}

export function toCommitteeInput(t: TFunction, values: CommitteeFormValues): Record<keyof CommitteeFields, unknown> {
  const names = specialtyNames(t);
  return {
    claimId: idOrNull(values.claimId),
    committeeType: values.committeeType === '' ? undefined : values.committeeType,
    committeeDate: typedDate(values.committeeDate),
    committeeTime: values.committeeTime.trim(),
    ...placeOf(values.branch),
    specialties: values.specialties.map(names.code),
    checklist: values.checklist.map((item) => ({
      label: item.label,
      done: item.done,
      documentId: idOrNull(item.documentId),
    })),
    clientRemindedDate: dateOrNull(values.clientRemindedDate),
    outcome: values.outcome.map((item) => ({
      section: item.section,
      description: item.description,
      percent: typedNumber(item.percent) ?? undefined,
      isTemporary: item.isTemporary,
      until: dateOrNull(item.until),
      claimedPercent: typedNumber(item.claimedPercent),
    })),
    weightedPercent: typedNumber(values.weightedPercent),
    protocolDocumentId: idOrNull(values.protocolDocumentId),
    protocolReceivedDate: dateOrNull(values.protocolReceivedDate),
    notes: values.notes,
  };
}
