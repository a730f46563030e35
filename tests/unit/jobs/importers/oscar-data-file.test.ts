import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OSCAR_COLUMNS, readOscarFile } from '@/jobs/importers/oscar-data-file';

const fixture = (name: string) => join(__dirname, '..', '..', '..', 'fixtures', 'oscar-data', name);

describe('readOscarFile', () => {
  const { rows, decidedCeremonies } = readOscarFile(fixture('sample-results.tsv'));

  it('reads a line that leaves its trailing empty fields out, with its line number', () => {
    const [first] = rows;
    expect(first).toMatchObject({
      line: 2,
      ceremony: 1,
      year: 1928,
      yearLabel: '1927/28',
      category: 'ACTOR',
      films: [
        { title: 'The Noose', imdbId: 'tt0019217' },
        { title: 'The Patent Leather Kid', imdbId: 'tt0018253' },
      ],
      nominees: [{ name: 'Richard Barthelmess', imdbId: 'nm0001932' }],
      isWinner: false,
      detail: 'Nickie Elkins; The Patent Leather Kid',
      note: null,
      citation: null,
    });
  });

  it('keeps the double quotes the file writes as \\"', () => {
    const chaplin = rows.find((row) => row.films[0]?.imdbId === 'tt0018773');
    expect(chaplin?.note).toMatch(/^NOTE: "The Academy Board of Judges/);
    expect(chaplin?.note).not.toContain('\\');
  });

  it('orders categories within a ceremony and nominees within a category as the file does', () => {
    const feature89 = rows.filter((row) => row.ceremony === 89 && row.category === 'DOCUMENTARY (Feature)');
    expect(feature89.map((row) => row.position)).toEqual([0, 1, 2, 3, 4]);
    const short89 = rows.find((row) => row.ceremony === 89 && row.category === 'DOCUMENTARY (Short Subject)');
    expect(short89?.categoryPosition).toBe(1);
  });

  it('knows which ceremonies have winners and which categories were contested', () => {
    // The sample holds only a losing nominee of the 38th and of the 69th: as far as it says, undecided.
    expect([...decidedCeremonies].sort((a, b) => a - b)).toEqual([1, 60, 89, 98]);
    expect(rows.find((row) => row.films[0]?.imdbId === 'tt0018773')?.isContested).toBe(false);
    expect(rows.find((row) => row.films[0]?.imdbId === 'tt5275892')?.isContested).toBe(true);
  });

  it('drops an id that is unknown or names several people at once', () => {
    const fargo = rows.find((row) => row.films[0]?.imdbId === 'tt0116282');
    expect(fargo?.nominees).toEqual([{ name: 'Roderick Jaynes', imdbId: null }]);
  });
});

describe('readOscarFile on a line with a bad id', () => {
  const GOOD = ['89', '2016', 'Title', 'DOCUMENTARY (Feature)', 'DOCUMENTARY (Feature)', 'Test Film', 'tt9000001'];
  const read = (...lines: string[][]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'laurels-oscar-file-')), 'ids.tsv');
    writeFileSync(file, `${[OSCAR_COLUMNS, GOOD, ...lines].map((line) => line.join('\t')).join('\n')}\n`);
    return () => readOscarFile(file);
  };

  // The same value is read on the good line first, so a problem is found however often a value repeats.
  it.each([
    [['tt9000001|x1'], `ids.tsv line 3: FilmId must hold IMDb title ids (tt…) or '?', found "tt9000001|x1"`],
    [['tt9000001|tt9000002'], 'ids.tsv line 3: FilmId must hold one id per film (1), found "tt9000001|tt9000002"'],
  ])('names the line and the problem: %s', ([filmIds], message) => {
    expect(read([...GOOD.slice(0, 6), filmIds!])).toThrow(message);
  });
});
