// The codes of the payments records: how a payment came in, what it pays for, what a check of the
// payments flags, and which cap set the fee a payment allows.

/** A month's payment, or a retroactive one for a span of months. */
export const paymentKinds = ['monthly', 'retroactive'] as const;
export type PaymentKind = (typeof paymentKinds)[number];

/** A payment-notice letter of the inbox, a CSV list the office downloads, or typed by hand. */
export const paymentSources = ['letter', 'csv', 'manual'] as const;
export type PaymentSource = (typeof paymentSources)[number];

/** A month not paid between paid ones; paid at another rate than the facts give; no payment since. */
export const paymentFlagKinds = ['missing', 'wrong_rate', 'stopped'] as const;
export type PaymentFlagKind = (typeof paymentFlagKinds)[number];

/**
 * What set the fee a payment allows: the agreement's percent (the share of the payment allowed at
 * once was not reached), the share of a retroactive or of a monthly payment, the total cap, a month
 * beyond the months a fee may be spread over, the fee already collected in full, no agreement in force.
 */
export const feeBases = [
  'agreement',
  'retroactive_share',
  'monthly_share',
  'total_cap',
  'beyond_months',
  'settled',
  'no_agreement',
] as const;
export type FeeBasis = (typeof feeBases)[number];
