// Golden cases for the deadline calculator: input, expected result, and where the expectation comes from.
export const deadlineCases = [
  {
    name: 'labour court: 12 months to the same day',
    input: { kind: 'labor-court-claim', from: '2025-03-10' },
    expected: { rawDueDate: '2026-03-10', dueDate: '2026-03-10' },
    source:
      'the NII rights guide 2014 "ערעור על החלטות הביטוח הלאומי": 12 חודשים מהיום שנמסרה ההחלטה; 10/03/2026 is a Tuesday',
  },
  {
    name: 'claims committee: 6 months from 31 August ends on the last day of February, a Saturday',
    input: { kind: 'claims-committee', from: '2025-08-31' },
    expected: { rawDueDate: '2026-02-28', dueDate: '2026-03-01' },
    source: 'the rule for a month without that day: its last day; 28/02/2026 is a Saturday',
  },
  {
    name: 'ערר 60 days landing on Rosh Hashana 5787 (Saturday 12/09/2026, then 13/09)',
    input: { kind: 'medical-committee-appeal', from: '2026-07-14' },
    expected: { rawDueDate: '2026-09-12', dueDate: '2026-09-14' },
    source: 'NII, medical committees: ערר within 60 days; 1–2 Tishrei 5787 = 12–13/09/2026',
  },
  {
    name: 'labour court due on the first day of Pesach 5786 (Thursday 02/04/2026) moves to Friday',
    input: { kind: 'labor-court-claim', from: '2025-04-02' },
    expected: { rawDueDate: '2026-04-02', dueDate: '2026-04-03' },
    source: 'Pesach I 5786 = 02/04/2026; Friday is a working day for deadlines',
  },
  {
    name: 'work injury claim due on Independence Day 2026 (Wednesday 22/04/2026)',
    input: { kind: 'work-injury-claim', from: '2025-04-22' },
    expected: { rawDueDate: '2026-04-22', dueDate: '2026-04-23' },
    source:
      'the NII rights guide 2014 "תביעה לתשלום דמי פגיעה": 12 חודשים מיום הפגיעה; Yom HaAtzmaut 5786 observed 22/04/2026',
  },
  {
    name: 'accident claim: 90 days',
    input: { kind: 'accident-claim', from: '2026-01-05' },
    expected: { rawDueDate: '2026-04-05', dueDate: '2026-04-05' },
    source:
      'the NII rights guide 2014 "ביטוח נפגעי תאונות › הגשת התביעה": בתוך 90 יום מיום התאונה; 05/04/2026 is a Sunday after Pesach I',
  },
  {
    name: 'discharged soldier grant: 42 months',
    input: { kind: 'discharged-soldier-grant', from: '2023-01-15' },
    expected: { rawDueDate: '2026-07-15', dueDate: '2026-07-15' },
    source: 'the NII rights guide 2014 "מענק לחייל משוחרר": לא יאוחר מ-42 חודשים מיום השחרור',
  },
] as const;
