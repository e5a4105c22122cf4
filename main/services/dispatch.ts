// The one entry point every transport calls: dispatch(session, name, input). It checks the
// procedure exists, who may call it, validates the input with the contract's schema, runs the
// service and answers { ok, value | error } — never throws. A refused call is audited; reads of
// client data are metered per session (read-meter.ts).
import { randomBytes } from 'node:crypto';
import { contract, isProcedureName, type ProcedureName } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/result';
import { validationError } from '../../shared/api/validation';
import { errorMessage } from '../../shared/locales/messages';
import { audit, type Call, type CallOrigin, type Services } from './context';
import { countRead, DEFAULT_READ_LIMITS, ReadMeter, type ReadLimits } from './read-meter';
import { RefusalLog } from './refusal-log';
import type { Session, SessionState } from './sessions';
import type { Handlers } from './handler';
import { createLogger, type Logger } from '../logging/logger';
import { officeHandlers } from './office';
import { authHandlers } from './auth';
import { clientHandlers } from './clients';
import { backupHandlers } from './backup';
import { recoveryKeyHandlers } from './recovery-key';
import { auditHandlers } from './audit';
import { recordHandlers } from './records';
import { medicalHistoryHandlers } from './medical-history';
import { claimHandlers } from './claims';
import { committeeHandlers } from './committees';
import { noteHandlers } from './notes';
import { taskHandlers } from './tasks';
import { documentHandlers } from './documents';
import { inboxHandlers } from './inbox';
import { inboxFolderHandlers } from './inbox-folder';
import { staffHandlers } from './staff';
import { rightsHandlers } from './rights';
import { paperworkHandlers } from './paperwork';
import { dashboardHandlers } from './dashboard';
import { scanHandlers } from './scan';
import { settingsHandlers } from './settings';
import { packHandlers } from './packs';
import { docketHandlers } from './docket';
import { deviceHandlers } from './devices';
import { deskHandlers } from './desk';
import { recoveryHandlers } from './recovery';
import { securityHandlers } from './security';
import { searchHandlers } from './search';
import { paymentHandlers } from './payments';
import { allows } from '../../shared/api/procedure';
import { changeHandlers, publishChange } from './changes';
import { keyHandlers } from './keys';

/** Every procedure's service, each namespace's from its own file or folder (test/unit/procedure-files.test.ts). */
export const handlers: Handlers<ProcedureName> = {
  ...officeHandlers,
  ...authHandlers,
  ...clientHandlers,
  ...backupHandlers,
  ...recoveryKeyHandlers,
  ...auditHandlers,
  ...recordHandlers,
  ...medicalHistoryHandlers,
  ...claimHandlers,
  ...committeeHandlers,
  ...noteHandlers,
  ...taskHandlers,
  ...documentHandlers,
  ...inboxHandlers,
  ...inboxFolderHandlers,
  ...staffHandlers,
  ...rightsHandlers,
  ...dashboardHandlers,
  ...scanHandlers,
  ...settingsHandlers,
  ...packHandlers,
  ...docketHandlers,
  ...deviceHandlers,
  ...deskHandlers,
  ...recoveryHandlers,
  ...securityHandlers,
  ...searchHandlers,
  ...paperworkHandlers,
  ...paymentHandlers,
  ...changeHandlers,
  ...keyHandlers,
};

function failure(code: AppError['code'], key: Parameters<typeof errorMessage>[0]): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(key) } };
}

/** Who is calling from where: the transport knows the peer's address ('local' over IPC). */
export type Dispatch = (
  session: SessionState,
  name: string,
  input: unknown,
  origin?: CallOrigin,
) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go (the operations log); stderr when not given. */
  log?: Logger;
  readLimits?: ReadLimits;
}

const LOCAL: CallOrigin = { clientAddress: 'local' };

export function createDispatch(services: Services, options: DispatchOptions = {}): Dispatch {
  const log = options.log ?? createLogger(process.stderr);
  const reads = new ReadMeter(options.readLimits ?? DEFAULT_READ_LIMITS, services.now);
  const refusals = new RefusalLog(services.now);

  /** Best effort: a store in recovery cannot take the row, and the refusal stands either way. */
  function auditRefusal(call: Call, name: string, reason: string): void {
    if (!refusals.shouldWrite(call.session.staffId, `${name}:${reason}`)) return;
    try {
      audit(call, {
        action: 'refused',
        entity: 'procedure',
        details: { procedure: name, role: call.session.role, reason, from: call.origin.clientAddress },
      });
    } catch (error) {
      if (!(error instanceof AppError)) log.error({ err: error, procedure: name }, 'refusal not audited');
    }
  }

  return async (session, name, input, origin = LOCAL) => {
    if (!isProcedureName(name)) return failure('bad_request', 'unknownProcedure');
    const procedure = contract[name];
    // Before `call` takes the store: a store that fails the check is closed and replaced.
    if (!procedure.beforeCheck) await services.keeper.whenChecked();
    const live = typeof session === 'object' ? session : null;
    const call = { ...services, origin, session: procedure.access === 'public' ? null : live };

    if (procedure.access !== 'public') {
      if (!live)
        return session === 'expired'
          ? failure('unauthenticated', 'sessionExpired')
          : failure('unauthenticated', 'unauthenticated');
      if (!allows(procedure.access, live.role)) {
        auditRefusal({ ...call, session: live }, name, 'role');
        return failure('forbidden', 'forbidden');
      }
      if (procedure.reads && reads.check(live.token, live.role, procedure.reads) === 'capped') {
        auditRefusal({ ...call, session: live }, name, 'read_cap');
        return failure('rate_limited', 'readCapReached');
      }
    }

    const parsed = procedure.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

    try {
      const handler = handlers[name] as (call: Call<Session | null>, input: unknown) => unknown;
      const value = await handler(call, parsed.data);
      if (procedure.reads && live) {
        const metered = reads.record(live.token, procedure.reads, countRead(value));
        if (metered.crossed)
          audit(
            { ...call, session: live },
            { action: 'bulk_read', entity: 'insured_person', details: { procedure: name, perMinute: metered.counts } },
          );
      }
      if (procedure.changes && live)
        publishChange({ ...call, session: live }, name, procedure.changes, parsed.data, value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      // The user is shown the reference, so that IT can find this line in the log.
      const ref = randomBytes(4).toString('hex').toUpperCase();
      log.error({ err: error, ref, procedure: name, staffId: live?.staffId ?? null }, 'unexpected error');
      return { ok: false, error: { code: 'internal', message: errorMessage('internalRef', { ref }) } };
    }
  };
}
