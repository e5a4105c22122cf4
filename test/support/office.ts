// An office set up, the owner signed in, and one client: the start of most service tests.
import type { ClientFieldsInput } from '../../shared/schemas/client';
import { expectOk, openTestOffice, type TestApp } from './app';

export interface OfficeWithClient {
  app: TestApp;
  token: string;
  clientId: number;
}

export async function officeWithClient(
  client: Pick<ClientFieldsInput, 'idNumber' | 'firstNameHe' | 'lastNameHe' | 'birthDate' | 'sex'>,
): Promise<OfficeWithClient> {
  const { app, token } = await openTestOffice();
  const clientId = expectOk(await app.call(token, 'clients.create', client)).id;
  return { app, token, clientId };
}
