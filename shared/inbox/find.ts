// Finding a value by the label a letter puts before it, with the span it came from. Every match of
// the labelled patterns is read: one value (however often repeated) is as sure as the pattern says,
// two different values make the field doubtful, the first one kept.
import type { Confidence, Field } from './types';

/** A pattern with one capture group, the value, and how sure a match of it is. */
export interface Cue {
  pattern: RegExp;
  confidence: Exclude<Confidence, 'doubtful'>;
}

/** `source` with one capture group; 'm' lets ^ and $ stand for a line's ends. */
export function cue(source: string, confidence: Cue['confidence'] = 'certain'): Cue {
  return { pattern: new RegExp(source, 'gdmu'), confidence };
}

interface Hit<T> {
  value: T;
  start: number;
  end: number;
  confidence: Cue['confidence'];
}

function hits<T>(text: string, cues: Cue[], parse: (raw: string) => T | null): Hit<T>[] {
  const found: Hit<T>[] = [];
  for (const { pattern, confidence } of cues) {
    for (const match of text.matchAll(pattern)) {
      const at = match.indices?.[1];
      const raw = match[1];
      if (!at || raw === undefined) continue;
      const value = parse(raw);
      if (value !== null) found.push({ value, start: at[0], end: at[1], confidence });
    }
  }
  return found;
}

/** The field the strongest cues agree on; cues are tried strongest first, a weaker one only when no stronger one matched. */
export function findField<T>(text: string, cues: Cue[], parse: (raw: string) => T | null): Field<T> | undefined {
  for (const level of ['certain', 'likely'] as const) {
    const found = hits(
      text,
      cues.filter((c) => c.confidence === level),
      parse,
    );
    const first = found[0];
    if (!first) continue;
    const agree = found.every((hit) => JSON.stringify(hit.value) === JSON.stringify(first.value));
    return { value: first.value, confidence: agree ? level : 'doubtful', span: { start: first.start, end: first.end } };
  }
  return undefined;
}

/** The first of several named alternatives, in the order given (the more specific first), e.g. a
 * benefit by its Hebrew names; another alternative found elsewhere in the text makes it doubtful. */
export function findNamed<T>(
  text: string,
  names: [T, RegExp][],
  confidence: Cue['confidence'] = 'certain',
): Field<T> | undefined {
  const found = names.flatMap(([value, pattern]) => {
    const match = new RegExp(pattern.source, 'u').exec(text);
    return match ? [{ value, start: match.index, end: match.index + match[0].length }] : [];
  });
  const first = found[0];
  if (!first) return undefined;
  const elsewhere = found.some(
    (hit) => hit.value !== first.value && (hit.end <= first.start || hit.start >= first.end),
  );
  return {
    value: first.value,
    confidence: elsewhere ? 'doubtful' : confidence,
    span: { start: first.start, end: first.end },
  };
}
