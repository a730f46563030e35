// Extraction speed: the real example announcements and the held-out set, each extracted many times with the
// built-in catalogue, reported as announcements per second (wall time and CPU time) against the budget of
// 500 a second. Exits non-zero when the budget is missed. Run: npx tsx bench/extract.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinExtractCatalogue, extractCandidates } from '../jobs/extract';

const BUDGET = 500;
const folders = ['tests/fixtures/announcements', 'tests/fixtures/announcements-heldout'];
const texts = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(folder, name), 'utf8')),
);
const catalogue = builtinExtractCatalogue();
for (const text of texts) extractCandidates(text, catalogue); // warm-up
const rounds = Math.ceil(5000 / texts.length);
const cpu = process.cpuUsage();
const wall = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) for (const text of texts) extractCandidates(text, catalogue);
const wallSeconds = Number(process.hrtime.bigint() - wall) / 1e9;
const used = process.cpuUsage(cpu);
const count = rounds * texts.length;
const perSecond = count / wallSeconds;
const perCpuSecond = count / ((used.user + used.system) / 1e6);
console.log(`extraction: ${count} announcements, ${perSecond.toFixed(0)}/s wall, ${perCpuSecond.toFixed(0)}/s CPU`);
console.log(`budget ${BUDGET}/s: ${perSecond >= BUDGET ? 'ok' : 'MISSED'}`);
process.exitCode = perSecond >= BUDGET ? 0 : 1;
