// Paperwork on the real app, a real SQLite file and the system Chromium: every template filled from
// demo data and read back from the PDF in Hebrew order; export gating; the frozen signed document;
// the package's manifest, checksums, names and checklist; the audit of every export.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfRenderer } from '../../main/paperwork/pdf-renderer';
import { documentsDir } from '../../main/storage/document-files';
import { displayDate } from '../../shared/paperwork/html';
import { paperTemplates } from '../../shared/paperwork/templates';
import type { InputOf } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { openDemoApp, type DemoApp } from '../support/paperwork-demo';
import { inOrder, keepPdf, pdfText } from '../support/paperwork-pdf';

// Half past midnight in Israel, still the day before in UTC: every date a paper or a file name
// carries is Israel's.
const NOW = new Date('2026-11-01T22:30:00Z');
const TODAY = '2026-11-02';
/** A 1×1 PNG: a drawn signature and a scanned ID card stand-in alike. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * What each paper holds beyond the insured's details, in the order the form has it: its own
 * sections and the fields a clerk checks first (the NII forms and the consents as the issue lists them).
 */
const OWN_SECTIONS: Record<string, string[]> = {
  poa: ['פרטי המייצג', 'מספר רישיון עורך דין', 'היקף הייצוג', 'ייפוי הכוח', 'הרשאה נפרדת למסירת מידע על גמלאות'],
  medical_waiver: ['אל', 'המוסדות הרפואיים', 'מקבלי המידע', 'היקף הוויתור', 'כתב הוויתור'],
  fee_agreement: ['פרטי המייצג', 'מספר רישיון עורך דין', 'הגמלאות והשכר', 'ביטול ההסכם', 'דף מידע'],
  // The form's full order is read in paperwork-papers.test.ts.
  bl7801: ['מצב משפחתי', 'פרטי בן/בת הזוג והילדים', 'קופת חולים', 'גמלאות ופיצויים אחרים'],
  bl211: ['הפגיעה בעבודה', 'תאריך הפגיעה', 'העבודה בעת הפגיעה', 'מעמד בעבודה', 'פרטי חשבון הבנק לתשלום'],
  bl200: ['הפגיעה בעבודה', 'תאריך הפגיעה', 'המצב הרפואי', 'פרטי חשבון הבנק לתשלום'],
  bl279: ['עיסוקי לפני הפגיעה', 'מעמד בעבודה', 'הצהרה', 'לא הייתה לי הכנסה מתעסוקה'],
  bl7849: ['המצב הרפואי', 'הליקויים', 'פרטי חשבון הבנק לתשלום'],
  bl7821: ['פרטי הילד', 'פרטי חשבון הבנק לתשלום'],
  bl1500: ['העבודה האחרונה', 'שם המעסיק', 'פרטי חשבון הבנק לתשלום'],
  bl2201: ['התאונה', 'תאריך התאונה', 'עבודה', 'פרטי חשבון הבנק לתשלום'],
  reserve: ['תקופות השירות', 'עיסוק'],
  bl910: ['ההחלטה שבה מבקשים לדון מחדש', 'הגמלה', 'תאריך ההחלטה', 'נימוקי הבקשה'],
  form672: ['העיסוק העצמאי', 'הבקשה', 'ההכנסה השנתית המשוערת'],
  form6101: ['תקופות העיסוק'],
};

let demo: DemoApp;

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function newClient(first8: string) {
  const client = await ok(
    demo.call('clients.create', {
      idNumber: validId(first8),
      firstNameHe: 'רונית',
      lastNameHe: 'אלמוג',
      birthDate: '1975-04-12',
      sex: 'female',
      street: 'הנביאים',
      houseNumber: '12',
      locality: 'חיפה',
      mobilePhone: '052-3456789',
    }),
  );
  const claim = await ok(
    demo.call('claims.create', { clientId: client.id, benefit: 'general_disability', formNumber: null, summary: null }),
  );
  return { client, claim };
}

type SignInput = InputOf<'paperwork.sign'>;

/** Where a signed paper's frozen file lies. */
function storedFile(sha256: string): string {
  return `${documentsDir(`${demo.dataDir}/mitzui.sqlite`)}/${sha256.slice(0, 2)}/${sha256}`;
}

async function updateClient(id: number, patch: Partial<InputOf<'clients.update'>>) {
  const current = await ok(demo.call('clients.get', { id }));
  return ok(
    demo.call('clients.update', { ...current, ...patch, id, version: current.version } as InputOf<'clients.update'>),
  );
}

function auditRows(action: string, claimId: number) {
  const rows = demo.app.store.sqlite
    .prepare('SELECT details FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ? ORDER BY id')
    .all(action, 'claim', claimId) as { details: string }[];
  return rows.map((r) => JSON.parse(r.details) as Record<string, unknown>);
}

function signing(clientId: number, template: string, extra: Partial<SignInput> = {}): SignInput {
  return {
    clientId,
    template,
    signerName: 'רונית אלמוג',
    method: 'drawn',
    signature: `data:image/png;base64,${PNG}`,
    device: 'בדיקה · Chromium',
    ...extra,
  };
}

beforeAll(async () => {
  demo = await openDemoApp(12, 5, NOW);
}, 60_000);

afterAll(async () => {
  await closePdfRenderer();
  demo?.dispose();
});

describe('papers filled from demo data', () => {
  it('renders every template to a PDF whose Hebrew text carries the fields in order', async () => {
    const row = demo.app.store.sqlite
      .prepare(
        "SELECT c.id AS claimId, c.insured_person_id AS clientId FROM claim c WHERE c.benefit = 'general_disability' AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1",
      )
      .get() as { claimId: number; clientId: number };
    const client = await ok(demo.call('clients.get', { id: row.clientId }));
    // pdftotext splits shaped Arabic words; 'العبري' survives whole.
    const notice: Record<string, string> = {
      ar: 'العبري',
      ru: 'текст на иврите',
      en: 'The Hebrew text above is the authoritative text',
    };
    for (const template of paperTemplates) {
      const own = OWN_SECTIONS[template.id];
      expect(own, `${template.id} has its own sections listed here`).toBeDefined();
      // Each consent in every language it is offered in; the claim forms exist in Hebrew only.
      for (const language of template.languages) {
        const options =
          template.id === 'fee_agreement'
            ? { benefits: ['general_disability' as const], openingFee: '500.00', successFeePercent: '10.00' }
            : {};
        const preview = await ok(
          demo.call('paperwork.preview', {
            clientId: row.clientId,
            claimId: template.needsClaim ? row.claimId : null,
            template: template.id,
            language,
            options,
          }),
        );
        const file = keepPdf(`${template.id}-${language}`, Buffer.from(preview.pdfBase64, 'base64'), 2);
        const text = pdfText(file);
        const detailsTitle =
          template.kind === 'claim_form'
            ? 'פרטי התובע'
            : template.id === 'medical_waiver'
              ? 'פרטי החותם'
              : 'פרטי המבוטח';
        const expected = [
          template.title,
          detailsTitle,
          'שם משפחה',
          client.lastNameHe,
          'שם פרטי',
          client.firstNameHe,
          'מספר זהות',
          client.idNumber,
          'תאריך לידה',
          displayDate(client.birthDate)!,
          ...own!,
        ];
        if (template.kind === 'claim_form') expected.push('התביעה הוגשה בסיוע או על ידי מייצג');
        expected.push(template.kind === 'claim_form' ? 'חתימת התובע' : 'חתימת המבוטח', 'מקור');
        expect(inOrder(text, expected), `${template.id} (${language}): ${expected.join(' → ')}`).not.toContain(-1);
        if (template.formNumber) expect(text, template.id).toContain(template.formNumber.replace('בל/', ''));
        if (language !== 'he') {
          expect(text, `${template.id} (${language})`).toContain('הנוסח העברי של מסמך זה הוא הנוסח המחייב');
          expect(text, `${template.id} (${language})`).toContain(notice[language] ?? `a notice for ${language}`);
        }
      }
    }
  }, 120_000);

  it('refuses a fee agreement above the Amendment 161 caps, naming the field and the cap', async () => {
    const { client } = await newClient('20304050');
    const result = await demo.call(
      'paperwork.sign',
      signing(client.id, 'fee_agreement', {
        options: { benefits: ['general_disability'], openingFee: '2000.00', successFeePercent: '10.00' },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('options.openingFee');
    expect(result.error.message).toContain('דמי פתיחת תיק גבוה מהתקרה המותרת לפי תיקון 161');
    expect(result.error.message).toContain('907.00 ₪');
    const fees = await ok(demo.call('fees.list', { clientId: client.id }));
    expect(fees).toHaveLength(0);
  });

  it('tells the desk the caps in force today and refuses a preview over them, naming every field over its cap', async () => {
    // The demo desk signs in as a licensed lawyer: the higher percent for representing at the committees.
    expect(await ok(demo.call('paperwork.feeCaps', {}))).toEqual({
      date: TODAY,
      representativeIsLawyer: true,
      openingFee: '907.00',
      successFeePercent: '12.75',
      successFeePercentWithoutSheet: '10.83',
    });
    const { client } = await newClient('20304072');
    const options = {
      benefits: ['general_disability' as const],
      openingFee: '1000.00',
      successFeePercent: '11.00',
      informationSheetGiven: false,
    };
    const result = await demo.call('paperwork.preview', {
      clientId: client.id,
      claimId: null,
      template: 'fee_agreement',
      options,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('options.openingFee');
    expect(result.error.message).toContain('דמי פתיחת תיק גבוה מהתקרה המותרת לפי תיקון 161 (907.00 ₪)');
    expect(result.error.message).toContain(
      'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 כשדף המידע לא נמסר למבוטח (10.83%)',
    );
    expect(
      await demo.call('paperwork.preview', {
        clientId: client.id,
        claimId: null,
        template: 'fee_agreement',
        options: { ...options, openingFee: '907.00', successFeePercent: '10.83' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a drawn signature that is not an image', async () => {
    const { client } = await newClient('20304051');
    const result = await demo.call('paperwork.sign', signing(client.id, 'poa', { signature: 'javascript:alert(1)' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('החתימה אינה תמונה תקינה');
  });
});

describe('export gating and the upload package', () => {
  it('blocks a claim without a power of attorney and a medical waiver, saying exactly what is missing', async () => {
    const { claim } = await newClient('20304052');
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.form?.formNumber).toBe('בל/7801');
    expect(readiness.blockers.map((b) => b.template)).toEqual(['poa', 'medical_waiver']);
    const refused = await demo.call('paperwork.export', { claimId: claim.id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toContain('חסר ייפוי כוח פעיל לגמלת נכות כללית');
    expect(refused.error.message).toContain('חסר כתב ויתור על סודיות רפואית בתוקף');
  });

  it('a power of attorney for another benefit does not cover the claim', async () => {
    const { client, claim } = await newClient('20304053');
    await ok(
      demo.call(
        'paperwork.sign',
        signing(client.id, 'poa', { options: { scope: 'per_benefit', benefits: ['unemployment'] } }),
      ),
    );
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers.map((b) => b.kind)).toEqual(['power_of_attorney']);
  }, 60_000);

  it('signs, activates the representation, exports a package whose manifest matches its files, and logs it', async () => {
    const { client, claim } = await newClient('20304054');
    const poa = await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    expect(poa.intact).toBe(true);
    const reps = await ok(demo.call('representation.list', { clientId: client.id }));
    expect(reps).toMatchObject([{ scope: 'general', status: 'active', signedDate: TODAY, activeFrom: TODAY }]);
    await ok(
      demo.call(
        'paperwork.sign',
        signing(client.id, 'medical_waiver', {
          options: { strikePsychiatric: true, institutions: 'קופת חולים כללית, בית החולים רמב"ם' },
        }),
      ),
    );
    await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: claim.id,
        kind: 'id_card',
        name: 'תעודת זהות.png',
        mimeType: 'image/png',
        contentBase64: PNG,
      }),
    );

    const before = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(before.blockers).toEqual([]);
    expect(before.checklist.map((i) => [i.id, i.present])).toEqual([
      ['poa', true],
      ['medical_waiver', true],
      ['id_card', true],
      ['medical_record', false],
    ]);

    const chosen = tempDir('mitzui-chosen-');
    const exported = await ok(
      demo.call('paperwork.export', { claimId: claim.id, uploadLimitMb: 0.01, targetFolder: chosen.dir }),
    );
    const id = client.idNumber;
    expect(exported.fileName).toBe(`${id}_BL7801_${TODAY}.zip`);
    expect(fs.readFileSync(exported.path!).toString('base64')).toBe(exported.zipBase64);
    expect(fs.readdirSync(chosen.dir)).toEqual([exported.fileName]); // no temp file left
    chosen.cleanup();

    const zip = unzipSync(Buffer.from(exported.zipBase64, 'base64'));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']!)) as typeof exported.manifest;
    expect(manifest).toEqual(exported.manifest);
    expect(Object.keys(zip).sort()).toEqual([...manifest.files.map((f) => f.name), 'manifest.json'].sort());
    expect(manifest.files.map((f) => f.name)).toEqual([
      `${id}_BL7801_${TODAY}.pdf`,
      `${id}_BL70_${TODAY}.pdf`,
      `${id}_WAIVER_${TODAY}.pdf`,
      `${id}_ID-CARD-1_${TODAY}.pdf`,
      `${id}_CHECKLIST_${TODAY}.pdf`,
    ]);
    for (const entry of manifest.files) {
      const bytes = zip[entry.name]!;
      expect(createHash('sha256').update(bytes).digest('hex'), entry.name).toBe(entry.sha256);
      expect(bytes.length).toBe(entry.size);
      expect(entry.type).toBe('application/pdf');
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    }
    expect(manifest.files[1]!.sha256).toBe(poa.sha256); // the signed paper itself, not a re-render
    expect(manifest.checklist.find((i) => i.id === 'medical_record')?.present).toBe(false);
    expect(
      exported.warnings.some(
        (w) => w.includes(`${id}_BL7801_${TODAY}.pdf`) && w.includes('ייתכן שהפורטל לא יקבל אותו'),
      ),
    ).toBe(true);

    const form = pdfText(keepPdf('package-bl7801', zip[`${id}_BL7801_${TODAY}.pdf`]!));
    expect(
      inOrder(form, [
        'תביעה לקצבת נכות כללית',
        'אלמוג',
        id,
        'למילוי בידי מי שחותם במקום התובע',
        'התביעה הוגשה בסיוע או על ידי מייצג',
      ]),
    ).not.toContain(-1);
    const checklist = pdfText(keepPdf('package-checklist', zip[`${id}_CHECKLIST_${TODAY}.pdf`]!));
    expect(inOrder(checklist, ['ייפוי כוח חתום', 'צורף', 'מסמכים רפואיים עדכניים', 'חסר'])).not.toContain(-1);
    keepPdf('package-signed-waiver', zip[`${id}_WAIVER_${TODAY}.pdf`]!);

    const logged = demo.app.store.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'export' AND entity = 'claim' AND entity_id = ?")
      .all(claim.id) as { details: string }[];
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!.details)).toMatchObject({ clientId: client.id, file: exported.fileName });
  }, 60_000);

  it('recording that the insured revoked the power of attorney blocks further exports', async () => {
    const { client, claim } = await newClient('20304055');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    await ok(demo.call('paperwork.export', { claimId: claim.id }));
    const [rep] = await ok(demo.call('representation.list', { clientId: client.id }));
    await ok(demo.call('paperwork.revoke', { representationId: rep!.id, version: rep!.version, revokedDate: TODAY }));
    const refused = await demo.call('paperwork.export', { claimId: claim.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('בוטל על ידי המבוטח ב-02/11/2026');
    const again = await demo.call('paperwork.revoke', {
      representationId: rep!.id,
      version: rep!.version + 1,
      revokedDate: TODAY,
    });
    expect(again.ok).toBe(false);
  }, 60_000);

  it('a signed paper is frozen: once its file changes, export waits for a new signature', async () => {
    const { client, claim } = await newClient('20304056');
    const poa = await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const stored = `${documentsDir(`${demo.dataDir}/mitzui.sqlite`)}/${poa.sha256.slice(0, 2)}/${poa.sha256}`;
    const bytes = fs.readFileSync(stored);
    fs.writeFileSync(stored, Buffer.concat([bytes, Buffer.from('\n% edited after signing\n')]));

    const papers = await ok(demo.call('paperwork.list', { clientId: client.id }));
    expect(papers.find((p) => p.id === poa.id)?.intact).toBe(false);
    const refused = await demo.call('paperwork.export', { claimId: claim.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toContain('הקובץ החתום של ייפוי הכוח שונה אחרי החתימה — יש לחתום עליו מחדש');

    fs.writeFileSync(stored, bytes); // the same content addresses the same file: put it back before re-signing
    const resigned = await ok(demo.call('paperwork.sign', signing(client.id, 'poa', { device: 'מחשב המזכירות' })));
    expect(resigned.intact).toBe(true);
    expect(resigned.sha256).not.toBe(poa.sha256); // a new signature is a new frozen file
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files.find((f) => f.name.includes('_BL70_'))?.sha256).toBe(resigned.sha256);
  }, 60_000);

  it('lets only lawyers and the owner export a package with medical information, and records the audit head in it', async () => {
    const { client, claim } = await newClient('20304071');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const clerk = await demo.app.dispatch(null, 'auth.login', {
      username: `${DEMO_USERNAME}.clerk1`,
      password: DEMO_PASSWORD,
    });
    if (!clerk.ok) throw new Error(clerk.error.message);
    const asClerk = demo.app.sessions.resolve((clerk.value as { token: string }).token);
    const refused = await demo.app.dispatch(asClerk, 'paperwork.export', { claimId: claim.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('מייצאים עורכי הדין ובעלי המשרד בלבד') },
    });
    expect(auditRows('export_refused', claim.id)).toContainEqual(
      expect.objectContaining({ reason: 'medical_by_staff' }),
    );

    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    const head = demo.app.store.sqlite
      .prepare('select hash from audit_log where id = ?')
      .pluck()
      .get(exported.manifest.auditHead.id);
    expect(exported.manifest.auditHead.hash).toBe(head);
  }, 60_000);

  it('puts the form the insured signed into the package instead of an unsigned one', async () => {
    const { client, claim } = await newClient('20304058');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const unsignedForm = await demo.call('paperwork.sign', signing(client.id, 'bl7801'));
    expect(unsignedForm.ok).toBe(false); // a claim form is signed for one claim
    const form = await ok(
      demo.call(
        'paperwork.sign',
        signing(client.id, 'bl7801', { claimId: claim.id, method: 'typed', signature: 'רונית אלמוג' }),
      ),
    );
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files[0]).toMatchObject({
      sha256: form.sha256,
      description: 'תביעה לקצבת נכות כללית (חתום)',
    });
  }, 60_000);

  it('a non-medical claim needs only the power of attorney', async () => {
    const { client } = await newClient('20304057');
    const claim = await ok(
      demo.call('claims.create', { clientId: client.id, benefit: 'unemployment', formNumber: null, summary: null }),
    );
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.form?.formNumber).toBe('בל/1500');
    expect(readiness.blockers).toEqual([]);
    expect(readiness.checklist.map((i) => i.id)).toEqual(['poa', 'id_card', 'pay_slip']);
  });

  it('serves a claim with the power of attorney that covers its benefit, not a newer one for another benefit', async () => {
    const { client, claim } = await newClient('20304059');
    const general = await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const other = await ok(
      demo.call(
        'paperwork.sign',
        signing(client.id, 'poa', { options: { scope: 'per_benefit', benefits: ['unemployment'] } }),
      ),
    );
    expect(other.sha256).not.toBe(general.sha256);

    // The newer paper is for unemployment: its changed file says nothing about this claim…
    fs.appendFileSync(storedFile(other.sha256), '\n% edited after signing\n');
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers).toEqual([]);
    expect(readiness.checklist.find((i) => i.id === 'poa')?.present).toBe(true);
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files.find((f) => f.name.includes('_BL70_'))?.sha256).toBe(general.sha256);

    // …while the unemployment claim it does serve waits for a new signature.
    const unemployment = await ok(
      demo.call('claims.create', { clientId: client.id, benefit: 'unemployment', formNumber: null, summary: null }),
    );
    const blocked = await ok(demo.call('paperwork.readiness', { claimId: unemployment.id }));
    expect(blocked.blockers.map((b) => [b.kind, b.template])).toEqual([['changed_paper', 'poa']]);
  }, 60_000);

  it('a power of attorney for another benefit is never put into the package', async () => {
    const { client, claim } = await newClient('20304060');
    await ok(
      demo.call('representation.create', {
        clientId: client.id,
        scope: 'general',
        status: 'active',
        signedDate: '2026-01-01',
        activeFrom: '2026-01-01',
      }),
    );
    await ok(
      demo.call(
        'paperwork.sign',
        signing(client.id, 'poa', { options: { scope: 'per_benefit', benefits: ['unemployment'] } }),
      ),
    );
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers).toEqual([]); // the general power of attorney on record covers it
    expect(readiness.checklist.find((i) => i.id === 'poa')?.present).toBe(false); // but no signed one does
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files.some((f) => f.name.includes('_BL70_'))).toBe(false);
  }, 60_000);

  it('a signed paper whose client details changed blocks the export, naming them, until it is signed again', async () => {
    const { client, claim } = await newClient('20304061');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    await updateClient(client.id, { fileNumber: 'תיק-77', otherPhone: '04-8123456' }); // not on the papers
    expect((await ok(demo.call('paperwork.readiness', { claimId: claim.id }))).blockers).toEqual([]);

    await updateClient(client.id, { lastNameHe: 'אלמוג-לוי', street: 'הגפן', houseNumber: '3' });
    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers.map((b) => [b.kind, b.template])).toEqual([
      ['client_changed', 'poa'],
      ['client_changed', 'medical_waiver'],
    ]);
    expect(readiness.blockers[0]!.message).toBe(
      'פרטי המבוטח השתנו מאז שנחתם ייפוי הכוח (שם משפחה, כתובת) — המסמך החתום מציג את הפרטים הקודמים; יש לחתום עליו מחדש.',
    );
    const refused = await demo.call('paperwork.export', { claimId: claim.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toContain(
        'פרטי המבוטח השתנו מאז שנחתם כתב הוויתור על סודיות רפואית (שם משפחה, כתובת)',
      );
    expect(auditRows('export_refused', claim.id).at(-1)).toMatchObject({
      clientId: client.id,
      blockers: [
        { kind: 'client_changed', template: 'poa' },
        { kind: 'client_changed', template: 'medical_waiver' },
      ],
    });

    await ok(demo.call('paperwork.sign', signing(client.id, 'poa', { signerName: 'רונית אלמוג-לוי' })));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver', { signerName: 'רונית אלמוג-לוי' })));
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    const zip = unzipSync(Buffer.from(exported.zipBase64, 'base64'));
    const poa = pdfText(
      keepPdf('resigned-poa', zip[exported.manifest.files.find((f) => f.name.includes('_BL70_'))!.name]!),
    );
    expect(poa).toContain('אלמוג-לוי');
  }, 90_000);

  it('refuses a signed claim form whose file changed, logs it, and never puts an unsigned form in its place', async () => {
    const { client, claim } = await newClient('20304062');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const form = await ok(demo.call('paperwork.sign', signing(client.id, 'bl7801', { claimId: claim.id })));
    const stored = storedFile(form.sha256);
    const bytes = fs.readFileSync(stored);
    fs.writeFileSync(stored, Buffer.concat([bytes, Buffer.from('\n% edited after signing\n')]));
    const found = createHash('sha256').update(fs.readFileSync(stored)).digest('hex');

    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers.map((b) => [b.kind, b.template])).toEqual([['changed_paper', 'bl7801']]);
    const chosen = tempDir('mitzui-chosen-');
    const refused = await demo.call('paperwork.export', { claimId: claim.id, targetFolder: chosen.dir });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toContain('הקובץ החתום של טופס התביעה בל/7801 שונה אחרי החתימה');
    expect(refused.error.message).toContain('לא יוחלף בטופס שלא נחתם');
    expect(fs.readdirSync(chosen.dir)).toEqual([]); // nothing written
    chosen.cleanup();
    expect(auditRows('export_refused', claim.id)).toEqual([
      {
        clientId: client.id,
        blockers: [{ kind: 'changed_paper', template: 'bl7801' }],
        changedPapers: [{ paperId: form.id, template: 'bl7801', sha256: form.sha256, found }],
      },
    ]);
    expect(auditRows('export', claim.id)).toEqual([]);

    fs.writeFileSync(stored, bytes);
    const again = await ok(
      demo.call('paperwork.sign', signing(client.id, 'bl7801', { claimId: claim.id, device: 'מחשב המזכירות' })),
    );
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files[0]).toMatchObject({
      sha256: again.sha256,
      description: 'תביעה לקצבת נכות כללית (חתום)',
    });
  }, 90_000);

  it('a power of attorney and a waiver signed by hand and scanned count on the checklist and go into the package under the papers’ names', async () => {
    const { client, claim } = await newClient('20304064');
    // The office records the paper power of attorney and waiver it holds; the scans are their copies.
    await ok(
      demo.call('representation.create', {
        clientId: client.id,
        scope: 'general',
        status: 'active',
        signedDate: '2026-10-20',
        activeFrom: '2026-10-20',
      }),
    );
    await ok(demo.call('consents.create', { clientId: client.id, kind: 'medical_waiver', signedDate: '2026-10-20' }));
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]);
    const waiverPdf = Buffer.from(await doc.save());
    // The power of attorney for the client as a whole (a scanned image), the waiver for this claim (a PDF).
    await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: null,
        kind: 'power_of_attorney',
        name: 'ייפוי כוח סרוק.png',
        mimeType: 'image/png',
        contentBase64: PNG,
      }),
    );
    await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: claim.id,
        kind: 'medical_waiver',
        name: 'ויתור סודיות.pdf',
        mimeType: 'application/pdf',
        contentBase64: waiverPdf.toString('base64'),
      }),
    );

    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers).toEqual([]);
    expect(readiness.checklist.slice(0, 2).map((i) => [i.id, i.present, i.scanned?.date])).toEqual([
      ['poa', true, TODAY],
      ['medical_waiver', true, TODAY],
    ]);

    const id = client.idNumber;
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    expect(exported.manifest.files.map((f) => f.name)).toEqual([
      `${id}_BL7801_${TODAY}.pdf`,
      `${id}_BL70_${TODAY}.pdf`,
      `${id}_WAIVER_${TODAY}.pdf`,
      `${id}_CHECKLIST_${TODAY}.pdf`,
    ]);
    const zip = unzipSync(Buffer.from(exported.zipBase64, 'base64'));
    const poaScan = zip[`${id}_BL70_${TODAY}.pdf`]!;
    expect((await PDFDocument.load(poaScan)).getPageCount()).toBe(1); // the scanned image as one PDF page
    expect(createHash('sha256').update(zip[`${id}_WAIVER_${TODAY}.pdf`]!).digest('hex')).toBe(
      createHash('sha256').update(waiverPdf).digest('hex'),
    );
    expect(exported.manifest.files[1]!.description).toBe(
      'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי (עותק סרוק שנחתם ביד, הועלה ב-02/11/2026: ייפוי כוח סרוק.png) (הומר ל-PDF)',
    );
    const checklist = pdfText(keepPdf('package-checklist-scanned', zip[`${id}_CHECKLIST_${TODAY}.pdf`]!));
    expect(inOrder(checklist, ['ייפוי כוח חתום', 'עותק סרוק שנחתם ביד', '02/11/2026'])).not.toContain(-1);

    // One power of attorney in the package: the one signed in the app wins over the scan.
    const signed = await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    const after = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(after.checklist[0]).toEqual({ id: 'poa', label: 'ייפוי כוח חתום', paper: 'poa', present: true });
    const again = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    const poas = again.manifest.files.filter((f) => f.name.includes('_BL70_'));
    expect(poas).toMatchObject([
      { sha256: signed.sha256, description: 'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי (חתום)' },
    ]);
    expect(again.manifest.files.find((f) => f.name.includes('_WAIVER_'))?.description).toContain('עותק סרוק');
  }, 60_000);

  it('puts a PDF attachment in as it is and refuses any type the portal does not take, naming the file', async () => {
    const { client, claim } = await newClient('20304063');
    await ok(demo.call('paperwork.sign', signing(client.id, 'poa')));
    await ok(demo.call('paperwork.sign', signing(client.id, 'medical_waiver')));
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]);
    const pdf = Buffer.from(await doc.save());
    await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: claim.id,
        kind: 'medical_record',
        name: 'סיכום אשפוז.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      }),
    );
    const letter = await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: null,
        kind: 'other',
        name: 'מכתב רופא.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        contentBase64: Buffer.from('PK\u0003\u0004 not a pdf').toString('base64'),
      }),
    );

    const readiness = await ok(demo.call('paperwork.readiness', { claimId: claim.id }));
    expect(readiness.blockers).toEqual([
      {
        kind: 'attachment_type',
        template: null,
        message:
          'הקובץ המצורף "מכתב רופא.docx" אינו PDF או תמונה (PNG או JPEG) — יש להמיר אותו ל-PDF או להסיר אותו מהתיק לפני הייצוא.',
      },
    ]);
    const refused = await demo.call('paperwork.export', { claimId: claim.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('"מכתב רופא.docx"');

    await ok(demo.call('documents.delete', { id: letter.id, version: letter.version }));
    const exported = await ok(demo.call('paperwork.export', { claimId: claim.id }));
    const entry = exported.manifest.files.find((f) => f.description === 'סיכום אשפוז.pdf');
    expect(entry).toMatchObject({
      name: `${client.idNumber}_MEDICAL-RECORD-1_${TODAY}.pdf`,
      type: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    // A "PDF" that is not one is named too, rather than packed.
    await ok(
      demo.call('documents.add', {
        clientId: client.id,
        claimId: claim.id,
        kind: 'other',
        name: 'סריקה.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('hello').toString('base64'),
      }),
    );
    const unreadable = await demo.call('paperwork.export', { claimId: claim.id });
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok)
      expect(unreadable.error.message).toBe(
        'לא ניתן לקרוא את הקובץ המצורף "סריקה.pdf" כ-PDF — יש לסרוק או לשמור אותו מחדש לפני הייצוא.',
      );
  }, 60_000);
});
