// The hostile inputs the property tests share: path segments and query strings as an attacker or a broken
// client would send them (unicode, very long, '..', NUL, encoded slashes, stray '%'), mixed with real
// slugs so that some runs reach the database rather than stopping at the first check.
import fc from 'fast-check';

/** Seeds for fc.assert: fixed, so a failure is the same failure on every machine and every run. */
export const SEED = 20_261_125;

const NASTY = [
  '',
  '.',
  '..',
  '../..',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '%2F',
  '%2f..%2f',
  'a/b',
  '%',
  '%E0%A4%A',
  '%zz',
  '%25',
  '\uFFFD',
  '\uD800',
  '🎬',
  'ＡＢＣ',
  'e\u0301',
  '<script>alert(1)</script>',
  '"\'`',
  "1' OR '1'='1",
  '; DROP TABLE films; --',
  '*',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9'.repeat(40),
  ' ',
  '\t\n\r',
  'tt',
  'tt0',
  'tt99999999999999',
  'nm0000001',
  'co1',
  '2016',
  '89th',
  '1st',
  'ida-documentary-awards',
  'academy-awards',
  'a'.repeat(300),
];

/** A path segment as a router hands it to a handler: any string, often a nasty or real one. */
export const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 2000 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 2, maxLength: 4 }).map((p) => p.join('')) },
);

/** A query value: empty, repeated-looking, numeric-looking, unicode or long. */
const value = fc.oneof(segment, fc.integer().map(String), fc.double().map(String));

const KEYS = ['q', 'page', 'per_page', 'award', 'edition', 'film', 'person', 'status', 'since', 'format', 'category'];

/** A query string: random pairs over the keys the routes read (and some they do not), or raw garbage. */
export const queryString = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value), { maxLength: 6 })
    .map((pairs) => {
      const query = new URLSearchParams();
      for (const [key, v] of pairs) query.append(key, v);
      return query.toString();
    }),
  fc
    .array(fc.constantFrom('&', '=', '%', '%zz', '%00', '?', '#', '+', 'page', 'q', '[]', '&&', '==', '%E0'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);

/** Text as a URL can carry it: a lone surrogate cannot be percent-encoded, so a browser sends U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A URL on the test origin with `path` (already encoded) and `query` (raw). */
export function urlOf(path: string, query: string): string {
  return `http://laurels.test${path}${query ? `?${query}` : ''}`;
}
