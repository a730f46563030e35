// What a record page's address names, as the pages and proxy.ts read it: the record, the address it
// lives at now, or nothing (then the proxy sends the reader to the whole 404 page).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isMissingPage,
  resolveAwardAddress,
  resolveEditionAddress,
  resolveFilmAddress,
  resolvePersonAddress,
  resolveSourceAddress,
} from '@/app/_lib/page-addresses';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
});

describe('record page addresses', () => {
  it('find a film by its slug, and lead from another case of it or its IMDb id to it', async () => {
    expect(await resolveFilmAddress(db, '13th-2016')).toMatchObject({ kind: 'found', record: { title: '13th' } });
    expect(await resolveFilmAddress(db, '13TH-2016')).toEqual({ kind: 'moved', path: '/films/13th-2016' });
    expect(await resolveFilmAddress(db, 'tt5895028')).toEqual({ kind: 'moved', path: '/films/13th-2016' });
    expect(await resolveFilmAddress(db, 'no-such-film')).toEqual({ kind: 'missing' });
  });

  it('lead from a film address without its year to the one film it can mean, or offer the films it could', async () => {
    expect(await resolveFilmAddress(db, '13th')).toEqual({ kind: 'moved', path: '/films/13th-2016' });
    expect(await resolveFilmAddress(db, 'The-Lovers-and-the-Despot')).toEqual({
      kind: 'moved',
      path: '/films/the-lovers-and-the-despot-2016',
    });
    // Two films called Universe (1960 and 1976): the address could mean either, so the reader chooses.
    expect(await resolveFilmAddress(db, 'Universe')).toEqual({
      kind: 'many',
      films: [
        { slug: 'universe-1960', title: 'Universe', year: 1960 },
        { slug: 'universe-1976', title: 'Universe', year: 1976 },
      ],
    });
    // A year is four digits after the title, not any longer slug that starts the same way.
    expect(await resolveFilmAddress(db, '13')).toEqual({ kind: 'missing' });
  });

  it('find a person by slug or IMDb id', async () => {
    expect(await resolvePersonAddress(db, 'ava-duvernay')).toMatchObject({ kind: 'found' });
    expect(await resolvePersonAddress(db, 'nm1148550')).toEqual({ kind: 'moved', path: '/people/ava-duvernay' });
    expect(await resolvePersonAddress(db, 'nobody-at-all')).toEqual({ kind: 'missing' });
  });

  it('find an award, an edition by slug, year or ordinal, and a source by id', async () => {
    expect(await resolveAwardAddress(db, 'IDA-Documentary-Awards')).toEqual({
      kind: 'moved',
      path: '/awards/ida-documentary-awards',
    });
    expect(await resolveEditionAddress(db, 'academy-awards', '89')).toEqual({
      kind: 'moved',
      path: '/awards/academy-awards/89th',
    });
    expect(await resolveEditionAddress(db, 'academy-awards', '1066th')).toEqual({ kind: 'missing' });
    expect(await resolveEditionAddress(db, 'no-such-award', '2016')).toEqual({ kind: 'missing' });
    expect(await resolveSourceAddress(db, '1')).toMatchObject({ kind: 'found', record: { id: 1 } });
    expect(await resolveSourceAddress(db, 'abc')).toEqual({ kind: 'missing' });
  });

  it('tell the proxy which addresses name nothing, and no other', async () => {
    for (const path of [
      '/films/no-such-film',
      '/people/no-such-person',
      '/awards/no-such-award',
      '/awards/academy-awards/1066th',
      '/sources/abc',
      '/sources/999999',
      '/films/%E2%80%94-missing',
    ]) {
      expect(await isMissingPage(db, path), path).toBe(true);
    }
    for (const path of [
      '/films/13th-2016',
      '/films/13TH-2016',
      '/films/tt5895028',
      '/people/ava-duvernay',
      '/awards/ida-documentary-awards',
      '/awards/ida-documentary-awards/2016',
      '/awards/academy-awards/89',
      '/films/universe',
      '/sources/1',
      // Not a record page: left to its route.
      '/',
      '/films',
      '/films/13th-2016/extra',
      '/awards/-/anything',
      '/dashboard/2016',
      '/search/abc',
    ]) {
      expect(await isMissingPage(db, path), path).toBe(false);
    }
  });
});
