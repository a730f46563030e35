// Migration 0019 on a database written before it: a record's names indexed then are kept apart too, so a
// quoted phrase no longer runs from one of them into the next; every word still finds what it found.
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { NAME_BOUNDARY, parseSearchText, searchNames } from '@/db/search';
import { databaseBeforeMigration } from '@/tests/helpers/db';

const names = (db: Db, text: string) => searchNames(db, parseSearchText(text));
const personNames = async (db: Db, text: string) => (await names(db, text)).people.hits.map((hit) => hit.name);
const filmTitles = async (db: Db, text: string) => (await names(db, text)).films.hits.map((hit) => hit.title);
const awardNames = async (db: Db, text: string) => (await names(db, text)).awards.hits.map((hit) => hit.name);

describe('migration 0019 (a boundary between the names of a search document)', () => {
  it('keeps the names of records indexed before it apart, and finds them by every word still', async () => {
    const db = databaseBeforeMigration('char(57344)');
    db.$client.exec(`
      insert into people (id, slug, name, name_folded, kind) values
        (1, 'usasc', 'United States Army Signal Corps', 'united states army signal corps', 'company'),
        (2, 'laura-poitras', 'Laura Poitras', 'laura poitras', 'person');
      insert into person_aliases (person_id, alias, folded) values
        (1, 'United States Army', 'united states army'), (1, 'United States Army Air Force', 'united states army air force');
      insert into films (id, slug, title, title_folded, original_title, year) values
        (1, 'the-act-of-killing-2012', 'The Act of Killing', 'the act of killing', 'Jagal', 2012);
      insert into organizations (id, slug, name, short_name) values (1, 'ida', 'International Documentary Association', 'IDA');
      insert into awards (id, slug, name, short_name, kind, organization_id) values
        (1, 'ida-documentary-awards', 'IDA Documentary Awards', 'IDA Awards', 'ceremony', 1);
    `);
    // Before: a phrase ran across two names.
    expect(await personNames(db, '"army united states"')).toEqual(['United States Army Signal Corps']);
    expect(await filmTitles(db, '"jagal"')).toEqual(['The Act of Killing']);
    expect(await awardNames(db, '"association ida"')).toEqual(['IDA Documentary Awards']);

    migrateDatabase(db);

    expect(await personNames(db, '"army united states"')).toEqual([]);
    expect(await personNames(db, '"army air force"')).toEqual(['United States Army Signal Corps']);
    expect(await personNames(db, 'army united states')).toEqual(['United States Army Signal Corps']);
    expect(await personNames(db, 'poitras')).toEqual(['Laura Poitras']);
    expect(await filmTitles(db, '"jagal"')).toEqual(['The Act of Killing']);
    expect(await awardNames(db, '"association ida"')).toEqual([]);
    expect(await awardNames(db, 'international documentary association')).toEqual(['IDA Documentary Awards']);
    const documents = db.$client.prepare(
      'select rowid, aliases, extra from search_index where rowid in (6, 10, 7) order by rowid',
    );
    expect(documents.all()).toEqual([
      { rowid: 6, aliases: `United States Army ${NAME_BOUNDARY} United States Army Air Force`, extra: '' },
      { rowid: 7, aliases: 'IDA Awards', extra: `International Documentary Association ${NAME_BOUNDARY} IDA` },
      // One name: no boundary, and the document is left as it was.
      { rowid: 10, aliases: ' ', extra: '' },
    ]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    // FTS5's own check throws when the index and its documents disagree.
    db.$client.prepare("insert into search_index (search_index) values ('integrity-check')").run();
  });
});
