// Bulk insert of 50,000 client rows into an empty office (measured before the app had an importer):
// the demo generator's path (prepared insert, indexClient, appendAudit per row, one transaction)
// against the same rows, search text and chained audit rows inserted by hand.
import { createHash } from 'node:crypto';
import { dayOf } from '../db/demo/calendar';
import type { PersonContext } from '../db/demo/context';
import { DEMO_AS_OF } from '../db/demo/generate';
import { IdNumbers } from '../db/demo/identity';
import { makePerson } from '../db/demo/person';
import { Random } from '../db/demo/random';
import { createDemoOffice } from '../db/demo/staff';
import { writePerson } from '../db/demo/write';
import { openDatabase, type Store } from '../db/open';
import { BENCH_KEYS } from './store';
import { appendAudit } from '../db/repositories/audit';
import { clientSearchText } from '../db/search/client-index';
import { dataFiles, migrationsFolder } from '../main/config/paths';
import { scratchDir } from './store';
import { rate, timeOnce, WITHIN_3X, withinRatio, type Row } from './timing';

type Person = ReturnType<typeof makePerson>['person'];

const COLUMNS = `office_id, id_number, first_name_he, last_name_he, first_name_latin, last_name_latin, birth_date, sex,
  marital_status, residency, street, house_number, locality, postal_code, mobile_phone, other_phone, email, preferred_language,
  is_housewife, aliya_date, bank_code, bank_branch, bank_account, file_number, version, created_at, updated_at, created_by, updated_by`;

/** A fresh store holding an empty office (owner, lawyers, clerks) and `rows` clients drawn for it. */
export async function emptyOffice(
  dir: string,
  rows: number,
  seed: number,
  passwordHash: string,
): Promise<{ store: Store; people: Person[] }> {
  const files = dataFiles(dir);
  const store = await openDatabase({
    keys: BENCH_KEYS,
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  });
  const random = new Random(seed);
  const asOf = dayOf(DEMO_AS_OF);
  const { officeId, staff } = store.db.transaction(() =>
    createDemoOffice(store.db, random, { clients: rows, asOf, passwordHash }),
  );
  const ctx: PersonContext = { random, ids: new IdNumbers(), staff, officeId, asOf };
  return { store, people: Array.from({ length: rows }, (_, n) => makePerson(ctx, n + 1).person) };
}

export function importByGenerator(store: Store, people: Person[]): void {
  store.db.transaction(() => {
    for (const person of people) {
      const id = writePerson(store.db, person);
      appendAudit(store.db, {
        at: person.createdAt!,
        officeId: person.officeId,
        staffId: person.createdBy,
        action: 'create',
        entity: 'insured_person',
        entityId: id,
      });
    }
  });
}

/** The same rows, search text and (unless `audited` is false) chained audit rows, by hand. */
export function importByHand(store: Store, people: Person[], audited = true): void {
  const { sqlite } = store;
  const insert = sqlite.prepare(
    `INSERT INTO insured_person (${COLUMNS}) VALUES (${COLUMNS.split(',')
      .map(() => '?')
      .join(', ')})`,
  );
  const index = sqlite.prepare('INSERT INTO client_search (rowid, names, identifiers, name_keys) VALUES (?, ?, ?, ?)');
  const audit = sqlite.prepare(
    'INSERT INTO audit_log (id, at, office_id, staff_id, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const head = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    id: number;
    hash: string;
  };
  sqlite.transaction(() => {
    let { id: auditId, hash: prevHash } = head;
    for (const p of people) {
      const row = [
        p.officeId,
        p.idNumber,
        p.firstNameHe,
        p.lastNameHe,
        p.firstNameLatin,
        p.lastNameLatin,
        p.birthDate,
        p.sex,
        p.maritalStatus,
        p.residency,
        p.street,
        p.houseNumber,
        p.locality,
        p.postalCode,
        p.mobilePhone,
        p.otherPhone,
        p.email,
        p.preferredLanguage,
        p.isHousewife ? 1 : 0,
        p.aliyaDate,
        p.bankCode,
        p.bankBranch,
        p.bankAccount,
        p.fileNumber,
        p.version,
        p.createdAt,
        p.updatedAt,
        p.createdBy,
        p.updatedBy,
      ];
      const id = Number(insert.run(row.map((v) => v ?? null)).lastInsertRowid);
      const { names, identifiers, nameKeys } = clientSearchText({
        id,
        ...p,
        firstNameLatin: p.firstNameLatin ?? null,
        lastNameLatin: p.lastNameLatin ?? null,
        firstNameAr: null,
        lastNameAr: null,
        mobilePhone: p.mobilePhone ?? null,
        otherPhone: p.otherPhone ?? null,
        fileNumber: p.fileNumber ?? null,
      });
      index.run(id, names, identifiers, nameKeys);
      if (!audited) continue;
      const hash = createHash('sha256')
        .update(`${prevHash}\n${auditId + 1}\n${p.createdAt}\n${id}`)
        .digest('hex');
      audit.run(++auditId, p.createdAt, p.officeId, p.createdBy, 'create', 'insured_person', id, prevHash, hash);
      prevHash = hash;
    }
  })();
}

export async function benchImport(rows: number, seed: number): Promise<Row[]> {
  const scratch = scratchDir('mitzui-bench-import-');
  try {
    const viaGenerator = await emptyOffice(`${scratch.dir}/generator`, rows, seed, 'bench');
    const viaHand = await emptyOffice(`${scratch.dir}/by-hand`, rows, seed, 'bench');
    const app = rate(rows, await timeOnce(() => importByGenerator(viaGenerator.store, viaGenerator.people)));
    const raw = rate(rows, await timeOnce(() => importByHand(viaHand.store, viaHand.people)));
    viaGenerator.store.close();
    viaHand.store.close();
    const figures = { unit: 'rows/s' as const, app: app.wall, raw: raw.wall, appCpu: app.cpu, rawCpu: raw.cpu };
    return [
      {
        operation: `bulk insert of ${rows.toLocaleString('en-US')} client rows, the generator's path (insert, index, audit row each)`,
        ...figures,
        target: `≥ 10,000 rows/s and ${WITHIN_3X}`,
        pass: app.wall >= 10_000 && withinRatio(figures, 3),
      },
    ];
  } finally {
    scratch.cleanup();
  }
}
