// The list of impairment items the forms offer: each a plain item number with a description, none twice,
// in the schedule's order.
import { describe, expect, it } from 'vitest';
import { impairmentSections } from '../../shared/domain/impairment-sections';

describe('impairment sections', () => {
  it('has unique item numbers, each a number of the schedule with a description, in order', () => {
    const items = impairmentSections.map((section) => section.item);
    expect(new Set(items).size).toBe(items.length);
    for (const { item, description } of impairmentSections) {
      expect(item).toMatch(/^[1-9]\d?$/);
      expect(description.trim().length).toBeGreaterThan(1);
      expect(description.length).toBeLessThanOrEqual(200); // the outcome's description field holds 200
    }
    expect(items.map(Number)).toEqual([...items.map(Number)].sort((a, b) => a - b));
  });

  it('holds the items protocols cite most, by their headings', () => {
    const byItem = new Map(impairmentSections.map((section) => [section.item, section.description]));
    expect(byItem.get('33')).toContain('סכיזופרניה');
    expect(byItem.get('34')).toContain('חרדה');
    expect(byItem.get('35')).toBe('מחלות העצמות והפרקים');
    expect(byItem.get('75')).toBe('צלקות');
  });
});
