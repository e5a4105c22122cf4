import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsraeliId, israeliIdCheckDigit, normalizeIsraeliId } from '../../shared/identity/israeli-id';

const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
const validIds = eightDigits.filter((d) => d !== '00000000').map((d) => d + israeliIdCheckDigit(d));

describe('Israeli ID check digit', () => {
  it('accepts known valid numbers and refuses known invalid ones', () => {
    expect(isValidIsraeliId('000000018')).toBe(true);
    expect(isValidIsraeliId('123456782')).toBe(true);
    expect(isValidIsraeliId('123456789')).toBe(false);
    expect(isValidIsraeliId('000000000')).toBe(false);
  });

  it('left-pads short numbers and ignores spaces and dashes', () => {
    expect(normalizeIsraeliId('18')).toBe('000000018');
    expect(isValidIsraeliId('18')).toBe(true);
    expect(normalizeIsraeliId('12345678-2')).toBe('123456782');
    expect(normalizeIsraeliId('1234567890')).toBeNull();
    expect(normalizeIsraeliId('12a')).toBeNull();
    expect(normalizeIsraeliId(' 12 345 678\t2 ')).toBe('123456782');
    expect(normalizeIsraeliId('a12')).toBeNull();
    expect(normalizeIsraeliId('')).toBeNull();
  });

  it('completes exactly eight digits, and nothing else', () => {
    expect(israeliIdCheckDigit('12345678')).toBe(2);
    expect(israeliIdCheckDigit('00000001')).toBe(8);
    expect(israeliIdCheckDigit('00000000')).toBe(0);
    for (const bad of ['1234567', '123456789', '1234567a', ' 12345678', '12345678 '])
      expect(() => israeliIdCheckDigit(bad)).toThrow('exactly 8 digits');
  });

  it('every generated valid ID passes', () => {
    fc.assert(fc.property(validIds, (id) => isValidIsraeliId(id)));
  });

  it('every single-digit change of a valid ID fails', () => {
    fc.assert(
      fc.property(validIds, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (id, position, shift) => {
        const changed = (Number(id[position]) + shift) % 10;
        const mutated = id.slice(0, position) + changed + id.slice(position + 1);
        return mutated !== '000000000' ? !isValidIsraeliId(mutated) : true;
      }),
    );
  });

  it('the same ID without leading zeros is still valid', () => {
    fc.assert(fc.property(validIds, (id) => isValidIsraeliId(id.replace(/^0+/, '')) === true));
  });
});
