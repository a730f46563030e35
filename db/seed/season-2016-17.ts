// The 2016–17 documentary awards season as reported by its sources (db/seed/facts/ida-2016.md):
// the 2016 IDA Documentary Awards, the 2016 Sundance Film Festival's documentary prizes and the
// 1st Critics' Choice Documentary Awards. Every status names the source that reported it; what the
// sources do not say (other VideoSource nominees, the nominations date) is left out, not guessed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../client';
import {
  ensureAward,
  ensureCanonicalCategory,
  ensureCategory,
  ensureEdition,
  ensureOrganization,
} from '../queries/catalogue';
import { addFilmAlias, ensureFilm, type FilmInput } from '../queries/films';
import { createNomination, type StatusReason } from '../queries/nominations';
import { addCredit, ensurePerson } from '../queries/people';
import { ensureSource } from '../queries/sources';
import type { NominationStatus } from '../schema';
import { factsAsText } from './facts-text';

const ACTOR = 'seed';
/** Said of a category whose other nominees (or competing films) the sources do not list. */
const ONLY_WINNER_RECORDED = 'Only the winner is recorded here: the sources do not list the other nominees.';
const read = (...path: string[]) => readFileSync(join(__dirname, ...path), 'utf8');

/** The sources of this season's facts, as ensureSource inputs keyed for reruns. */
function seasonSources(tx: Executor) {
  return {
    thr: ensureSource(
      tx,
      {
        key: 'thr-ida-awards-2016',
        kind: 'article',
        url: 'https://www.hollywoodreporter.com/news/ida-awards-norman-lear-says-filmmakers-protect-first-amendment-955018',
        publisher: 'The Hollywood Reporter',
        title: 'IDA Awards: Norman Lear says filmmakers must protect the First Amendment',
      },
      ACTOR,
    ),
    wrap: ensureSource(
      tx,
      {
        key: 'thewrap-ida-awards-2016',
        kind: 'article',
        url: 'https://www.thewrap.com/p1387513/',
        publisher: 'TheWrap',
        title: "'OJ: Made in America' Wins Top Prize at IDA Documentary Awards",
      },
      ACTOR,
    ),
    // The article that started Laurels; we hold its text but not its address.
    seedArticle: ensureSource(
      tx,
      {
        key: 'seed-lovers-and-the-despot',
        kind: 'article',
        publisher: 'Newsmax',
        body: read('announcements', 'seed-lovers-and-the-despot.txt'),
      },
      ACTOR,
    ),
    notes: ensureSource(
      tx,
      {
        key: 'laurels-season-notes-2016-17',
        kind: 'dataset',
        publisher: 'Laurels',
        title: '2016–17 season facts, compiled from The Hollywood Reporter, TheWrap and oscar_data',
        body: factsAsText(read('facts', 'ida-2016.md')),
      },
      ACTOR,
    ),
  };
}

interface Entry {
  film?: FilmInput & { aliases?: string[]; directors?: string[]; companies?: string[] };
  people?: string[];
  displayName?: string;
  steps: { status: NominationStatus; reason: StatusReason }[];
}

function seedCategory(
  tx: Executor,
  awardId: number,
  editionId: number,
  category: { name: string; aliases?: string[]; description?: string; position: number },
  entries: Entry[],
): void {
  const canonical = ensureCanonicalCategory(tx, {
    awardId,
    name: category.name,
    aliases: category.aliases,
    isDocumentary: true,
  });
  const row = ensureCategory(
    tx,
    {
      editionId,
      name: category.name,
      canonicalCategoryId: canonical.id,
      description: category.description,
      position: category.position,
    },
    ACTOR,
  );
  entries.forEach((entry, position) => {
    const filmIds: number[] = [];
    if (entry.film) {
      const { aliases = [], directors = [], companies = [], ...input } = entry.film;
      const { film } = ensureFilm(tx, { ...input, isDocumentary: true }, ACTOR);
      for (const alias of aliases) addFilmAlias(tx, film.id, alias);
      directors.forEach((name, i) =>
        addCredit(tx, film.id, ensurePerson(tx, { name }, ACTOR).person.id, 'director', i),
      );
      companies.forEach((name, i) =>
        addCredit(tx, film.id, ensurePerson(tx, { name, kind: 'company' }, ACTOR).person.id, 'production company', i),
      );
      filmIds.push(film.id);
    }
    const personIds = (entry.people ?? []).map((name) => ensurePerson(tx, { name }, ACTOR).person.id);
    const last = entry.steps[entry.steps.length - 1]!;
    createNomination(tx, {
      categoryId: row.id,
      filmIds,
      personIds,
      displayName: entry.displayName ?? null,
      position,
      status: last.status,
      reason: last.reason,
      steps: entry.steps,
    });
  });
}

export function seedSeason2016(tx: Executor): void {
  const src = seasonSources(tx);
  const by = (source: { id: number }, occurredOn: string | null = null, note: string | null = null): StatusReason => ({
    actor: ACTOR,
    sourceId: source.id,
    occurredOn,
    note,
  });

  // The 89th Academy Awards come from oscar_data; the facts add the ceremony date it lacks.
  const oscars = ensureAward(tx, { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony' }, ACTOR);
  ensureEdition(
    tx,
    {
      awardId: oscars.id,
      slug: '89th',
      name: '89th Academy Awards',
      ordinal: 89,
      year: 2016,
      ceremonyDate: '2017-02-26',
    },
    ACTOR,
  );

  // 2016 IDA Documentary Awards
  const ida = ensureOrganization(
    tx,
    {
      slug: 'ida',
      name: 'International Documentary Association',
      shortName: 'IDA',
      url: 'https://www.documentary.org',
    },
    ACTOR,
  );
  const idaAwards = ensureAward(
    tx,
    {
      slug: 'ida-documentary-awards',
      name: 'IDA Documentary Awards',
      shortName: 'IDA Awards',
      kind: 'ceremony',
      organizationId: ida.id,
      description:
        "The International Documentary Association's annual awards: submissions, shortlists, nominees, a members' vote and a ceremony; non-competitive honours are announced apart.",
      aliases: [
        'International Documentary Association Awards',
        'International Documentary Association Documentary Awards',
        'IDA Awards',
        'IDA Documentary Award',
      ],
    },
    ACTOR,
  );
  const ceremony = '2016-12-09';
  const ida2016 = ensureEdition(
    tx,
    {
      awardId: idaAwards.id,
      slug: '2016',
      name: '2016 IDA Documentary Awards',
      ordinal: 32,
      year: 2016,
      ceremonyDate: ceremony,
      datesNote:
        'The ceremony date is inferred: the sources say "Friday evening"; 9 December 2016 is the Friday after the 6 December Oscar shortlist.',
      venue: 'Paramount Theater, Los Angeles',
    },
    ACTOR,
  );
  // The results' events carry no date: the sources report them without one, and the edition's inferred
  // ceremony date (datesNote) is not theirs to attest.
  const nominatedThenLost = (source: { id: number }) => [
    { status: 'nominated' as const, reason: by(source) },
    { status: 'lost' as const, reason: by(src.wrap) },
  ];
  const nominatedThenWon = [
    { status: 'nominated' as const, reason: by(src.wrap) },
    { status: 'won' as const, reason: by(src.wrap) },
  ];
  seedCategory(tx, idaAwards.id, ida2016.id, { name: 'Best Feature', aliases: ['Best Feature Award'], position: 0 }, [
    {
      film: {
        title: 'O.J.: Made in America',
        year: 2016,
        aliases: ['OJ: Made in America'],
        directors: ['Ezra Edelman'],
        companies: ['ESPN Films'],
      },
      steps: nominatedThenWon,
    },
    { film: { title: 'Cameraperson', year: 2016 }, steps: nominatedThenLost(src.wrap) },
    { film: { title: 'Fire at Sea', year: 2016 }, steps: nominatedThenLost(src.wrap) },
    { film: { title: 'I Am Not Your Negro', year: 2016 }, steps: nominatedThenLost(src.wrap) },
    { film: { title: '13th', year: 2016, directors: ['Ava DuVernay'] }, steps: nominatedThenLost(src.wrap) },
    { film: { title: 'Weiner', year: 2016 }, steps: nominatedThenLost(src.wrap) },
  ]);
  seedCategory(
    tx,
    idaAwards.id,
    ida2016.id,
    {
      name: 'ABC News VideoSource Award',
      aliases: ['ABC News Video Source Award', 'VideoSource Award', 'ABC News VideoSource'],
      description:
        'For the best use of news footage as an integral component in a documentary. The sources name two of its nominees; the others are not recorded here.',
      position: 1,
    },
    [
      { film: { title: '13th', year: 2016 }, steps: nominatedThenWon },
      {
        film: {
          title: 'The Lovers and the Despot',
          year: 2016,
          runtimeMinutes: 93,
          aliases: ['The Lovers & the Despot'],
          directors: ['Robert Cannan', 'Ross Adam'],
        },
        steps: [
          { status: 'nominated', reason: by(src.seedArticle) },
          { status: 'lost', reason: by(src.wrap, null, '13th won the category.') },
        ],
      },
    ],
  );
  seedCategory(tx, idaAwards.id, ida2016.id, { name: 'Amicus Award', position: 2 }, [
    {
      people: ['Norman Lear', 'Lyn Lear'],
      displayName: 'Norman and Lyn Lear',
      steps: [{ status: 'won', reason: by(src.thr) }],
    },
  ]);
  seedCategory(tx, idaAwards.id, ida2016.id, { name: 'Best Curated Series', position: 3 }, [
    { displayName: 'DR2 Dokumania', steps: [{ status: 'won', reason: by(src.thr) }] },
  ]);

  // 2016 Sundance Film Festival: documentary grand jury prizes.
  const sundanceInstitute = ensureOrganization(tx, { slug: 'sundance-institute', name: 'Sundance Institute' }, ACTOR);
  const sundance = ensureAward(
    tx,
    {
      slug: 'sundance-film-festival',
      name: 'Sundance Film Festival',
      shortName: 'Sundance',
      kind: 'festival',
      organizationId: sundanceInstitute.id,
      aliases: ['Sundance'],
    },
    ACTOR,
  );
  const sundance2016 = ensureEdition(
    tx,
    { awardId: sundance.id, slug: '2016', name: '2016 Sundance Film Festival', year: 2016 },
    ACTOR,
  );
  seedCategory(
    tx,
    sundance.id,
    sundance2016.id,
    {
      name: 'U.S. Grand Jury Prize: Documentary',
      aliases: ['US Grand Jury Prize Documentary'],
      description: ONLY_WINNER_RECORDED,
      position: 0,
    },
    [{ film: { title: 'Weiner', year: 2016 }, steps: [{ status: 'won', reason: by(src.notes) }] }],
  );
  seedCategory(
    tx,
    sundance.id,
    sundance2016.id,
    {
      name: 'World Cinema Grand Jury Prize: Documentary',
      description: ONLY_WINNER_RECORDED,
      position: 1,
    },
    [{ film: { title: 'Sonita' }, steps: [{ status: 'won', reason: by(src.notes) }] }],
  );

  // 1st Critics' Choice Documentary Awards
  const cca = ensureOrganization(tx, { slug: 'critics-choice-association', name: 'Critics Choice Association' }, ACTOR);
  const criticsChoice = ensureAward(
    tx,
    {
      slug: 'critics-choice-documentary-awards',
      name: "Critics' Choice Documentary Awards",
      shortName: "Critics' Choice",
      kind: 'ceremony',
      organizationId: cca.id,
      aliases: ['Critics Choice Documentary Awards', "Critics' Choice Documentary Award"],
    },
    ACTOR,
  );
  const ccDate = '2016-11-03';
  const cc2016 = ensureEdition(
    tx,
    {
      awardId: criticsChoice.id,
      slug: '2016',
      name: "1st Critics' Choice Documentary Awards",
      ordinal: 1,
      year: 2016,
      ceremonyDate: ccDate,
    },
    ACTOR,
  );
  const wonAt = [{ status: 'won' as const, reason: by(src.notes, ccDate) }];
  seedCategory(
    tx,
    criticsChoice.id,
    cc2016.id,
    { name: 'Best Documentary (Theatrical)', description: ONLY_WINNER_RECORDED, position: 0 },
    [{ film: { title: 'O.J.: Made in America', year: 2016 }, steps: wonAt }],
  );
  seedCategory(
    tx,
    criticsChoice.id,
    cc2016.id,
    { name: 'Best Documentary (TV/Streaming)', description: ONLY_WINNER_RECORDED, position: 1 },
    [{ film: { title: '13th', year: 2016 }, steps: wonAt }],
  );
  seedCategory(
    tx,
    criticsChoice.id,
    cc2016.id,
    { name: 'Best First Documentary', description: ONLY_WINNER_RECORDED, position: 2 },
    [{ film: { title: 'Weiner', year: 2016 }, steps: wonAt }],
  );
}
