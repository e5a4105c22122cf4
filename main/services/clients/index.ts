// Every clients.* procedure, each in its file of this folder.
import { clientHandlers as clientRecordHandlers } from './client';
import { clientListHandlers } from './list';
import { fileHandlers } from './file';
import { summaryHandlers } from './summary';
import { intakeHandlers } from './intake';
import { transferHandlers } from './transfer';
import { importUndoHandlers } from './import-undo';

export const clientHandlers = {
  ...clientRecordHandlers,
  ...clientListHandlers,
  ...fileHandlers,
  ...summaryHandlers,
  ...intakeHandlers,
  ...transferHandlers,
  ...importUndoHandlers,
};
