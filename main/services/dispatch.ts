// The one entry point every transport calls: dispatch(session, name, input). It checks the
// procedure exists, who may call it, validates the input with the contract's schema, runs the
// service and answers { ok, value | error } — never throws.
import { contract, isProcedureName, type ProcedureName } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/result';
import { validationError } from '../../shared/api/validation';
import { errorMessage } from '../../shared/locales/messages';
import type { Call, Services } from './context';
import type { Session, SessionState } from './sessions';
import type { Handlers } from './handler';
import { officeHandlers } from './office';
import { authHandlers } from './auth';
import { clientHandlers } from './clients';
import { clientListHandlers } from './client-list';
import { intakeHandlers } from './intake';
import { backupHandlers } from './backup';
import { auditHandlers } from './audit';
import { recordHandlers } from './records';
import { claimHandlers } from './claims';
import { noteHandlers } from './notes';
import { taskHandlers } from './tasks';
import { documentHandlers } from './documents';
import { fileHandlers } from './client-file';
import { staffHandlers } from './staff';
import { rightsHandlers } from './rights';
import { transferHandlers } from './transfer';
import { paperworkHandlers } from './paperwork';
import { dashboardHandlers } from './dashboard';
import { scanHandlers } from './office-scan';
import { settingsHandlers } from './settings';

const handlers: Handlers<ProcedureName> = {
  ...officeHandlers,
  ...authHandlers,
  ...clientHandlers,
  ...clientListHandlers,
  ...intakeHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...recordHandlers,
  ...claimHandlers,
  ...noteHandlers,
  ...taskHandlers,
  ...documentHandlers,
  ...fileHandlers,
  ...staffHandlers,
  ...rightsHandlers,
  ...transferHandlers,
  ...dashboardHandlers,
  ...scanHandlers,
  ...settingsHandlers,
  ...paperworkHandlers,
};

function failure(code: AppError['code'], key: Parameters<typeof errorMessage>[0]): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(key) } };
}

export type Dispatch = (session: SessionState, name: string, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatch(services: Services, log: (error: unknown) => void = console.error): Dispatch {
  return async (session, name, input) => {
    if (!isProcedureName(name)) return failure('bad_request', 'unknownProcedure');
    const procedure = contract[name];
    const live = typeof session === 'object' ? session : null;

    if (procedure.access !== 'public') {
      if (!live) return session === 'expired' ? failure('unauthenticated', 'sessionExpired') : failure('unauthenticated', 'unauthenticated');
      if (!procedure.access.includes(live.role)) return failure('forbidden', 'forbidden');
    }

    const parsed = procedure.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

    try {
      const handler = handlers[name] as (call: Call<Session | null>, input: unknown) => unknown;
      const value = await handler({ ...services, session: procedure.access === 'public' ? null : live }, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      log(error);
      return failure('internal', 'internal');
    }
  };
}
