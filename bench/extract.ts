// Extraction speed: the real example announcements and the held-out set, each extracted many times with the
// built-in catalogue, reported as announcements per second (wall time and CPU time). `npm run bench` reports
// it against the budget of 500 a second; run alone: npx tsx bench/extract.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinExtractCatalogue, extractCandidates } from '../jobs/extract';
import { ROOT } from '../jobs/build';
import { EXTRACTIONS_PER_SECOND_AT_LEAST } from './lib/budgets';

const FOLDERS = ['tests/fixtures/announcements', 'tests/fixtures/announcements-heldout'];

export interface ExtractionRun {
  announcements: number;
  perSecond: number;
  perCpuSecond: number;
}

/** Extracts about `total` announcements (the fixture texts, round after round) and times it. */
export function benchExtraction(total = 5000): ExtractionRun {
  const texts = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(ROOT, folder, name), 'utf8')),
  );
  const catalogue = builtinExtractCatalogue();
  for (const text of texts) extractCandidates(text, catalogue); // warm-up
  const rounds = Math.ceil(total / texts.length);
  const cpu = process.cpuUsage();
  const startedAt = performance.now();
  for (let i = 0; i < rounds; i++) for (const text of texts) extractCandidates(text, catalogue);
  const seconds = (performance.now() - startedAt) / 1000;
  const used = process.cpuUsage(cpu);
  const announcements = rounds * texts.length;
  return {
    announcements,
    perSecond: announcements / seconds,
    perCpuSecond: announcements / ((used.user + used.system) / 1e6),
  };
}

if (require.main === module) {
  const run = benchExtraction();
  console.log(
    `extraction: ${run.announcements} announcements, ${run.perSecond.toFixed(0)}/s wall, ${run.perCpuSecond.toFixed(0)}/s CPU`,
  );
  const ok = run.perSecond >= EXTRACTIONS_PER_SECOND_AT_LEAST;
  console.log(`budget ${EXTRACTIONS_PER_SECOND_AT_LEAST}/s: ${ok ? 'ok' : 'MISSED'}`);
  process.exitCode = ok ? 0 : 1;
}
