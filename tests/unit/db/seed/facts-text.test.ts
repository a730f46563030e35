// A facts file held as a source's text: its Markdown read as plain lines (a source's page shows a text a
// line at a time, escaped), so no table pipes, heading marks or list dashes reach the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsAsText } from '@/db/seed/facts-text';

describe('factsAsText', () => {
  it('reads headings, paragraphs, tables and lists as lines of words', () => {
    const markdown = [
      '# Facts',
      '',
      'A paragraph written',
      'over two lines.',
      '',
      '| fact | value | source |',
      '|---|---|---|',
      '| winner | 13th (dir. Ava DuVernay) | TheWrap |',
      '| other nominees | not known | — |',
      '',
      '- one item',
      '- another.',
    ].join('\n');
    expect(factsAsText(markdown).split('\n')).toEqual([
      'Facts',
      'A paragraph written over two lines.',
      'Winner — 13th (dir. Ava DuVernay). Source: TheWrap.',
      'Other nominees — not known.',
      'one item',
      'another.',
    ]);
  });

  it('leaves no Markdown in the shipped facts, and keeps every fact of its table', () => {
    const markdown = readFileSync(join(__dirname, '../../../../db/seed/facts/ida-2016.md'), 'utf8');
    const lines = factsAsText(markdown).split('\n');
    expect(lines.filter((line) => /^(\||#|- |\* )/.test(line))).toEqual([]);
    const facts = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| fact |'))
      .map((line) => line.split('|')[1]!.trim());
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) {
      expect(lines.some((line) => line.toLowerCase().startsWith(`${fact.toLowerCase()} — `))).toBe(true);
    }
    expect(lines).toContain(
      'ABC News VideoSource Award: winner — 13th (dir. Ava DuVernay), for the best use of news footage. Source: TheWrap (above).',
    );
  });
});
