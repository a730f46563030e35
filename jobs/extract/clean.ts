// Leftovers of HTML in text that reached the extractor as "plain": feeds often carry escaped markup in
// their descriptions. Tags go, entities are decoded, and emphasis (<em>, <i>, <cite>) becomes typographic
// quotes, because trade press sets titles in italics and a quoted title is the strongest title signal.

const EMPHASIS = /<(em|i|cite)\b[^>]{0,200}>([^<]{1,300})<\/\1\s*>/gi;
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b[^>]*>|<br\s*\/?>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,8}));/gi;
const HAS_MARKUP = /[<&]/;

// The named entities that occur in announcements; the numeric forms cover everything else.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  szlig: 'ß',
  oelig: 'œ',
  OElig: 'Œ',
  Eacute: 'É',
  Agrave: 'À',
};

function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : NaN;
  if (Number.isInteger(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  return (name && (NAMED[name] ?? NAMED[name.toLowerCase()])) ?? whole;
}

/** The text with markup removed and entities decoded; text without "<" or "&" is returned as it is. */
export function cleanText(text: string): string {
  if (!HAS_MARKUP.test(text)) return text;
  return text
    .replace(EMPHASIS, (_, _tag: string, inner: string) => `“${inner}”`)
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '')
    .replace(ENTITY, decodeEntity)
    .replace(/[ \t]+\n/g, '\n');
}
