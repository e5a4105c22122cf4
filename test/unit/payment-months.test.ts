// A month as people type it (the payment form, a payment list's cells) to the yyyy-mm the store keeps, and back.
import { describe, expect, it } from 'vitest';
import { monthFromText, monthSpanText, monthText } from '../../shared/payments/months';

describe('a typed month', () => {
  it('reads mm/yyyy, m/yyyy and yyyy-mm, with a slash, a dot or a dash', () => {
    expect(monthFromText('04/2026')).toBe('2026-04');
    expect(monthFromText('4/2026')).toBe('2026-04');
    expect(monthFromText('4.2026')).toBe('2026-04');
    expect(monthFromText('12-2025')).toBe('2025-12');
    expect(monthFromText('2026-04')).toBe('2026-04');
    expect(monthFromText('2026/4')).toBe('2026-04');
  });

  it('leaves anything else unread, for the schema to refuse by name', () => {
    for (const text of ['', '2026', '04/26', '1/2/2026', 'אפריל 2026', '004/2026', ' 04/2026'])
      expect(monthFromText(text)).toBeNull();
  });
});

describe('a month written back', () => {
  it('writes mm/yyyy, as the NII letters do, and reads back what it wrote', () => {
    expect(monthText('2026-04')).toBe('04/2026');
    expect(monthFromText(monthText('2025-12'))).toBe('2025-12');
  });

  it('writes a span of one month as that month, and a longer span first to last', () => {
    expect(monthSpanText({ fromMonth: '2026-04', toMonth: '2026-04' })).toBe('04/2026');
    expect(monthSpanText({ fromMonth: '2025-11', toMonth: '2026-02' })).toBe('11/2025–02/2026');
  });
});
