// Prepared statements cached per connection: the hot paths (search, audit append, indexing) run
// the same SQL thousands of times.
import type { Database } from './sqlite';
import type { Db } from './open';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Db, text: string): Database.Statement {
  const client = db.$client;
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  const cached = cache.get(text);
  if (cached) return cached;
  const statement = client.prepare(text);
  cache.set(text, statement);
  return statement;
}
