// A session ends after exactly the idle minutes without a call, and after the absolute lifetime however
// busy: live at the boundary itself, expired one millisecond past it. The clock is a plain function.
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../main/services/sessions';

function storeAt(idleMinutes: number, absoluteHours?: number) {
  let now = Date.parse('2026-03-01T08:00:00Z');
  const sessions = new SessionStore(
    idleMinutes,
    () => new Date(now),
    absoluteHours === undefined ? {} : { absoluteHours },
  );
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

describe('ending sessions', () => {
  it('signs one staff member out everywhere but the session that asked', () => {
    const { sessions } = storeAt(30);
    const mine = sessions.open(1, 1, 'owner').token;
    const other = sessions.open(1, 1, 'owner').token;
    const someoneElse = sessions.open(2, 1, 'staff').token;
    sessions.closeFor(1, mine);
    expect(sessions.peek(mine)).toMatchObject({ staffId: 1 });
    expect(sessions.peek(other)).toBe('expired');
    expect(sessions.peek(someoneElse)).toMatchObject({ staffId: 2 });
    sessions.closeFor(1);
    expect(sessions.peek(mine)).toBe('expired');
  });

  it('signs out every session opened on a revoked desk, and only those', () => {
    const { sessions } = storeAt(30);
    const onDesk = sessions.open(1, 1, 'lawyer', 7);
    const elsewhere = sessions.open(1, 1, 'lawyer', 8);
    const local = sessions.open(1, 1, 'lawyer');
    expect(onDesk).toMatchObject({ deviceId: 7 });
    expect(local).not.toHaveProperty('deviceId');
    sessions.closeForDevice(7);
    expect(
      [sessions.peek(onDesk.token), sessions.peek(elsewhere.token), sessions.peek(local.token)].map((s) =>
        typeof s === 'object' && s ? (s.deviceId ?? 'local') : s,
      ),
    ).toEqual(['expired', 8, 'local']);
  });

  it('signs everyone out after a restore, telling each listener until it unsubscribes', () => {
    const { sessions } = storeAt(30);
    const a = sessions.open(1, 1, 'owner').token;
    const b = sessions.open(2, 1, 'staff').token;
    const ended: string[] = [];
    const stop = sessions.onEnd((token) => ended.push(token));
    sessions.clear();
    expect(ended.sort()).toEqual([a, b].sort());
    expect([sessions.peek(a), sessions.peek(b)]).toEqual(['expired', 'expired']);
    stop();
    sessions.close(sessions.open(3, 1, 'owner').token);
    expect(ended).toHaveLength(2);
    sessions.close('never-opened');
    expect(ended).toHaveLength(2);
  });

  it('closes a session twelve hours after sign-in by default', () => {
    const { sessions, advance } = storeAt(24 * 60);
    const { token } = sessions.open(1, 1, 'owner');
    advance(12 * 3_600_000);
    expect(sessions.peek(token)).toMatchObject({ token });
    advance(1);
    expect(sessions.peek(token)).toBe('expired');
  });

  it('gives each sign-in its own long random token', () => {
    const { sessions } = storeAt(30);
    const tokens = new Set(Array.from({ length: 50 }, () => sessions.open(1, 1, 'owner').token));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
