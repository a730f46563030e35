// A film: what it is, who made it, and every nomination and win across all awards as a timeline,
// each status with its date and source. An IMDb id in place of the slug (/films/tt…) leads to the
// film's own address, and so does the slug of a film merged into it, or its title's without the year;
// when that could mean several films, the page lists them; an unknown slug is a 404.
import type { Metadata } from 'next';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { listFilmCredits, listFilmTimeline } from '@/db/queries/films';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { filmBrowseHref } from '@/app/_components/browse-list';
import { filmListPage } from '@/db/queries/browse';
import { ambiguousFilmName, FilmAmbiguous } from '@/app/_components/film-ambiguous';
import { FilmCredits } from '@/app/_components/film-credits';
import { FilmFacts } from '@/app/_components/film-facts';
import { FilmJsonLd } from '@/app/_components/film-json-ld';
import { NominationTimeline } from '@/app/_components/nomination-timeline';
import { ExportLinks } from '@/app/_components/export-links';
import { FollowLinks } from '@/app/_components/follow-links';
import { followPaths } from '@/app/feeds/_lib/paths';
import { recordOrAnswer, resolveFilmAddress, unresolvedTitle } from '@/app/_lib/page-addresses';
import { pageParams } from '@/app/_lib/page-params';
import { shareMetadata } from '@/app/_lib/share-metadata';

// Rendered on its first request (never at build time) and then served from db/page-cache.cjs until
// the database changes; no timer re-renders it.
export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ film: string }> };

/** Cached per request so that the metadata and the page share one lookup. */
const resolveFilm = cache(async (slug: string) => resolveFilmAddress(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await pageParams(params)).film;
  const resolved = await resolveFilm(slug);
  if (resolved.kind === 'many')
    return { title: `Which ${ambiguousFilmName(resolved.films, slug)}?`, robots: { index: false } };
  if (resolved.kind !== 'found') return { title: unresolvedTitle(resolved, 'Film') };
  const film = resolved.record;
  const title = film.year ? `${film.title} (${film.year})` : film.title;
  return {
    ...shareMetadata(
      title,
      `Every nomination and win of ${title} across documentary awards and festivals, each with its source.`,
    ),
  };
}

export default async function FilmPage({ params }: Props) {
  const slug = (await pageParams(params)).film;
  const resolved = await resolveFilm(slug);
  if (resolved.kind === 'many') return <FilmAmbiguous term={slug} films={resolved.films} />;
  const film = recordOrAnswer(resolved);
  const db = getDb();
  const credits = await listFilmCredits(db, film.id);
  const timeline = await listFilmTimeline(db, film.id);
  return (
    <>
      <FilmJsonLd film={film} credits={credits} timeline={timeline} />
      <Breadcrumbs
        trail={[{ label: 'Films', href: filmBrowseHref(film.title, filmListPage(db, film)) }, { label: film.title }]}
      />
      <h1>
        {film.title}
        {film.year ? <span className="muted"> ({film.year})</span> : null}
      </h1>
      {film.synopsis ? <p className="lede">{film.synopsis}</p> : null}
      <FilmFacts film={film} statuses={timeline.map((entry) => entry.status)} />
      {credits.length ? (
        <section aria-labelledby="film-credits">
          <h2 id="film-credits">Credits</h2>
          <FilmCredits credits={credits} />
        </section>
      ) : null}
      <section aria-labelledby="film-awards">
        <h2 id="film-awards">Nominations and wins</h2>
        {timeline.length ? (
          <NominationTimeline entries={timeline} omitFilmId={film.id} />
        ) : (
          <p className="muted">No nominations of this film are recorded yet.</p>
        )}
      </section>
      <FollowLinks
        basePath={followPaths.film(film.slug)}
        scope={{ kind: 'film', id: film.id }}
        name={film.year ? `${film.title} (${film.year})` : film.title}
      />
      {timeline.length ? <ExportLinks scope="film" value={film.slug} label="this film's nominations" /> : null}
    </>
  );
}
