// What a source's page quotes of the text Laurels holds: the paragraphs that name a nominee of the statuses
// it supports, so a reader can check each claim against what was reported, without the page republishing
// a whole article (the text is someone else's, often under copyright; the link out leads to the rest).
import { foldText } from '@/db/rules/text';

export interface SourceQuote {
  paragraphs: string[];
  /** How many paragraphs the held text has in all. */
  of: number;
  /** Whether the paragraphs are those naming a nominee (else the first, as none does). */
  namesNominees: boolean;
}

/**
 * A held text as paragraphs: every non-empty line is one, since extracted articles mark paragraphs
 * with single line breaks. React escapes the text, so markup in a source is shown, never run.
 */
export function toParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The paragraphs naming any of `names` (folded, as whole words: "13th" is not found in "113th"), in the
 * text's order; the first paragraph when none does, so the page still says what the text is about.
 */
export function quoteSource(body: string, names: readonly string[]): SourceQuote {
  const paragraphs = toParagraphs(body);
  const wanted = names.map((name) => ` ${foldText(name)} `).filter((name) => name.trim());
  const naming = paragraphs.filter((paragraph) => {
    const folded = ` ${foldText(paragraph)} `;
    return wanted.some((name) => folded.includes(name));
  });
  const namesNominees = naming.length > 0;
  return { paragraphs: namesNominees ? naming : paragraphs.slice(0, 1), of: paragraphs.length, namesNominees };
}
