// The API's HTTP behaviour: ETag revalidation (304), Cache-Control, CORS and its preflight, HEAD, moved
// addresses (301), and errors as JSON with the right status (400, 404, 405), never an HTML page.
import { beforeAll, describe, expect, it } from 'vitest';
import { slugRedirects } from '@/db/schema';
import { changeStatus } from '@/db/queries/nominations';
import { call, openApiValidator, seededApi, type ApiAnswer } from './api-client';

let db: Awaited<ReturnType<typeof seededApi>>;
let validator: Awaited<ReturnType<typeof openApiValidator>>;

beforeAll(async () => {
  db = await seededApi();
  validator = await openApiValidator();
});

function expectCors(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
}

function expectError(answer: ApiAnswer, status: number, message?: string | RegExp) {
  expect(answer.response.status).toBe(status);
  expect(answer.response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expectCors(answer.response);
  validator.expectValid(answer);
  const body = answer.body as { error: { status: number; message: string } };
  expect(body.error.status).toBe(status);
  if (message) expect(body.error.message).toMatch(message);
}

describe('caching', () => {
  it('tags each answer with an ETag and answers 304 to a client that holds it', async () => {
    const first = await call('/api/v1/awards/ida-documentary-awards/editions/2016');
    const etag = first.response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get('cache-control')).toBe('public, max-age=30, must-revalidate');
    expect(first.response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expectCors(first.response);
    expect(first.response.headers.get('access-control-expose-headers')).toContain('ETag');

    const again = await call('/api/v1/awards/ida-documentary-awards/editions/2016', {
      headers: { 'If-None-Match': `"other", W/${etag}` },
    });
    expect(again.response.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.response.headers.get('etag')).toBe(etag);
    expectCors(again.response);
  });

  it('changes the ETag when the data changes, so the next revalidation gets the new answer', async () => {
    const url = '/api/v1/nominations?award=ida-documentary-awards&status=won';
    const before = await call(url);
    const etag = before.response.headers.get('etag') ?? '';
    const nominationId = (before.body as { data: { id: number }[] }).data[0]?.id ?? 0;
    changeStatus(db, { nominationId, to: 'lost', actor: 'user:1', note: 'API test' });
    const after = await call(url, { headers: { 'If-None-Match': etag } });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    changeStatus(db, { nominationId, to: 'won', actor: 'user:1', note: 'API test: put back' });
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await call('/api/v1/awards');
    const head = await call('/api/v1/awards', { method: 'HEAD' });
    expect(head.response.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.response.headers.get('etag')).toBe(get.response.headers.get('etag'));
  });
});

describe('CORS', () => {
  it('answers a preflight from any origin for GET and HEAD', async () => {
    for (const url of ['/api/v1/films', '/api/v1/films/tt5275892', '/api/v1/not-an-endpoint']) {
      const { response } = await call(url, {
        method: 'OPTIONS',
        headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
      });
      expect(response.status).toBe(204);
      expectCors(response);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    }
  });
});

describe('moved addresses', () => {
  it('moves an edition named by its ordinal or year to its own address', async () => {
    const { response } = await call('/api/v1/awards/academy-awards/editions/89');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('http://laurels.test/api/v1/awards/academy-awards/editions/89th');
  });

  it('moves the old slug of a merged film to the surviving film', async () => {
    const filmId = db.$client.prepare("select id from films where imdb_id = 'tt5275892'").pluck().get() as number;
    db.insert(slugRedirects).values({ entityType: 'film', oldSlug: 'oj-made-in-america-old', targetId: filmId }).run();
    const { response } = await call('/api/v1/films/oj-made-in-america-old');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('http://laurels.test/api/v1/films/o-j-made-in-america-2016');
  });
});

describe('categories across the years', () => {
  it('are listed with the slug the nominations filter takes, and each nomination names the one it is in', async () => {
    const award = (await call('/api/v1/awards/academy-awards')).body as { data: { categories: { slug: string }[] } };
    expect(award.data.categories.map((category) => category.slug)).toEqual([
      'documentary-feature',
      'documentary-short-subject',
    ]);
    const total = async (query: string) => {
      const answer = await call(`/api/v1/nominations?award=academy-awards&per_page=1&${query}`);
      expect(answer.response.status, query).toBe(200);
      return (answer.body as { meta: { total: number } }).meta.total;
    };
    // Every edition's name for it counts, whichever names it: 1942's "Documentary", 2022's "… Film".
    expect(await total('category=documentary-feature')).toBe(390);
    expect(await total('category=documentary-feature-film')).toBe(390);
    expect(await total('category=Documentary-Short-Subject&status=won')).toBeGreaterThan(60);
    const latest = await call('/api/v1/nominations?award=academy-awards&edition=96th&category=documentary-feature');
    const nominations = (latest.body as { data: { category: unknown }[] }).data;
    expect(nominations).toHaveLength(5);
    expect(nominations[0]!.category).toEqual({
      slug: 'documentary-feature-film',
      name: 'Documentary Feature Film',
      canonical: { slug: 'documentary-feature', name: 'Documentary (Feature)' },
    });
  });

  it('are named within their award, and an unknown one is a 404 saying where they are listed', async () => {
    expectError(
      await call('/api/v1/nominations?category=documentary-feature'),
      400,
      /category: a category is named within its award/,
    );
    expectError(
      await call('/api/v1/nominations?award=academy-awards&category=best-picture'),
      404,
      "No category 'best-picture' of Academy Awards. Its categories are listed at /api/v1/awards/academy-awards.",
    );
  });
});

describe('short film addresses', () => {
  it('moves a title without its year to the one film it can mean, and names two of one title in a 404', async () => {
    const { response } = await call('/api/v1/films/13th');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('http://laurels.test/api/v1/films/13th-2016');
    const filtered = await call('/api/v1/nominations?film=13th');
    expect(filtered.response.status).toBe(200);
    expect((filtered.body as { meta: { total: number } }).meta.total).toBeGreaterThan(0);
    // oscar_data has two films called Universe (1960 and 1976).
    const universe = await call('/api/v1/films/universe');
    expect(universe.response.status).toBe(404);
    expect(JSON.stringify(universe.body)).toContain('It could be any of: universe-1960, universe-1976.');
  });
});

describe('the public origin', () => {
  const behindProxy = { headers: { 'X-Forwarded-Host': 'laurels.example.org', 'X-Forwarded-Proto': 'https' } };

  it('builds the links of a list on the origin the reader used, not the one the server listens on', async () => {
    const { body, response } = await call('/api/v1/films?per_page=1', behindProxy);
    // A shared cache keys the answer by the headers its links come from.
    expect(response.headers.get('vary')).toBe('X-Forwarded-Host, X-Forwarded-Proto');
    const { links } = body as { links: Record<string, string | null> };
    expect(links.next).toBe('https://laurels.example.org/api/v1/films?per_page=1&page=2');
    expect(links.self).toMatch(/^https:\/\/laurels\.example\.org\/api\/v1\/films\?/);
    // Kept apart: the same path asked on the server's own origin links to that origin.
    const direct = (await call('/api/v1/films?per_page=1')).body as { links: { next: string } };
    expect(direct.links.next).toBe('http://laurels.test/api/v1/films?per_page=1&page=2');
  });

  it('moves an address to the same origin, and takes a plain Host header too', async () => {
    const moved = await call('/api/v1/awards/academy-awards/editions/89', behindProxy);
    expect(moved.response.headers.get('location')).toBe(
      'https://laurels.example.org/api/v1/awards/academy-awards/editions/89th',
    );
    const hosted = await call('/api/v1/awards/academy-awards/editions/89', {
      headers: { Host: 'laurels.example.net' },
    });
    expect(hosted.response.headers.get('location')).toBe(
      'http://laurels.example.net/api/v1/awards/academy-awards/editions/89th',
    );
  });

  it('leaves out the port the server listens on, which the public origin does not have', async () => {
    const listening = 'http://127.0.0.1:3555/api/v1/films?per_page=1';
    const proxied = (await call(listening, behindProxy)).body as { links: { next: string } };
    expect(proxied.links.next).toBe('https://laurels.example.org/api/v1/films?per_page=1&page=2');
    const hosted = await call(listening, { headers: { Host: 'laurels.example.org' } });
    expect((hosted.body as { links: { next: string } }).links.next).toBe(
      'http://laurels.example.org/api/v1/films?per_page=1&page=2',
    );
    const moved = await call('http://127.0.0.1:3555/api/v1/films/13TH-2016', behindProxy);
    expect(moved.response.headers.get('location')).toBe('https://laurels.example.org/api/v1/films/13th-2016');
  });

  it('ignores a forwarded host that is not a host name', async () => {
    const { body } = await call('/api/v1/films?per_page=1', { headers: { 'X-Forwarded-Host': '"><script>' } });
    expect((body as { links: { next: string } }).links.next).toBe('http://laurels.test/api/v1/films?per_page=1&page=2');
  });
});

describe('addresses in capitals', () => {
  it('moves a slug or IMDb id written in another case to the record’s own address, as the pages do', async () => {
    for (const [path, location] of [
      ['/api/v1/films/TT5275892', '/api/v1/films/o-j-made-in-america-2016'],
      ['/api/v1/films/O-J-Made-In-America-2016', '/api/v1/films/o-j-made-in-america-2016'],
      ['/api/v1/awards/IDA-Documentary-Awards', '/api/v1/awards/ida-documentary-awards'],
      ['/api/v1/awards/IDA-Documentary-Awards/editions', '/api/v1/awards/ida-documentary-awards/editions'],
    ]) {
      const answer = await call(path!);
      expect(answer.response.status, path).toBe(301);
      expect(answer.response.headers.get('location')).toBe(`http://laurels.test${location}`);
      expect(Object.keys(validator.document.paths[answer.openapiPath]?.get.responses ?? {})).toContain('301');
    }
  });

  it('takes a filter in any case', async () => {
    const upper = await call('/api/v1/nominations?award=IDA-DOCUMENTARY-AWARDS&film=TT5275892');
    const lower = await call('/api/v1/nominations?award=ida-documentary-awards&film=tt5275892');
    expect(upper.response.status).toBe(200);
    const { data, meta } = lower.body as { data: unknown[]; meta: unknown };
    expect(data.length).toBeGreaterThan(0);
    expect(upper.body).toMatchObject({ data, meta });
  });
});

describe('errors', () => {
  it('answers 404 with a message naming what was not found', async () => {
    expectError(await call('/api/v1/films/x'), 404, "No film with slug or IMDb id 'x'.");
    expectError(await call('/api/v1/films/tt0000001'), 404, "No film with slug or IMDb id 'tt0000001'.");
    expectError(await call('/api/v1/people/nobody-at-all'), 404, "No person with slug or IMDb id 'nobody-at-all'.");
    expectError(await call('/api/v1/awards/golden-nothing'), 404, "No award with slug 'golden-nothing'.");
    expectError(await call('/api/v1/awards/golden-nothing/editions'), 404, "No award with slug 'golden-nothing'.");
    expectError(await call('/api/v1/awards/academy-awards/editions/1850'), 404, /Academy Awards has no edition “1850”/);
    expectError(await call('/api/v1/nominations/99999999'), 404, 'No nomination with id 99999999.');
    expectError(
      await call('/api/v1/nominations?film=no-such-film'),
      404,
      "No film with slug or IMDb id 'no-such-film'.",
    );
    expectError(await call('/api/v1/no/such/endpoint'), 404, /No API endpoint at \/api\/v1\/no\/such\/endpoint/);
  });

  it('answers 400 for a bad parameter, naming it and what it takes', async () => {
    expectError(
      await call('/api/v1/films?per_page=101'),
      400,
      'Bad parameter: per_page: expected a whole number from 1 to 100',
    );
    expectError(
      await call('/api/v1/films?page=0'),
      400,
      'Bad parameter: page: expected a whole number from 1 to 100000',
    );
    // One message, not one per rule the value misses.
    expectError(
      await call('/api/v1/films?page=99999999999999999999'),
      400,
      'Bad parameter: page: expected a whole number from 1 to 100000',
    );
    expectError(await call('/api/v1/nominations?page=abc'), 400, /page: /);
    // Only digits: a number coercion would read these as 16, 100 and 5.
    for (const perPage of ['0x10', '1e2', '%205']) {
      expectError(
        await call(`/api/v1/films?per_page=${perPage}`),
        400,
        'Bad parameter: per_page: expected a whole number from 1 to 100',
      );
    }
    expectError(
      await call('/api/v1/nominations?status=crowned'),
      400,
      'Bad parameter: status: must be one of submitted, shortlisted, nominated, won, lost, honorable_mention, runner_up, withdrawn',
    );
    expectError(await call('/api/v1/nominations?edition=2016'), 400, /edition: an edition is named within its award/);
    // A slash with nothing after it names no edition: refused, not read as no filter at all.
    expectError(
      await call('/api/v1/nominations?edition=ida-documentary-awards/'),
      400,
      /edition: an edition is named within its award/,
    );
    expectError(
      await call('/api/v1/nominations?award=academy-awards&edition=ida-documentary-awards/2016'),
      400,
      "edition names the award 'ida-documentary-awards', but award is 'academy-awards'.",
    );
    expectError(await call('/api/v1/nominations/abc'), 400, /id must be a positive whole number/);
  });

  it('answers 400 for a parameter the endpoint does not take, or one given twice, rather than ignore it', async () => {
    expectError(
      await call('/api/v1/nominations?year=2016'),
      400,
      'Unknown parameter: year. This endpoint takes page, per_page, award, edition, category, film, person, status.',
    );
    expectError(await call('/api/v1/films?category=documentary'), 400, /^Unknown parameter: category\./);
    expectError(
      await call('/api/v1/nominations?status=won&status=lost'),
      400,
      'Bad parameter: status given more than once.',
    );
    // An empty one is still no filter at all.
    expect((await call('/api/v1/nominations?status=&per_page=1')).response.status).toBe(200);
  });

  it('takes an empty parameter as no filter, as a form with blank fields sends it', async () => {
    const blank = await call('/api/v1/nominations?award=&edition=&film=&person=&status=&per_page=5');
    expect(blank.response.status).toBe(200);
    validator.expectValid(blank);
    const all = (await call('/api/v1/nominations?per_page=5')).body as { meta: { total: number } };
    expect((blank.body as { meta: { total: number } }).meta.total).toBe(all.meta.total);
    expect(all.meta.total).toBeGreaterThan(0);
  });

  it('refuses every method but GET, HEAD and OPTIONS with a JSON 405', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const answer = await call('/api/v1/nominations/1', { method });
      expectError(answer, 405, `The API is read-only: ${method} is not allowed here; use GET.`);
      expect(answer.response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('has a validator that would notice a body breaking the contract', async () => {
    const answer = await call('/api/v1/nominations/1');
    const broken = structuredClone(answer.body) as { data: Record<string, unknown> };
    delete broken.data.history;
    expect(() => validator.expectValid({ ...answer, body: broken })).toThrow();
  });
});
