// How long a claim has been in its status, as the board and the list show it.
import { describe, expect, it } from 'vitest';
/* eslint-disable boundaries/dependencies -- a pure renderer module (date arithmetic, no React, no DOM, no I/O);
   the layer rule has no allowance for tests of renderer code. */
import { daysInStatus, waitingDays } from '../../renderer/pages/claims/claimDisplay';
/* eslint-enable boundaries/dependencies */

describe('days in status', () => {
  it('counts Israel calendar days since the status change', () => {
    // 22:30 UTC on 1 November is already 2 November in Israel.
    expect(daysInStatus('2026-11-01T22:30:00.000Z', '2026-11-02')).toBe(0);
    expect(daysInStatus('2026-11-01T21:30:00.000Z', '2026-11-02')).toBe(1);
    expect(daysInStatus('2026-10-03T09:00:00.000Z', '2026-11-02')).toBe(30);
  });

  it('never shows a negative count when the desk clock runs behind the store', () => {
    expect(daysInStatus('2026-12-02T09:00:00.000Z', '2026-11-16')).toBe(0);
  });
});

describe('waiting in status', () => {
  it('counts the days of an open claim and none for a closed one', () => {
    expect(waitingDays({ status: 'decided', statusSince: '2026-10-03T09:00:00.000Z' }, '2026-11-02')).toBe(30);
    expect(waitingDays({ status: 'closed', statusSince: '2026-10-03T09:00:00.000Z' }, '2026-11-02')).toBeNull();
  });
});
