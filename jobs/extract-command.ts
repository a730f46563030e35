// `laurels extract --json FILE` (FILE or - for standard input): prints the candidate facts the extractor
// finds in an announcement as one JSON object, {"candidates": [...]}, and nothing else on standard output.
// Other tools rely on that contract. It reads the catalogue from the database when one exists (read-only:
// it never creates, migrates or seeds one) and otherwise uses the catalogue of the seed's awards.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { databasePath, openDatabase } from '../db/client';
import { isRealDate } from '../db/rules/dates';
import { builtinExtractCatalogue, extractCandidates, loadExtractCatalogue, type ExtractCatalogue } from './extract';
import { findAward } from './extract/catalogue';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Error(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

/** The database's catalogue when there is a migrated, non-empty database; else the built-in one. */
export function catalogueForCli(file = databasePath()): ExtractCatalogue {
  if (!existsSync(file)) return builtinExtractCatalogue();
  try {
    const db = openDatabase(file, { readonly: true });
    try {
      const hasAwards = db.$client
        .prepare("select 1 from sqlite_master where type = 'table' and name = 'awards'")
        .get();
      if (!hasAwards || !db.$client.prepare('select 1 from awards limit 1').get()) return builtinExtractCatalogue();
      return loadExtractCatalogue(db);
    } finally {
      db.$client.close();
    }
  } catch {
    // A database that cannot be read (locked, older schema) must not stop an extraction.
    return builtinExtractCatalogue();
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('print the candidate facts (film, status, category, award, year) an announcement states')
    .argument('<file>', 'a plain-text announcement, or - for standard input')
    .option('--json', 'print one JSON object {"candidates": [...]} (the only output format)')
    .option('--award <slug>', 'the award the announcement is about, when the text does not say')
    .option('--published-at <date>', 'the date it was published (YYYY-MM-DD), for the year when the text gives none')
    .action((file: string, options: { award?: string; publishedAt?: string }) => {
      if (options.publishedAt !== undefined && !isRealDate(options.publishedAt)) {
        throw new Error(`--published-at: “${options.publishedAt}” is not a date like 2017-02-26`);
      }
      const catalogue = catalogueForCli();
      if (options.award !== undefined && !findAward(catalogue, options.award)) {
        const known = catalogue.awards.map((award) => award.slug).join(', ');
        throw new Error(`--award: no award is called “${options.award}” (known: ${known})`);
      }
      const text = readInput(file);
      const candidates = extractCandidates(text, catalogue, {
        award: options.award ?? null,
        publishedAt: options.publishedAt ?? null,
      });
      process.stdout.write(`${JSON.stringify({ candidates })}\n`);
    });
}
