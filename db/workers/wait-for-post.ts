// A thread that must not return to its event loop (inside a better-sqlite3 transaction, or closing the
// store) waiting for a worker: the worker bumps a shared counter after each message it posts.
// Atomics.wait sleeps until it moves; where the embedder refuses to block this thread ("Atomics.wait
// cannot be called in this context", as browsers do on their main thread) it spins on the counter.

/** True once `counter[0]` differs from `seen`; false when `ms` passed first. */
export function waitForPost(counter: Int32Array, seen: number, ms: number): boolean {
  try {
    return Atomics.wait(counter, 0, seen, ms) !== 'timed-out';
  } catch {
    const deadline = performance.now() + ms;
    while (Atomics.load(counter, 0) === seen) if (performance.now() > deadline) return false;
    return true;
  }
}
