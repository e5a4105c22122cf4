// A letter's text → its reading: the kind whose rules score highest (none scoring: "other"), the ID
// numbers, the fields common to all letters and those of its kind. New kinds join `rules`.
import { findAddressee, findFileNumbers } from './addressee';
import { commonFields } from './common';
import { findIdNumbers } from './ids';
import { committeeInvitationRule } from './kinds/committee-invitation';
import { committeeProtocolRule } from './kinds/committee-protocol';
import { decisionRule } from './kinds/decision';
import { documentRequestRule } from './kinds/document-request';
import { paymentNoticeRule } from './kinds/payment-notice';
import type { Fields, LetterRule, Reading } from './types';

export const rules: LetterRule[] = [
  decisionRule,
  committeeInvitationRule,
  committeeProtocolRule,
  documentRequestRule,
  paymentNoticeRule,
];

/** The fields found, without those no rule found. */
function present(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, field]) => field !== undefined)) as Fields;
}

export function readLetter(text: string): Reading {
  let best: { rule: LetterRule; score: number } | null = null;
  for (const rule of rules) {
    const score = rule.score(text);
    if (score > 0 && (!best || score > best.score)) best = { rule, score };
  }
  const common = commonFields(text);
  const fileNumbers = findFileNumbers(text);
  const whose = {
    idNumbers: findIdNumbers(text),
    addressee: findAddressee(text),
    ...(fileNumbers.length > 0 ? { fileNumbers } : {}),
  };
  if (!best)
    return { kind: 'other', ...whose, fields: present({ letterDate: common.letterDate, benefit: common.benefit }) };
  return { kind: best.rule.kind, ...whose, fields: present({ ...common, ...best.rule.fields(text) }) };
}
