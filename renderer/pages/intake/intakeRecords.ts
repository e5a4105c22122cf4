// The records the intake gathers (family, work and income, medical history, events): as the form holds them,
// per-step validation with the contract's own schemas, and the shape clients.intake takes.
import { z } from 'zod';
import type { Resolver } from 'react-hook-form';
import { own } from '../../../shared/api/validation';
import { familyIssues, type FamilyMemberFacts } from '../../../shared/schemas/family-sanity';
import { intakeRecords, type IntakeRecordKind } from '../../../shared/schemas/intake';
import { contractResolver } from '../../forms/contractResolver';
import { recordConfigs, type FieldSpec } from '../client-file/records/recordConfigs';
import { blankRecord, toRecordInput, type RecordValues } from '../client-file/records/recordValues';

export type IntakeRecordsValues = Record<IntakeRecordKind, RecordValues[]>;

export const intakeKinds = Object.keys(intakeRecords) as IntakeRecordKind[];

export const emptyRecords: IntakeRecordsValues = Object.fromEntries(
  intakeKinds.map((kind) => [kind, []]),
) as unknown as IntakeRecordsValues;

/** Fields the intake asks for; impairments and links to family members are added later in the file. */
const SKIPPED: FieldSpec['kind'][] = ['impairments', 'familyMember', 'benefits'];

export function intakeFields(kind: IntakeRecordKind): FieldSpec[] {
  return recordConfigs[kind].fields.filter((spec) => !SKIPPED.includes(spec.kind));
}

export const blankRow = (kind: IntakeRecordKind): RecordValues => blankRecord(recordConfigs[kind]);

/** The API's shape of the given kinds' rows. */
export function recordsInput(values: IntakeRecordsValues, kinds: IntakeRecordKind[] = intakeKinds) {
  return Object.fromEntries(
    kinds.map((kind) => [kind, (values[kind] ?? []).map((row) => toRecordInput(recordConfigs[kind], row))]),
  );
}

/**
 * Validates only the kinds of the step on screen (read at validation time, from `kinds`); the family
 * also against the client's birth date from step 1, as clients.intake will.
 */
export function stepResolver(
  kinds: { current: IntakeRecordKind[] },
  clientBirthDate: () => string | null,
): Resolver<IntakeRecordsValues> {
  return (values, context, options) => {
    const schema = z
      .object(Object.fromEntries(kinds.current.map((kind) => [kind, intakeRecords[kind]])))
      .superRefine((parsed, ctx) => {
        const family = (parsed as { family?: FamilyMemberFacts[] }).family;
        if (!family) return;
        for (const issue of familyIssues(clientBirthDate(), family)) {
          ctx.addIssue({ code: 'custom', path: ['family', issue.index, issue.field], message: own(issue.message) });
        }
      });
    return contractResolver<IntakeRecordsValues>(schema, (v) => recordsInput(v, kinds.current))(
      values,
      context,
      options,
    );
  };
}
