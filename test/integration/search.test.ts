// Full-text search over clients: what a secretary types, with Hebrew final letters, niqqud,
// parts of IDs and phones; the index follows edits, deletions and start-up repair.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../main/app';
import { expectOk, openTestOffice, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { testKeys } from '../support/temp';

let app: TestApp;
let token: string;

const base = { birthDate: '1970-01-01', sex: 'male' as const };

beforeEach(async () => {
  ({ app, token } = await openTestOffice());
  for (const client of [
    {
      ...base,
      idNumber: validId('31415926'),
      firstNameHe: 'משה',
      lastNameHe: 'כהן',
      mobilePhone: '052-3456789',
      fileNumber: 'ת-2024/117',
    },
    {
      ...base,
      idNumber: validId('27182818'),
      firstNameHe: 'שָׁלוֹם',
      lastNameHe: 'אֶלְמָלִיחַ',
      firstNameLatin: 'Shalom',
      lastNameLatin: 'Elmaliach',
    },
    { ...base, idNumber: validId('16180339'), firstNameHe: 'יוסף', lastNameHe: 'כהנים', mobilePhone: '054-7654321' },
    {
      ...base,
      idNumber: validId('00012345'),
      firstNameHe: 'ג׳ורג׳',
      lastNameHe: 'חדאד',
      firstNameLatin: 'George',
      lastNameLatin: 'Haddad',
    },
  ]) {
    expectOk(await app.call(token, 'clients.create', client));
  }
});
afterEach(() => app.dispose());

async function found(query: string): Promise<string[]> {
  return expectOk(await app.call(token, 'clients.search', { query })).rows.map(
    (c) => `${c.firstNameHe} ${c.lastNameHe}`,
  );
}

describe('client search', () => {
  it('folds Hebrew final letters both ways', async () => {
    expect(await found('כהן')).toEqual(['משה כהן', 'יוסף כהנים']);
    expect(await found('כהנ')).toEqual(['משה כהן', 'יוסף כהנים']);
    // כהני is also כהן with a י inserted: found after the exact match.
    expect(await found('כהני')).toEqual(['יוסף כהנים', 'משה כהן']);
    expect(await found('יוסף כה')).toEqual(['יוסף כהנים']);
  });

  it('ignores niqqud, geresh and Latin case', async () => {
    expect(await found('שלום')).toEqual(['שָׁלוֹם אֶלְמָלִיחַ']);
    expect(await found('אלמליח')).toEqual(['שָׁלוֹם אֶלְמָלִיחַ']);
    expect(await found('ג׳ורג׳')).toEqual(['ג׳ורג׳ חדאד']);
    expect(await found('גורג')).toEqual(['ג׳ורג׳ חדאד']);
    expect(await found('HADD')).toEqual(['ג׳ורג׳ חדאד']);
  });

  it('finds an ID by its beginning, any part of it, or without leading zeros', async () => {
    const id = validId('31415926');
    expect(await found(id.slice(0, 4))).toEqual(['משה כהן']);
    expect(await found(id.slice(3, 8))).toEqual(['משה כהן']);
    const padded = validId('00012345');
    expect(await found(padded.replace(/^0+/, ''))).toEqual(['ג׳ורג׳ חדאד']);
    expect(await found(padded)).toEqual(['ג׳ורג׳ חדאד']);
  });

  it('finds phones as typed, with dashes, spaces or the country code, and the file number', async () => {
    expect(await found('052-345')).toEqual(['משה כהן']);
    expect(await found('+972 52 345 6789')).toEqual(['משה כהן']);
    expect(await found('6789')).toEqual(['משה כהן']);
    expect(await found('2024/117')).toEqual(['משה כהן']);
  });

  it('returns nothing for punctuation alone, and the total with a page', async () => {
    expect(await found('%')).toEqual([]);
    const page = expectOk(await app.call(token, 'clients.search', { query: 'כה', limit: 1 }));
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
  });

  it('follows an edit and a deletion', async () => {
    const [moshe] = expectOk(await app.call(token, 'clients.search', { query: 'משה' })).rows;
    const { id, version, createdAt: _c, updatedAt: _u, ...fields } = moshe!;
    expectOk(await app.call(token, 'clients.update', { ...fields, id, version, lastNameHe: 'לוינסון' }));
    expect(await found('כהן')).toEqual(['יוסף כהנים']);
    expect(await found('לוינ')).toEqual(['משה לוינסון']);
    expectOk(await app.call(token, 'clients.delete', { id, version: version + 1 }));
    expect(await found('משה')).toEqual([]);
    expect(expectOk(await app.call(token, 'clients.search', {})).total).toBe(3);
  });

  it('sorts a filtered list when asked, instead of ranking', async () => {
    const page = expectOk(await app.call(token, 'clients.search', { query: 'כה', sort: 'name', direction: 'desc' }));
    expect(page.rows.map((c) => c.lastNameHe)).toEqual(['כהנים', 'כהן']);
  });

  it('finds a name however it is spelt, exact spellings first', async () => {
    for (const [firstNameHe, lastNameHe, id] of [
      ['מוחמד', 'אגבריה', '11111111'],
      ['מחמד', 'אגבאריה', '22222222'],
      ['עבד אל רחמן סמיר', 'אגבארייה', '33333333'],
      ['יעקב', 'טקסלר', '44444444'],
    ]) {
      expectOk(
        await app.call(token, 'clients.create', {
          ...base,
          idNumber: validId(id!),
          firstNameHe: firstNameHe!,
          lastNameHe: lastNameHe!,
        }),
      );
    }
    expect((await found('אגבאריה'))[0]).toBe('מחמד אגבאריה');
    expect((await found('אגבאריה')).slice(1).sort()).toEqual(['מוחמד אגבריה', 'עבד אל רחמן סמיר אגבארייה']);
    expect((await found('אגבארייה'))[0]).toBe('עבד אל רחמן סמיר אגבארייה');
    expect((await found('אגבריה'))[0]).toBe('מוחמד אגבריה');
    expect(await found('מוחמד אגב')).toEqual(['מוחמד אגבריה', 'מחמד אגבאריה']);
    expect(await found('תכסלר')).toEqual(['יעקב טקסלר']);
    expect(await found('יעקוב')).toEqual(['יעקב טקסלר']);
    const list = expectOk(await app.call(token, 'clients.list', { query: 'אגבריה', sort: 'name', direction: 'asc' }));
    expect(list.rows.map((c) => c.lastNameHe).sort()).toEqual(['אגבאריה', 'אגבארייה', 'אגבריה']);
    const everywhere = expectOk(await app.call(token, 'search.global', { query: 'אגבריה', limit: 10 }));
    expect(everywhere.clients.map((c) => c.lastNameHe)).toHaveLength(3);
    expect(everywhere.clients[0]!.lastNameHe).toBe('אגבריה');
  });

  it('rebuilds a damaged index when the store opens', async () => {
    app.store.sqlite.exec('DELETE FROM client_search');
    expect(await found('כהן')).toEqual([]);
    app.close();
    const reopened = await openApp({ keys: testKeys, dataDir: app.dataDir });
    const session = reopened.sessions.open(1, 1, 'owner');
    const reply = expectOk(await reopened.dispatch(session, 'clients.search', { query: 'כהן' })) as {
      rows: { lastNameHe: string }[];
    };
    expect(reply.rows.map((r) => r.lastNameHe)).toEqual(['כהן', 'כהנים']);
    reopened.close();
    app.close = () => {};
  });
});
