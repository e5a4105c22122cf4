import { everyone, lawyers, procedure } from '../../procedure';
import {
  clientDeleteInput,
  clientFields,
  clientGetInput,
  clientSearchInput,
  clientUpdateInput,
  type Client,
  type ClientPage,
} from '../../../schemas/client';
import {
  clientByIdNumberInput,
  clientListInput,
  type ClientByIdNumber,
  type ClientListPage,
} from '../../../schemas/client-list';
import { intakeInput } from '../../../schemas/intake';

export const clientProcedures = {
  'clients.create': procedure<Client>()({ input: clientFields, access: everyone, changes: 'client' }),
  'clients.update': procedure<Client>()({ input: clientUpdateInput, access: everyone, changes: 'client' }),
  'clients.delete': procedure<null>()({ input: clientDeleteInput, access: lawyers, changes: 'client' }),
  'clients.get': procedure<Client>()({ input: clientGetInput, access: everyone, reads: 'records' }),
  'clients.search': procedure<ClientPage>()({ input: clientSearchInput, access: everyone, reads: 'records' }),
  /** The client list: a window of rows with filters and sort. */
  'clients.list': procedure<ClientListPage>()({ input: clientListInput, access: everyone, reads: 'rows' }),
  /** The intake's duplicate warning: who already holds this ID number, if anyone. */
  'clients.byIdNumber': procedure<ClientByIdNumber | null>()({ input: clientByIdNumberInput, access: everyone }),
  /** A new client with the records the intake wizard gathered, in one transaction. */
  'clients.intake': procedure<Client>()({ input: intakeInput, access: everyone, changes: 'client' }),
};
