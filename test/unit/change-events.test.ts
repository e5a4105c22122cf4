// Which writes tell the other desks, and what their events say of the record.
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { changedRecord, mayHear } from '../../shared/api/changes';

// Names that only a write carries; a new write procedure under one of them must say what it changes.
const WRITE =
  /\.(create|update|delete|intake|transition|decide|setHandler|complete|add|sign|revoke|import|importUndo|unlock|setPassword|setReminderDays|start|cancel)$/;

// Named like a write, but no record changes: unlocking the key folder opens the store (no desk is signed in yet).
const WRITES_NO_RECORD = new Set(['keys.unlock']);

describe('change events', () => {
  it('are declared by every procedure that writes a record', () => {
    const silent = Object.entries(contract).filter(
      ([name, procedure]) => WRITE.test(name) && !WRITES_NO_RECORD.has(name) && !('changes' in procedure),
    );
    expect(silent.map(([name]) => name)).toEqual([]);
  });

  it('read the record from the reply, from a named part of it, or else from the input', () => {
    const claim = { id: 7, version: 3, clientId: 2, benefit: 'old_age' };
    expect(changedRecord('claim', { id: 7, version: 2 }, claim)).toEqual({
      kind: 'claim',
      id: 7,
      version: 3,
      clientId: 2,
    });
    expect(changedRecord({ kind: 'claim', reply: 'claim' }, {}, { claim, decision: { id: 99 } })).toEqual({
      kind: 'claim',
      id: 7,
      version: 3,
      clientId: 2,
    });
    expect(changedRecord('task', { id: 5, version: 4 }, null)).toEqual({
      kind: 'task',
      id: 5,
      version: 4,
      clientId: null,
    });
    expect(changedRecord('client', {}, { id: 2, version: 1, firstNameHe: 'x' })).toEqual({
      kind: 'client',
      id: 2,
      version: 1,
      clientId: 2,
    });
  });

  it('reach only the roles that may read their kind', () => {
    expect(mayHear('lockout', 'owner')).toBe(true);
    expect(mayHear('lockout', 'lawyer')).toBe(false);
    expect(mayHear('backup', 'staff')).toBe(false);
    expect(mayHear('claim', 'staff')).toBe(true);
  });
});
