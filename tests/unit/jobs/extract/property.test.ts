// Whatever the text, the extractor returns candidates that keep the contract, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';
import { EXTRACTED_STATUSES } from '@/jobs/extract/types';

const catalogue = builtinExtractCatalogue();
// Words that make the extractor's patterns fire, so random texts reach its inner paths.
const WORDS = [
  'won',
  'nominated',
  'nominees',
  'were',
  'are',
  'shortlisted',
  'up for',
  'the',
  'Oscar',
  'for',
  'Best Feature',
  '89th',
  'Academy Awards',
  '2016',
  'IDA',
  'Awards',
  'and',
  ',',
  ';',
  '.',
  '"',
  '“',
  '’s',
  "'s",
  'Salt',
  'Road',
  'premiered at',
  'Sundance',
  'Festival',
  ':',
  '\n',
  'Documentary Short',
  'not',
  'went to',
  '(',
  ')',
  'A',
  'The',
];
const wordy = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));

function keepsContract(text: string) {
  for (const c of extractCandidates(text, catalogue, { publishedAt: '2024-03-01' })) {
    expect(typeof c.film === 'string' && c.film.trim().length > 0).toBe(true);
    expect(EXTRACTED_STATUSES).toContain(c.status);
    expect(c.category === null || typeof c.category === 'string').toBe(true);
    expect(c.award === null || typeof c.award === 'string').toBe(true);
    expect(c.year === null || Number.isInteger(c.year)).toBe(true);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(text).toContain(c.evidence);
  }
}

describe('extractCandidates on any text', () => {
  it('never throws and keeps the contract on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), keepsContract), { numRuns: 300 });
  });

  it('never throws and keeps the contract on random announcement-like word soups', () => {
    fc.assert(fc.property(wordy, keepsContract), { numRuns: 500 });
  });
});
