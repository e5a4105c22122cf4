// The inbox's figures: to file by hand (unreadable, or no client found), to confirm, filed today (in
// Israel's day); and which items may be confirmed in bulk (client found, every field certain).
import { describe, expect, it } from 'vitest';
import { allCertain, inboxCounts } from '../../../shared/inbox/counts';
import type { InboxItem } from '../../../shared/inbox/item';
import type { Confidence } from '../../../shared/inbox/types';

const span = { start: 0, end: 1 };
const client = { id: 1, name: 'דנה לוי', idNumber: '000000018' };
const reading = (confidence: Confidence) => ({
  kind: 'decision' as const,
  idNumbers: [],
  fields: { letterDate: { value: '2025-01-01', confidence, span } },
});
const item = (over: Partial<InboxItem>): InboxItem => ({
  ...{
    id: 1,
    version: 1,
    originalName: 'a.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 1,
    sha256: 'x',
    status: 'new',
    kind: 'decision',
    reading: reading('certain'),
  },
  ...{
    text: 'x',
    error: null,
    client,
    matchedBy: 'idNumber',
    mail: null,
    claimId: null,
    documentId: null,
    actions: null,
    addedBy: null,
    createdAt: '2025-01-01T00:00:00Z',
    filedAt: null,
  },
  ...over,
});

describe('inbox figures', () => {
  it("counts each item once, filed today by Israel's day", () => {
    const items = [
      item({ status: 'unreadable', reading: null, client: null }),
      item({ client: null }),
      item({}),
      item({ status: 'filed', filedAt: '2025-03-09T22:30:00Z' }), // 00:30 on 10 March in Israel
      item({ status: 'filed', filedAt: '2025-03-09T12:00:00Z' }),
    ];
    expect(inboxCounts(items, '2025-03-10')).toEqual({ toFile: 2, toConfirm: 1, filedToday: 1 });
  });

  it('bulk confirm takes only items with a client and every field certain', () => {
    expect(allCertain(item({}))).toBe(true);
    expect(allCertain(item({ client: null }))).toBe(false);
    expect(allCertain(item({ reading: reading('likely') }))).toBe(false);
    expect(allCertain(item({ status: 'filed' }))).toBe(false);
  });
});
