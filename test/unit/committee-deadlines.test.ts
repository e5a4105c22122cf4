// The deadlines a committee's outcome opens: ערר after a first-tier committee, the labour court after
// an appeals committee, counted from the protocol's receipt (else the sitting) past rest days.
import { describe, expect, it } from 'vitest';
import { committeeDeadlines, type CommitteeForDeadlines } from '../../main/services/committee-deadlines';

const held: CommitteeForDeadlines = {
  id: 7,
  committeeType: 'first_tier',
  committeeDate: '2026-03-02',
  protocolReceivedDate: '2026-03-10',
  outcome: [{ section: '34(ב)(3)', percent: 30 }],
  weightedPercent: 30,
};

describe('committeeDeadlines', () => {
  it('opens a ערר 60 days from receiving a first-tier protocol, moved past a Saturday', () => {
    // 10/03/2026 + 60 days = Saturday 09/05/2026 → Sunday 10/05/2026.
    expect(committeeDeadlines(held)).toEqual([
      {
        sourceKey: 'committee:7:medical_appeal',
        kind: 'medical-committee-appeal',
        dueDate: '2026-05-10',
        title: expect.stringMatching(
          /^ערר על החלטת הוועדה הרפואית מדרג ראשון — 60 ימים מיום קבלת הפרוטוקול 10\/03\/2026; הוזז מ־09\/05\/2026/,
        ),
        rule: expect.stringContaining('ועדות רפואיות – ערר על החלטת ועדה רפואית מדרג ראשון'),
      },
    ]);
  });

  it('sends an appeals committee to the labour court, counted from the sitting until the protocol arrives, past Passover', () => {
    // 01/02/2026 + 60 days = 02/04/2026, the first day of Passover → 03/04/2026.
    const [deadline] = committeeDeadlines({
      ...held,
      committeeType: 'work_injury_appeals',
      committeeDate: '2026-02-01',
      protocolReceivedDate: null,
    });
    expect(deadline).toMatchObject({
      sourceKey: 'committee:7:labour_court',
      kind: 'medical-appeals-court',
      dueDate: '2026-04-03',
    });
    expect(deadline!.title).toContain('מיום הוועדה (הפרוטוקול טרם התקבל) 01/02/2026');
    expect(deadline!.rule).toContain('סעיף 123');
  });

  it('keeps the same key when the protocol date changes, so the docket moves the item rather than adding one', () => {
    const early = committeeDeadlines({ ...held, protocolReceivedDate: null })[0]!;
    const late = committeeDeadlines(held)[0]!;
    expect(early.sourceKey).toBe(late.sourceKey);
    expect(early.dueDate).toBe('2026-05-01');
    expect(late.dueDate).toBe('2026-05-10');
  });

  it('opens nothing before an outcome, or for a special committee', () => {
    expect(committeeDeadlines({ ...held, outcome: [], weightedPercent: null })).toEqual([]);
    expect(committeeDeadlines({ ...held, outcome: [], weightedPercent: 0 })).toHaveLength(1);
    expect(committeeDeadlines({ ...held, committeeType: 'special' })).toEqual([]);
    expect(committeeDeadlines({ ...held, committeeType: 'other' })).toEqual([]);
  });
});
