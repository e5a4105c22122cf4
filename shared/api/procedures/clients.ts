import { everyone, lawyers, procedure } from '../procedure';
import {
  clientDeleteInput,
  clientFields,
  clientGetInput,
  clientSearchInput,
  clientUpdateInput,
  type Client,
  type ClientPage,
} from '../../schemas/client';

export const clientProcedures = {
  'clients.create': procedure<Client>()({ input: clientFields, access: everyone }),
  'clients.update': procedure<Client>()({ input: clientUpdateInput, access: everyone }),
  'clients.delete': procedure<null>()({ input: clientDeleteInput, access: lawyers }),
  'clients.get': procedure<Client>()({ input: clientGetInput, access: everyone }),
  'clients.search': procedure<ClientPage>()({ input: clientSearchInput, access: everyone }),
};
