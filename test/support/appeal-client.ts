// The client of the appeal-estimate tests: a resident man born 1975, not working since 2024, whose
// earlier determination set an incapacity degree of 80% — so a general-disability pension is the full
// one whenever the medical percent passes the threshold.
import type { InputOf } from '../../shared/api/contract';
import { validId } from './ids';

export const appealClient = (idPrefix: string): InputOf<'clients.create'> => ({
  idNumber: validId(idPrefix),
  firstNameHe: 'משה',
  lastNameHe: 'דהן',
  birthDate: '1975-05-10',
  sex: 'male',
  residency: 'resident',
});

export const notWorking = (clientId: number): InputOf<'employment.create'> => ({
  clientId,
  kind: 'not_working',
  startDate: '2024-01-01',
});

export const incapacityOf80 = (clientId: number): InputOf<'medical.create'> => ({
  clientId,
  committeeKind: 'first_tier',
  committeeDate: '2025-06-01',
  weightedPercent: 20,
  incapacityPercent: 80,
});
