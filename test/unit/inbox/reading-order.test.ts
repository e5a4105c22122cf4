import { describe, expect, it } from 'vitest';
import { looksReversed, pageText, reverseHebrewWords, type Piece } from '../../../shared/inbox/reading-order';

/** One line of words laid out from `right` leftwards (as a reader sees them), each word a piece. */
function drawnRightToLeft(words: string[], y: number, turn = (w: string) => w): Piece[] {
  let x = 500;
  return words.map((word) => {
    const width = word.length * 6;
    x -= width + 4;
    return { text: turn(word), x, width, y };
  });
}

const reverse = (s: string) => [...s].reverse().join('');

describe('reading order', () => {
  const line1 = ['המוסד', 'לביטוח', 'לאומי'];
  const line2 = ['הוחלט', 'לאשר', 'את', 'תביעתך', 'מיום', '12.03.2024', 'בשיעור', '60%'];

  it('logical words drawn right to left read right to left, top line first', () => {
    const pieces = [...drawnRightToLeft(line2, 700), ...drawnRightToLeft(line1, 720)];
    expect(pageText(pieces)).toEqual({
      text: 'המוסד לביטוח לאומי\nהוחלט לאשר את תביעתך מיום 12.03.2024 בשיעור 60%',
      reversed: false,
    });
  });

  it('words whose letters come out reversed, in either order across the line, are put back', () => {
    const turned = (w: string) => (/\d/.test(w) ? w : reverse(w));
    const rightToLeft = [...drawnRightToLeft(line1, 720, turned), ...drawnRightToLeft(line2, 700, turned)];
    const expected = 'המוסד לביטוח לאומי\nהוחלט לאשר את תביעתך מיום 12.03.2024 בשיעור 60%';
    expect(pageText(rightToLeft)).toEqual({ text: expected, reversed: true });
    const mirrored = rightToLeft.map((p) => ({ ...p, x: 1000 - p.x - p.width }));
    expect(pageText(mirrored)).toEqual({ text: expected, reversed: true });
  });

  it('brackets in a right-to-left line are mirrored', () => {
    expect(pageText(drawnRightToLeft(['סניף', ')חיפה('], 700)).text).toBe('סניף (חיפה)');
  });

  it('detects reversal by common words, not by any Hebrew', () => {
    expect(looksReversed('הוחלט לאשר את תביעתך')).toBe(false);
    expect(looksReversed(reverseHebrewWords('הוחלט לאשר את תביעתך'))).toBe(true);
    expect(reverseHebrewWords('טלחוה 12.03.2024 %06')).toBe('הוחלט 12.03.2024 %06');
  });
});
