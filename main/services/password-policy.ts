// Refuses passwords an attacker would try first: zxcvbn's estimate over its list of common passwords,
// words and keyboard patterns, with the person's own name and username counted as known words.
// NIST SP 800-63B (National Institute of Standards and Technology, 2017, §5.1.1.2) asks verifiers to
// compare new passwords against lists of commonly used ones: https://pages.nist.gov/800-63-3/sp800-63b.html
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../shared/api/result';

// Built on first use: loading the dictionaries takes a moment that no other call should pay.
let checker: ZxcvbnFactory | undefined;

/** zxcvbn's score 0–1 means fewer than a million guesses: one of the most common passwords. */
const MIN_SCORE = 2;

export function assertUncommonPassword(password: string, field: string, knownWords: string[] = []): void {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  if (checker.check(password, knownWords).score < MIN_SCORE) throw new AppError('validation', 'passwordCommon', field);
}
