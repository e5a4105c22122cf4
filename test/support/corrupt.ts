import fs from 'node:fs';

/** Garbage over the middle half of a file, as a failing disk or a half-synced copy would leave. */
export function corruptMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 4));
  } finally {
    fs.closeSync(fd);
  }
}
