// Contract tests of the public JSON API: every endpoint's answers on the real seed data match the
// OpenAPI document the API serves (checked by ajv, independently of zod), lists page through to the end
// in a stable order, and a nomination comes with its whole history and every source it cites.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eventCitations, sources } from '@/db/schema';
import { changeStatus } from '@/db/queries/nominations';
import { call, openApiValidator, seededApi } from './api-client';

type Validator = Awaited<ReturnType<typeof openApiValidator>>;
interface Nomination {
  id: number;
  status: string;
  award: { slug: string };
  edition: { slug: string };
  category: { name: string };
  films: { slug: string; title: string }[];
  history: {
    toStatus: string;
    actor: { kind: string; name: string | null };
    source: { id: number; url: string | null } | null;
    furtherSources: { id: number }[];
  }[];
  sources: { id: number; title: string | null; url: string | null; publisher: string | null }[];
}
interface Page<T> {
  data: T[];
  meta: { total: number; totalPages: number; page: number };
  links: { next: string | null; prev: string | null; first: string };
}

let db: Awaited<ReturnType<typeof seededApi>>;
let validator: Validator;

beforeAll(async () => {
  db = await seededApi();
  validator = await openApiValidator();
});

const OJ_IMDB = 'tt5275892';

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes every endpoint with its parameters and error answers', () => {
    const { paths } = validator.document;
    expect(Object.keys(paths).sort()).toEqual(
      [
        '/api/v1',
        '/api/v1/awards',
        '/api/v1/awards/{award}',
        '/api/v1/awards/{award}/editions',
        '/api/v1/awards/{award}/editions/{edition}',
        '/api/v1/films',
        '/api/v1/films/{film}',
        '/api/v1/nominations',
        '/api/v1/nominations/{id}',
        '/api/v1/people',
        '/api/v1/people/{person}',
      ].sort(),
    );
    expect((validator.document as unknown as { openapi: string }).openapi).toBe('3.1.0');
    const names = (path: string) => paths[path]?.get.parameters.map((p) => p.name).sort();
    expect(names('/api/v1/nominations')).toEqual([
      'award',
      'category',
      'edition',
      'film',
      'page',
      'per_page',
      'person',
      'status',
    ]);
    expect(names('/api/v1/films')).toEqual(['page', 'per_page', 'q']);
    expect(names('/api/v1/people')).toEqual(['page', 'per_page', 'q']);
    expect(names('/api/v1/awards/{award}/editions/{edition}')).toEqual(['award', 'edition']);
    for (const path of Object.values(paths))
      expect(Object.keys(path.get.responses)).toEqual(expect.arrayContaining(['200', '404', '405']));
  });

  it('matches every endpoint’s answers, found and not found', async () => {
    const urls = [
      '/api/v1',
      '/api/v1/awards',
      '/api/v1/awards/academy-awards',
      '/api/v1/awards/academy-awards/editions',
      '/api/v1/awards/academy-awards/editions/89th',
      '/api/v1/awards/ida-documentary-awards/editions/2016',
      '/api/v1/films',
      '/api/v1/films?q=made%20in%20america&per_page=5',
      `/api/v1/films/${OJ_IMDB}`,
      '/api/v1/films/o-j-made-in-america-2016',
      '/api/v1/people',
      '/api/v1/people?q=edelman&per_page=5',
      '/api/v1/people/ezra-edelman',
      '/api/v1/nominations?per_page=100&page=3',
      '/api/v1/nominations?award=academy-awards&status=won&per_page=7',
      '/api/v1/nominations/1',
      '/api/v1/awards/no-such-award',
      '/api/v1/films/no-such-film',
      '/api/v1/nominations?status=crowned',
    ];
    for (const url of urls) {
      const answer = await call(url);
      expect([200, 400, 404], url).toContain(answer.response.status);
      validator.expectValid(answer);
    }
  });
});

describe('pagination', () => {
  it('walks every nomination exactly once, in id order, by following links.next to the end', async () => {
    const total = db.$client.prepare('select count(*) from nominations').pluck().get() as number;
    const seen: number[] = [];
    let next: string | null = '/api/v1/nominations?per_page=100';
    let pages = 0;
    while (next) {
      const answer = await call(next);
      validator.expectValid(answer);
      const page = answer.body as Page<Nomination>;
      expect(page.meta.total).toBe(total);
      if (pages > 0) expect(page.links.prev).not.toBeNull();
      seen.push(...page.data.map((n) => n.id));
      next = page.links.next;
      pages += 1;
      expect(pages).toBeLessThan(100);
    }
    expect(pages).toBe(Math.ceil(total / 100));
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(total);
  });

  it('keeps the filters in its links and answers an empty page past the end', async () => {
    const first = (await call('/api/v1/films?q=made&per_page=1')).body as Page<{ slug: string }>;
    expect(first.meta.total).toBeGreaterThan(1);
    expect(new URL(first.links.next ?? '').searchParams.get('q')).toBe('made');
    const beyond = await call('/api/v1/films?q=made&per_page=1&page=999');
    validator.expectValid(beyond);
    expect((beyond.body as Page<unknown>).data).toEqual([]);
    expect((beyond.body as Page<unknown>).links.next).toBeNull();
  });
});

describe('films and nominations', () => {
  it('finds a film by its IMDb id as by its slug, with every nomination and its sources', async () => {
    const byImdb = await call(`/api/v1/films/${OJ_IMDB}`);
    const bySlug = await call('/api/v1/films/o-j-made-in-america-2016');
    expect(byImdb.body).toEqual(bySlug.body);
    const film = (byImdb.body as { data: { title: string; nominations: Nomination[] } }).data;
    expect(film.title).toBe('O.J.: Made in America');
    const oscar = film.nominations.find((n) => n.award.slug === 'academy-awards' && n.edition.slug === '89th');
    expect(oscar?.status).toBe('won');
    const ida = film.nominations.find((n) => n.award.slug === 'ida-documentary-awards');
    expect(ida).toMatchObject({ status: 'won', category: { name: 'Best Feature' } });
    for (const nomination of film.nominations) {
      expect(nomination.history.at(-1)?.toStatus).toBe(nomination.status);
      expect(nomination.history.length).toBeGreaterThan(0);
    }
  });

  it('finds films by every word of q in any order, in the title or another name, as the site does', async () => {
    const titles = async (q: string) =>
      ((await call(`/api/v1/films?q=${encodeURIComponent(q)}`)).body as Page<{ title: string }>).data.map(
        (film) => film.title,
      );
    expect(await titles('lovers despot')).toEqual(['The Lovers and the Despot']);
    expect(await titles('DESPOT lovers')).toEqual(['The Lovers and the Despot']);
    // An alternative title counts: oscar_data and the seed call it "OJ: Made in America" too.
    expect(await titles('oj made')).toContain('O.J.: Made in America');
    expect(await titles('lovers nosuchword')).toEqual([]);
    // Each word is the start of a word, not any part of one: "o.j." is O.J., not "Kenojuak"; "war" is not "toward".
    expect(await titles('o.j.')).toContain('O.J.: Made in America');
    expect(await titles('o.j.')).not.toContain('Kenojuak');
    expect(await titles('lovers desp')).toEqual(['The Lovers and the Despot']);
    expect((await titles('war')).filter((title) => /toward/i.test(title))).toEqual([]);
    const nothingToSearch = await call('/api/v1/films?q=%22');
    expect(nothingToSearch.response.status).toBe(400);
    validator.expectValid(nothingToSearch);
  });

  it('lists people and companies by name, and finds them by every word of q as the site does', async () => {
    const names = async (q: string) =>
      ((await call(`/api/v1/people?q=${encodeURIComponent(q)}`)).body as Page<{ name: string; slug: string }>).data;
    expect((await names('edelman ezra')).map((person) => person.name)).toEqual(['Ezra Edelman']);
    expect((await names('duvern'))[0]).toMatchObject({ name: 'Ava DuVernay', slug: 'ava-duvernay' });
    expect(await names('edelman nosuchword')).toEqual([]);
    const all = (await call('/api/v1/people?per_page=3')).body as Page<{ name: string }>;
    expect(all.data).toHaveLength(3);
    expect(all.meta.total).toBeGreaterThan(3);
    const folded = all.data.map((person) => person.name.toLowerCase());
    expect(folded).toEqual([...folded].sort());
    const nothingToSearch = await call('/api/v1/people?q=%22');
    expect(nothingToSearch.response.status).toBe(400);
    validator.expectValid(nothingToSearch);
  });

  it('filters nominations by award, edition and status', async () => {
    const answer = await call('/api/v1/nominations?award=ida-documentary-awards&edition=2016&status=won');
    validator.expectValid(answer);
    const { data } = answer.body as Page<Nomination>;
    expect(data.every((n) => n.award.slug === 'ida-documentary-awards' && n.status === 'won')).toBe(true);
    expect(data.map((n) => n.films[0]?.title)).toEqual(expect.arrayContaining(['O.J.: Made in America', '13th']));
    // The edition named with its award, as the export names it, is the same list.
    const asExported = await call('/api/v1/nominations?edition=ida-documentary-awards/2016&status=won');
    validator.expectValid(asExported);
    expect((asExported.body as Page<Nomination>).data).toEqual(data);
  });

  it('gives each status event its actor by kind only, its source and the further citations', async () => {
    const nominationId = db.$client
      .prepare(
        `select n.id from nominations n join categories c on c.id = n.category_id join editions e on e.id = c.edition_id
          join awards a on a.id = e.award_id join nomination_films nf on nf.nomination_id = n.id join films f on f.id = nf.film_id
         where a.slug = 'ida-documentary-awards' and f.title = 'The Lovers and the Despot'`,
      )
      .pluck()
      .get() as number;
    const article = db
      .insert(sources)
      .values({
        kind: 'article',
        url: 'https://example.org/api-test-citation',
        title: 'A further report',
        publisher: 'Example',
      })
      .returning()
      .get();
    changeStatus(db, { nominationId, to: 'won', actor: 'user:1', note: 'API test: corrected by an editor' });
    const eventId = db.$client
      .prepare('select max(id) from status_events where nomination_id = ?')
      .pluck()
      .get(nominationId) as number;
    db.insert(eventCitations).values({ statusEventId: eventId, sourceId: article.id, actor: 'job:ingest' }).run();

    const answer = await call(`/api/v1/nominations/${nominationId}`);
    validator.expectValid(answer);
    const nomination = (answer.body as { data: Nomination }).data;
    const last = nomination.history.at(-1);
    expect(last).toMatchObject({ toStatus: 'won', actor: { kind: 'editor', name: null }, source: null });
    expect(last?.furtherSources.map((s) => s.id)).toEqual([article.id]);
    expect(nomination.sources).toContainEqual({
      id: article.id,
      title: 'A further report',
      url: 'https://example.org/api-test-citation',
      publisher: 'Example',
      publishedOn: null,
    });
    expect(nomination.history.some((event) => event.actor.kind === 'seed')).toBe(true);
    // Nobody's account shows through: neither an id nor an address.
    expect(JSON.stringify(answer.body)).not.toMatch(/user:|@laurels/);
  });

  it('reads a page of 100 nominations with as many queries as a page of 1 (no query per nomination)', async () => {
    const prepare = vi.spyOn(db.$client, 'prepare');
    await call('/api/v1/nominations?per_page=1');
    const forOne = prepare.mock.calls.length;
    prepare.mockClear();
    await call('/api/v1/nominations?per_page=100&page=2');
    expect(forOne).toBeGreaterThan(0);
    expect(prepare.mock.calls.length).toBe(forOne);
    prepare.mockRestore();
  });
});
