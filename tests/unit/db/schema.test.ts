// The database itself keeps bad data out: these tests write past the query layer on purpose.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../helpers/db';

function catalogue() {
  const { db } = freshDatabase();
  const sql = db.$client;
  sql.exec(`
    insert into awards (id, slug, name, kind) values (1, 'ida-documentary-awards', 'IDA Documentary Awards', 'ceremony');
    insert into editions (id, award_id, slug, name, year) values (1, 1, '2016', '2016 IDA Documentary Awards', 2016);
    insert into categories (id, edition_id, slug, name) values (1, 1, 'best-feature', 'Best Feature');
    insert into films (id, slug, title, title_folded, year) values (1, 'weiner-2016', 'Weiner', 'weiner', 2016);
    insert into sources (id, kind, publisher) values (1, 'article', 'TheWrap');
  `);
  return { db, sql };
}

describe('schema constraints', () => {
  it('pragmas: WAL, foreign keys on, busy timeout', () => {
    const { sql } = catalogue();
    expect(sql.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sql.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sql.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuses a status outside the list', () => {
    const { sql } = catalogue();
    expect(() =>
      sql.exec(`insert into nominations (category_id, nominee_key, status) values (1, 'f:1', 'victorious')`),
    ).toThrow(/CHECK constraint failed: nominations_status/);
  });

  it('refuses the same nominee twice in one category', () => {
    const { sql } = catalogue();
    sql.exec(`insert into nominations (category_id, nominee_key, status) values (1, 'f:1', 'nominated')`);
    expect(() =>
      sql.exec(`insert into nominations (category_id, nominee_key, status) values (1, 'f:1', 'won')`),
    ).toThrow(/UNIQUE constraint failed/);
  });

  it('refuses a nomination in a category that does not exist', () => {
    const { sql } = catalogue();
    expect(() =>
      sql.exec(`insert into nominations (category_id, nominee_key, status) values (99, 'f:1', 'nominated')`),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuses a status event with neither source nor note', () => {
    const { sql } = catalogue();
    sql.exec(`insert into nominations (id, category_id, nominee_key, status) values (1, 1, 'f:1', 'nominated')`);
    expect(() =>
      sql.exec(`insert into status_events (nomination_id, to_status, actor) values (1, 'nominated', 'test')`),
    ).toThrow(/CHECK constraint failed: status_events_reason/);
    sql.exec(
      `insert into status_events (nomination_id, to_status, actor, source_id) values (1, 'nominated', 'test', 1)`,
    );
  });

  it('refuses malformed ids and dates', () => {
    const { sql } = catalogue();
    expect(() => sql.exec(`update films set imdb_id = '5275892' where id = 1`)).toThrow(/films_imdb_id/);
    expect(() => sql.exec(`update editions set ceremony_date = '9 December 2016' where id = 1`)).toThrow(
      /editions_ceremony_date/,
    );
    expect(() =>
      sql.exec(`insert into films (slug, title, title_folded, imdb_id) values ('x', 'X', 'x', 'tt1')`),
    ).not.toThrow();
    expect(() =>
      sql.exec(`insert into films (slug, title, title_folded, imdb_id) values ('y', 'Y', 'y', 'tt1')`),
    ).toThrow(/UNIQUE constraint failed: films.imdb_id/);
  });

  it('keeps the audit log append-only', () => {
    const { sql } = catalogue();
    sql.exec(`insert into audit_log (actor, action, entity_type) values ('test', 'x', 'film')`);
    expect(() => sql.exec(`update audit_log set actor = 'someone else'`)).toThrow(/append-only/);
    expect(() => sql.exec(`delete from audit_log`)).toThrow(/append-only/);
  });

  it('keeps the search index in step with films and their aliases', () => {
    const { sql } = catalogue();
    const find = (q: string) =>
      sql.prepare(`select rowid from search_index where search_index match ?`).pluck().all(q) as number[];
    expect(find('weiner')).toEqual([1 * 4 + 1]);
    sql.exec(`insert into film_aliases (film_id, alias, folded) values (1, 'Wiener Doc', 'wiener doc')`);
    expect(find('wiener')).toEqual([5]);
    sql.exec(`update films set title = 'Anthony' where id = 1`);
    expect(find('weiner')).toEqual([]);
    expect(find('anthony')).toEqual([5]);
    sql.exec(`delete from film_aliases`);
    expect(find('wiener')).toEqual([]);
    sql.exec(`delete from films where id = 1`);
    expect(find('anthony')).toEqual([]);
  });
});
