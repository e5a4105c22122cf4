// Long-term care benefit (גמלת סיעוד): the NII rights guide 2014 "ביטוח סיעוד" — the three rates with their weekly
// hours (2014 guide) and the cash amounts of March 2014 ("גמלת סיעוד בכסף", from 1.3.2014). No later
// public value is known; a later date uses these and warns.
import Decimal from 'decimal.js';
import { cite } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח סיעוד › ${sub}"`);

export const nursingLevels = ['91', '150', '168'] as const;
export type NursingLevel = (typeof nursingLevels)[number];

export interface LevelRule {
  /** Weekly hours of care. */
  weeklyHours: number;
  /** Extra weekly hours for someone employing an Israeli caregiver with no (or a frozen) foreign-worker permit. */
  israeliCaregiverExtraHours: number;
}

export const levels = term<Record<NursingLevel, LevelRule>>(
  'nursing.levels',
  'שיעורי גמלת הסיעוד: שעות טיפול שבועיות ותוספת למעסיק מטפל ישראלי',
  [
    {
      from: '2014-01-01',
      value: {
        '91': { weeklyHours: 9.75, israeliCaregiverExtraHours: 0 },
        '150': { weeklyHours: 16, israeliCaregiverExtraHours: 3 },
        '168': { weeklyHours: 18, israeliCaregiverExtraHours: 4 },
      },
      source: SECTION('גמלת סיעוד › שיעורי הגמלה'),
    },
  ],
);

export interface CashRates {
  /** The rate's amount in cash. */
  full: Decimal;
  /** The half rate the table lists beside it (45.5%, 75%, 84%). */
  half: Decimal;
  halfPercent: string;
}

/** "סכומי הגמלה בכסף במרס 2014 (למי שמעסיק עובד זר)"; the cash option starts on 1.3.2014. */
export const cashAmounts = parameter<Record<NursingLevel, CashRates>>(
  'nursing.cashAmounts',
  'גמלת סיעוד בכסף למי שמעסיק עובד זר כמטפל צמוד (לחודש)',
  [
    {
      from: '2014-03-01',
      value: {
        '91': { full: new Decimal(1594), half: new Decimal(797), halfPercent: '45.5' },
        '150': { full: new Decimal(2627), half: new Decimal(1314), halfPercent: '75' },
        '168': { full: new Decimal(2942), half: new Decimal(1471), halfPercent: '84' },
      },
      source: SECTION('גמלת סיעוד בכסף › סכומי הגמלה בכסף במרס 2014 (למי שמעסיק עובד זר)'),
    },
  ],
);

export const nursingParameters = [levels, cashAmounts];
