import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { ImportError, importOscarData, OSCAR_DATA_FILE, type OscarImportSummary } from '@/jobs/importers/oscar-data';
import { nominationsInCanonical, tableCounts } from '../../../helpers/counts';
import { freshDatabase } from '../../../helpers/db';

const fixture = (name: string) => join(__dirname, '..', '..', '..', 'fixtures', 'oscar-data', name);

/** The status history of the nomination of a film (by IMDb id) at an edition, oldest first. */
function historyOfFilm(db: Db, imdbId: string, edition: string) {
  return db.$client
    .prepare(
      `select e.from_status as "from", e.to_status as "to", e.note, s.key as source, n.status, c.name as category
         from status_events e
         join nominations n on n.id = e.nomination_id
         join nomination_films nf on nf.nomination_id = n.id
         join films f on f.id = nf.film_id
         join categories c on c.id = n.category_id
         join editions ed on ed.id = c.edition_id
         left join sources s on s.id = e.source_id
        where f.imdb_id = ? and ed.slug = ?
        order by e.id`,
    )
    .all(imdbId, edition) as { from: string | null; to: string; note: string | null; source: string; status: string }[];
}

const accountedFor = (summary: OscarImportSummary) =>
  summary.created + summary.updated + summary.unchanged + summary.kept;

describe('importOscarData on the shipped oscar_data file', () => {
  const { db } = freshDatabase();
  let first: OscarImportSummary;
  let second: OscarImportSummary;
  let countsAfterFirst: Record<string, number>;

  beforeAll(() => {
    first = importOscarData(db, OSCAR_DATA_FILE);
    countsAfterFirst = tableCounts(db);
    second = importOscarData(db, OSCAR_DATA_FILE);
  }, 300_000);

  it('accounts for every one of the 12,137 rows, each a nomination of its own', () => {
    expect(first).toMatchObject({ rows: 12137, selected: 12137, created: 12137, updated: 0, unchanged: 0 });
    expect(countsAfterFirst.nominations).toBe(12137);
    expect(first).toMatchObject({ editions: 98, categories: 2672 });
    expect(countsAfterFirst.films).toBe(first.films);
    expect(countsAfterFirst.people).toBe(first.people);
  });

  it('records O.J.: Made in America (tt5275892) as nominated, then winner of Documentary (Feature) at the 89th', () => {
    const history = historyOfFilm(db, 'tt5275892', '89th');
    expect(history).toEqual([
      expect.objectContaining({ from: null, to: 'nominated', source: 'oscar-data', category: 'Documentary (Feature)' }),
      expect.objectContaining({ from: 'nominated', to: 'won', source: 'oscar-data', status: 'won' }),
    ]);
    const edition = db.$client.prepare(`select name, year, year_label from editions where slug = '89th'`).get();
    expect(edition).toEqual({ name: '89th Academy Awards', year: 2016, year_label: null });
  });

  it('keeps a split year label and files the year as its last year', () => {
    const edition = db.$client.prepare(`select name, year, year_label from editions where slug = '1st'`).get();
    expect(edition).toEqual({ name: '1st Academy Awards', year: 1928, year_label: '1927/28' });
  });

  it('keeps apart the two Sci-Tech awards to Eastman Kodak at the 60th, which differ only in their citations', () => {
    const citations = db.$client
      .prepare(
        `select n.citation from nominations n
           join nomination_people np on np.nomination_id = n.id
           join people p on p.id = np.person_id
           join categories c on c.id = n.category_id
           join editions e on e.id = c.edition_id
          where p.name = 'Eastman Kodak Company' and e.slug = '60th'`,
      )
      .pluck()
      .all() as string[];
    expect(citations).toHaveLength(2);
    expect(new Set(citations).size).toBe(2);
  });

  it('names a company listed twice under two spellings once, and keeps the other spelling as an alias', () => {
    const nominees = db.$client
      .prepare(
        `select p.name, p.kind from nominations n
           join nomination_films nf on nf.nomination_id = n.id
           join films f on f.id = nf.film_id
           join nomination_people np on np.nomination_id = n.id
           join people p on p.id = np.person_id
          where f.imdb_id = 'tt0059113' and n.display_name like '%Metro%'`,
      )
      .all();
    expect(nominees.filter((p) => (p as { kind: string }).kind === 'company')).toHaveLength(1);
    const aliases = db.$client
      .prepare(`select a.alias from person_aliases a join people p on p.id = a.person_id where p.imdb_id = 'co0007143'`)
      .pluck()
      .all();
    expect(aliases.length).toBeGreaterThan(0);
  });

  it('changes nothing on a second run', () => {
    expect(second).toMatchObject({ rows: 12137, created: 0, updated: 0, unchanged: 12137 });
    expect(second).toMatchObject({ editions: 0, categories: 0, films: 0, people: 0 });
    expect(tableCounts(db)).toEqual(countsAfterFirst);
  });
});

describe('importOscarData with documentaryOnly', () => {
  const { db } = freshDatabase();
  let summary: OscarImportSummary;
  beforeAll(() => {
    summary = importOscarData(db, OSCAR_DATA_FILE, { documentaryOnly: true });
  }, 120_000);

  it('imports the 390 Documentary (Feature) and 398 Documentary (Short Subject) nominations and nothing else', () => {
    expect(summary).toMatchObject({ rows: 12137, selected: 788, created: 788 });
    expect(nominationsInCanonical(db, 'Documentary (Feature)')).toBe(390);
    expect(nominationsInCanonical(db, 'Documentary (Short Subject)')).toBe(398);
    expect(db.$client.prepare('select count(*) from nominations').pluck().get()).toBe(788);
    expect(db.$client.prepare('select count(*) from films where not is_documentary').pluck().get()).toBe(0);
  });

  it('keeps the entries the Academy never counted as nominations out of the nominations, with their own history', () => {
    // The 16th ceremony's preliminary list, announced before the final ballot: shortlisted, never nominated.
    expect(historyOfFilm(db, 'tt0436120', '16th').map((step) => step.to)).toEqual(['shortlisted']);
    // Terminus, found ineligible after the nominations were announced, and the nomination withdrawn.
    expect(historyOfFilm(db, 'tt0055514', '36th').map((step) => step.to)).toEqual(['nominated', 'withdrawn']);
    // Young Americans, announced the winner at the 41st and declared ineligible weeks later; the award went
    // to Journey into Self.
    expect(historyOfFilm(db, 'tt0062515', '41st').map((step) => step.to)).toEqual(['nominated', 'won', 'withdrawn']);
    expect(historyOfFilm(db, 'tt0063160', '41st').at(-1)).toMatchObject({ to: 'won', status: 'won' });
    const counted = db.$client
      .prepare(
        `select count(*) from nominations
          where note like '%NOT AN OFFICIAL NOMINATION%' and status in ('nominated', 'won', 'lost')`,
      )
      .pluck()
      .get();
    expect(counted).toBe(0);
  });

  it('finds the documentary categories by the names fans use', () => {
    const canonicalOf = (alias: string) =>
      db.$client
        .prepare(
          `select c.name from category_aliases a join canonical_categories c on c.id = a.canonical_category_id
            where a.alias = ?`,
        )
        .pluck()
        .get(alias);
    expect(canonicalOf('Best Documentary Feature')).toBe('Documentary (Feature)');
    expect(canonicalOf('Documentary Short')).toBe('Documentary (Short Subject)');
  });

  it('credits the named nominees of a documentary as its filmmakers', () => {
    const credited = db.$client
      .prepare(
        `select p.name from credits c join people p on p.id = c.person_id join films f on f.id = c.film_id
          where f.imdb_id = 'tt5275892' and c.role = 'filmmaker' order by c.position`,
      )
      .pluck()
      .all();
    expect(credited).toEqual(['Ezra Edelman', 'Caroline Waterlow']);
  });

  it('names an organization the data set splits at a comma or "and" as one nominee', () => {
    const nominees = (title: string) =>
      db.$client
        .prepare(
          `select p.name, p.kind, p.imdb_id as imdbId from nomination_people np join people p on p.id = np.person_id
            join nomination_films nf on nf.nomination_id = np.nomination_id join films f on f.id = nf.film_id
            where f.title = ? order by np.position`,
        )
        .all(title);
    expect(nominees('The Rising Tide')).toEqual([
      { name: 'St. Francis-Xavier University, Antigonish, Nova Scotia', kind: 'company', imdbId: 'co0076128' },
    ]);
    expect(nominees('Kokoda Front Line!')).toEqual([
      { name: 'Australian News & Information Bureau', kind: 'company', imdbId: null },
    ]);
    const pieces = db.$client.prepare(`select count(*) from people where name in ('Nova Scotia', 'Antigonish')`);
    expect(pieces.pluck().get()).toBe(0);
  });
});

describe('importOscarData on a malformed file', () => {
  const cases = [
    ['bad-columns.tsv', 4, 'bad-columns.tsv line 4: expected 14 columns, found 15'],
    ['bad-ceremony.tsv', 3, 'bad-ceremony.tsv line 3: Ceremony must be a positive whole number, found "eighty-nine"'],
    ['bad-header.tsv', 1, 'bad-header.tsv line 1: expected the header Ceremony, Year'],
    ['bad-last-line.tsv', 28, `bad-last-line.tsv line 28: Winner must be 'True' or empty, found "Yes"`],
  ] as const;

  it.each(cases)('%s: throws ImportError naming line %i and leaves the database as it was', (file, line, message) => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    const before = tableCounts(db);
    let thrown: unknown;
    try {
      importOscarData(db, fixture(file));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as ImportError).line).toBe(line);
    expect((thrown as ImportError).message).toContain(message);
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses a value longer than the forms allow, quoting only its start; and a long header likewise', () => {
    const { db } = freshDatabase();
    const lines = readFileSync(fixture('sample.tsv'), 'utf8').split('\n');
    const cells = lines[2]!.split('\t');
    cells[5] = 'A'.repeat(301); // Film
    const folder = mkdtempSync(join(tmpdir(), 'laurels-long-'));
    const long = join(folder, 'long-title.tsv');
    writeFileSync(long, [lines[0], lines[1], cells.join('\t'), ...lines.slice(3)].join('\n'));
    expect(() => importOscarData(db, long)).toThrow(
      `long-title.tsv line 3: Film must be at most 300 characters long, found "${'A'.repeat(80)}…"`,
    );
    // Two details of 200 characters each are stored as one text of 402, past the form's 300.
    const details = [...lines[2]!.split('\t')];
    details[11] = `${'d'.repeat(200)}|${'e'.repeat(200)}`; // Detail
    const joined = join(folder, 'long-details.tsv');
    writeFileSync(joined, [lines[0], lines[1], details.join('\t'), ...lines.slice(3)].join('\n'));
    expect(() => importOscarData(db, joined)).toThrow(
      'long-details.tsv line 3: Detail must be at most 300 characters long in all',
    );
    const header = join(folder, 'long-header.tsv');
    writeFileSync(header, `${'X'.repeat(100_000)}\n${lines.slice(1).join('\n')}`);
    let message = '';
    try {
      importOscarData(db, header);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`found ${'X'.repeat(80)}…`);
    expect(message.length).toBeLessThan(500);
    expect(tableCounts(db)).toEqual(tableCounts(freshDatabase().db));
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes nothing from the good lines before a bad last line', () => {
    const { db } = freshDatabase();
    const before = tableCounts(db);
    expect(() => importOscarData(db, fixture('bad-last-line.tsv'))).toThrow(ImportError);
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses a file cut short inside its last line, which could read as a whole row, writing nothing', () => {
    const { db } = freshDatabase();
    const before = tableCounts(db);
    const whole = readFileSync(OSCAR_DATA_FILE, 'utf8');
    // Cut inside the note of an entry the Academy never counted: "NOTE: THIS IS NOT AN OFFICIAL NOMINATI".
    const cut = whole.slice(0, whole.indexOf('OFFICIAL NOMINATION') + 'OFFICIAL NOMINATI'.length);
    const file = join(tmpdir(), `laurels-cut-${process.pid}.tsv`);
    writeFileSync(file, cut);
    expect(() => importOscarData(db, file)).toThrow(
      `line ${cut.split('\n').length}: the file ends inside this line, without a line break: it looks cut short`,
    );
    expect(tableCounts(db)).toEqual(before);
    rmSync(file);
  });

  it('says plainly when the file does not exist', () => {
    const { db } = freshDatabase();
    expect(() => importOscarData(db, fixture('missing.tsv'))).toThrow(/cannot read .*missing\.tsv: no such file/);
  });
});

describe('importOscarData when results change', () => {
  it('imports a ceremony without any winner yet as nominated, not lost', () => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    const statuses = db.$client
      .prepare(
        `select distinct n.status from nominations n join categories c on c.id = n.category_id
           join editions e on e.id = c.edition_id where e.slug = '98th'`,
      )
      .pluck()
      .all();
    expect(statuses).toEqual(['nominated']);
    expect(db.$client.prepare(`select results_complete from editions where slug = '98th'`).pluck().get()).toBe(0);
  });

  it('corrects, on a rerun, the entries an earlier version imported as lost nominations', () => {
    const { db } = freshDatabase();
    importOscarData(db, OSCAR_DATA_FILE, { documentaryOnly: true });
    const notOfficial = `note like '%NOT AN OFFICIAL NOMINATION%'`;
    // As Laurels before this correction left them: each a lost nomination.
    db.$client.exec(`update nominations set status = 'lost' where ${notOfficial}`);
    const rerun = importOscarData(db, OSCAR_DATA_FILE, { documentaryOnly: true });
    expect(rerun).toMatchObject({ created: 0, updated: 19 });
    const statuses = db.$client
      .prepare(`select status, count(*) as n from nominations where ${notOfficial} group by status order by status`)
      .all();
    expect(statuses).toEqual([
      { status: 'shortlisted', n: 17 },
      { status: 'withdrawn', n: 2 },
    ]);
  });

  it('keeps, and counts, a status the rules do not let the file change, rather than stopping the import', () => {
    const { db } = freshDatabase();
    importOscarData(db, OSCAR_DATA_FILE);
    // Thunderbolt, only under consideration at the 2nd ceremony (submitted), marked nominated by an editor:
    // nominated → submitted is not a move the rules allow.
    const thunderbolt = `nominee_key in (select n.nominee_key from nominations n join nomination_films nf on nf.nomination_id = n.id
      join films f on f.id = nf.film_id where f.imdb_id = 'tt0020499')`;
    db.$client.exec(`update nominations set status = 'nominated' where ${thunderbolt}`);
    const rerun = importOscarData(db, OSCAR_DATA_FILE);
    expect(rerun).toMatchObject({ created: 0, updated: 0, kept: 1 });
    expect(accountedFor(rerun)).toBe(rerun.selected);
    expect(db.$client.prepare(`select status from nominations where ${thunderbolt}`).pluck().all()).toEqual([
      'nominated',
    ]);
  });

  it('moves the statuses through changeStatus when the winners are announced, then changes nothing', () => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    const announced = importOscarData(db, fixture('sample-results.tsv'));
    expect(announced).toMatchObject({ created: 0, updated: 10, unchanged: 17 });
    // Mr. Nobody against Putin won Documentary Feature Film at the 98th.
    expect(historyOfFilm(db, 'tt34965515', '98th').map(({ from, to, source }) => ({ from, to, source }))).toEqual([
      { from: null, to: 'nominated', source: 'oscar-data' },
      { from: 'nominated', to: 'won', source: 'oscar-data' },
    ]);
    expect(historyOfFilm(db, 'tt35307139', '98th').at(-1)).toMatchObject({ from: 'nominated', to: 'lost' });
    const audited = db.$client
      .prepare(`select count(*) from audit_log where action = 'nomination.status'`)
      .pluck()
      .get();
    expect(audited).toBe(10);

    const again = importOscarData(db, fixture('sample-results.tsv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 27 });
  });

  it('applies a corrected winner flag as an update with a status event', () => {
    const { db, file: database } = freshDatabase();
    importOscarData(db, fixture('sample-results.tsv'));
    // The same file with the 89th Documentary (Feature) win moved from O.J.: Made in America to 13th.
    const corrected = readFileSync(fixture('sample-results.tsv'), 'utf8')
      .split('\n')
      .map((line) => {
        const fields = line.split('\t');
        if (fields[6] === 'tt5275892') fields[10] = '';
        if (fields[6] === 'tt5895028') fields[10] = 'True';
        return fields.join('\t');
      })
      .join('\n');
    // Beside the test database, whose folder the helper removes.
    const file = join(dirname(database), 'corrected.tsv');
    writeFileSync(file, corrected);

    const summary = importOscarData(db, file);
    expect(summary).toMatchObject({ created: 0, updated: 2, unchanged: 25 });
    expect(accountedFor(summary)).toBe(summary.selected);
    expect(historyOfFilm(db, 'tt5275892', '89th').at(-1)).toMatchObject({
      from: 'won',
      to: 'lost',
      source: 'oscar-data',
      status: 'lost',
    });
    expect(historyOfFilm(db, 'tt5895028', '89th').at(-1)).toMatchObject({ from: 'lost', to: 'won', status: 'won' });
  });
});

describe('importOscarData on the sample file', () => {
  it('reports progress up to the last row and names the actor in the history', () => {
    const { db } = freshDatabase();
    const progress: [number, number][] = [];
    importOscarData(db, fixture('sample.tsv'), {
      actor: 'test',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.at(-1)).toEqual([27, 27]);
    const actors = db.$client.prepare('select distinct actor from status_events').pluck().all();
    expect(actors).toEqual(['test']);
  });

  it('keeps the double quotes of a field written \\"…\\"', () => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    const title = db.$client.prepare(`select title from films where imdb_id = 'tt38691874'`).pluck().get();
    expect(title).toBe('Children No More: "Were and Are Gone"');
  });

  it('records an honorary award as won outright: it had no nomination phase', () => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    // Chaplin's special award for The Circus at the 1st Academy Awards.
    expect(historyOfFilm(db, 'tt0018773', '1st').map(({ from, to }) => ({ from, to }))).toEqual([
      { from: null, to: 'won' },
    ]);
  });

  it('names a pseudonym with several ids (Roderick Jaynes) without inventing one id for it', () => {
    const { db } = freshDatabase();
    importOscarData(db, fixture('sample.tsv'));
    const person = db.$client
      .prepare(`select name, imdb_id as imdbId from people where name = 'Roderick Jaynes'`)
      .get();
    expect(person).toEqual({ name: 'Roderick Jaynes', imdbId: null });
  });
});
