import { describe, expect, it } from 'vitest';
/* eslint-disable boundaries/dependencies -- a pure renderer module (string splitting, no React, no DOM, no I/O);
   the layer rule has no allowance for tests of renderer code. */
import { fileNameParts } from '../../renderer/pages/client-file/documents/fileNameParts';

describe('a file name shown in a Hebrew screen', () => {
  it('keeps the number and extension after a Hebrew name left to right', () => {
    expect(fileNameParts('ייפוי כוח 225700111.pdf')).toEqual({ head: 'ייפוי כוח ', tail: '225700111.pdf' });
  });
  it('keeps a separator after the Hebrew with the Hebrew, not at the far left of the number', () => {
    expect(fileNameParts('מכתב-3.pdf')).toEqual({ head: 'מכתב-', tail: '3.pdf' });
    expect(fileNameParts('פרוטוקול_2026-01.pdf')).toEqual({ head: 'פרוטוקול_', tail: '2026-01.pdf' });
  });
  it('leaves a name without Hebrew whole, and a name ending in Hebrew without a tail', () => {
    expect(fileNameParts('scan-0001.pdf')).toEqual({ head: '', tail: 'scan-0001.pdf' });
    expect(fileNameParts('scan מכתב')).toEqual({ head: 'scan מכתב', tail: '' });
  });
});
