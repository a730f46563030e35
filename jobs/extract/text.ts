// Plain-text helpers for the extractor: comparison keys, sentences, and the title-like spans of a
// sentence (runs of capitalised words, as titles are written in English press). Pure functions.
import { foldText } from '../../db/rules/text';

/** Letters and digits only, lower case: "ABC News Video Source Award" and "ABC News VideoSource award" agree. */
export function compactKey(value: string): string {
  return foldText(value).replace(/\s+/g, '');
}

/** The key two film titles share when they differ only by case, punctuation or a leading article. */
export function titleKey(value: string): string {
  return foldText(value)
    .replace(/^(?:the|a|an) /, '')
    .replace(/\s+/g, '');
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Words after which a full stop does not end a sentence (titles, initials of months, "U.S.").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr vs no inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec prof gen rev dir'.split(
    ' ',
  ),
);
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Splits text into sentences with their offsets: at line breaks and at . ! ? followed by a capital. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const before = line.slice(Math.max(start, match.index - 30), match.index).match(/([\p{L}]+)$/u)?.[1] ?? '';
      if (before.length === 1 || ABBREVIATIONS.has(before.toLowerCase())) continue;
      // A full stop inside a quoted title ("“Period. End of Sentence.” won") does not end the sentence.
      if (isInsideQuote(line.slice(Math.max(start, match.index - 60), match.index + 1))) continue;
      const end = match.index + match[0].trimEnd().length;
      pushSentence(sentences, line.slice(start, end));
      start = match.index + match[0].length;
    }
    pushSentence(sentences, line.slice(start));
  }
  return sentences;
}

// Only a short quotation counts: a title is a few words, quoted speech runs on over many sentences.
// Looks at the last few dozen characters only, so that a long line stays linear.
function isInsideQuote(recent: string): boolean {
  const curly = recent.lastIndexOf('“');
  const straight = recent.lastIndexOf('"');
  const open = Math.max(curly, straight);
  if (open < 0) return false;
  const inside = recent.slice(open + 1);
  if (!inside || inside.split(/\s+/).length > 6) return false;
  if (open === curly) return !inside.includes('”');
  // A straight quote opens where a word starts: after a space or a bracket, before a letter.
  return (open === 0 || /[\s(]/.test(recent[open - 1]!)) && !/^\s/.test(inside);
}

// The longest sentence in the announcement examples is under 400 characters. Reading a sentence costs
// about its triggers times its length, so one endless "sentence" from a hostile feed ("won won won …",
// a megabyte long) would hold the ingestion job for minutes; cut into pieces, the cost stays linear.
const MAX_SENTENCE = 1_000;

function pushSentence(sentences: string[], sentence: string) {
  let rest = sentence.trim();
  while (rest.length > MAX_SENTENCE) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE);
    const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    sentences.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) sentences.push(rest);
}

// A capitalised word (or a number such as "13th", "4.1", "9/11") and the small words titles keep in
// lower case between them. "by" is left out: "X by Y" names a director far more often than a title.
// "l'Adamant", "d’Etat": an elided article keeps a French or Italian title word capitalised.
// "Edith+Eddie" and "Heroin(e)" keep their marks.
const CAP_WORD = String.raw`(?:[dlDL]['’])?[\p{Lu}\p{N}][\p{L}\p{N}'’.&!?/+-]*(?:\(\p{Ll}{1,3}\))?`;
const SMALL_WORD = String.raw`(?:&|a|an|the|of|and|in|on|at|to|for|from|with|de|la|le|les|du|des|von|van|der|den|del|da|di|y|or|is|my|our|your|his|her|its|about|into|over|under|as)`;
export const TITLE_SPAN = new RegExp(
  String.raw`${CAP_WORD}(?:(?::|\s[-–—])?\s+(?:${SMALL_WORD}\s+){0,3}${CAP_WORD})*`,
  'gu',
);

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The title-like spans of a piece of text, in order. */
export function titleSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(TITLE_SPAN)) {
    const cleaned = trimSpan(match[0]);
    if (cleaned) spans.push({ text: cleaned, start: match.index, end: match.index + cleaned.length });
  }
  return spans;
}

/** Drops a sentence's closing full stop (but not the one of an initialism such as "O.J.") and stray marks. */
export function trimSpan(value: string): string {
  let text = value.trim().replace(/[,;:!?'’"”“]+$/u, '');
  if (text.endsWith('.') && !/(?:^|\s|\.)(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
  return text.trim();
}

const SMALL_WORDS = new Set(SMALL_WORD.slice(3, -1).split('|'));

/** Whether a quoted phrase reads like a title (mostly capitalised words) rather than speech. */
export function looksLikeTitle(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 14 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  const significant = words.slice(1).filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (!significant.length) return true;
  const capitalised = significant.filter((word) => /^(?:[dlDL]['’])?[\p{Lu}\p{N}"“‘(]/u.test(word)).length;
  return capitalised / significant.length >= 0.6;
}
