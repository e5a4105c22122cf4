// Both transports refuse a name that does not look like a procedure's before anything else: every
// procedure of the contract must pass that check, or no page could ever call it.
import { expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { PROCEDURE_NAME } from '../../shared/api/transport';

it('lets every procedure of the contract through the transports’ name check, and nothing path-like', () => {
  const refused = Object.keys(contract).filter((name) => !PROCEDURE_NAME.test(name));
  expect(refused).toEqual([]);
  for (const name of ['recoveryKey.state', 'clients.search']) expect(PROCEDURE_NAME.test(name)).toBe(true);
  for (const name of ['../clients.search', 'clients', 'Clients.search', 'clients.search/x', 'a.b.c'])
    expect(PROCEDURE_NAME.test(name)).toBe(false);
});
