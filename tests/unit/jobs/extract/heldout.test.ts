// The extractor on announcements it was not written against (tests/fixtures/announcements-heldout:
// results lists, headings, bullets, shortlists, wire copy, HTML leftovers, negations, non-English
// titles), scored as ../shared/tools/score-extract.mjs scores: a regression below F1 0.9 fails.
// The shared examples (tests/fixtures/announcements) must stay perfect. Speed is measured by bench/extract.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';
import { f1, readExamples, scoreOne } from './score';

const HELD_OUT = readExamples(join(__dirname, '../../../fixtures/announcements-heldout'));
const SHARED = readExamples(join(__dirname, '../../../fixtures/announcements'));

const scoreAll = (examples: typeof HELD_OUT) =>
  examples.map((example) => scoreOne(example, extractCandidates(example.text, builtinExtractCatalogue())));

describe('held-out announcements', () => {
  it('has at least twenty texts, each with its answer', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(20);
    expect(HELD_OUT.filter((e) => e.answer.expect.length === 0).length).toBeGreaterThan(0);
  });

  it('scores F1 ≥ 0.9 on (film, status, category)', () => {
    const scores = scoreAll(HELD_OUT);
    const value = f1(scores);
    // The misses are printed so that a failure says what regressed.
    expect(value, scores.flatMap((s) => s.misses).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('scores F1 = 1 on the shared examples', () => {
    const scores = scoreAll(SHARED);
    expect(f1(scores), scores.flatMap((s) => s.misses).join('\n')).toBe(1);
  });
});
