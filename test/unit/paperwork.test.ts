// The pure side of paperwork: escaping what the file holds, which form a claim is filed on, the
// fee caps, the export gate's exact messages, and the checklist.
import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../shared/paperwork/checklist';
import { claimForms, formForClaim } from '../../shared/paperwork/claim-forms';
import { fromOffice } from '../../shared/paperwork/consents/power-of-attorney';
import { fieldIssues } from '../../shared/api/validation';
import { feeAgreementTerms, feeCaps } from '../../shared/paperwork/fee-caps';
import { exportBlockers, type GateInput } from '../../shared/paperwork/gating';
import { renderPaper } from '../../shared/paperwork/layout';
import { changedClientRows } from '../../shared/paperwork/signed-changes';
import type { PaperContext } from '../../shared/paperwork/model';
import { paperOptions } from '../../shared/paperwork/options';
import { paperTemplates, templateById } from '../../shared/paperwork/templates';

const client = {
  id: 1,
  version: 1,
  createdAt: '',
  updatedAt: '',
  idNumber: '000000018',
  firstNameHe: 'דנה',
  lastNameHe: 'לוי',
  firstNameLatin: null,
  lastNameLatin: null,
  birthDate: '1970-01-31',
  sex: 'female',
  maritalStatus: null,
  residency: null,
  street: null,
  houseNumber: null,
  locality: null,
  postalCode: null,
  mobilePhone: null,
  otherPhone: null,
  email: null,
  preferredLanguage: 'he',
  isHousewife: false,
  aliyaDate: null,
  bankCode: null,
  bankBranch: null,
  bankAccount: null,
  fileNumber: null,
  firstNameAr: null,
  lastNameAr: null,
  hmo: null,
} as const;

function context(options: Record<string, unknown> = {}): PaperContext {
  return {
    file: {
      client,
      family: [],
      employment: [],
      incomes: [],
      events: [],
      medical: [],
      representation: [],
      consents: [],
    },
    office: { name: 'משרד <b>כהן</b>', address: null, phone: null },
    representative: { fullName: 'עו"ד כהן', licenseNumber: '12345' },
    lawyers: [{ fullName: 'עו"ד כהן', licenseNumber: '12345' }],
    medicalHistory: null,
    claim: null,
    language: 'he',
    date: '2026-03-01',
    options: paperOptions.parse(options),
    signature: null,
    paperId: 'POA-20260301-TEST01',
  };
}

const none = { representation: [], consents: [] };
/** The store's consent states put representation 1 and consent 1 in force. */
const inForce = { representation: [1], consents: [1] };
const gate = (patch: Partial<GateInput>): GateInput => ({
  claim: { benefit: 'general_disability' },
  medical: true,
  representation: [],
  consents: [],
  inForce: none,
  changedPapers: [],
  staleSigned: [],
  attachments: [],
  today: '2026-03-01',
  ...patch,
});
const rep = (patch: object) => ({
  id: 1,
  version: 1,
  clientId: 1,
  createdAt: '',
  updatedAt: '',
  scope: 'general' as const,
  benefits: [],
  status: 'active' as const,
  signedDate: '2026-01-01',
  activeFrom: '2026-01-01',
  endedDate: null,
  revokedDate: null,
  ...patch,
});
const waiver = (patch: object) => ({
  id: 1,
  version: 1,
  clientId: 1,
  createdAt: '',
  updatedAt: '',
  kind: 'medical_waiver' as const,
  signedDate: '2026-01-01',
  expiryDate: null,
  revokedDate: null,
  ...patch,
});

describe('paper HTML', () => {
  it('escapes every value from the file and keeps digits in a left-to-right isolate', () => {
    const { html, missing } = renderPaper(
      templateById('medical_waiver')!,
      context({ institutions: '<img src=x onerror=alert(1)>' }),
      '',
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('משרד &lt;b&gt;כהן&lt;/b&gt;');
    expect(html).toContain('<bdi dir="ltr">000000018</bdi>');
    expect(html).toContain('<bdi dir="ltr">31/01/1970</bdi>');
    expect(missing).toEqual(['כתובת']);
  });

  it('keeps the office name inside the page foot: no quote or tag of it leaves the CSS string', () => {
    const ctx = { ...context(), office: { name: 'משרד "כהן" </style><script>x</script>', address: null, phone: null } };
    const { html } = renderPaper(templateById('poa')!, ctx, '');
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>') + 8);
    expect(style).toContain(
      '@bottom-right { content: "משרד \\22 כהן\\22  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e  · 01/03/2026"',
    );
    expect(style).toContain('@bottom-left { content: "מסמך POA-20260301-TEST01"');
    expect(html).not.toContain('<script>');
  });

  it('marks what the client fills by hand, and leaves parts that apply only to some as plain lines', () => {
    const ctx = { ...context(), claim: null };
    const { html, missing } = renderPaper(templateById('bl7801')!, ctx, '');
    const titles = [...html.matchAll(/<h2>(\d+)\. ([^<]+)<\/h2>/g)].map((m) => `${m[1]}. ${m[2]}`);
    expect(titles).toEqual([
      '1. פרטי התובע',
      '2. פרטי בן/בת הזוג והילדים',
      '3. כתובת ודרכי התקשרות',
      '4. פרטי חשבון הבנק לתשלום הקצבה',
      '5. עבודה',
      '6. הכנסות ב-15 החודשים האחרונים',
      '7. המחלות והליקויים — בלשון התובע',
      '8. קופת חולים',
      '9. רופאים מטפלים',
      '10. אשפוזים בשלוש השנים האחרונות',
      '11. גמלאות ופיצויים אחרים',
      '12. למילוי בידי מי שחותם במקום התובע',
      '13. התביעה הוגשה בסיוע או על ידי מייצג',
      '14. הצהרה',
    ]);
    const section = (n: number) => html.slice(html.indexOf(`<h2>${n}. `), html.indexOf(`<h2>${n + 1}. `));
    expect(section(8)).toContain('<span class="blank">למילוי</span>'); // the HMO
    expect(section(9).match(/class="blank"/g)).toHaveLength(3); // three empty lines for doctors
    expect(section(12)).not.toContain('class="blank"'); // only if someone signs for the claimant
    expect(missing).toEqual(
      expect.arrayContaining(['מצב משפחתי', 'קופת החולים שהתובע חבר בה', 'התאריך שבו הפסקת לעבוד בגלל מצבך הרפואי']),
    );
  });

  it('fills the illness, the HMO, the doctors and the hospitalisations from the medical history once the file has one', () => {
    const ctx = {
      ...context(),
      medicalHistory: {
        illnessDescription: 'פריצת דיסק מותני',
        workStoppedDate: '2026-01-10',
        hmo: 'maccabi' as const,
        doctors: [{ name: 'ד"ר אורן', specialty: 'אורתופדיה', clinic: 'חיפה' }],
        hospitalisations: [{ hospital: 'רמב"ם', department: 'נוירוכירורגיה', from: '2025-12-01', until: '2025-12-09' }],
        diagnoses: ['L4-L5'],
        medications: ['אופטלגין'],
      },
    };
    const { html, missing } = renderPaper(templateById('bl7801')!, ctx, '');
    for (const text of [
      'פריצת דיסק מותני',
      '10/01/2026',
      'מכבי',
      'ד&quot;ר אורן',
      'רמב&quot;ם',
      '01/12/2025',
      'אופטלגין',
    ])
      expect(html).toContain(text);
    expect(missing).not.toContain('קופת החולים שהתובע חבר בה');
    expect(missing).not.toContain('התאריך שבו הפסקת לעבוד בגלל מצבך הרפואי');
  });

  it('names the office once: "ממשרד כהן", never "ממשרד משרד"', () => {
    expect(fromOffice('משרד כהן')).toBe('ממשרד כהן');
    expect(fromOffice("לוי ושות' עורכי דין")).toBe("ממשרד לוי ושות' עורכי דין");
    const { html } = renderPaper(
      templateById('poa')!,
      { ...context(), office: { name: 'משרד כהן', address: null, phone: null } },
      '',
    );
    expect(html).not.toContain('ממשרד משרד');
    expect(html.indexOf('הסכמת המייצג')).toBeGreaterThan(html.indexOf('חתימת המבוטח'));
    expect(html.indexOf('אישור חתימה')).toBeGreaterThan(html.indexOf('הסכמת המייצג'));
  });

  it('never lets anything but a PNG data URL become an image', () => {
    const ctx = {
      ...context(),
      signature: {
        method: 'drawn' as const,
        signature: 'javascript:alert(1)',
        signerName: 'דנה',
        signerIdNumber: null,
        signedAt: '2026-03-01T08:00:00Z',
        device: 'x',
      },
    };
    const { html } = renderPaper(templateById('poa')!, ctx, '');
    expect(html).not.toContain('javascript:');
  });
});

describe('claim forms', () => {
  it('finds the form by its number, else by the benefit', () => {
    expect(formForClaim({ benefit: 'work_injury', formNumber: 'בל/200' })?.id).toBe('bl200');
    expect(formForClaim({ benefit: 'work_injury', formNumber: null })?.id).toBe('bl211');
    expect(formForClaim({ benefit: 'general_disability', formNumber: ' 279 ' })?.id).toBe('bl279');
    expect(formForClaim({ benefit: 'old_age', formNumber: null })).toBeUndefined();
    expect(claimForms.every((f) => f.source.length > 0)).toBe(true);
  });
});

describe('fee caps (Amendment 161)', () => {
  const lawyer = feeCaps('2026-03-01', true);
  /** The problems the form shows and the server refuses with, field by field. */
  const problems = (
    terms: Partial<{
      benefits: string[];
      openingFee: string;
      successFeePercent: string;
      informationSheetGiven: boolean;
    }>,
  ) => {
    const parsed = feeAgreementTerms(lawyer).safeParse({
      benefits: ['general_disability'],
      openingFee: '907.00',
      successFeePercent: '12.75',
      informationSheetGiven: true,
      ...terms,
    });
    return parsed.success ? [] : fieldIssues(parsed.error).map((issue) => [issue.field, issue.message]);
  };

  it('takes the dated caps the fee-limit calculator uses, higher for a lawyer at the committees', () => {
    expect(lawyer).toMatchObject({
      openingFee: '907.00',
      successFeePercent: '12.75',
      successFeePercentWithoutSheet: '10.83',
    });
    expect(feeCaps('2026-03-01', false)).toMatchObject({
      successFeePercent: '10.25',
      successFeePercentWithoutSheet: '8.71',
    });
  });

  it('accepts fees at the caps and names every field over its cap at once, in Hebrew', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ benefits: [], openingFee: '907.01', successFeePercent: '13' })).toEqual([
      ['benefits', 'יש לבחור לפחות גמלה אחת'],
      ['openingFee', 'דמי פתיחת תיק גבוה מהתקרה המותרת לפי תיקון 161 (907.00 ₪)'],
      ['successFeePercent', 'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 (12.75%)'],
    ]);
  });

  it('lowers the percent cap to 85% when the information sheet was not handed over', () => {
    expect(problems({ successFeePercent: '10.83', informationSheetGiven: false })).toEqual([]);
    expect(problems({ successFeePercent: '10.84', informationSheetGiven: false })).toEqual([
      ['successFeePercent', 'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 כשדף המידע לא נמסר למבוטח (10.83%)'],
    ]);
  });

  it('says a fee that is not a number is not a number, not that it is over the cap', () => {
    expect(problems({ openingFee: 'אלף' }).map(([field]) => field)).toEqual(['openingFee']);
    expect(problems({ openingFee: 'אלף' })[0]![1]).not.toContain('תקרה');
  });
});

describe('export gate', () => {
  it('asks for a power of attorney covering the benefit and a valid waiver for a medical claim', () => {
    expect(exportBlockers(gate({})).map((b) => b.template)).toEqual(['poa', 'medical_waiver']);
    expect(exportBlockers(gate({ representation: [rep({})], consents: [waiver({})], inForce }))).toEqual([]);
    expect(
      exportBlockers(
        gate({
          representation: [rep({ scope: 'per_benefit', benefits: ['mobility'] })],
          consents: [waiver({})],
          inForce,
        }),
      ).map((b) => b.kind),
    ).toEqual(['power_of_attorney']);
    expect(
      exportBlockers(
        gate({
          representation: [rep({ scope: 'per_benefit', benefits: ['general_disability'] })],
          consents: [waiver({})],
          inForce,
        }),
      ),
    ).toEqual([]);
    expect(exportBlockers(gate({ representation: [rep({})], medical: false, inForce }))).toEqual([]);
  });

  it('takes only what is in force: an active record out of force blocks, with the reason and its date', () => {
    expect(
      exportBlockers(
        gate({
          representation: [rep({})],
          consents: [waiver({ expiryDate: '2026-02-28' })],
          inForce: { representation: [1], consents: [] },
        }),
      ).map((b) => b.kind),
    ).toEqual(['medical_waiver']);
    const [ended] = exportBlockers(gate({ representation: [rep({ endedDate: '2026-02-01' })], medical: false }));
    expect(ended?.message).toBe(
      'ייפוי הכוח לגמלת נכות כללית הסתיים ב-01/02/2026 — יש להחתים את המבוטח על ייפוי כוח חדש (בל/70).',
    );
    const [notYet] = exportBlockers(gate({ representation: [rep({ activeFrom: '2026-04-01' })], medical: false }));
    expect(notYet?.message).toBe('ייפוי הכוח לגמלת נכות כללית נכנס לתוקף רק ב-01/04/2026 — אין לייצא לפני כן.');
  });

  it('refuses an expired or revoked waiver and names a revoked power of attorney with its date', () => {
    expect(
      exportBlockers(
        gate({
          representation: [rep({})],
          consents: [waiver({ revokedDate: '2026-02-01' })],
          inForce: { representation: [1], consents: [] },
        }),
      ).map((b) => b.kind),
    ).toEqual(['medical_waiver']);
    const [revoked] = exportBlockers(
      gate({
        representation: [rep({ status: 'revoked', revokedDate: '2026-02-10' })],
        consents: [waiver({})],
        inForce: { representation: [], consents: [1] },
      }),
    );
    expect(revoked?.message).toBe(
      'ייפוי הכוח לגמלת נכות כללית בוטל על ידי המבוטח ב-10/02/2026 — אין לייצא עד שייחתם ייפוי כוח חדש.',
    );
  });

  it('says that a scanned paper is there but puts nothing in force until it is recorded', () => {
    const scannedPapers = [
      { paper: 'poa', date: '2026-02-10' },
      { paper: 'medical_waiver', date: '2026-02-11' },
    ];
    expect(exportBlockers(gate({ scannedPapers })).map((b) => [b.kind, b.message])).toEqual([
      [
        'power_of_attorney',
        'הועלה ייפוי כוח סרוק (ב-10/02/2026) אך לא נרשם ייפוי כוח פעיל לגמלת נכות כללית — יש לרשום אותו בלשונית "ייצוג והסכמות" (היקף, תאריך החתימה ותחילת התוקף), או להחתים את המבוטח על ייפוי כוח (בל/70).',
      ],
      [
        'medical_waiver',
        'הועלה כתב ויתור סרוק (ב-11/02/2026) אך לא נרשם כתב ויתור על סודיות רפואית בתוקף — יש לרשום אותו בלשונית "ייצוג והסכמות" (תאריך החתימה), או להחתים את המבוטח על כתב ויתור.',
      ],
    ]);
    expect(exportBlockers(gate({ scannedPapers, representation: [rep({})], consents: [waiver({})], inForce }))).toEqual(
      [],
    );
    // A recorded reason (here: revoked) says more than the scan does.
    const [revoked] = exportBlockers(
      gate({ scannedPapers, representation: [rep({ status: 'revoked', revokedDate: '2026-02-20' })], medical: false }),
    );
    expect(revoked?.message).toContain('בוטל על ידי המבוטח');
  });

  it('asks for a new signature when a signed file changed', () => {
    const blockers = exportBlockers(
      gate({ representation: [rep({})], consents: [waiver({})], inForce, changedPapers: ['poa'] }),
    );
    expect(blockers).toEqual([
      {
        kind: 'changed_paper',
        template: 'poa',
        message: 'הקובץ החתום של ייפוי הכוח שונה אחרי החתימה — יש לחתום עליו מחדש.',
      },
    ]);
    const [form] = exportBlockers(
      gate({ representation: [rep({})], consents: [waiver({})], inForce, changedPapers: ['bl7801'] }),
    );
    expect(form?.message).toContain('הקובץ החתום של טופס התביעה בל/7801 שונה אחרי החתימה');
    expect(form?.message).toContain('לא יוחלף בטופס שלא נחתם');
  });

  it('asks for a new signature when the client details a paper shows changed, naming them', () => {
    const [stale] = exportBlockers(
      gate({
        representation: [rep({})],
        consents: [waiver({})],
        inForce,
        staleSigned: [{ template: 'medical_waiver', fields: ['שם משפחה', 'כתובת'] }],
      }),
    );
    expect(stale).toEqual({
      kind: 'client_changed',
      template: 'medical_waiver',
      message:
        'פרטי המבוטח השתנו מאז שנחתם כתב הוויתור על סודיות רפואית (שם משפחה, כתובת) — המסמך החתום מציג את הפרטים הקודמים; יש לחתום עליו מחדש.',
    });
  });

  it('takes PDF, PNG and JPEG attachments and names any other file', () => {
    const attachments = [
      { name: 'סיכום אשפוז.pdf', mimeType: 'application/pdf' },
      { name: 'ת.ז.jpg', mimeType: 'image/jpeg' },
      { name: 'מכתב.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ];
    expect(exportBlockers(gate({ representation: [rep({})], consents: [waiver({})], inForce, attachments }))).toEqual([
      {
        kind: 'attachment_type',
        template: null,
        message:
          'הקובץ המצורף "מכתב.docx" אינו PDF או תמונה (PNG או JPEG) — יש להמיר אותו ל-PDF או להסיר אותו מהתיק לפני הייצוא.',
      },
    ]);
  });
});

describe('export gate: which reason it gives', () => {
  const poaMessage = (patch: object) =>
    exportBlockers(gate({ representation: [rep(patch)], medical: false }))[0]?.message;

  it('calls a power of attorney revoked as of today revoked, even one that started today', () => {
    expect(poaMessage({ revokedDate: '2026-03-01' })).toBe(
      'ייפוי הכוח לגמלת נכות כללית בוטל על ידי המבוטח ב-01/03/2026 — אין לייצא עד שייחתם ייפוי כוח חדש.',
    );
    expect(poaMessage({ activeFrom: '2026-03-01', revokedDate: '2026-03-01' })).toContain(
      'בוטל על ידי המבוטח ב-01/03/2026',
    );
    // Revoked before it would have started: revoked, not "not yet".
    expect(poaMessage({ status: 'revoked', activeFrom: '2026-04-01', revokedDate: '2026-02-10' })).toContain(
      'בוטל על ידי המבוטח ב-10/02/2026',
    );
  });

  it('calls one that ended before a later revocation ended, and one never recorded missing', () => {
    expect(poaMessage({ endedDate: '2026-02-01', revokedDate: '2026-05-01' })).toBe(
      'ייפוי הכוח לגמלת נכות כללית הסתיים ב-01/02/2026 — יש להחתים את המבוטח על ייפוי כוח חדש (בל/70).',
    );
    expect(poaMessage({ status: 'ended', endedDate: '2026-02-01' })).toContain('הסתיים ב-01/02/2026');
    expect(exportBlockers(gate({ medical: false }))[0]?.message).toBe(
      'חסר ייפוי כוח פעיל לגמלת נכות כללית (כללי או לגמלה זו) — יש להחתים את המבוטח על ייפוי כוח (בל/70).',
    );
  });

  it('calls a power of attorney marked ended ended, as the dashboard does, whatever its end date', () => {
    expect(poaMessage({ status: 'ended', endedDate: '2026-03-01' })).toBe(
      'ייפוי הכוח לגמלת נכות כללית הסתיים ב-01/03/2026 — יש להחתים את המבוטח על ייפוי כוח חדש (בל/70).',
    );
    expect(poaMessage({ status: 'ended' })).toBe(
      'ייפוי הכוח לגמלת נכות כללית סומן כמסתיים — יש להחתים את המבוטח על ייפוי כוח חדש (בל/70).',
    );
    // One never made active is missing, whatever end date it carries; one revoked from a later day is revoked.
    expect(poaMessage({ status: 'pending', endedDate: '2026-02-01' })).toContain('חסר ייפוי כוח פעיל');
    expect(poaMessage({ status: 'revoked', revokedDate: '2026-05-01' })).toContain('בוטל על ידי המבוטח ב-01/05/2026');
  });

  it('asks for a medical waiver even when another consent is in force, naming what is missing', () => {
    const information = { ...waiver({}), kind: 'benefits_information' as const };
    expect(exportBlockers(gate({ representation: [rep({})], consents: [information], inForce }))).toEqual([
      {
        kind: 'medical_waiver',
        template: 'medical_waiver',
        message: 'זו תביעה רפואית וחסר כתב ויתור על סודיות רפואית בתוקף — יש להחתים את המבוטח על כתב ויתור.',
      },
    ]);
  });

  it('names every kind of signed paper that changed: the fee agreement, and a claim form without a number by its title', () => {
    const messages = exportBlockers(
      gate({
        representation: [rep({})],
        consents: [waiver({})],
        inForce,
        changedPapers: ['fee_agreement', 'medical_waiver', 'reserve'],
      }),
    ).map((b) => b.message);
    expect(messages).toEqual([
      'הקובץ החתום של הסכם שכר הטרחה שונה אחרי החתימה — יש לחתום עליו מחדש.',
      'הקובץ החתום של כתב הוויתור על סודיות רפואית שונה אחרי החתימה — יש לחתום עליו מחדש.',
      expect.stringMatching(/^הקובץ החתום של טופס התביעה תביעה אישית לתגמולי מילואים שונה אחרי החתימה ואינו תואם/),
    ]);
  });

  it('takes a PNG attachment as it takes a PDF and a JPEG', () => {
    const attachments = [
      { name: 'צילום.png', mimeType: 'image/png' },
      { name: 'סיכום.pdf', mimeType: 'application/pdf' },
      { name: 'ת.ז.jpeg', mimeType: 'image/jpeg' },
    ];
    expect(exportBlockers(gate({ representation: [rep({})], consents: [waiver({})], inForce, attachments }))).toEqual(
      [],
    );
    expect(
      exportBlockers(
        gate({
          representation: [rep({})],
          consents: [waiver({})],
          inForce,
          attachments: [{ name: 'a.gif', mimeType: 'image/gif' }],
        }),
      ).map((b) => b.kind),
    ).toEqual(['attachment_type']);
  });
});

describe('a signed paper against the client now', () => {
  it('names the rows the paper shows that differ, and nothing it does not show', () => {
    const ctx = {
      ...context(),
      file: {
        ...context().file,
        client: { ...client, lastNameHe: 'כהן', street: 'הגפן', houseNumber: '3', locality: 'חדרה', fileNumber: 'X-1' },
      },
    };
    const signedWith = { ...client, street: 'הגפן', houseNumber: '3', locality: 'עפולה' };
    expect(changedClientRows(templateById('poa')!, ctx, signedWith)).toEqual(['שם משפחה', 'כתובת']);
    expect(changedClientRows(templateById('poa')!, ctx, { ...ctx.file.client, fileNumber: 'X-0', version: 7 })).toEqual(
      [],
    );
    expect(changedClientRows(templateById('poa')!, ctx, { lastNameHe: 'כהן' })).toEqual([]); // a field the snapshot lacks is taken as unchanged
  });
});

describe('checklist', () => {
  it('lists what the claim type needs and marks what the file holds', () => {
    const items = checklistFor(formForClaim({ benefit: 'work_injury', formNumber: null })!, {
      signedPapers: ['poa'],
      scannedPapers: [],
      documentKinds: ['pay_slip'],
    });
    expect(items.map((i) => [i.label, i.present])).toEqual([
      ['ייפוי כוח חתום', true],
      ['כתב ויתור על סודיות רפואית חתום', false],
      ['צילום תעודת זהות עם ספח', false],
      ['תעודה רפואית ראשונה על הפגיעה', false],
      ['תלושי שכר או אישור הכנסה', true],
    ]);
  });

  it('counts a paper signed by hand and scanned, saying so with its date, unless one was signed in the app', () => {
    const form = formForClaim({ benefit: 'general_disability', formNumber: null })!;
    const scannedPapers = [
      { paper: 'poa', date: '2026-02-10' },
      { paper: 'medical_waiver', date: '2026-02-11' },
    ];
    const items = checklistFor(form, { signedPapers: ['poa'], scannedPapers, documentKinds: ['power_of_attorney'] });
    expect(items.slice(0, 2)).toEqual([
      { id: 'poa', label: 'ייפוי כוח חתום', paper: 'poa', present: true },
      {
        id: 'medical_waiver',
        label: 'כתב ויתור על סודיות רפואית חתום',
        paper: 'medical_waiver',
        present: true,
        scanned: { date: '2026-02-11' },
      },
    ]);
    // A scan of one paper never stands for another.
    const poaOnly = checklistFor(form, {
      signedPapers: [],
      scannedPapers: scannedPapers.slice(0, 1),
      documentKinds: [],
    });
    expect(poaOnly.slice(0, 2).map((i) => [i.id, i.present, i.scanned?.date])).toEqual([
      ['poa', true, '2026-02-10'],
      ['medical_waiver', false, undefined],
    ]);
  });
});

describe('what a paper cites', () => {
  it('names public documents by publisher and title — never a file, a folder or an internal document', () => {
    const sources = [...paperTemplates.map((t) => t.source), ...claimForms.map((f) => f.source)];
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      expect(source).not.toMatch(/\bseed\b|\.txt\b|\.md\b|public-figures|handbook|issue/i);
      expect(source).toMatch(/המוסד לביטוח לאומי|חוק הביטוח הלאומי|כל זכות|רואי חשבון/);
    }
  });
});
