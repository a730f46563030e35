/**
 * Someone's words as a sentence quotes them: “despot”. Words already wholly in double quotes (a search
 * for a phrase, "made in america") are shown as typed rather than quoted twice.
 */
export function quoted(words: string): string {
  return /^["“”].*["“”]$/su.test(words) && words.length > 1 ? words : `“${words}”`;
}
