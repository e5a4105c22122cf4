// Waiting on a worker's post counter from a thread that cannot return to its event loop.
import { describe, expect, it } from 'vitest';
import { waitForPost } from '../../db/workers/wait-for-post';

describe('waiting for a worker’s post', () => {
  it('answers at once when the count has moved since it was read', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    Atomics.add(counter, 0, 1);
    expect(waitForPost(counter, 0, 60_000)).toBe(true);
  });

  it('gives up when nothing is posted in time', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    expect(waitForPost(counter, 0, 5)).toBe(false);
  });
});
