// How a name in an announcement is compared with a name in the catalogue, beyond foldText: spacing
// ("Video Source" / "VideoSource"), plurals ("Oscars"), filler words ("the … Award"), initials
// ("International Documentary Association" / "IDA") and word subsets ("Documentary Feature" /
// "Best Documentary Feature Film"). Pure functions, so the rules are tested without a database.
import { foldText } from '../../rules/text';

// Words that do not tell one award or category from another.
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'award', 'awards', 'prize', 'prizes', 'annual', 'best']);
// Words too common to identify a name when they are all it has.
const GENERIC = new Set(['documentary', 'film', 'feature', 'international', 'festival', 'short', 'news']);

/**
 * Well-known nicknames of awards that the catalogue may not list as aliases. They are names the public
 * uses, not facts about nominations.
 */
const NICKNAMES: Record<string, string> = { oscar: 'academy awards' };

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words that matter in a name: folded, singular, without filler words, ordinals or years. */
export function nameWords(value: string): string[] {
  const words = foldText(value)
    .split(' ')
    .filter((word) => word && !/^\d+(st|nd|rd|th)?$/.test(word))
    .map(singular)
    .filter((word) => !FILLER.has(word));
  const nickname = NICKNAMES[words.join(' ')];
  return nickname ? nameWords(nickname) : words;
}

/** Every way of writing these words with one run of two or more of them as initials ("ida"). */
function initialsVariants(words: readonly string[]): string[] {
  const variants: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) {
      const initials = words
        .slice(start, end)
        .map((word) => word[0])
        .join('');
      variants.push([...words.slice(0, start), initials, ...words.slice(end)].join(''));
    }
  }
  return variants;
}

/**
 * True when `long` spells out a word of `short` as initials and holds its other words too:
 * "International Documentary Association" and "IDA Documentary".
 */
function spelledOut(long: readonly string[], short: readonly string[]): boolean {
  const initials = long.map((word) => word[0]).join('');
  const index = short.indexOf(initials);
  return index >= 0 && short.every((word, i) => i === index || long.includes(word));
}

/** How closely two names agree: 3 the same words, 2 the same with initials, 1 one's words within the other's, 0 not. */
export function nameScore(text: string, known: string): number {
  const a = nameWords(text);
  const b = nameWords(known);
  if (!a.length || !b.length) return 0;
  if (a.join('') === b.join('')) return 3;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (initialsVariants(a).includes(joinedB) || initialsVariants(b).includes(joinedA)) return 2;
  if (spelledOut(a, b) || spelledOut(b, a)) return 2;
  const [small, large] = joinedA.length <= joinedB.length ? [a, b] : [b, a];
  // One common word ("Documentary") is not enough to pick one name out of several.
  if (small.length < 2 && small.every((word) => GENERIC.has(word))) return 0;
  return small.every((word) => large.includes(word)) || withinWords(small.join(''), large) ? 1 : 0;
}

/** True when `joined` runs through `words` written together from one word's start to another's end. */
function withinWords(joined: string, words: readonly string[]): boolean {
  const whole = words.join('');
  const bounds = new Set<number>([0]);
  let offset = 0;
  for (const word of words) bounds.add((offset += word.length));
  for (let at = whole.indexOf(joined); at >= 0; at = whole.indexOf(joined, at + 1)) {
    if (bounds.has(at) && bounds.has(at + joined.length)) return true;
  }
  return false;
}

/**
 * The one item whose names agree best with `text`, or null when none agrees or two agree equally well
 * (an ambiguous name is left to an editor rather than guessed).
 */
export function bestByName<T>(text: string, items: readonly T[], namesOf: (item: T) => readonly string[]): T | null {
  let best: T | null = null;
  let bestScore = 0;
  let tie = false;
  for (const item of items) {
    const score = Math.max(0, ...namesOf(item).map((name) => nameScore(text, name)));
    if (score > bestScore) [best, bestScore, tie] = [item, score, false];
    else if (score > 0 && score === bestScore) tie = true;
  }
  return tie ? null : best;
}

/** The ordinal an award's name states ("the 89th Academy Awards" → 89), if any. */
export function ordinalIn(text: string | null): number | null {
  const found = text?.match(/\b(\d{1,3})(st|nd|rd|th)\b/i);
  return found ? Number(found[1]) : null;
}
