// The names of the client file's record kinds, without their schemas: what a screen needs to tell a
// record's procedure (family.update) from others, without loading every field's zod schema.
export const recordKindNames = [
  'family',
  'employment',
  'incomes',
  'medical',
  'events',
  'representation',
  'consents',
  'fees',
  'diagnoses',
  'doctors',
  'hospitalisations',
  'medications',
] as const;
export type RecordKindName = (typeof recordKindNames)[number];
