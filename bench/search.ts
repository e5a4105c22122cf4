// Search as you type: 1,000 queries made of what a secretary types — the start of a family name, a
// first name and the start of the family name, the start of an ID number, part of a phone number —
// through the app's searchInsuredPersons (ranked page of 50 and the total), against a hand-written
// FTS5 MATCH on client_search joined to insured_person (the same ranked page of 50).
import { searchInsuredPersons } from '../db/repositories/insured-persons';
import { foldForSearch } from '../shared/search/fold';
import { sampleClientIds, type BenchContext } from './context';
import { stats, timeEach, WITHIN_3X, withinRatio, type Row } from './timing';

interface Person {
  first_name_he: string;
  last_name_he: string;
  id_number: string;
  mobile_phone: string | null;
}

function typed(ctx: BenchContext, person: Person): string {
  const { random } = ctx;
  const kind = random.weighted([
    ['family', 40],
    ['full', 20],
    ['id', 20],
    ['phone', 20],
  ] as const);
  const national = person.mobile_phone ? `0${person.mobile_phone.slice(4)}` : null;
  if (kind === 'family') return person.last_name_he.slice(0, random.int(2, 5));
  if (kind === 'full') return `${person.first_name_he} ${person.last_name_he.slice(0, random.int(1, 3))}`;
  if (kind === 'id' || !national) return person.id_number.slice(0, random.int(3, 7));
  // The number's start as typed with a dash (052-345), or its last digits.
  return random.chance(0.5)
    ? `${national.slice(0, 3)}-${national.slice(3, random.int(4, 7))}`
    : national.slice(-random.int(4, 6));
}

/** The hand-written MATCH: each folded word (or the digits) as a prefix. */
export function rawMatch(query: string): string {
  if (/^[\d\s-]+$/.test(query)) return `"${query.replace(/\D/g, '')}"*`;
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word}"*`)
    .join(' AND ');
}

export function searchQueries(ctx: BenchContext, count: number): string[] {
  const person = ctx.sqlite.prepare(
    'SELECT first_name_he, last_name_he, id_number, mobile_phone FROM insured_person WHERE id = ?',
  );
  return sampleClientIds(ctx, count).map((id) => typed(ctx, person.get(id) as Person));
}

export async function benchSearch(ctx: BenchContext, queries: string[]): Promise<Row[]> {
  const raw = ctx.sqlite.prepare(
    `SELECT p.* FROM client_search s JOIN insured_person p ON p.id = s.rowid
     WHERE client_search MATCH ? AND p.office_id = ? AND p.deleted_at IS NULL
     ORDER BY bm25(client_search, 10.0, 4.0) LIMIT 50`,
  );
  const app = stats(
    await timeEach(queries, (query) =>
      searchInsuredPersons(ctx.db, ctx.officeId, { query, direction: 'asc', limit: 50, offset: 0 }),
    ),
  );
  const byHand = stats(await timeEach(queries, (query) => raw.all(rawMatch(query), ctx.officeId)));
  const p95 = { unit: 'ms' as const, app: app.p95, raw: byHand.p95, appCpu: app.cpu.p95, rawCpu: byHand.cpu.p95 };
  const mean = { unit: 'ms' as const, app: app.mean, raw: byHand.mean, appCpu: app.cpu.mean, rawCpu: byHand.cpu.mean };
  return [
    {
      operation: `search as you type, p50 (${queries.length} queries)`,
      unit: 'ms',
      app: app.p50,
      raw: byHand.p50,
      appCpu: app.cpu.p50,
      rawCpu: byHand.cpu.p50,
      target: '—',
      pass: null,
    },
    {
      operation: `search as you type, p95 (${queries.length} queries)`,
      ...p95,
      target: '≤ 10 ms and ≤ 2× raw',
      pass: app.p95 <= 10 && withinRatio(p95, 2),
    },
    { operation: 'search as you type, mean', ...mean, target: WITHIN_3X, pass: withinRatio(mean, 3) },
  ];
}
