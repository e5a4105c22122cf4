// What every part of a generated client file is drawn with: the seeded random stream, the office's
// ID numbers so far, its staff, and the day the data is "as of".
import type { IdNumbers } from './identity';
import type { Random } from './random';
import type { DemoStaff } from './staff';

export interface DemoContext {
  random: Random;
  ids: IdNumbers;
  staff: DemoStaff;
  officeId: number;
  /** Day number of the date the generated office is as of: nothing happens after it. */
  asOf: number;
}
