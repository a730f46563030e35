import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { CSV_COLUMNS, listExportNominations, nominationsToCsv } from '@/db/queries/export';
import { changeStatus } from '@/db/queries/nominations';
import {
  applyNominationImport,
  previewNominationImport,
  type ImportOutcome,
} from '@/db/queries/nomination-import-apply';
import { parseNominationsCsv } from '@/db/queries/nomination-import-parse';
import { countPlan, type ImportPlan } from '@/db/queries/nomination-import-plan';
import { films } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '../../../helpers/db';
import { tableCounts } from '../../../helpers/counts';

type Line = Record<string, string>;

let db: Db;
beforeAll(async () => {
  db = freshDatabase().db;
  await seedDatabase(db);
});

const idOf = (sqlText: string, ...args: unknown[]) =>
  db.$client
    .prepare(sqlText)
    .pluck()
    .get(...args) as number;

async function exportEdition(award: string, edition: string): Promise<Line[]> {
  const id = idOf(
    `select e.id from editions e join awards a on a.id = e.award_id where a.slug = ? and e.slug = ?`,
    award,
    edition,
  );
  return parse(nominationsToCsv(await listExportNominations(db, { kind: 'edition', id })), {
    columns: true,
  }) as Line[];
}

const toCsv = (lines: Line[]) => stringify(lines, { header: true, columns: [...CSV_COLUMNS] });

function planOf(outcome: ImportOutcome): ImportPlan {
  if (outcome.kind === 'unreadable') throw new Error(`unreadable: ${JSON.stringify(outcome.issues)}`);
  return outcome.plan;
}

const request = (csv: string) => ({ csv, fileName: 'season.csv', actor: 'user:7' });

describe('nominations CSV import', () => {
  it('plans an exported edition as all unchanged, and the whole Academy Awards export too', async () => {
    const ida = planOf(previewNominationImport(db, toCsv(await exportEdition('ida-documentary-awards', '2016'))));
    expect(countPlan(ida)).toEqual({
      created: 0,
      changed: 0,
      unchanged: 10,
      errors: 0,
      revisions: 0,
      newFilms: 0,
      newPeople: 0,
    });

    const award = idOf(`select id from awards where slug = 'academy-awards'`);
    const csv = nominationsToCsv(await listExportNominations(db, { kind: 'award', id: award }));
    const oscars = planOf(previewNominationImport(db, `\uFEFF${csv.replace(/\n/g, '\r\n')}`));
    expect(oscars.rows.filter((row) => row.kind !== 'unchanged')).toEqual([]);
    expect(oscars.rows).toHaveLength(788);
  });

  it('exports text a spreadsheet would run as a formula as text, and reads it back as it was', async () => {
    // The notes of Weiner's statuses, as a feed or an admin might have written them.
    const events = db.$client
      .prepare(
        `select se.id, se.note from status_events se join nomination_films nf on nf.nomination_id = se.nomination_id
          join films f on f.id = nf.film_id where f.title = 'Weiner'`,
      )
      .all() as { id: number; note: string | null }[];
    const setNote = db.$client.prepare('update status_events set note = ? where id = ?');
    for (const event of events) setNote.run('=HYPERLINK("http://x.example")', event.id);
    try {
      const edition = idOf(
        `select e.id from editions e join awards a on a.id = e.award_id where a.slug = 'ida-documentary-awards' and e.slug = '2016'`,
      );
      const csv = nominationsToCsv(await listExportNominations(db, { kind: 'edition', id: edition }));
      expect(csv).toContain(`"'=HYPERLINK(""http://x.example"")"`);
      expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
      const plan = planOf(previewNominationImport(db, csv));
      expect(countPlan(plan)).toMatchObject({ created: 0, changed: 0, errors: 0 });
      const read = parseNominationsCsv(csv);
      expect(read.ok && read.rows.find((row) => row.films.includes('Weiner'))?.note).toBe(
        '=HYPERLINK("http://x.example")',
      );
    } finally {
      for (const event of events) setNote.run(event.note, event.id);
    }
  });

  it('reads a file a spreadsheet saved with semicolons or tabs between its columns as the same file with commas', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    for (const delimiter of [';', '\t']) {
      const saved = stringify(lines, { header: true, columns: [...CSV_COLUMNS], delimiter, bom: true });
      expect(saved.split('\n', 1)[0]).not.toContain(',');
      const read = parseNominationsCsv(saved);
      expect(read).toEqual(parseNominationsCsv(toCsv(lines)));
      expect(countPlan(planOf(previewNominationImport(db, saved)))).toMatchObject({ unchanged: lines.length });
    }
  });

  it('reads a file without control characters, as a form is read: a pasted NUL changes nothing', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const weiner = lines.find((line) => line.films === 'Weiner')!;
    weiner.films = 'Wei\u0000ner\u001b';
    const read = parseNominationsCsv(toCsv(lines));
    expect(read.ok && read.rows.some((row) => row.films.includes('Weiner'))).toBe(true);
    expect(countPlan(planOf(previewNominationImport(db, toCsv(lines))))).toMatchObject({ changed: 0, errors: 0 });
  });

  it('applies an edited status as one status change, citing the file and the person', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const weiner = lines.find((line) => line.films === 'Weiner')!;
    expect(weiner.status).toBe('lost');
    weiner.status = 'won';
    const csv = toCsv(lines);
    const plan = planOf(previewNominationImport(db, csv));
    expect(countPlan(plan)).toMatchObject({ created: 0, changed: 1, unchanged: 9, errors: 0 });
    expect(plan.rows.find((row) => row.kind === 'change')).toMatchObject({
      from: 'lost',
      to: 'won',
      line: lines.indexOf(weiner) + 2,
    });

    // A recorded result changed (lost → won) is written only when the importer says the file means it.
    expect(applyNominationImport(db, request(csv), plan.fingerprint)).toMatchObject({ kind: 'unconfirmed' });
    const outcome = applyNominationImport(db, { ...request(csv), confirmRevisions: true }, plan.fingerprint);
    expect(outcome).toMatchObject({ kind: 'applied', counts: { changed: 1, unchanged: 9, revisions: 1 } });
    const event = db.$client
      .prepare(
        `select se.* from status_events se join nomination_films nf on nf.nomination_id = se.nomination_id
           join films f on f.id = nf.film_id where f.title = 'Weiner' order by se.id desc limit 1`,
      )
      .get() as { to_status: string; note: string; source_id: number | null; actor: string; occurred_on: null };
    // The source and date in the row were copied from the export: they belong to the old status.
    expect(event).toMatchObject({
      to_status: 'won',
      note: 'Imported from season.csv',
      source_id: null,
      occurred_on: null,
      actor: 'user:7',
    });
    expect(idOf(`select count(*) from audit_log where action = 'nomination.import' and actor = 'user:7'`)).toBe(1);

    // Put the seeded status back for the other tests.
    const back = planOf(
      previewNominationImport(db, toCsv(lines.map((l) => (l === weiner ? { ...l, status: 'lost' } : l)))),
    );
    expect(
      applyNominationImport(
        db,
        { ...request(toCsv(lines.map((l) => (l === weiner ? { ...l, status: 'lost' } : l)))), confirmRevisions: true },
        back.fingerprint,
      ).kind,
    ).toBe('applied');
  });

  it('adds a row as a new nomination with a new film, shown in the edition export', async () => {
    const lines = await exportEdition('academy-awards', '30th');
    const template = lines[0]!;
    const added: Line = {
      ...Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])),
      award: template.award!,
      edition: template.edition!,
      category: template.category!,
      films: 'Unit Test Film 4821',
      nominees: 'Unit Test Director 4821',
      status: 'nominated',
      source_url: 'https://example.org/unit-test-4821',
      source_title: 'Unit test announcement',
      citation: 'For its unit tests',
      nomination_note: 'Added by a unit test',
    };
    const csv = toCsv([...lines, added]);
    const plan = planOf(previewNominationImport(db, csv));
    expect(countPlan(plan)).toEqual({
      created: 1,
      changed: 0,
      unchanged: lines.length,
      errors: 0,
      revisions: 0,
      newFilms: 1,
      newPeople: 1,
    });
    expect(applyNominationImport(db, request(csv), plan.fingerprint).kind).toBe('applied');
    // Created in a documentary category, the film is a documentary, as a pasted one is.
    expect(idOf(`select is_documentary from films where title = 'Unit Test Film 4821'`)).toBe(1);
    const after = await exportEdition('academy-awards', '30th');
    expect(after.find((line) => line.films === 'Unit Test Film 4821')).toMatchObject({
      nominees: 'Unit Test Director 4821',
      status: 'nominated',
      source_url: 'https://example.org/unit-test-4821',
      citation: 'For its unit tests',
      nomination_note: 'Added by a unit test',
      note: 'Imported from season.csv',
    });
    // Importing the same file again changes nothing.
    expect(countPlan(planOf(previewNominationImport(db, csv)))).toMatchObject({
      created: 0,
      unchanged: lines.length + 1,
    });
  });

  it('reads a person named twice in a row, by name and by another name, as one nominee', async () => {
    const lines = await exportEdition('academy-awards', '89th');
    const withPeople = lines.find((line) => line.nominees && !line.nominees.includes(';') && line.films)!;
    const name = withPeople.nominees!;
    const personId = idOf(`select id from people where name = ?`, name);
    db.$client
      .prepare(
        `insert into person_aliases (person_id, alias, folded) values (?, 'Another Name 5309', 'another name 5309')`,
      )
      .run(personId);
    // The export before a merge: the person by both names. Then a new film naming a new person twice.
    const twice: Line = { ...withPeople, nominees: `${name}; Another Name 5309` };
    const added: Line = {
      ...withPeople,
      films: 'Unit Test Film 5309',
      film_imdb_ids: '',
      nominees: 'Unit Test Person 5309; Unit Test Person 5309',
      status: 'nominated',
      status_date: '',
    };
    const csv = toCsv([twice, added]);
    const plan = planOf(previewNominationImport(db, csv));
    expect(countPlan(plan)).toMatchObject({ created: 1, unchanged: 1, errors: 0, newPeople: 1 });
    expect(applyNominationImport(db, request(csv), plan.fingerprint).kind).toBe('applied');
    const filmId = idOf(`select id from films where title = 'Unit Test Film 5309'`);
    expect(
      idOf(
        `select count(*) from nomination_people np join nomination_films nf using (nomination_id) where nf.film_id = ?`,
        filmId,
      ),
    ).toBe(1);
  });

  it('refuses a new row dated more than a year before the awards year, naming its line', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const added: Line = {
      ...lines[0]!,
      films: 'Unit Test Film 7781',
      film_imdb_ids: '',
      nominees: '',
      credited_as: '',
      status: 'nominated',
      status_date: '2001-03-04',
    };
    const plan = planOf(previewNominationImport(db, toCsv([added])));
    expect(plan.rows).toEqual([
      expect.objectContaining({
        kind: 'error',
        line: 2,
        message: expect.stringContaining('cannot be dated 2001-03-04, more than a year before it'),
      }),
    ]);
  });

  it('exports the nomination’s own note and citation apart from the note on its status', async () => {
    // oscar_data's note on Young Americans: the Academy declared it ineligible after it had won.
    const lines = await exportEdition('academy-awards', '41st');
    const youngAmericans = lines.find((line) => line.films === 'Young Americans');
    expect(youngAmericans?.nomination_note).toMatch(/^NOTE: THIS IS NOT AN OFFICIAL NOMINATION/);
    expect(youngAmericans?.note).toBe('');
  });

  it('takes the film of the edition’s own year when films of one title are a year apart', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const weiner2016 = idOf(`select id from films where title = 'Weiner' and year = 2016`);
    // Another film of that title, a year on (a namesake), made as an editor would make it.
    db.insert(films).values({ slug: 'weiner-2017-unit', title: 'Weiner', titleFolded: 'weiner', year: 2017 }).run();
    expect(idOf(`select count(*) from films where title = 'Weiner'`)).toBe(2);
    const template = lines[0]!;
    const added: Line = {
      ...Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])),
      award: template.award!,
      edition: template.edition!,
      // A category of the edition where no Weiner is a nominee yet.
      category: 'ABC News VideoSource Award',
      films: 'Weiner',
      status: 'nominated',
      note: 'A unit test row.',
    };
    const plan = planOf(previewNominationImport(db, toCsv([...lines, added])));
    expect(countPlan(plan)).toMatchObject({ created: 1, errors: 0, newFilms: 0 });
    const row = plan.rows.find((r) => r.line === lines.length + 2)!;
    expect(JSON.stringify(row)).toContain(`"id":${weiner2016}`);
  });

  it('refuses a status date that is no day of the calendar, naming its line', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const dated = lines.map((line, i) => (i === 1 ? { ...line, status_date: '2017-02-30' } : line));
    const outcome = previewNominationImport(db, toCsv(dated));
    expect(outcome.kind === 'unreadable' && outcome.issues).toEqual([
      { line: 3, message: expect.stringContaining('status_date must be a real date like 2017-02-26') },
    ]);
    // A date that is no day and looks ahead gets the one message that says what is wrong.
    const future = lines.map((line, i) => (i === 1 ? { ...line, status_date: '2030-13-45' } : line));
    const refused = previewNominationImport(db, toCsv(future));
    expect(refused.kind === 'unreadable' && refused.issues).toEqual([
      { line: 3, message: 'status_date must be a real date like 2017-02-26' },
    ]);
  });

  it('refuses a status date still to come, naming its line', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const dated = lines.map((line, i) => (i === 0 ? { ...line, status_date: ahead } : line));
    const outcome = previewNominationImport(db, toCsv(dated));
    expect(outcome.kind === 'unreadable' && outcome.issues).toEqual([
      { line: 2, message: expect.stringContaining('status_date is still to come') },
    ]);
  });

  it('refuses, naming the line, a row that adds to or changes a closed category, and a change dated before the history', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const videoSource = 'ABC News VideoSource Award';
    const inCategory = lines.filter((line) => line.category === videoSource);
    const winner = inCategory.find((line) => line.status === 'won')!;
    const loser = lines.find((line) => line.category === 'Best Feature' && line.status === 'lost')!;
    const edited = [
      ...lines.map((line) => {
        if (line === winner) return { ...line, status: 'nominated', status_date: '', source_url: '', note: 'Undone.' };
        // Dated before the loss it would undo.
        if (line === loser) return { ...line, status: 'won', status_date: '2016-11-01', note: 'Corrected.' };
        return line;
      }),
      { ...winner, films: 'Weiner', film_imdb_ids: '', nominees: '', credited_as: '', status: 'nominated' },
    ];
    const closedAt = `update categories set closed_at = ? where name = '${videoSource}'`;
    db.$client.prepare(closedAt).run('2016-12-10T05:00:00.000Z');
    // The losses dated as an editor might have dated them (the seed's sources give no date).
    const lossesDated = `update status_events set occurred_on = ? where to_status = 'lost' and nomination_id in
      (select n.id from nominations n join categories c on c.id = n.category_id where c.name = 'Best Feature')`;
    db.$client.prepare(lossesDated).run('2016-12-09');
    try {
      const plan = planOf(previewNominationImport(db, toCsv(edited)));
      const closed = `${videoSource} is closed, so its results are final: reopen it on the results screen to change them.`;
      expect(plan.rows.filter((row) => row.kind === 'error')).toEqual(
        [
          expect.objectContaining({
            line: lines.indexOf(loser) + 2,
            // What an old export carries: the message says what to do about the file.
            message: expect.stringMatching(/cannot be dated 2016-11-01.* Is the file older than the catalogue\?/),
          }),
          expect.objectContaining({ line: lines.indexOf(winner) + 2, message: closed }),
          expect.objectContaining({ line: lines.length + 2, message: closed }),
        ].sort((a, b) => a.line - b.line),
      );
      // The category's other rows, unchanged, are not refused.
      expect(countPlan(plan).unchanged).toBe(lines.length - 2);
    } finally {
      db.$client.prepare(closedAt).run(null);
      db.$client.prepare(lossesDated).run(null);
    }
  });

  it('reads a status as a spreadsheet writes it: capitals, spaces, a hyphen', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const spreadsheet = (status = '') => `${status.charAt(0).toUpperCase()}${status.slice(1).replace('_', ' ')} `;
    const written = lines.map((line) => ({ ...line, status: spreadsheet(line.status) }));
    expect(written.some((line) => line.status === 'Won ')).toBe(true);
    expect(countPlan(planOf(previewNominationImport(db, toCsv(written))))).toMatchObject({
      created: 0,
      unchanged: lines.length,
    });
  });

  it('quotes a status it cannot read as the spreadsheet wrote it', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const outcome = previewNominationImport(
      db,
      toCsv(lines.map((line, i) => (i === 0 ? { ...line, status: 'Short listed' } : line))),
    );
    expect(outcome.kind === 'unreadable' && outcome.issues).toEqual([
      { line: 2, message: expect.stringContaining('status "Short listed" is not one of') },
    ]);
  });

  it('names every bad line at once and writes nothing while any row has an error', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const broken = lines.map((line, i) =>
      i === 0
        ? { ...line, status: 'victorious' }
        : i === 1
          ? { ...line, status: 'runner_up' }
          : i === 2
            ? { ...line, category: 'Best Haircut' }
            : line,
    );
    const csv = toCsv(broken);
    const outcome = previewNominationImport(db, csv);
    expect(outcome.kind).toBe('unreadable');
    // Every problem at once, the refused row's and what planning the others finds, by line.
    expect(outcome.kind === 'unreadable' && outcome.issues).toEqual([
      { line: 2, message: expect.stringContaining('status "victorious" is not one of') },
      { line: 3, message: expect.stringContaining('cannot go from lost to runner-up') },
      {
        line: 4,
        message: expect.stringContaining('category "Best Haircut" is not in the 2016 IDA Documentary Awards'),
      },
    ]);

    const planned = planOf(previewNominationImport(db, toCsv(broken.slice(1))));
    const errors = planned.rows.filter((row) => row.kind === 'error');
    expect(errors.map((row) => [row.line, row.kind === 'error' && row.message])).toEqual([
      [
        2,
        expect.stringMatching(
          /cannot go from lost to runner-up\. The status rules allow a lost nomination to go to submitted, shortlisted, nominated, won or withdrawn only/,
        ),
      ],
      [3, expect.stringContaining('category "Best Haircut" is not in the 2016 IDA Documentary Awards')],
    ]);
    const before = tableCounts(db);
    expect(applyNominationImport(db, request(toCsv(broken.slice(1))), planned.fingerprint).kind).toBe('planned');
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses a header that is not the export’s, naming the columns', () => {
    const outcome = previewNominationImport(db, 'award,edition,category,films,status,colour\nx,y,z,w,won,red\n');
    expect(outcome).toEqual({
      kind: 'unreadable',
      issues: [{ line: 1, message: expect.stringMatching(/missing column: nominees; unknown column: colour/) }],
    });
  });

  it('says in plain words what is wrong with quotes or cells, on the line to mend', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const csv = toCsv(lines.slice(0, 3));
    const [header, first, second, third] = csv.trimEnd().split('\n');
    const issuesOf = (text: string) => {
      const read = parseNominationsCsv(text);
      return read.ok ? [] : read.issues;
    };
    // A quote opened on line 3 and never closed: the file ends inside that cell.
    expect(issuesOf([header, first, `${second},"unclosed`, third].join('\n'))).toEqual([
      {
        line: 0,
        message:
          'Line 3: a cell opens with a quote (") that is never closed. Close it, or double a quote that belongs to the text ("").',
      },
    ]);
    expect(issuesOf([header, `x"Q"y${first}`].join('\n'))[0]!.message).toBe(
      'Line 2: a quote (") stands inside a cell. Put the whole cell in quotes and double each quote inside it ("").',
    );
    // A row cut short, and one with a cell too many, are named as such rather than by a column's value.
    const columns = header!.split(',').length;
    const cut = first!.split(',').slice(0, 10).join(',');
    expect(issuesOf([header, cut, `${second},extra`].join('\n'))).toEqual([
      {
        line: 2,
        message: `the row has 10 cells where the header has ${columns} columns: the row was cut short, or a line break inside a cell is not in quotes.`,
      },
      {
        line: 3,
        message: `the row has ${columns + 1} cells where the header has ${columns} columns: a cell holds the separator (a comma) without quotes around it.`,
      },
    ]);
  });

  it('refuses to apply a plan that changed since the preview, and writes nothing', async () => {
    const lines = await exportEdition('ida-documentary-awards', '2016');
    const target = lines.find((line) => line.films === 'Weiner')!;
    target.status = 'won';
    const csv = toCsv(lines);
    const preview = planOf(previewNominationImport(db, csv));
    // Someone else marks the same nomination meanwhile.
    const nominationId = preview.rows.find((row) => row.kind === 'change')!;
    const id = nominationId.kind === 'change' ? nominationId.nominationId : 0;
    changeStatus(db, { nominationId: id, to: 'nominated', actor: 'user:8', note: 'Correction' });
    const before = tableCounts(db);
    const outcome = applyNominationImport(db, request(csv), preview.fingerprint);
    expect(outcome.kind).toBe('stale');
    expect(tableCounts(db)).toEqual(before);
    changeStatus(db, { nominationId: id, to: 'lost', actor: 'user:8', note: 'Put back' });
  });
});
