// Scores extracted candidates against an announcement's answer the way ../shared/tools/score-extract.mjs
// does, so that the test suite and the shared script agree: films compared after folding (accents, case,
// quotes, "&", a leading article), statuses exactly, categories by their significant words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedCandidate } from '@/jobs/extract';

export interface Answer {
  award: string;
  year: number;
  alt_years?: number[];
  expect: { film: string; status: string; category: string }[];
}

export interface Example {
  name: string;
  text: string;
  answer: Answer;
}

const STOP = new Set([
  'the',
  'for',
  'of',
  'a',
  'an',
  'award',
  'awards',
  'prize',
  'and',
  'in',
  'best',
  'category',
  'at',
]);

const fold = (s: string | null) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"]/g, '')
    .replace(/&/g, ' and ');
const words = (s: string | null) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const filmKey = (s: string) => {
  const w = words(s);
  if (['the', 'a', 'an'].includes(w[0] ?? '')) w.shift();
  return w.join(' ');
};
const significant = (s: string | null) => words(s).filter((w) => !STOP.has(w));

export function categoryMatches(expected: string, got: string | null): boolean {
  const e = significant(expected);
  const g = significant(got);
  if (!e.length || !g.length) return false;
  if (e.join('') === g.join('')) return true;
  const es = new Set(e);
  const gs = new Set(g);
  const inter = [...es].filter((w) => gs.has(w)).length;
  if (inter === es.size || inter === gs.size) return true;
  return inter / new Set([...es, ...gs]).size >= 0.5;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

/** True positives, false positives and negatives of one announcement, with what went wrong. */
export function scoreOne(example: Example, got: ExtractedCandidate[]): Score {
  const left = [...got];
  const score: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const ex of example.answer.expect) {
    const i = left.findIndex(
      (c) => filmKey(c.film) === filmKey(ex.film) && c.status === ex.status && categoryMatches(ex.category, c.category),
    );
    if (i < 0) {
      score.fn++;
      score.misses.push(`${example.name}: missed ${ex.status} ${ex.film} / ${ex.category}`);
    } else {
      left.splice(i, 1);
      score.tp++;
    }
  }
  for (const c of left) score.misses.push(`${example.name}: extra ${c.status} ${c.film} / ${c.category}`);
  score.fp = left.length;
  return score;
}

export function f1(scores: Score[]): number {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const fn = scores.reduce((n, s) => n + s.fn, 0);
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** The announcements of a folder: every NAME.txt with its NAME.json answer. */
export function readExamples(folder: string): Example[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(folder, f), 'utf8'),
      answer: JSON.parse(readFileSync(join(folder, f.replace(/\.txt$/, '.json')), 'utf8')) as Answer,
    }));
}
