// A new client from the intake wizard: the client and every record gathered (family, work and income,
// medical, events) in one transaction, so a refused row leaves nothing half-written and a retry does
// not create the client twice.
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { intakeRecords, type IntakeRecordKind } from '../../../shared/schemas/intake';
import { createClient } from './client';
import type { Call } from '../context';
import type { Handlers } from '../handler';
import { recordHandlers } from '../records';

/** A record's error, named by its place in the intake: 'incomes.2.month'. */
class IntakeRowError extends AppError {
  constructor(error: AppError, path: string) {
    super(error.code, 'validation', error.field ? `${path}.${error.field}` : path);
    this.message = error.message;
  }
}

export function intakeClient(call: Call, input: ParsedInputOf<'clients.intake'>): OutputOf<'clients.intake'> {
  return call.store.db.transaction(() => {
    const client = createClient(call, input);
    for (const kind of Object.keys(intakeRecords) as IntakeRecordKind[]) {
      const create = recordHandlers[`${kind}.create`] as (call: Call, input: object) => unknown;
      input[kind].forEach((row, index) => {
        try {
          create(call, { ...row, clientId: client.id });
        } catch (error) {
          throw error instanceof AppError ? new IntakeRowError(error, `${kind}.${index}`) : error;
        }
      });
    }
    return client;
  });
}

export const intakeHandlers: Handlers<'clients.intake'> = {
  'clients.intake': intakeClient,
};
