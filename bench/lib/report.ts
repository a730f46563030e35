// How benchmark figures leave the run: an aligned table on the terminal and a JSON file whose shape
// (`results`: name, value, unit, budget, ok; plus scale and machine) every benchmark script shares.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../jobs/build';
import type { Figure } from './budgets';

export const RESULTS_FOLDER = join(ROOT, 'bench', 'results');

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
}

export interface BenchReport {
  ranAt: string;
  machine: Machine;
  scale: Record<string, number>;
  results: Figure[];
  [extra: string]: unknown;
}

export function machineInfo(): Machine {
  const processors = cpus();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

/** Columns padded to their widest cell; numeric-looking cells are right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const isNumeric = (cell: string) => /^[\d.,]+( ms)?$/.test(cell);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (isNumeric(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
