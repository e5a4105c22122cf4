// Papers the NII accepts, read back from the PDF as a clerk reads them (poppler's pdftotext): the
// general-disability claim in the form's order with the client's blanks marked; the power of attorney
// with the lawyers the user picked, their acceptance and the attestation; every page's foot with the
// office, the date, "page x of y" and the paper's reference and nothing of the browser or a file;
// a typed name refused as the signature of a power of attorney or a medical waiver.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { setFolderOpener } from '../../main/paperwork/folder-opener';
import { dataKeyFor } from '../../db/audit-key';
import { documentsDir, readDocumentFile } from '../../main/storage/document-files';
import type { InputOf } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { demoForFile, ok } from '../support/paperwork-demo';
import { tempDir, testKeys } from '../support/temp';
import { inOrder, keepPdf, pdfText } from '../support/paperwork-pdf';

const NOW = new Date('2026-11-02T08:00:00Z');
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const BLANK = 'למילוי';
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';

const demo = demoForFile(4, 7, NOW);

async function newClient(first8: string, patch: Partial<InputOf<'clients.create'>> = {}) {
  const client = await ok(
    demo().call('clients.create', {
      idNumber: validId(first8),
      firstNameHe: 'סמיר',
      lastNameHe: 'חורי',
      birthDate: '1971-06-20',
      sex: 'male',
      street: 'הגפן',
      houseNumber: '4',
      locality: 'נצרת',
      ...patch,
    }),
  );
  const claim = await ok(
    demo().call('claims.create', {
      clientId: client.id,
      benefit: 'general_disability',
      formNumber: null,
      summary: 'כאבי גב קשים מאז 2024, אינני יכול לעמוד יותר מרבע שעה',
    }),
  );
  return { client, claim };
}

async function preview(
  name: string,
  input: InputOf<'paperwork.preview'>,
): Promise<{ text: string; file: string; pages: string[] }> {
  const reply = await ok(demo().call('paperwork.preview', input));
  const file = keepPdf(name, Buffer.from(reply.pdfBase64, 'base64'), 3);
  const pages = pdfText(file)
    .split('\f')
    .filter((p) => p.trim());
  return { text: pdfText(file), file, pages };
}

/** The text between two headings: what one section of the paper shows. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  return text.slice(start, text.indexOf(to, start));
}

describe('the general-disability claim (בל/7801)', () => {
  it('follows the form section by section and marks every blank the client still fills by hand', async () => {
    const { client, claim } = await newClient('31415926');
    const { text } = await preview('bl7801-blanks', { clientId: client.id, claimId: claim.id, template: 'bl7801' });
    const order = [
      'פרטי התובע',
      'מצב משפחתי',
      'פרטי בן/בת הזוג והילדים',
      'כתובת ודרכי התקשרות',
      'פרטי חשבון הבנק לתשלום הקצבה',
      'עבודה',
      'התאריך שבו הפסקת לעבוד',
      'הכנסות ב',
      'המחלות והליקויים',
      'כאבי גב קשים מאז', // the illness as typed at the claim
      'אבחנות',
      'תרופות',
      'קופת חולים',
      'רופאים מטפלים',
      'אשפוזים',
      'גמלאות ופיצויים אחרים',
      'למילוי בידי מי שחותם במקום התובע',
      'התביעה הוגשה בסיוע או על ידי מייצג',
      'הצהרה',
      'אני מצהיר/ה שכל הפרטים שמסרתי בטופס זה נכונים ומלאים',
      'חתימת התובע',
      'טפסים ואישורים', // the source: the NII's forms page
    ];
    expect(inOrder(text, order), order.join(' → ')).not.toContain(-1);
    // The file holds no HMO, doctors, hospitalisations, bank account or marital status: each is marked.
    for (const [from, to] of [
      ['מצב משפחתי', 'פרטי בן/בת הזוג'],
      ['פרטי חשבון הבנק', 'עבודה'],
      ['קופת חולים', 'רופאים מטפלים'],
      ['רופאים מטפלים', 'אשפוזים'],
      ['אשפוזים', 'גמלאות ופיצויים'],
      ['הכנסות ב', 'המחלות והליקויים'],
    ]) {
      expect(between(text, from!, to!), `${from} is marked for the client`).toContain(BLANK);
    }
    // A part that applies only to some (a person signing for the claimant) is a plain line, not a demand.
    expect(between(text, 'למילוי בידי מי שחותם', 'התביעה הוגשה')).not.toContain(`${BLANK}\n`);
  }, 60_000);

  it('fills the family, income and marital status from the file, leaving no mark where it has the answer', async () => {
    const { client, claim } = await newClient('27182818', {
      maritalStatus: 'married',
      bankCode: '12',
      bankBranch: '345',
      bankAccount: '678901',
    });
    await ok(
      demo().call('family.create', {
        clientId: client.id,
        relation: 'spouse',
        firstName: 'ליילא',
        lastName: 'חורי',
        idNumber: validId('11223344'),
        birthDate: '1974-02-01',
        monthlyIncome: '4200.00',
      }),
    );
    await ok(
      demo().call('family.create', {
        clientId: client.id,
        relation: 'child',
        firstName: 'אמיר',
        lastName: 'חורי',
        birthDate: '2010-09-09',
      }),
    );
    await ok(
      demo().call('incomes.create', { clientId: client.id, month: '2026-09', source: 'employee', income: '7350.00' }),
    );
    const { text } = await preview('bl7801-filled', { clientId: client.id, claimId: claim.id, template: 'bl7801' });
    expect(inOrder(text, ['פרטי בן/בת הזוג', 'ליילא חורי', 'אמיר חורי', 'כתובת'])).not.toContain(-1);
    expect(inOrder(text, ['הכנסות ב', '09/2026', 'שכר', '7350.00'])).not.toContain(-1);
    expect(between(text, 'מצב משפחתי', 'פרטי בן/בת הזוג')).not.toContain(BLANK);
    expect(between(text, 'פרטי חשבון הבנק', 'עבודה')).not.toContain(BLANK);
  }, 60_000);
});

describe('the claim form and the medical history', () => {
  it('fills the illness, the date work stopped, the HMO, doctors, hospitalisations, diagnoses and medications', async () => {
    const client = await ok(
      demo().call('clients.create', {
        idNumber: validId('57721566'),
        firstNameHe: 'ראיסה',
        lastNameHe: 'גולן',
        birthDate: '1968-03-03',
        sex: 'female',
        hmo: 'meuhedet',
        maritalStatus: 'married',
        street: 'הדקל',
        houseNumber: '7',
        locality: 'רעננה',
        mobilePhone: '052-7654321',
        bankCode: '10',
        bankBranch: '912',
        bankAccount: '55501234',
      }),
    );
    const claim = await ok(
      demo().call('claims.create', {
        clientId: client.id,
        benefit: 'general_disability',
        formNumber: null,
        summary: null,
        illnessDescription: 'טרשת נפוצה, עייפות קשה ונפילות',
        workStoppedDate: '2026-03-15',
      }),
    );
    await ok(demo().call('diagnoses.create', { clientId: client.id, diagnosis: 'טרשת נפוצה', icdCode: 'G35' }));
    await ok(
      demo().call('doctors.create', {
        clientId: client.id,
        doctorName: 'ד"ר מירב אלון',
        specialty: 'נוירולוגיה',
        clinic: 'מרפאת השרון',
      }),
    );
    await ok(
      demo().call('hospitalisations.create', {
        clientId: client.id,
        hospital: 'איכילוב',
        ward: 'נוירולוגיה',
        fromDate: '2026-02-01',
        toDate: '2026-02-08',
      }),
    );
    await ok(demo().call('medications.create', { clientId: client.id, medicationName: 'אוקרבוס' }));
    await ok(
      demo().call('family.create', {
        clientId: client.id,
        relation: 'spouse',
        firstName: 'יוסף',
        lastName: 'גולן',
        idNumber: validId('66554433'),
        birthDate: '1966-05-05',
        monthlyIncome: '9100.00',
      }),
    );
    await ok(
      demo().call('incomes.create', { clientId: client.id, month: '2026-02', source: 'employee', income: '6200.00' }),
    );
    const { text } = await preview('bl7801-medical', { clientId: client.id, claimId: claim.id, template: 'bl7801' });
    expect(between(text, 'עבודה', 'הכנסות ב')).toContain('15/03/2026');
    const illness = between(text, 'המחלות והליקויים', 'קופת חולים');
    for (const part of ['עייפות קשה ונפילות', 'G35', 'אוקרבוס']) expect(illness).toContain(part);
    expect(between(text, 'קופת חולים', 'רופאים מטפלים')).toContain('מאוחדת');
    expect(between(text, 'רופאים מטפלים', 'אשפוזים')).toContain('מירב אלון');
    expect(between(text, 'אשפוזים', 'גמלאות ופיצויים')).toContain('איכילוב');
    for (const [from, to] of [
      ['קופת חולים', 'רופאים מטפלים'],
      ['רופאים מטפלים', 'אשפוזים'],
      ['אשפוזים', 'גמלאות ופיצויים'],
    ]) {
      expect(between(text, from!, to!), `${from} filled from the file`).not.toContain(BLANK);
    }
  }, 60_000);
});

describe('the power of attorney (בל/70)', () => {
  it('names the office once, then the insured signs, the representatives accept and the lawyer attests', async () => {
    const { client } = await newClient('16180339');
    const office = await ok(demo().call('office.get', {}));
    expect(office.name.startsWith('משרד ')).toBe(true); // the name that used to print as "ממשרד משרד"
    const { text } = await preview('poa-order', { clientId: client.id, template: 'poa' });
    expect(text).not.toContain('ממשרד משרד');
    expect(text).toContain(`מ${office.name}`);
    const order = [
      'פרטי המבוטח',
      'פרטי המייצג',
      'היקף הייצוג',
      'ייפוי הכוח',
      'ממנה בזה את',
      'הרשאה נפרדת',
      'חתימת המבוטח',
      'הסכמת המייצג',
      'לייצג את סמיר חורי',
      'חתימת המייצג',
      'אישור חתימה',
      'חתם/ה בפניי סמיר חורי',
      'חתימת עורך הדין וחותמת',
    ];
    expect(inOrder(text, order), order.join(' → ')).not.toContain(-1);
  }, 60_000);

  it('names the lawyers the user picks — by default every active lawyer — and refuses one who is not', async () => {
    const { client } = await newClient('14142135');
    const second = await ok(
      demo().call('staff.create', {
        fullName: 'נועה ברק',
        licenseNumber: '55123',
        username: 'noa.barak',
        password: 'Noa-Barak-2026!',
        role: 'lawyer',
      }),
    );
    const clerk = await ok(
      demo().call('staff.create', {
        fullName: 'דנה פקידה',
        username: 'dana.clerk',
        password: 'Dana-Clerk-2026!',
        role: 'staff',
      }),
    );
    const appointment = (text: string) => between(text, 'ממנה בזה את', 'להיות מייצגי');

    const all = await preview('poa-all-lawyers', { clientId: client.id, template: 'poa' });
    expect(appointment(all.text)).toContain('נועה ברק (מ.ר');
    expect(appointment(all.text)).toContain('55123');
    expect(appointment(all.text)).toContain('כל אחד מהם לחוד');

    const picked = await preview('poa-one-lawyer', {
      clientId: client.id,
      template: 'poa',
      options: { lawyers: [second.id] },
    });
    expect(appointment(picked.text)).toContain('נועה ברק');
    expect(appointment(picked.text)).not.toContain('לחוד');
    expect(between(picked.text, 'הסכמת המייצג', 'אישור חתימה')).toMatch(/חתימת המייצג\s*:\s*נועה ברק/);

    const refused = await demo().call('paperwork.preview', {
      clientId: client.id,
      template: 'poa',
      options: { lawyers: [clerk.id] },
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.field).toBe('options.lawyers');
    expect(refused.error.message).toContain('אינו עורך דין פעיל במשרד');
  }, 60_000);
});

describe('the foot of every page', () => {
  it('shows the office, the date, page x of y and the reference — no browser, no file name — on previews and signed papers', async () => {
    const { client, claim } = await newClient('17320508');
    const office = await ok(demo().call('office.get', {}));
    const { pages, file } = await preview('bl7801-foot', {
      clientId: client.id,
      claimId: claim.id,
      template: 'bl7801',
    });
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`${office.name} · 02/11/2026`);
      // pdftotext moves the digits of a right-to-left line about its spaces.
      expect(page).toMatch(new RegExp(`עמוד\\s*${i + 1}\\s*מתוך\\s*${pages.length}`));
      expect(page).toMatch(/מסמך BL7801-20261102-[A-Z2-9]{6}/);
    });
    const signed = await ok(
      demo().call('paperwork.sign', {
        clientId: client.id,
        template: 'poa',
        signerName: 'סמיר חורי',
        method: 'drawn',
        signature: PNG,
        device: `browser · ${USER_AGENT}`,
      }),
    );
    // The stored file is sealed: what the app keeps is read back through the data key.
    const sealed = fs.readFileSync(
      `${documentsDir(`${demo().dataDir}/mitzui.sqlite`)}/${signed.sha256.slice(0, 2)}/${signed.sha256}`,
    );
    expect(sealed.includes(Buffer.from('%PDF'))).toBe(false);
    const stored = keepPdf(
      'signed-poa-stored',
      readDocumentFile(
        documentsDir(`${demo().dataDir}/mitzui.sqlite`),
        signed.sha256,
        dataKeyFor(testKeys, demo().dataDir),
      ),
    );
    for (const pdf of [file, stored]) {
      const text = pdfText(pdf);
      const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
      for (const leak of [
        'Mozilla',
        'HeadlessChrome',
        'Chrome/',
        'Electron',
        '.html',
        'file:',
        '/tmp/',
        'mitzui-paper',
      ]) {
        expect(text, `${pdf} text`).not.toContain(leak);
        expect(info, `${pdf} properties`).not.toContain(leak);
      }
      expect(info).toMatch(/Creator:\s+מיצוי/);
    }
    expect(pdfText(stored)).toMatch(/מסמך BL70-20261102-[A-Z2-9]{6}/);
    expect(fs.existsSync(stored)).toBe(true);
  }, 60_000);
});

describe('a signature by hand', () => {
  it('refuses a typed name as the signature of a power of attorney or a medical waiver, and takes it for a claim form', async () => {
    const { client, claim } = await newClient('22360679');
    for (const [template, paper] of [
      ['poa', 'ייפוי כוח'],
      ['medical_waiver', 'כתב ויתור על סודיות רפואית'],
    ] as const) {
      const reply = await demo().call('paperwork.sign', {
        clientId: client.id,
        template,
        signerName: 'סמיר חורי',
        method: 'typed',
        signature: 'סמיר חורי',
        device: 'בדיקה',
      });
      expect(reply.ok, template).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.field).toBe('signature');
      expect(reply.error.message).toContain(`הקלדת שם אינה חתימה על ${paper}`);
    }
    expect(await ok(demo().call('paperwork.list', { clientId: client.id }))).toEqual([]);
    const form = await ok(
      demo().call('paperwork.sign', {
        clientId: client.id,
        claimId: claim.id,
        template: 'bl7801',
        signerName: 'סמיר חורי',
        method: 'typed',
        signature: 'סמיר חורי',
        device: 'בדיקה',
      }),
    );
    expect(form.method).toBe('typed');
  }, 60_000);
});

/** Every file under `dir` (skipping what vanishes while it is walked: other tests' temp folders). */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

/** The files among `files` that hold any of `needles` (as `strings` would find them). */
function holding(files: string[], needles: Buffer[]): string[] {
  return files.filter((file) => {
    try {
      const bytes = fs.readFileSync(file);
      return needles.some((needle) => bytes.includes(needle));
    } catch {
      return false;
    }
  });
}

describe('an exported package', () => {
  it('is written decrypted only into the folder the user chose; the app keeps no copy in its own or temp folders', async () => {
    const { client, claim } = await newClient('26457513');
    for (const template of ['poa', 'medical_waiver'] as const) {
      await ok(
        demo().call('paperwork.sign', {
          clientId: client.id,
          template,
          signerName: 'סמיר חורי',
          method: 'drawn',
          signature: PNG,
          device: 'בדיקה',
        }),
      );
    }
    await ok(
      demo().call('documents.add', {
        clientId: client.id,
        claimId: claim.id,
        kind: 'id_card',
        name: 'תעודת זהות.png',
        mimeType: 'image/png',
        contentBase64: PNG.split(',')[1]!,
      }),
    );
    const chosen = tempDir('mitzui-chosen-');
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    try {
      const exported = await ok(demo().call('paperwork.export', { claimId: claim.id, targetFolder: chosen.dir }));
      expect(exported.path).toBe(path.join(chosen.dir, exported.fileName));
      expect(fs.readdirSync(chosen.dir)).toEqual([exported.fileName]);
      const zip = Buffer.from(exported.zipBase64, 'base64');
      expect(fs.readFileSync(exported.path!).equals(zip)).toBe(true);

      // What a decrypted copy would show: the zip itself, each file in it, the client's name and ID.
      const entries = Object.values(unzipSync(zip)).map((bytes) => Buffer.from(bytes).subarray(0, 4096));
      const needles = [zip.subarray(0, 4096), ...entries, Buffer.from(client.idNumber), Buffer.from('סמיר חורי')];
      expect(holding(filesUnder(chosen.dir), needles)).toEqual([exported.path]); // the needles do find a plain copy
      expect(
        holding(
          filesUnder(demo().dataDir).filter((file) => !file.endsWith('.sqlite') && !file.includes('.sqlite-')),
          needles,
        ),
      ).toEqual([]);
      const newInTmp = fs
        .readdirSync(os.tmpdir())
        .filter((name) => !tmpBefore.has(name) && name !== path.basename(chosen.dir));
      expect(
        holding(
          newInTmp.flatMap((name) => filesUnder(path.join(os.tmpdir(), name))),
          needles,
        ),
      ).toEqual([]);
    } finally {
      chosen.cleanup();
    }
  }, 60_000);

  it('without a chosen folder goes only to the download; a folder that is not there is named in the error', async () => {
    const { client, claim } = await newClient('26457521');
    for (const template of ['poa', 'medical_waiver'] as const) {
      await ok(
        demo().call('paperwork.sign', {
          clientId: client.id,
          template,
          signerName: 'סמיר חורי',
          method: 'drawn',
          signature: PNG,
          device: 'בדיקה',
        }),
      );
    }
    const exported = await ok(demo().call('paperwork.export', { claimId: claim.id }));
    expect(exported.path).toBeNull();
    expect(fs.existsSync(path.join(demo().dataDir, 'exports', exported.fileName))).toBe(false);
    const refused = await demo().call('paperwork.export', {
      claimId: claim.id,
      targetFolder: path.join(demo().dataDir, 'אין-כזו'),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect([refused.error.field, refused.error.message]).toEqual([
        'targetFolder',
        'התיקייה שנבחרה לשמירת הקובץ אינה קיימת',
      ]);
  }, 60_000);

  it('names its folder, and only the desktop shell opens it — for a file the export wrote, nothing else', async () => {
    const { client, claim } = await newClient('26457539');
    for (const template of ['poa', 'medical_waiver'] as const) {
      await ok(
        demo().call('paperwork.sign', {
          clientId: client.id,
          template,
          signerName: 'סמיר חורי',
          method: 'drawn',
          signature: PNG,
          device: 'בדיקה',
        }),
      );
    }
    const chosen = tempDir('mitzui-chosen-');
    const folder = chosen.dir;
    try {
      const exported = await ok(demo().call('paperwork.export', { claimId: claim.id, targetFolder: folder }));

      // Browser mode: no file manager to open, the desk shows the folder.
      expect(
        await ok(demo().call('paperwork.showExport', { fileName: exported.fileName, targetFolder: folder })),
      ).toEqual({ folder, opened: false });

      const shown: string[] = [];
      setFolderOpener((file) => shown.push(file));
      expect(
        await ok(demo().call('paperwork.showExport', { fileName: exported.fileName, targetFolder: folder })),
      ).toEqual({ folder, opened: true });
      expect(shown).toEqual([exported.path]);

      fs.writeFileSync(path.join(folder, 'notes.txt'), 'x');
      for (const fileName of ['../mitzui.sqlite', 'אין-כזה.zip', 'notes.txt']) {
        const refused = await demo().call('paperwork.showExport', { fileName, targetFolder: folder });
        expect(refused.ok, fileName).toBe(false);
        if (!refused.ok) expect(refused.error.message).toContain('קובץ הייצוא אינו בתיקייה שנבחרה');
      }
      expect(shown).toHaveLength(1);
    } finally {
      chosen.cleanup();
    }
  }, 60_000);
});
