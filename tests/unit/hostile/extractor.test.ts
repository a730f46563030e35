// Property, beyond tests/unit/jobs/extract/property.test.ts (short random text): the extractor keeps its
// contract on any unicode, control characters and markup, and on texts up to a megabyte — including one
// endless "sentence" of trigger words, which before sentences were capped cost minutes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';
import { cleanText } from '@/jobs/extract/clean';
import { EXTRACTED_STATUSES } from '@/jobs/extract/types';
import { SEED, segment } from './hostile-input';

const catalogue = builtinExtractCatalogue();

function keepsContract(text: string) {
  const candidates = extractCandidates(text, catalogue, { publishedAt: '2024-03-01' });
  expect(Array.isArray(candidates)).toBe(true);
  for (const c of candidates) {
    expect(c.film.trim().length).toBeGreaterThan(0);
    expect(EXTRACTED_STATUSES).toContain(c.status);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    // The evidence is a sentence of the text with its markup removed: never a tag to be shown raw.
    expect(cleanText(text)).toContain(c.evidence);
    expect(c.evidence).not.toMatch(/<script|<img/i);
  }
}

const STATING = [
  'won',
  'won the Oscar for Best Feature',
  'nominated',
  'The nominees for Best Documentary Feature are',
  '“Salt Road”',
  '13th',
  'and',
  ',',
  '.',
  '\n',
  '<script>alert(1)</script>',
  '\u0000',
  '\u202e',
  '🎬',
  'e\u0301',
];

describe('the extractor on hostile text', () => {
  it('keeps its contract on unicode, control characters and markup', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.array(fc.oneof(fc.constantFrom(...STATING), segment), { maxLength: 80 }).map((parts) => parts.join(' ')),
    );
    fc.assert(fc.property(text, keepsContract), { seed: SEED, numRuns: 300 });
  });

  it('returns on texts up to a megabyte, one long sentence or many', () => {
    const huge = fc
      .record({
        unit: fc.constantFrom(...STATING, 'Road won. ', 'x'),
        size: fc.integer({ min: 100_000, max: 1_000_000 }),
      })
      .map(({ unit, size }) => `${unit} `.repeat(Math.ceil(size / (unit.length + 1))));
    fc.assert(fc.property(huge, keepsContract), { seed: SEED, numRuns: 8 });
  });
});
