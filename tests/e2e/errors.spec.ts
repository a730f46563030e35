// Bad addresses and bad queries get a clear page, never a 500.
import { expect, test } from '@playwright/test';

for (const path of [
  '/films/no-such-film',
  '/people/no-such-person',
  '/awards/no-such-award',
  '/awards/academy-awards/1066th',
  '/sources/abc',
]) {
  test(`${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  });

  // Without JavaScript (a crawler, a link preview, a reader who turned it off) the document itself says
  // so, within the site's header: Next.js leaves it empty when a page rendered on demand calls notFound().
  test(`${path} is a whole 404 page without JavaScript`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('aria-label="Main"');
  });
}

test('a bad search query gets a clear message', async ({ page }) => {
  const response = await page.goto('/search?q=oscar&from=abc&to=1990');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert').or(page.locator('.notice')).first()).toBeVisible();
});

test('hostile search text is shown back escaped and does not break the page', async ({ page }) => {
  const response = await page.goto('/search?q=' + encodeURIComponent('"<script>alert(1)</script> NEAR( -*'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
});

test('an address with a broken %-escape gets a clear 400, not a server error', async ({ request }) => {
  for (const path of ['/films/%E0', '/awards/%25/%E0', '/feeds/films/%E0.atom']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain('broken %-escape');
  }
  const api = await request.get('/api/v1/films/%E0%A4%A');
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: { status: 400, message: expect.stringContaining('broken %-escape') } });
});

test('a method no route answers gets a 405, not a server error', async ({ request }) => {
  const tries: [string, string][] = [
    // TRACE never reaches the proxy (Next.js cannot make a fetch Request of it): app/_lib/http-guard.ts.
    ['TRACE', '/'],
    ['TRACE', '/robots.txt'],
    ['TRACE', '/api/v1/films'],
    ['PROPFIND', '/'],
    ['PROPFIND', '/robots.txt'],
    ['PROPFIND', '/films/13th-2016'],
    ['MKCOL', '/api/v1/films'],
    ['PROPFIND', '/feeds/all.atom'],
  ];
  for (const [method, path] of tries) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()['allow'], `${method} ${path}`).toContain('GET');
  }
});

test('a method a page or a file does not answer gets a 405 naming those it does', async ({ request, page }) => {
  // A build file's address, as the home page loads it.
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const tries: [string, string, string][] = [
    ['POST', '/robots.txt', 'GET, HEAD'],
    ['DELETE', '/robots.txt', 'GET, HEAD'],
    ['OPTIONS', '/robots.txt', 'GET, HEAD'],
    ['POST', script!, 'GET, HEAD'],
    ['PUT', '/', 'GET, HEAD, POST'],
    ['DELETE', '/films/13th-2016', 'GET, HEAD, POST'],
    ['PATCH', '/search?q=13th', 'GET, HEAD, POST'],
    ['POST', '/feeds/all.atom', 'GET, HEAD'],
    ['DELETE', '/feeds/films/13th-2016.ics', 'GET, HEAD'],
  ];
  for (const [method, path, allow] of tries) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()['allow'], `${method} ${path}`).toBe(allow);
  }
  // Reading them still works, and so does a route handler's own answer to OPTIONS.
  expect((await request.get(script!)).status()).toBe(200);
  expect((await request.head('/robots.txt')).status()).toBe(200);
  expect((await request.fetch('/api/v1/films', { method: 'OPTIONS' })).status()).toBe(204);
});

test('a Range past the end of a public file or a build file gets the whole file, not a server error', async ({
  request,
  page,
}) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const whole = await (await request.get(script!)).text();
  for (const range of ['bytes=999999999-', 'bytes=-0']) {
    const response = await request.get('/robots.txt', { headers: { Range: range } });
    expect(response.status(), range).toBe(200);
    expect(await response.text(), range).toContain('User-agent');
    const build = await request.get(script!, { headers: { Range: range } });
    expect(build.status(), `${script} ${range}`).toBe(200);
    expect(await build.text(), `${script} ${range}`).toBe(whole);
  }
});

test('a form post Next.js cannot read gets a clear 400, 403 or 413, not a server error', async ({ request }) => {
  const broken = await request.post('/films/13th-2016', {
    headers: { 'content-type': 'multipart/form-data' },
    data: 'not a form',
  });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toMatch(/incomplete or malformed/);

  const action = { 'next-action': '7fce0364865cb593fb137b8209e2dcba07920e3878', 'content-type': 'text/plain' };
  const foreign = await request.post('/login', { headers: { ...action, origin: 'http://evil.example' }, data: '[]' });
  expect(foreign.status()).toBe(403);

  const large = await request.post('/login', { headers: action, data: `"${'a'.repeat(7 * 1024 * 1024)}"` });
  expect(large.status()).toBe(413);
  expect(await large.text()).toMatch(/more than 6 MB/);
});

test('/favicon.ico, which browsers ask for on their own, leads to the site icon rather than a 404', async ({
  request,
}) => {
  const asked = await request.get('/favicon.ico', { maxRedirects: 0 });
  expect(asked.status()).toBe(308);
  expect(asked.headers().location).toBe('/icon.svg');
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});
