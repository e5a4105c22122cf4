// The client list: a window of rows for the search, filters and sort the user chose.
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { todayInIsrael } from '../../../shared/dates';
import { clientListRows, listClientIds } from '../../../db/repositories/client-list';
import type { Call } from '../context';
import type { Handlers } from '../handler';

export function listClients(call: Call, input: ParsedInputOf<'clients.list'>): OutputOf<'clients.list'> {
  const { db } = call.store;
  const today = todayInIsrael(call.now());
  // One read transaction: the window and its count see the same store.
  return db.transaction(() => {
    const { ids, total } = listClientIds(db, call.session.officeId, input, today);
    return { rows: clientListRows(db, ids, today), total };
  });
}

export const clientListHandlers: Handlers<'clients.list'> = {
  'clients.list': listClients,
};
