// The choices a person makes when preparing a paper, one flat object for every template: the scope of
// a power of attorney, the institutions a waiver is addressed to, the fees of an agreement.
import { z } from 'zod';
import { own } from '../api/validation';
import { benefits, representationScopes } from '../domain/enums';
import { validationMessage } from '../locales/messages';
import { choice, decimalText, optionalText } from '../schemas/fields';

export const paperOptions = z
  .object({
    /** Power of attorney: general, or for the listed benefits. */
    scope: choice('scope', representationScopes).default('general'),
    benefits: z.array(choice('benefits', benefits)).max(benefits.length).default([]),
    /** Power of attorney: the separately signed section authorising benefits information. */
    benefitsInformation: z.boolean().default(true),
    /** Power of attorney: the staff ids of the lawyers it names; empty names every active lawyer. */
    lawyers: z.array(z.number().int().positive()).max(50).default([]),
    /** Medical waiver: the institutions it is addressed to (one per line or comma separated). */
    institutions: optionalText('institutions', 500),
    /** Medical waiver: psychiatric treatment struck out of the scope. */
    strikePsychiatric: z.boolean().default(false),
    openingFee: decimalText('openingFee').default('0.00'),
    successFeePercent: decimalText('successFeePercent').default('0.00'),
    informationSheetGiven: z.boolean().default(true),
  })
  .superRefine((value, ctx) => {
    if (value.scope === 'per_benefit' && value.benefits.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['benefits'], message: own(validationMessage('benefitsRequired')) });
    }
  });

export type PaperOptions = z.output<typeof paperOptions>;
export type PaperOptionsInput = z.input<typeof paperOptions>;
