// The API contract: every procedure declared once, in the module of its namespace under procedures/
// (procedures/NAMESPACE.ts or procedures/NAMESPACE/; test/unit/procedure-files.test.ts).
// Services implement it in main/, transports carry it, the renderer's client is typed from it.
import type { z } from 'zod';
import type { Procedure } from './procedure';
import { auditProcedures } from './procedures/audit';
import { authProcedures } from './procedures/auth';
import { claimProcedures } from './procedures/claims';
import { committeeProcedures } from './procedures/committees';
import { backupProcedures } from './procedures/backup';
import { recoveryKeyProcedures } from './procedures/recovery-key';
import { clientProcedures } from './procedures/clients';
import { officeProcedures } from './procedures/office';
import { recordProceduresAll } from './procedures/records';
import { medicalHistoryProcedures } from './procedures/medical-history';
import { taskProcedures } from './procedures/tasks';
import { noteProcedures } from './procedures/notes';
import { documentProcedures } from './procedures/documents';
import { staffProcedures } from './procedures/staff';
import { rightsProcedures } from './procedures/rights';
import { paperworkProcedures } from './procedures/paperwork';
import { dashboardProcedures } from './procedures/dashboard';
import { scanProcedures } from './procedures/scan';
import { settingsProcedures } from './procedures/settings';
import { packProcedures } from './procedures/packs';
import { docketProcedures } from './procedures/docket';
import { deviceProcedures } from './procedures/devices';
import { deskProcedures } from './procedures/desk';
import { recoveryProcedures } from './procedures/recovery';
import { securityProcedures } from './procedures/security';
import { searchProcedures } from './procedures/search';
import { changeProcedures } from './procedures/changes';
import { inboxProcedures } from './procedures/inbox';
import { paymentProcedures } from './procedures/payments';
import { keyProcedures } from './procedures/keys';
import { inboxFolderProcedures } from './procedures/inbox-folder';

export type {
  Lockout,
  LoginReply,
  OfficeSummary,
  SecondFactorStatus,
  SecondStep,
  SignedIn,
  TotpEnrolment,
} from './procedures/auth';

export const contract = {
  ...officeProcedures,
  ...authProcedures,
  ...clientProcedures,
  ...backupProcedures,
  ...recoveryKeyProcedures,
  ...auditProcedures,
  ...recordProceduresAll,
  ...medicalHistoryProcedures,
  ...claimProcedures,
  ...committeeProcedures,
  ...taskProcedures,
  ...noteProcedures,
  ...documentProcedures,
  ...staffProcedures,
  ...rightsProcedures,
  ...dashboardProcedures,
  ...scanProcedures,
  ...settingsProcedures,
  ...packProcedures,
  ...paperworkProcedures,
  ...docketProcedures,
  ...deviceProcedures,
  ...deskProcedures,
  ...recoveryProcedures,
  ...securityProcedures,
  ...searchProcedures,
  ...changeProcedures,
  ...inboxProcedures,
  ...paymentProcedures,
  ...keyProcedures,
  ...inboxFolderProcedures,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = Contract[N] extends Procedure<z.ZodType, infer O> ? O : never;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(contract, name);
}
