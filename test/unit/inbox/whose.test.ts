// Whose letter when it gives no ID number: the addressee's name and the NII's file or claim number it
// names; and which claim: by the NII's claim number, else by benefit and the letter's date.
import { describe, expect, it } from 'vitest';
import { findAddressee, findFileNumbers, nameKey } from '../../../shared/inbox/addressee';
import { readLetter } from '../../../shared/inbox/read-letter';
import { claimOf, whoseLetter, type ClaimCandidate, type ClientLookup } from '../../../shared/inbox/whose';

const letter = [
  'המוסד לביטוח לאומי',
  'תאריך: 12.03.2024',
  'לכבוד',
  'דנה בן דוד',
  'רחוב הרצל 12, חיפה',
  'מספר תיק: 12-345678',
  'מספר תביעה: 000000026',
  'הנדון: תביעה לגמלת נכות כללית',
  'שלום רב,',
].join('\n');

/** Clients 1 (דנה בן דוד, file 12-345678), 2 and 3 (both משה כהן). */
const lookup: ClientLookup = {
  byIdNumber: (id) => (id === '123456782' ? 1 : null),
  byFileNumber: (n) => ({ '12-345678': 1, '99-999999': 2 })[n] ?? null,
  byName: (key) => ({ [nameKey('דנה בן דוד')]: [1], [nameKey('משה כהן')]: [2, 3] })[key] ?? [],
};

describe('the addressee and the file numbers', () => {
  it('the name under לכבוד, and the numbers labelled as the file or the claim', () => {
    const reading = readLetter(letter);
    expect(reading.addressee?.name).toBe('דנה בן דוד');
    expect(letter.slice(reading.addressee!.span.start, reading.addressee!.span.end)).toBe('דנה בן דוד');
    expect(reading.fileNumbers).toEqual(['12-345678', '000000026']);
    expect(reading.idNumbers).toEqual([]);
  });

  it('a name on the לכבוד line itself; an address there is no name', () => {
    expect(findAddressee('לכבוד: משה כהן\nרחוב יפו 97')?.name).toBe('משה כהן');
    expect(findAddressee('לכבוד\nרחוב יפו 97')).toBeUndefined();
    expect(findFileNumbers("תיק מס' 55-123456 ותביעה מספר 778899")).toEqual(['55-123456', '778899']);
  });

  it('names compare by their words, in any order, without quotes', () => {
    expect(nameKey('כהן  משה')).toBe(nameKey('משה כהן'));
    expect(nameKey('שמעון בן-דוד')).toBe(nameKey('שמעון בן דוד'));
    expect(nameKey('משה כהן')).not.toBe(nameKey('משה לוי'));
  });
});

describe('whose letter', () => {
  it('by an ID number first', () => {
    expect(whoseLetter({ idNumbers: ['123456782'], fileNumbers: ['99-999999'] }, lookup)).toEqual({
      clientId: 1,
      by: 'idNumber',
    });
  });

  it('without an ID: by the file number', () => {
    expect(whoseLetter(readLetter(letter), lookup)).toEqual({ clientId: 1, by: 'fileNumber' });
  });

  it('a file number of another client than the one addressed is not trusted', () => {
    expect(
      whoseLetter(
        { idNumbers: [], fileNumbers: ['99-999999'], addressee: { name: 'דנה בן דוד', span: { start: 0, end: 0 } } },
        lookup,
      ),
    ).toEqual({ clientId: 1, by: 'name' });
  });

  it('by the name alone only when one client bears it', () => {
    const named = (name: string) => ({ idNumbers: [], addressee: { name, span: { start: 0, end: 0 } } });
    expect(whoseLetter(named('בן דוד דנה'), lookup)).toEqual({ clientId: 1, by: 'name' });
    expect(whoseLetter(named('משה כהן'), lookup)).toBeNull();
    expect(whoseLetter({ ...named('משה כהן'), fileNumbers: ['99-999999'] }, lookup)).toEqual({
      clientId: 2,
      by: 'fileNumber',
    });
    expect(whoseLetter({ idNumbers: [] }, lookup)).toBeNull();
  });
});

describe('which claim', () => {
  const claim = (
    id: number,
    benefit: ClaimCandidate['benefit'],
    filedDate: string | null,
    extra: Partial<ClaimCandidate> = {},
  ): ClaimCandidate => ({ id, benefit, niiClaimNumber: null, filedDate, status: 'filed', ...extra });
  const reading = readLetter(letter);

  it('the claim the NII numbered as the letter does', () => {
    expect(
      claimOf(reading, [
        claim(1, 'general_disability', '2024-01-01'),
        claim(2, 'mobility', '2025-01-01', { niiClaimNumber: '000000026' }),
      ]),
    ).toBe(2);
  });

  it("else the latest claim of the letter's benefit made on or before its date, closed ones last", () => {
    const claims = [
      claim(1, 'general_disability', '2023-01-01'),
      claim(2, 'general_disability', '2024-02-01'),
      claim(3, 'general_disability', '2024-05-01'),
      claim(4, 'work_injury', '2024-03-01'),
    ];
    expect(claimOf(reading, claims)).toBe(2);
    expect(claimOf(reading, [claims[0]!, { ...claims[1]!, status: 'closed' }])).toBe(1);
    expect(claimOf(reading, [claims[3]!])).toBeNull();
  });
});
