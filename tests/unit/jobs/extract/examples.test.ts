// The extractor on real announcements (copies of ../shared/examples/announcements with their answers):
// every expected (film, status, category) is found, nothing else is, and award and year are right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';
import { foldText } from '@/db/rules/text';

const FOLDER = join(__dirname, '../../../fixtures/announcements');
interface Answer {
  award: string;
  year: number;
  alt_years?: number[];
  expect: { film: string; status: string; category: string }[];
}

const film = (title: string) => foldText(title).replace(/^(?:the|a|an) /, '');
const categoryWords = (name: string | null) =>
  foldText(name ?? '')
    .split(' ')
    .filter((w) => !['the', 'best', 'award', 'of', 'for'].includes(w))
    .sort()
    .join(' ');

const examples = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f,
    text: readFileSync(join(FOLDER, f), 'utf8'),
    answer: JSON.parse(readFileSync(join(FOLDER, f.replace(/\.txt$/, '.json')), 'utf8')) as Answer,
  }));

describe('shared example announcements', () => {
  it('has the four examples', () => expect(examples).toHaveLength(4));

  it.each(examples)('$name: finds exactly the expected facts, with award and year', ({ text, answer }) => {
    const found = extractCandidates(text, builtinExtractCatalogue());
    const key = (f: string, status: string, category: string | null) =>
      `${film(f)}|${status}|${categoryWords(category)}`;
    expect(found.map((c) => key(c.film, c.status, c.category)).sort()).toEqual(
      answer.expect.map((e) => key(e.film, e.status, e.category)).sort(),
    );
    for (const candidate of found) {
      expect(foldText(candidate.award ?? '')).toBe(foldText(answer.award));
      expect([answer.year, ...(answer.alt_years ?? [])]).toContain(candidate.year);
      expect(text).toContain(candidate.evidence);
      expect(candidate.confidence).toBeGreaterThan(0.5);
    }
  });
});
