// Golden cases for the offset between the needy-disabled increase and unemployment benefit
// (NII circular 127/2022, circular 127/2022).
//
// The circular's worked example ("תהליך מקוון"): a temporary work disability of 30% paid 2,453 a
// month (screen 531, 12/2020–04/2021) and, once recognised as needy disabled for 05–08/2021, 8,176
// a month (05–06/2021) — an increase of 8,176 − 2,453 = 5,723 a month. Screen 511 shows a June 2021
// unemployment entitlement of 3,342 from which 24 (national insurance) and 104 (health insurance)
// were deducted, leaving the 3,214 paid. The screens come through as text with their columns run
// together, so only those figures, which add up, are used.
export const needyDisabledOffsetCases = [
  {
    name: "the circular's June 2021: increase 5,723 against unemployment of 3,342 – the difference is paid",
    input: { needyIncrease: 5723, unemploymentPaid: 3342 },
    expected: {
      eligible: true,
      amount: '2381.00',
      unit: 'once',
      details: { netPayment: '2381.00', remainingDebt: '0.00', referToDebtCommittee: false },
    },
    source:
      'NII circular 127/2022 "תהליך מקוון" (screens 531 and 511) and "תרחישי כפל אפשריים", תרחיש 2: "תשלום ההפרשים בנכות מעבודה (כאשר תוספת כנכה נזקק גדולה מדמי אבטלה)"',
  },
  {
    name: 'unemployment larger than the increase: nothing paid, the rest is a debt for the debt committee',
    input: { needyIncrease: '2000.50', unemploymentPaid: '3342' },
    expected: {
      eligible: false,
      amount: '0.00',
      details: { netPayment: '0.00', remainingDebt: '1341.50', referToDebtCommittee: true },
    },
    source:
      'NII circular 127/2022 "פתח דבר": "במקרים בהם תשלום דמי אבטלה גבוה מההשלמה לנכה נזקק- פקיד תביעות אבטלה יעביר את יתרת החוב ... לביטול"; "קריטריונים לזכאות": "יתרת החוב תועבר לוועדה לבחינת חובות"',
  },
  {
    name: 'equal amounts: nothing paid and no debt',
    input: { needyIncrease: 3342, unemploymentPaid: 3342 },
    expected: {
      eligible: false,
      amount: '0.00',
      details: { netPayment: '0.00', remainingDebt: '0.00', referToDebtCommittee: false },
    },
    source: 'NII circular 127/2022 "תרחישי כפל אפשריים", תרחיש 2: the offset is shekel for shekel',
  },
  {
    name: 'no unemployment paid for the period: the whole increase is paid',
    input: { needyIncrease: 5723, unemploymentPaid: 0 },
    expected: { eligible: true, amount: '5723.00', details: { remainingDebt: '0.00' } },
    source:
      'NII circular 127/2022 "תרחישי כפל אפשריים", תרחיש 1: unemployment is refused for the needy period, so there is nothing to offset',
  },
];
