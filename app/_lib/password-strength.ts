// Whether a password is too easy to guess, estimated by zxcvbn (a well-kept port of Dropbox's estimator):
// common passwords, words, names, keyboard runs, dates and repeats, and the account's own email and name.
// A length rule alone lets "password1234" through. Server-only: the dictionaries are large, so they are
// loaded on the first check, and a check costs some milliseconds, so callers run it after any cheaper
// gate (a one-time link's token) rather than in a schema every anonymous request goes through.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * zxcvbn's score of 3 of 4: an estimated 10^8 guesses or more, out of reach online (sign-ins are limited)
 * and slow offline at scrypt's cost (./passwords.ts).
 */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Why `password` is too easy to guess (for the person choosing it), or null when it is not. */
export function guessablePasswordProblem(
  password: string,
  userInputs: readonly (string | null | undefined)[],
): string | null {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const inputs = userInputs.flatMap(inputWords);
  if (isMadeOfOwnWords(password, inputs)) {
    return 'This password is too easy to guess: it is made only of the account’s own email address or name. A few uncommon words together make a good one.';
  }
  // Judged as typed, and run together: "Tester editor Tester editor" is the name twice either way, but
  // zxcvbn finds the repeat only without the spaces. The weaker estimate stands.
  const [typed, runTogether] = [password, password.replace(/[^\p{L}\p{N}]+/gu, '')].map((text) =>
    estimator!.check(text, inputs),
  );
  const { score, feedback } = runTogether!.score < typed!.score ? runTogether! : typed!;
  if (score >= MIN_SCORE) return null;
  const why = feedback.warning ? ` ${feedback.warning}` : '';
  const how = feedback.suggestions.length ? ` ${feedback.suggestions.join(' ')}` : '';
  return `This password is too easy to guess.${why}${how} A few uncommon words together make a good one.`;
}

/**
 * Whether the password, its case and separators aside, is nothing but the account's own words ("night.editor
 * example" for night.editor@example.test), in any order and repeated. zxcvbn prices each such word low,
 * but a few of them strung together can still reach its score.
 */
function isMadeOfOwnWords(password: string, words: readonly string[]): boolean {
  const text = password.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!text || !words.length) return false;
  // reachable[i]: the first i characters are own words end to end.
  const reachable = [true, ...Array<boolean>(text.length).fill(false)];
  for (let end = 1; end <= text.length; end++) {
    reachable[end] = words.some(
      (word) => end >= word.length && reachable[end - word.length] && text.endsWith(word, end),
    );
  }
  return reachable[text.length]!;
}

/** An email or a name as a password may use it: whole, word by word ("maria", "lopez") and run together. */
function inputWords(input: string | null | undefined): string[] {
  if (!input) return [];
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
  return [input.toLowerCase(), ...words, words.join('')];
}
