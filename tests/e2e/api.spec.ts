// The JSON API as a client meets it through the real server: answers that match the OpenAPI document the
// server publishes, ETag revalidation, CORS preflight, JSON errors (never the HTML 404 page), and the /api guide.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';

test('a film read by its IMDb id matches the published OpenAPI document @phone', async ({ request }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: 'openapi' });
  const validate = ajv.compile({ $ref: 'openapi#/components/schemas/FilmResponse' });

  const response = await request.get('/api/v1/films/tt5275892');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = await response.json();
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  expect(body.data.title).toBe('O.J.: Made in America');
});

test('an unchanged answer revalidates as a 304', async ({ request }) => {
  const first = await request.get('/api/v1/awards');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('/api/v1/awards', { headers: { 'If-None-Match': etag ?? '' } });
  expect(again.status()).toBe(304);
});

test('a cross-origin preflight is answered and other methods are refused as JSON', async ({ request }) => {
  const preflight = await request.fetch('/api/v1/nominations', {
    method: 'OPTIONS',
    headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');

  const post = await request.post('/api/v1/nominations', { data: {} });
  expect(post.status()).toBe(405);
  expect((await post.json()).error.status).toBe(405);

  const missing = await request.get('/api/v1/films/x');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { status: 404, message: "No film with slug or IMDb id 'x'." } });

  // Outside v1 too (another version, other capitals): JSON, never the site's HTML page.
  for (const path of ['/api/v1/no-such-endpoint', '/api/v2/films', '/api/V1/awards']) {
    const unknown = await request.get(path);
    expect(unknown.status(), path).toBe(404);
    expect(unknown.headers()['content-type'], path).toContain('application/json');
    expect((await unknown.json()).error.message, path).toContain('/api/v1/openapi.json');
  }
  // The guide and the live updates are still pages and streams of their own.
  expect((await request.get('/api')).headers()['content-type']).toContain('text/html');
});

test('the /api guide links the OpenAPI document @phone', async ({ page }) => {
  const response = await page.goto('/api');
  // Built once, but no cache may keep it for a year: the next version's guide must reach readers.
  expect(response?.headers()['cache-control']).toBe('no-cache');
  await expect(page.getByRole('heading', { level: 1, name: 'JSON API' })).toBeVisible();
  await page.getByRole('link', { name: '/api/v1/openapi.json' }).click();
  await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);
});
