// The server's log folder: the file moves aside past its size, only the newest moved-aside files
// stay, every file is the service account's alone, and no line is split or lost on the way.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { LOG_FILE, rotatedName, rotatingLog } from '../../main/logging/rotating-log';
import { tempDir } from '../support/temp';

let folder: ReturnType<typeof tempDir> | undefined;
afterEach(() => folder?.cleanup());

function write(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(line, (error) => (error ? reject(error) : resolve())));
}

const logFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.log'))
    .sort();

describe('the rotating log', () => {
  it('moves the file aside past its size, keeps the newest few, and keeps every file private', async () => {
    folder = tempDir('mitzui-log-');
    const dir = path.join(folder.dir, 'logs');
    const log = rotatingLog({ dir, maxBytes: 300, keep: 2 });
    const lines = Array.from({ length: 40 }, (_, i) => `${JSON.stringify({ level: 30, n: i, msg: 'x'.repeat(40) })}\n`);
    for (const line of lines) await write(log, line);
    log.end();
    await once(log, 'finish');

    const files = logFiles(dir);
    expect(files).toContain(LOG_FILE);
    // The live file and at most two moved aside: the oldest lines are gone, the newest all there.
    expect(files.length).toBe(3);
    const kept = files.flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean));
    const numbers = kept.map((line) => (JSON.parse(line) as { n: number }).n).sort((a, b) => a - b);
    expect(numbers.at(-1)).toBe(39);
    expect(numbers[0]).toBeGreaterThan(0);
    // No gap among what is kept: lines move whole, in order.
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers[0]! + i));
    if (process.platform !== 'win32') {
      for (const name of files) expect(fs.statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    }
  });

  it('names the moved-aside files by the UTC day and their place in it', () => {
    expect(rotatedName(null)).toBe(LOG_FILE);
    expect(rotatedName(new Date('2026-12-03T23:30:00+02:00'), 3)).toBe('mitzui-server-2026-12-03.3.log');
    expect(rotatedName(new Date('2026-12-03T00:00:00Z'))).toBe('mitzui-server-2026-12-03.1.log');
  });
});
