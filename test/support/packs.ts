// A throwaway pack publisher and a "January 2027" pack, for the tests of parameter packs: the tests
// trust only this key, never the shipped publisher's.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/curves/utils.js';
import { PACK_FORMAT, signPack, type PackFile } from '../../shared/rules/packs/pack';

const secret = ed25519.utils.randomSecretKey();
export const TEST_PUBLISHER = { id: 'test-publisher', publicKey: bytesToHex(ed25519.getPublicKey(secret)) };

export const PACK_SOURCE_2027 = 'המוסד לביטוח לאומי, "שיעורי הקצבאות 2027" (נכון ל-01.01.2027), https://www.btl.gov.il';

/** The full general-disability pension rises to 4,871 from 2027-01-01. */
export const PACK_2027: PackFile = {
  format: PACK_FORMAT,
  id: 'nii-2027-01',
  title: 'עדכון ינואר 2027',
  issued: '2026-12-28',
  values: [
    { parameter: 'disability.general.fullPension', from: '2027-01-01', value: '4871', source: PACK_SOURCE_2027 },
  ],
};

export function signedByTestPublisher(file: PackFile): string {
  return JSON.stringify(signPack(file, bytesToHex(secret), TEST_PUBLISHER.id));
}

/** A man at a full degree of incapacity, for the general-disability calculator. */
export const FULL_DEGREE_MAN = {
  birthDate: '1975-05-01',
  sex: 'male',
  resident: true,
  housewife: false,
  weightedMedicalPercent: 70,
  maxImpairmentPercent: 40,
  incapacityPercent: 100,
  monthlyWorkIncome: 0,
};
