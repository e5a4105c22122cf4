// Typing in the client list, server side: every keystroke of a family name or a phone number typed
// from its first character, each answered as the list screen asks ('clients.list': the first window
// of 100 rows, with the total), against a hand-written FTS5 MATCH ranked by bm25 with the same window
// and a count. The keystroke-to-rows figure in the browser is test/e2e/clients-latency.test.ts.
import { sampleClientIds, type BenchContext } from './context';
import { rawMatch } from './search';
import { stats, timeEach, type Row } from './timing';

const WINDOW = 100;

/** Each prefix of what is typed, the first character included. */
const keystrokes = (typed: string) =>
  Array.from({ length: typed.length }, (_, n) => typed.slice(0, n + 1)).filter((q) => !q.endsWith(' '));

export async function benchTyping(ctx: BenchContext, count: number): Promise<Row[]> {
  const person = ctx.sqlite.prepare('SELECT last_name_he, mobile_phone FROM insured_person WHERE id = ?');
  const typed = sampleClientIds(ctx, count).map((id) => {
    const p = person.get(id) as { last_name_he: string; mobile_phone: string | null };
    // A phone as typed: its national form's first digits.
    return ctx.random.chance(0.5) || !p.mobile_phone ? p.last_name_he : `0${p.mobile_phone.slice(4)}`.slice(0, 5);
  });
  const all = typed.flatMap(keystrokes);
  const first = typed.map((t) => t.slice(0, 1));
  const rawPage = ctx.sqlite.prepare(
    `SELECT p.id FROM client_search s JOIN insured_person p ON p.id = s.rowid
     WHERE client_search MATCH @match AND p.office_id = @officeId AND p.deleted_at IS NULL ORDER BY bm25(client_search, 10.0, 4.0) LIMIT ${WINDOW}`,
  );
  const rawTotal = ctx.sqlite.prepare('SELECT count(*) FROM client_search WHERE client_search MATCH ?').pluck();
  const byHand = (query: string) => {
    const match = rawMatch(query);
    return [rawPage.all({ match, officeId: ctx.officeId }), rawTotal.get(match)];
  };
  const screen = (query: string) => ctx.call('clients.list', { query, limit: WINDOW, offset: 0, withTotal: true });
  const keys = { app: stats(await timeEach(all, screen)), raw: stats(await timeEach(all, byHand)) };
  const firsts = { app: stats(await timeEach(first, screen)), raw: stats(await timeEach(first, byHand)) };
  const row = (
    operation: string,
    figures: typeof keys,
    at: 'p50' | 'p95',
    target: string,
    pass: boolean | null,
  ): Row => ({
    operation,
    unit: 'ms',
    app: figures.app[at],
    raw: figures.raw[at],
    appCpu: figures.app.cpu[at],
    rawCpu: figures.raw.cpu[at],
    target,
    pass,
  });
  return [
    row(
      `typing in the client list: 'clients.list' window of ${WINDOW} with the total per keystroke, p50 (${all.length} keystrokes)`,
      keys,
      'p50',
      '—',
      null,
    ),
    row('typing in the client list, p95', keys, 'p95', '≤ 100 ms', keys.app.p95 <= 100),
    row(
      `typing in the client list, the first character only, p95 (${first.length})`,
      firsts,
      'p95',
      '≤ 100 ms',
      firsts.app.p95 <= 100,
    ),
  ];
}
