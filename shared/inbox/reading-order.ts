// Lines of a letter, in logical order, from the text pieces of a PDF page and where they sit. A PDF
// stores glyphs where they are drawn, not in reading order, and producers differ: most give each
// Hebrew word in logical order (a reader then takes the pieces right to left), some store the line as
// in logical order but so that a reader gets each Hebrew word's letters reversed. Which one a letter
// is comes from its common words: if more of them read backwards than forwards, every Hebrew word is
// turned round; then the words' order (left to right or right to left) is the one that makes more of
// the common word pairs.

export interface Piece {
  text: string;
  /** Left edge and width, in page units. */
  x: number;
  width: number;
  /** Baseline. */
  y: number;
  /** The direction the PDF reader gave the piece: only right-to-left pieces came out reversed. */
  dir?: 'ltr' | 'rtl' | 'ttb';
}

/** Words nearly every NII letter has; what decides whether the text reads forwards or backwards. */
const COMMON_WORDS = new Set([
  'המוסד',
  'לביטוח',
  'ביטוח',
  'לאומי',
  'לכבוד',
  'הנדון',
  'תאריך',
  'תביעתך',
  'תביעה',
  'הוחלט',
  'החלטה',
  'ועדה',
  'רפואית',
  'נכות',
  'סניף',
  'מיום',
  'ליום',
  'בשעה',
  'זכאי',
  'קצבה',
  'תשלום',
  'מסמכים',
  'בברכה',
  'הודעה',
  'פקיד',
  'תביעות',
  'שלום',
  'את',
  'של',
  'על',
  'עם',
  'הנך',
  'עד',
]);

/** Word pairs common in NII letters: in a reversed letter they tell the words' order. */
const COMMON_PAIRS = [
  'המוסד לביטוח',
  'לביטוח לאומי',
  'ועדה רפואית',
  'נכות כללית',
  'הוחלט לאשר',
  'הוחלט לדחות',
  'עד ליום',
  'סכום התשלום',
  'מספר זהות',
  'להשלמת הטיפול',
  'אחוז נכות',
  'נכות רפואית',
];

/** A Hebrew word, with the quote marks inside abbreviations (ש"ח, ת"ז). */
const HEBREW_RUN = /[\u05d0-\u05ea](?:[\u05d0-\u05ea"'׳״]*[\u05d0-\u05ea])?/gu;
/** Punctuation a producer draws on the far side of a number ending a right-to-left sentence. */
const LEADING_STOPS = /^([.,:;!?]+)(.*[0-9A-Za-z].*)$/u;
const HEBREW = /[\u05d0-\u05ea]/u;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '<': '>',
  '>': '<',
  '{': '}',
  '}': '{',
};

const reverse = (s: string) => [...s].reverse().join('');

/** Hebrew words of the text, each as written, to count against the common words. */
function hebrewWords(text: string): string[] {
  return text.match(/[\u05d0-\u05ea]+/gu) ?? [];
}

/** True when more common words read backwards than forwards. */
export function looksReversed(text: string): boolean {
  let forwards = 0;
  let backwards = 0;
  for (const word of hebrewWords(text)) {
    if (COMMON_WORDS.has(word)) forwards++;
    else if (COMMON_WORDS.has(reverse(word))) backwards++;
  }
  return backwards > forwards;
}

/** Each Hebrew word turned round; digits, Latin and punctuation stay as they are. */
export function reverseHebrewWords(text: string): string {
  return text.replace(HEBREW_RUN, (word) => reverse(word));
}

/** A letter's paragraphs are Hebrew: a line with any Hebrew in it reads right to left. */
function isRightToLeft(pieces: Piece[]): boolean {
  return pieces.some((p) => HEBREW.test(p.text));
}

/** A piece of a right-to-left line as read: brackets mirrored, and a full stop drawn before a number put after it. */
function inRightToLeft(text: string): string {
  if (HEBREW.test(text)) return [...text].map((c) => MIRRORED[c] ?? c).join('');
  const stops = LEADING_STOPS.exec(text);
  return stops ? `${stops[2]}${stops[1]}` : [...text].map((c) => MIRRORED[c] ?? c).join('');
}

/** Pieces of one line joined in reading order; a gap wider than a fifth of the font's height is a space. */
function joinLine(pieces: Piece[], rightToLeft: boolean, height: number): string {
  const sorted = [...pieces].sort((a, b) => (rightToLeft ? b.x - a.x : a.x - b.x));
  let line = '';
  let edge: number | null = null;
  for (const piece of sorted) {
    const text = rightToLeft ? inRightToLeft(piece.text) : piece.text;
    const gap = edge === null ? 0 : rightToLeft ? edge - (piece.x + piece.width) : piece.x - edge;
    if (edge !== null && gap > height / 5 && !line.endsWith(' ') && !text.startsWith(' ')) line += ' ';
    line += text;
    edge = rightToLeft ? piece.x : piece.x + piece.width;
  }
  return line.replace(/\s+/gu, ' ').trim();
}

/** Pieces grouped into lines, top to bottom; a line holds pieces whose baselines are within a third of a line's height. */
function groupLines(pieces: Piece[], height: number): Piece[][] {
  const lines: { y: number; pieces: Piece[] }[] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y)) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) < height / 3);
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, pieces: [piece] });
  }
  return lines.map((l) => l.pieces);
}

const pairsIn = (text: string) => COMMON_PAIRS.filter((pair) => text.includes(pair)).length;

/** A page's text in logical order, one line per line of the page; `height` is the usual font size. */
export function pageText(pieces: Piece[], height = 10): { text: string; reversed: boolean } {
  const reversed = looksReversed(pieces.map((p) => p.text).join(' '));
  const lines = groupLines(
    pieces
      .filter((p) => p.text !== '')
      .map((p) => (reversed && p.dir !== 'ltr' ? { ...p, text: reverseHebrewWords(p.text) } : p)),
    height,
  );
  const read = (rightToLeft: (line: Piece[]) => boolean) =>
    lines
      .map((line) => joinLine(line, rightToLeft(line), height))
      .filter((line) => line !== '')
      .join('\n');
  const text = read(isRightToLeft);
  if (!reversed) return { text, reversed };
  const leftToRight = read(() => false);
  return { text: pairsIn(text) > pairsIn(leftToRight) ? text : leftToRight, reversed };
}
