// A session ends after exactly the idle minutes without a call, and after the absolute lifetime however
// busy: live at the boundary itself, expired one millisecond past it. The clock is a plain function.
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../main/services/sessions';

function storeAt(idleMinutes: number, absoluteHours?: number) {
  let now = Date.parse('2026-03-01T08:00:00Z');
  const sessions = new SessionStore(idleMinutes, () => new Date(now), absoluteHours === undefined ? {} : { absoluteHours });
  return { sessions, advance: (ms: number) => (now += ms) };
}

describe('idle timeout', () => {
  it('keeps a session idle for exactly the limit and ends it a millisecond later', () => {
    const { sessions, advance } = storeAt(30);
    const { token } = sessions.open(1, 1, 'staff');
    advance(30 * 60_000);
    expect(sessions.peek(token)).toMatchObject({ token });
    advance(1);
    expect(sessions.peek(token)).toBe('expired');
    expect(sessions.resolve(token)).toBe('expired');
  });

  it('counts a resolved call as activity and a peek as none', () => {
    const { sessions, advance } = storeAt(30);
    const { token } = sessions.open(1, 1, 'staff');
    advance(20 * 60_000);
    expect(sessions.resolve(token)).toMatchObject({ token });
    advance(20 * 60_000);
    expect(sessions.peek(token)).toMatchObject({ token }); // 20 minutes since the last call
    advance(10 * 60_000 + 1);
    expect(sessions.peek(token)).toBe('expired'); // the peek did not count
  });

  it('ends a busy session after its absolute lifetime, not a millisecond before', () => {
    const { sessions, advance } = storeAt(30, 1);
    const { token } = sessions.open(1, 1, 'owner');
    for (let minute = 0; minute < 60; minute += 20) {
      advance(20 * 60_000);
      expect(sessions.resolve(token)).toMatchObject({ token });
    }
    advance(1);
    expect(sessions.resolve(token)).toBe('expired');
  });

  it('tells a timed-out token from none, and a closed one is gone', () => {
    const { sessions } = storeAt(30);
    expect(sessions.resolve(null)).toBeNull();
    expect(sessions.resolve('')).toBeNull();
    const { token } = sessions.open(1, 1, 'lawyer');
    const ended: string[] = [];
    sessions.onEnd((t) => ended.push(t));
    sessions.close(token);
    expect(sessions.resolve(token)).toBe('expired');
    expect(ended).toEqual([token]);
  });
});
