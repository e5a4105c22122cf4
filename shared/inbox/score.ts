// How strongly a text looks like a letter kind: the weights of the cues it contains, each counted once.
export type Cues = [RegExp, number][];

export function score(text: string, cues: Cues): number {
  return cues.reduce((sum, [pattern, weight]) => sum + (pattern.test(text) ? weight : 0), 0);
}
