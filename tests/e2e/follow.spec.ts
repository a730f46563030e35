// A fan follows a film or a person: the film page offers its Atom and RSS feeds and its calendar, announces the
// feeds to readers in the page head, and each link downloads with its format's content type.
import { expect, test } from '@playwright/test';

test('the film page of The Lovers and the Despot links its feeds and calendar', async ({ page, request }) => {
  await page.goto('/films/the-lovers-and-the-despot-2016');
  const follow = page.getByRole('region', { name: 'Follow' });
  await expect(follow).toBeVisible();

  // Feed readers find the feeds from the page address alone: the film's first (a reader takes the first).
  const alternates = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternates).toHaveCount(2);
  const hrefs = await alternates.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(['/feeds/films/the-lovers-and-the-despot-2016.atom', '/feeds/all.atom']);
  // A shared link previews with the film's own card.
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute(
    'content',
    'The Lovers and the Despot (2016)',
  );
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');

  const expected = [
    ['Atom feed', 'application/atom+xml', '<feed'],
    ['RSS feed', 'application/rss+xml', '<rss'],
    ['Calendar (.ics)', 'text/calendar', 'BEGIN:VCALENDAR'],
  ] as const;
  for (const [name, type, start] of expected) {
    const href = await follow.getByRole('link', { name }).getAttribute('href');
    expect(href).toMatch(/^\/feeds\/films\/the-lovers-and-the-despot-2016\.(atom|rss|ics)$/);
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
    const body = await response.text();
    expect(body).toContain(start);
    if (type !== 'text/calendar') {
      expect(body).toContain('The Lovers and the Despot was nominated for the ABC News VideoSource Award');
    } else {
      expect(body).toContain('SUMMARY:2016 IDA Documentary Awards: ceremony');
    }
  }
});

test('the calendar link downloads an .ics file', async ({ page }) => {
  await page.goto('/films/the-lovers-and-the-despot-2016');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Follow' }).getByRole('link', { name: 'Calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('the-lovers-and-the-despot-2016.ics');
});

test('a film whose editions have no recorded date offers its feeds but no empty calendar', async ({
  page,
  request,
}) => {
  // Navalny's only nomination is at the 95th Academy Awards, whose ceremony date the data set does not give.
  await page.goto('/films/navalny-2022');
  const follow = page.getByRole('region', { name: 'Follow' });
  await expect(follow.getByRole('link', { name: 'Atom feed' })).toBeVisible();
  await expect(follow.getByRole('link', { name: 'Calendar (.ics)' })).toHaveCount(0);
  await expect(follow).toContainText('No dates are recorded for these awards yet');
  // The address still answers, for a calendar subscribed to before.
  expect((await request.get('/feeds/films/navalny-2022.ics')).status()).toBe(200);
});

test('an edition page offers its nominations as a CSV and a JSON file, to anyone', async ({ page, request }) => {
  await page.goto('/awards/ida-documentary-awards/2016');
  const csvLink = page.getByRole('link', { name: 'CSV', exact: true });
  await expect(csvLink).toHaveAttribute('href', '/export?edition=ida-documentary-awards%2F2016&format=csv');
  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain('The Lovers and the Despot');
  const json = await request.get((await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href'))!);
  expect(((await json.json()) as { nominations: unknown[] }).nominations.length).toBeGreaterThan(0);
});

test('an edition and an award page announce their feeds too', async ({ page }) => {
  await page.goto('/awards/ida-documentary-awards/2016');
  await expect(
    page.locator('head link[rel="alternate"][type="application/rss+xml"][href^="/feeds/editions/"]'),
  ).toHaveAttribute('href', '/feeds/editions/ida-documentary-awards/2016.rss');
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute(
    'content',
    '2016 IDA Documentary Awards',
  );
  await page.goto('/awards/ida-documentary-awards');
  await expect(page.getByRole('region', { name: 'Follow' }).getByRole('link', { name: 'Atom feed' })).toHaveAttribute(
    'href',
    '/feeds/awards/ida-documentary-awards.atom',
  );
});

test('a person page offers the feeds of the person and their films', async ({ page, request }) => {
  await page.goto('/people/ezra-edelman');
  const follow = page.getByRole('region', { name: 'Follow' });
  await expect(follow).toContainText('of Ezra Edelman and of the films credited to them');
  await expect(follow.getByRole('link', { name: 'RSS feed' })).toHaveAttribute(
    'href',
    '/feeds/people/ezra-edelman.rss',
  );
  const feed = await request.get('/feeds/people/ezra-edelman.atom');
  expect(feed.status()).toBe(200);
  const text = await feed.text();
  expect(text).toContain('O.J.: Made in America won Documentary (Feature) at the 89th Academy Awards');
  // The IDA named the film alone; he directed it.
  expect(text).toContain('O.J.: Made in America won Best Feature at the 2016 IDA Documentary Awards');
  await expect(page.getByRole('link', { name: 'IMDb' })).toHaveAttribute('href', /^https:\/\/www\.imdb\.com\/name\/nm/);
});

test('every page announces the feed of every change, and the home page shares the site card', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/feeds/all.atom',
  );
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/feeds/all.rss',
  );
  await expect(page.locator('head meta[property="og:site_name"]')).toHaveAttribute('content', 'Laurels');
});

test('a shared search, dashboard or awards list previews with its own card, not the home page’s', async ({ page }) => {
  for (const [path, title] of [
    ['/search?q=13th', 'Search: 13th'],
    // The dashboard's card names the season it shows.
    ['/dashboard?season=2016-17', 'The 2016–17 awards season'],
    ['/awards', 'All awards'],
  ]) {
    await page.goto(path!);
    await expect(page.locator('head meta[property="og:title"]'), path).toHaveAttribute('content', title!);
    await expect(page.locator('head meta[name="twitter:title"]'), path).toHaveAttribute('content', title!);
  }
});

test('the footer leads to the feeds page, whose addresses answer with feeds', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Feeds and calendars' }).click();
  await expect(page).toHaveURL(/\/feeds$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feeds and calendars');
  for (const name of ['Atom', 'RSS', 'IDA Documentary Awards', 'film 13th']) {
    const href = await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href');
    const response = await request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()['content-type'], href!).toMatch(/^application\/(atom|rss)\+xml/);
  }
});
