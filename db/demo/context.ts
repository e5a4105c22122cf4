// What every part of a generated client file is drawn with: the seeded random stream, the office's
// ID numbers so far, its staff, and the day the data is "as of".
import type { DemoDocumentFiles } from './documents';
import type { IdNumbers } from './identity';
import type { Random } from './random';
import type { DemoStaff } from './staff';

/** What drawing a person takes. */
export interface PersonContext {
  random: Random;
  ids: IdNumbers;
  staff: DemoStaff;
  officeId: number;
  /** Day number of the date the generated office is as of: nothing happens after it. */
  asOf: number;
}

/** What drawing a whole client file takes: papers point at the stored sample files. */
export interface DemoContext extends PersonContext {
  documentFiles: DemoDocumentFiles;
}
