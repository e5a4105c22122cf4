// The reader threads (main/services/read-off-thread.ts, running the bundled main/workers/read-queries):
// they read the encrypted store with its key, answer every request of a burst larger than their
// number, each with its own rows, fail a bad statement without failing the next request, and see
// what the app committed after they started; each keeps one connection between requests and closes it
// when the app closes the store.
import fs from 'node:fs';
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

/** Open file descriptors of this process (its threads share them) on `file` (a real path), deleted or not. */
function handlesOn(file: string): number {
  return fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(file);
    } catch {
      return false; // closed meanwhile
    }
  }).length;
}

describe('the readers’ connections', () => {
  it('are kept between requests and closed before the app closes the store', async () => {
    const other = await openTestApp();
    await setUpAndLogIn(other);
    // PRAGMA data_version counts, per connection, the commits of other connections it has seen: a
    // connection kept between requests sees it move, a new one each time would start afresh.
    const version = async () =>
      (
        await readOffThread(other.store.sqlite, [
          { sql: 'SELECT data_version AS v FROM pragma_data_version', params: {} },
        ])
      )[0]!;
    const before = await version();
    other.store.sqlite.prepare("UPDATE office SET name = 'משרד אחר'").run();
    expect(await version()).not.toEqual(before);

    const file = fs.realpathSync(other.store.file);
    expect(handlesOn(file)).toBeGreaterThan(0);
    other.dispose();
    // SQLite keeps a closed connection's descriptor while another in the process holds the file: none left means all closed.
    expect(handlesOn(file)).toBe(0);
  });
});
