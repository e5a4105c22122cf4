// What must happen before the app closes a store's connection: threads that keep connections of their
// own to the same file (the dashboard's readers) close them first, since a restore or a key rotation
// renames another file over the store once it is closed.
import type { Connection } from './sqlite';

const hooks = new WeakMap<Connection, (() => void)[]>();

export function beforeClose(sqlite: Connection, hook: () => void): void {
  const list = hooks.get(sqlite) ?? [];
  list.push(hook);
  hooks.set(sqlite, list);
}

/** Runs the connection's hooks (each once), then closes it. */
export function closeConnection(sqlite: Connection): void {
  for (const hook of hooks.get(sqlite)?.splice(0) ?? []) hook();
  sqlite.close();
}
