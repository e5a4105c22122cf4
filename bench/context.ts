// What each benchmark gets: the running app on a copy of the store, a signed-in owner, and the raw
// better-sqlite3 connection of the same store for the hand-written baselines.
import type { Database } from '../db/sqlite';
import type { Db } from '../db/open';
import type { Random } from '../db/demo/random';
import type { SignedIn } from './app';

export interface BenchContext extends SignedIn {
  db: Db;
  sqlite: Database.Database;
  officeId: number;
  clients: number;
  /** Seeded, so every run picks the same clients, pages and queries. */
  random: Random;
}

/** `count` client ids spread over the store, the same on every run. */
export function sampleClientIds(ctx: BenchContext, count: number): number[] {
  return Array.from({ length: count }, () => ctx.random.int(1, ctx.clients));
}
