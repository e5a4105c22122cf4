// Login throttling, per typed username and per client address: a few free tries, then a growing wait
// between tries, then a temporary lock that the owner can lift. Kept in memory — one process serves a
// data folder — so a restart forgives, which an attacker cannot cause from outside.
// OWASP Authentication Cheat Sheet (OWASP Foundation, 2024, "Protect Against Automated Attacks"):
// https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html

export type ThrottleKind = 'username' | 'address';

interface Policy {
  /** Failures before any wait. */
  freeTries: number;
  /** Failures that lock the key. */
  lockAfter: number;
}

// One address may be a whole office behind one router, so it gets more room than one username.
const POLICIES: Record<ThrottleKind, Policy> = {
  username: { freeTries: 3, lockAfter: 10 },
  address: { freeTries: 10, lockAfter: 50 },
};
const MAX_WAIT_SECONDS = 60;
export const LOCK_MINUTES = 15;
/** A pause this long between failures ends a burst; the count starts again. */
const BURST_GAP_MINUTES = 15;
/** Forgotten counters are dropped once the map holds more than this many. */
const PRUNE_ABOVE = 1_000;
/**
 * Tries being checked at once: a password check takes a moment, and tries sent in parallel would all
 * pass the wait before the first failure is counted. One per username; a few per address (an office
 * behind one router signs in together in the morning).
 */
const PARALLEL: Record<ThrottleKind, number> = { username: 1, address: 4 };

interface Counter {
  kind: ThrottleKind;
  key: string;
  failures: number;
  lastAt: number;
  lockedUntil: number | null;
}

export interface LoginAttempt {
  username: string;
  address: string;
}

/** Why a try may not be made now: locked (until when) or asked to wait (seconds). */
export type Refusal = { locked: true; until: number } | { locked: false; waitSeconds: number };

export interface FailureOutcome {
  /** The kinds whose counter this failure started afresh: a new burst worth one audit row. */
  newBurst: ThrottleKind[];
  /** The kinds this failure locked, with the failure count. */
  lockedNow: { kind: ThrottleKind; key: string; failures: number }[];
}

export interface LockEntry {
  kind: ThrottleKind;
  key: string;
  failures: number;
  lockedUntil: number;
}

function waitSeconds(policy: Policy, failures: number): number {
  if (failures <= policy.freeTries) return 0;
  return Math.min(2 ** (failures - policy.freeTries - 1), MAX_WAIT_SECONDS);
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  /** The refusal for this attempt, or null when it may go ahead. */
  check(attempt: LoginAttempt): Refusal | null {
    const now = this.now().getTime();
    let wait = this.keysOf(attempt).some(
      ([kind, key]) => (this.inFlight.get(counterId(kind, key)) ?? 0) >= PARALLEL[kind],
    )
      ? 1
      : 0;
    for (const counter of this.live(attempt, now)) {
      if (counter.lockedUntil !== null) return { locked: true, until: counter.lockedUntil };
      const due = counter.lastAt + waitSeconds(POLICIES[counter.kind], counter.failures) * 1000;
      wait = Math.max(wait, Math.ceil((due - now) / 1000));
    }
    return wait > 0 ? { locked: false, waitSeconds: wait } : null;
  }

  /** Marks a try as being checked, until `end`; `check` refuses parallel ones meanwhile. */
  begin(attempt: LoginAttempt): void {
    for (const [kind, key] of this.keysOf(attempt))
      this.inFlight.set(counterId(kind, key), (this.inFlight.get(counterId(kind, key)) ?? 0) + 1);
  }

  end(attempt: LoginAttempt): void {
    for (const [kind, key] of this.keysOf(attempt)) {
      const id = counterId(kind, key);
      const left = (this.inFlight.get(id) ?? 1) - 1;
      if (left > 0) this.inFlight.set(id, left);
      else this.inFlight.delete(id);
    }
  }

  fail(attempt: LoginAttempt): FailureOutcome {
    const now = this.now().getTime();
    const outcome: FailureOutcome = { newBurst: [], lockedNow: [] };
    for (const [kind, key] of this.keysOf(attempt)) {
      const counter = this.current(kind, key, now) ?? this.start(kind, key);
      if (counter.failures === 0) outcome.newBurst.push(kind);
      counter.failures += 1;
      counter.lastAt = now;
      if (counter.failures >= POLICIES[kind].lockAfter) {
        counter.lockedUntil = now + LOCK_MINUTES * 60_000;
        outcome.lockedNow.push({ kind, key, failures: counter.failures });
      }
    }
    this.prune(now);
    return outcome;
  }

  /** A successful sign-in clears its username's count; returns how many failures preceded it. */
  succeed(attempt: LoginAttempt): number {
    const id = counterId('username', attempt.username);
    const failures = this.current('username', attempt.username, this.now().getTime())?.failures ?? 0;
    this.counters.delete(id);
    return failures;
  }

  /** Locks in force now, for the owner's screen. */
  locks(): LockEntry[] {
    const now = this.now().getTime();
    const out: LockEntry[] = [];
    for (const counter of this.counters.values()) {
      if (counter.lockedUntil !== null && counter.lockedUntil > now) {
        out.push({
          kind: counter.kind,
          key: counter.key,
          failures: counter.failures,
          lockedUntil: counter.lockedUntil,
        });
      }
    }
    return out;
  }

  /** Lifts a lock (and forgets the count); false when there was none. */
  unlock(kind: ThrottleKind, key: string): boolean {
    const counter = this.current(kind, key, this.now().getTime());
    if (counter?.lockedUntil == null) return false;
    return this.counters.delete(counterId(kind, key));
  }

  private keysOf(attempt: LoginAttempt): [ThrottleKind, string][] {
    return [
      ['username', attempt.username],
      ['address', attempt.address],
    ];
  }

  private live(attempt: LoginAttempt, now: number): Counter[] {
    return this.keysOf(attempt).flatMap(([kind, key]) => this.current(kind, key, now) ?? []);
  }

  /** The counter still in force: neither its lock nor its burst has run out. */
  private current(kind: ThrottleKind, key: string, now: number): Counter | undefined {
    const counter = this.counters.get(counterId(kind, key));
    if (!counter || expired(counter, now)) return undefined;
    return counter;
  }

  private start(kind: ThrottleKind, key: string): Counter {
    const counter: Counter = { kind, key, failures: 0, lastAt: 0, lockedUntil: null };
    this.counters.set(counterId(kind, key), counter);
    return counter;
  }

  private prune(now: number): void {
    if (this.counters.size <= PRUNE_ABOVE) return;
    for (const [id, counter] of this.counters) if (expired(counter, now)) this.counters.delete(id);
  }
}

function counterId(kind: ThrottleKind, key: string): string {
  return `${kind}:${key}`;
}

function expired(counter: Counter, now: number): boolean {
  if (counter.lockedUntil !== null) return counter.lockedUntil <= now;
  return now - counter.lastAt > BURST_GAP_MINUTES * 60_000;
}
