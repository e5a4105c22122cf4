// The reader threads (main/services/read-off-thread.ts, running the bundled main/workers/read-queries):
// they read the encrypted store with its key, answer every request of a burst larger than their
// number, each with its own rows, fail a bad statement without failing the next request, and see
// what the app committed after they started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainFile } from '../../db/sqlite';
import { readOffThread } from '../../main/services/read-off-thread';
import { openTestApp, setUpAndLogIn, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await openTestApp();
  await setUpAndLogIn(app);
});

afterAll(() => app?.dispose());

const staffCount = { sql: 'SELECT count(*) AS n FROM staff_member WHERE id > @above', params: { above: 0 } };

describe('reading off the app thread', () => {
  it('reads the encrypted store with its key, a burst of requests each with its own answer', async () => {
    expect(isPlainFile(app.store.file)).toBe(false);
    const answers = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        readOffThread(app.store.sqlite, [{ sql: 'SELECT @i AS i', params: { i } }, staffCount]),
      ),
    );
    expect(answers).toEqual([0, 1, 2, 3, 4, 5].map((i) => [[{ i }], [{ n: 1 }]]));
  });

  it('fails a bad statement with SQLite’s message, and answers the next request', async () => {
    await expect(readOffThread(app.store.sqlite, [{ sql: 'SELECT * FROM no_such_table', params: {} }])).rejects.toThrow(
      /no such table/,
    );
    expect(await readOffThread(app.store.sqlite, [staffCount])).toEqual([[{ n: 1 }]]);
  });

  it('sees what the app committed after the readers started', async () => {
    app.store.sqlite.prepare("UPDATE office SET name = 'משרד אחר'").run();
    expect(await readOffThread(app.store.sqlite, [{ sql: 'SELECT name FROM office', params: {} }])).toEqual([
      [{ name: 'משרד אחר' }],
    ]);
  });
});
