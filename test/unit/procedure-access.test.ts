// Who may call a procedure, how large a body a transport reads for it, and how often a refused call
// is written to the audit log (once per staff member, procedure and minute).
import { describe, expect, it } from 'vitest';
import {
  allows,
  bodyFor,
  bodyLimitOf,
  DEFAULT_BODY_BYTES,
  everyone,
  lawyers,
  owners,
  procedure,
} from '../../shared/api/procedure';
import { z } from 'zod';
import { RefusalLog } from '../../main/services/refusal-log';

describe('procedure access', () => {
  it('lets anyone call a public procedure, and a role only what its list names', () => {
    expect(allows('public', null)).toBe(true);
    expect(allows('public', 'staff')).toBe(true);
    expect(allows(lawyers, null)).toBe(false);
    expect(
      [everyone, lawyers, owners].map((access) =>
        ['owner', 'lawyer', 'staff'].filter((role) => allows(access, role as 'owner')),
      ),
    ).toEqual([['owner', 'lawyer', 'staff'], ['owner', 'lawyer'], ['owner']]);
  });

  it('declares a procedure as written: its schema, who may call it and what it reads', () => {
    const def = { input: z.object({ id: z.number() }), access: lawyers, reads: 'records' as const };
    expect(procedure<null>()(def)).toBe(def);
  });

  it('reads half a megabyte of body unless the procedure says more, and a file of n bytes as base64 with room for the rest', () => {
    expect(DEFAULT_BODY_BYTES).toBe(524_288);
    expect(bodyLimitOf({})).toBe(524_288);
    expect(bodyLimitOf({ maxBodyBytes: 1000 })).toBe(1000);
    expect([0, 1, 3, 4, 3_000_000].map(bodyFor)).toEqual([65_536, 65_540, 65_540, 65_544, 4_065_536]);
  });
});

describe('the refusal log', () => {
  const T0 = Date.parse('2026-03-01T08:00:00Z');
  const clock = (start: number) => {
    const state = { at: start };
    return { state, now: () => new Date(state.at) };
  };

  it('writes the first refusal of a staff member and procedure in a minute, and the next one a minute later', () => {
    const { state, now } = clock(T0);
    const log = new RefusalLog(now);
    expect(log.shouldWrite(1, 'staff.create:role')).toBe(true);
    state.at = T0 + 59_999;
    expect(log.shouldWrite(1, 'staff.create:role')).toBe(false);
    expect(log.shouldWrite(2, 'staff.create:role')).toBe(true);
    expect(log.shouldWrite(1, 'staff.update:role')).toBe(true);
    state.at = T0 + 60_000;
    expect(log.shouldWrite(1, 'staff.create:role')).toBe(true);
    expect(log.shouldWrite(1, 'staff.create:role')).toBe(false);
  });

  it('forgets only refusals older than a minute when it holds many, so a recent one still counts', () => {
    const { state, now } = clock(T0);
    const log = new RefusalLog(now);
    for (let n = 0; n <= 10_001; n++) log.shouldWrite(1, `p${n}`);
    state.at = T0 + 30_000;
    expect(log.shouldWrite(2, 'other')).toBe(true);
    expect(log.shouldWrite(1, 'p0')).toBe(false);
    expect(log.shouldWrite(1, 'p10001')).toBe(false);
  });
});
