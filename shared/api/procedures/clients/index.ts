// Every clients.* procedure, each declared in its file of this folder.
import { clientProcedures as clientRecordProcedures } from './client';
import { fileProcedures } from './file';
import { transferProcedures } from './transfer';

export const clientProcedures = {
  ...clientRecordProcedures,
  ...fileProcedures,
  ...transferProcedures,
};
