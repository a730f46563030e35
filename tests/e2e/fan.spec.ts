// A film fan on the seeded site: finds a documentary, sees its nominations with their sources, and
// reads an edition's results.
import { expect, test } from '@playwright/test';

test('a fan searches "lovers despot" and finds the VideoSource nomination with its source @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search films, people and awards' }).first().fill('lovers despot');
  await page.getByRole('searchbox', { name: 'Search films, people and awards' }).first().press('Enter');
  await expect(page).toHaveURL(/\/search\?q=lovers\+despot/);

  await page.getByRole('link', { name: 'The Lovers and the Despot' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The Lovers and the Despot/);

  const nomination = page.getByRole('listitem').filter({ hasText: 'ABC News VideoSource Award' }).first();
  await expect(nomination).toContainText('2016 IDA Documentary Awards');
  await expect(nomination).toContainText('Nominated');
  const source = nomination.getByRole('link', { name: /Newsmax/ }).first();
  await expect(source).toBeVisible();

  // The source's page holds the announcement that reported it.
  await source.click();
  await expect(
    page.getByText(/is up for the ABC News Video Source Award at the 2016 International Documentary/),
  ).toBeVisible();

  // Every source is listed, each with how many statuses rest on it.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  const oscarData = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Academy Awards nominations data set', exact: true }) });
  await expect(oscarData).toContainText(/Data set · .* · more than 1,000 statuses/);
  await page.getByRole('listitem').filter({ hasText: 'Newsmax' }).getByRole('link').first().click();
  await expect(page.getByText(/is up for the ABC News Video Source Award/)).toBeVisible();
  // The list is a link away from every page.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Sources cited' }).click();
  await expect(page).toHaveURL(/\/sources$/);
});

test('the 89th Academy Awards show O.J.: Made in America as winner of Documentary (Feature) @phone', async ({
  page,
}) => {
  await page.goto('/awards');
  // One edition's year reads as one year; a span as a span.
  const ida = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'IDA Documentary Awards' }) });
  await expect(ida).toContainText('1 edition · awards year 2016');
  await page.getByRole('link', { name: 'Academy Awards', exact: true }).first().click();
  await page.getByRole('link', { name: '89th Academy Awards' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('89th Academy Awards');

  const category = page.getByRole('region', { name: 'Documentary (Feature)', exact: true });
  const winner = category.getByRole('listitem').filter({ hasText: 'O.J.: Made in America' });
  // The winner comes first, though the Academy lists O.J. last of the five.
  await expect(category.getByRole('listitem').first()).toContainText('O.J.: Made in America');
  await expect(winner).toContainText('Won');
  // The other nominees are not marked winners.
  await expect(category.locator('.status-won')).toHaveCount(1);
  await expect(category.getByRole('listitem')).toHaveCount(5);
});

test('search shows the best twenty films and links every one the words find, A to Z', async ({ page }) => {
  await page.goto('/search?q=war');
  const films = page.getByRole('region', { name: /^Films/ });
  await expect(films.getByRole('listitem')).toHaveCount(20);
  await films.getByRole('link', { name: /^All \d+ films, A to Z →$/ }).click();
  await expect(page).toHaveURL(/\/films\?q=war$/);
  await expect(page.getByText(/^\d+ films matching “war”, A to Z\.$/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Learning to Skateboard in a Warzone/ })).toBeVisible();
  // No letter is the current one: each leads to its own list.
  await expect(page.getByRole('navigation', { name: 'By first letter' }).locator('[aria-current]')).toHaveCount(0);
  // A phrase in quotes is shown as typed, not quoted twice.
  await page.goto('/films?q=%22in%22');
  await expect(page.getByText(/^\d+ films matching "in", A to Z\.$/)).toBeVisible();
});

test('an award page names a category once for its joint winners', async ({ page }) => {
  await page.goto('/awards/academy-awards');
  const fifteenth = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '15th Academy Awards' }) });
  await expect(fifteenth).toContainText(
    'Documentary (joint winners): The Battle of Midway · Kokoda Front Line! · Moscow Strikes Back · Prelude to War',
  );
});

test('an edition can be reached by its year as well as its number', async ({ page }) => {
  const response = await page.goto('/awards/academy-awards/89');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/awards\/academy-awards\/89th$/);
});

test('a film address without its year leads to the one film, or lets the reader choose between several', async ({
  page,
}) => {
  await page.goto('/films/13th');
  await expect(page).toHaveURL(/\/films\/13th-2016$/);
  // oscar_data has two films called Universe (1960 and 1976).
  await page.goto('/films/universe');
  await expect(page).toHaveTitle(/^Which Universe\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which Universe?');
  await page.getByRole('link', { name: 'Universe (1976)' }).click();
  await expect(page).toHaveURL(/\/films\/universe-1976$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Universe (1976)');
});

test('the 2016 IDA Documentary Awards list the season with sources and the inferred date explained', async ({
  page,
}) => {
  await page.goto('/awards/ida-documentary-awards/2016');
  const videosource = page.getByRole('region', { name: 'ABC News VideoSource Award' });
  const thirteenth = page.getByRole('link', { name: '13th', exact: true });
  await expect(videosource.getByRole('listitem').filter({ has: thirteenth }).locator('.status')).toHaveText('Won');
  await expect(videosource.getByRole('listitem').filter({ hasText: 'The Lovers and the Despot' })).toContainText(
    'Lost',
  );
  await expect(page.getByText(/inferred/)).toBeVisible();
});

test('a film page prints its facts with each source’s address, without the site’s navigation', async ({ page }) => {
  await page.goto('/films/13th-2016');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const source = page.locator('a[data-print-address]').first();
  const address = await source.getAttribute('data-print-address');
  expect(address).toMatch(/^https?:\/\//);
  const printed = await source.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toBe(`" <${address}>"`);
});

test('a film page carries schema.org JSON-LD for the film', async ({ page }) => {
  await page.goto('/films/o-j-made-in-america-2016');
  const json = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(json ?? '{}');
  expect(data['@type']).toBe('Movie');
  expect(data.name).toBe('O.J.: Made in America');
  expect(JSON.stringify(data)).toContain('tt5275892');
});

test('search ignores diacritics and filters winners within a year span', async ({ page }) => {
  await page.goto('/search?q=o.j.+made+america');
  await expect(page.getByRole('link', { name: 'O.J.: Made in America' }).first()).toBeVisible();

  await page.goto('/search?award=academy-awards&category=documentary-feature&from=2016&to=2016&won=1');
  const results = page.getByRole('main');
  await expect(results).toContainText('O.J.: Made in America');
  await expect(results).not.toContainText('I Am Not Your Negro');
});

test('a nomination without a ceremony date names its awards year, and the award’s own remark', async ({ page }) => {
  await page.goto('/films/the-rear-gunner-1943');
  const nomination = page.getByRole('listitem').filter({ hasText: '16th Academy Awards' });
  // The 16th Academy Awards honoured 1943; the result did not come in 1943.
  await expect(nomination.locator('.timeline-status')).toContainText('awards year 1943');
  await expect(nomination).toContainText('NOTE: THIS IS NOT AN OFFICIAL NOMINATION');
});

test('a fan finds nominations by a film and its director, or by an award and a year', async ({ page }) => {
  await page.goto('/search?q=13th+duvernay');
  const nominations = page.getByRole('region', { name: 'Nominations', exact: true });
  // 13th with Ava DuVernay among its nominees: the Oscar nomination (at the IDA, the film was nominated alone).
  await expect(nominations).toContainText('89th Academy Awards');
  await expect(nominations).toContainText('Ava DuVernay');

  await page.goto('/search?q=ida+2016');
  await expect(nominations).toContainText('The Lovers and the Despot');
  await expect(nominations).not.toContainText('89th Academy Awards');
  // No film, person or award holds both words, but nominations do: the page does not say nothing matched,
  // and it links the edition the words name.
  await expect(page.getByText('No film, person or award is called')).toHaveCount(0);
  await page
    .getByRole('region', { name: /^Editions/ })
    .getByRole('link', { name: '2016 IDA Documentary Awards' })
    .click();
  await expect(page).toHaveURL(/\/awards\/ida-documentary-awards\/2016$/);

  await page.goto('/search?q=zzyzx+qwerty');
  await expect(
    page.getByText('No film, person or award is called “zzyzx qwerty”, and no nomination answers to all its words.'),
  ).toBeVisible();
  await page.goto('/search?q=zzyzx');
  await expect(page.getByText('No film, person or award is called “zzyzx”.')).toBeVisible();
});

test('a fan asks in plain words for the documentary winners of a year, and a misspelt search offers its spelling', async ({
  page,
}) => {
  // "2017" is the 89th's ceremony year, "documentary" its categories, "winners" the result.
  await page.goto('/search?q=oscar+winners+2017+documentary');
  const nominations = page.getByRole('region', { name: 'Nominations', exact: true });
  await expect(nominations).toContainText('O.J.: Made in America');
  await expect(nominations).not.toContainText('I Am Not Your Negro');
  await expect(
    page.getByRole('region', { name: /^Editions/ }).getByRole('link', { name: '89th Academy Awards' }),
  ).toBeVisible();

  await page.goto('/search?q=lovrs+and+the+dsepot');
  await expect(page.getByText('No film, person or award is called “lovrs and the dsepot”, and')).toBeVisible();
  await page.getByRole('link', { name: 'lovers and the despot', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=lovers\+and\+the\+despot$/);
  await expect(page.getByRole('link', { name: 'The Lovers and the Despot', exact: true }).first()).toBeVisible();
});

test('a record counts nominations only: a shortlisting or a withdrawn nomination is named as not counted', async ({
  page,
}) => {
  await page.goto('/films/silent-village-1943');
  const record = page.locator('dt', { hasText: 'Record' }).locator('+ dd');
  await expect(record).toHaveText('0 nominations, 0 wins; not counted: 1 shortlisted');
  await page.goto('/films/terminus-1963');
  await expect(record).toHaveText('0 nominations, 0 wins; not counted: 1 withdrawn');
  await page.goto('/search?q=silent+village');
  // Search tallies the same way: a film with no nomination shows no count at all.
  const hit = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Silent Village', exact: true }) });
  await expect(hit).toBeVisible();
  await expect(hit).not.toContainText('nomination');
  // The A–Z list names what it has instead, rather than nothing.
  await page.goto('/films?q=silent+village');
  const listed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Silent Village/ }) });
  await expect(listed).toContainText('· 1 shortlisted');
  await expect(listed).not.toContainText('nomination');
});

test('the filters fold away once words are searched, so the results come first, and stay open when set @phone', async ({
  page,
}) => {
  await page.goto('/search?q=13th');
  const filters = page.locator('details.search-filters');
  await expect(filters.locator('summary')).toHaveText('Filters: award, categories, years, winners only');
  await expect(page.locator('#search-award')).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Films/ })).toBeInViewport();
  await filters.locator('summary').click();
  await expect(page.locator('#search-award')).toBeVisible();

  const filtersNote = page.getByText('The filters apply to the nominations below, not to the names the words find.');
  await expect(filtersNote).toHaveCount(0);
  await page.goto('/search?q=13th&won=1&from=2016');
  await expect(filters.locator('summary')).toHaveText('Filters (2 set): award, categories, years, winners only');
  await expect(filtersNote).toBeVisible();
  await expect(page.locator('#search-won')).toBeChecked();
  await expect(page.locator('#search-won')).toBeVisible();
});

test('after Back, the search form shows the search on screen, not what was typed before leaving it', async ({
  page,
}) => {
  await page.goto('/search?q=ida');
  await page.locator('details.search-filters summary').click();
  await page.locator('#search-q').fill('13th');
  await page.locator('#search-won').check();
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/q=13th/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=ida$/);
  await expect(page.locator('#search-q')).toHaveValue('ida');
  await expect(page.locator('#search-won')).not.toBeChecked();
  // A page the browser brings back whole from its back-forward cache is set back to its address too.
  await page.locator('#search-q').fill('typed, never sent');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('#search-q')).toHaveValue('ida');
});

test('a director’s page shows the record of each film they made, wins named for the film alone included', async ({
  page,
}) => {
  await page.goto('/people/ava-duvernay');
  const films = page.getByRole('region', { name: 'Films' });
  const thirteenth = films.getByRole('listitem').filter({ has: page.getByRole('link', { name: '13th', exact: true }) });
  await expect(thirteenth).toContainText(/director.* · \d+ nominations, [1-9]\d* wins?/);
});

test('films and people can be browsed from A to Z, and a film page leads back to its letter', async ({ page }) => {
  await page.goto('/films/the-lovers-and-the-despot-2016');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Films' }).click();
  // Filed after its leading "The", under L.
  await expect(page).toHaveURL(/\/films\?letter=l$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Films');
  // Each letter and page has a title of its own, for tabs, bookmarks and history.
  await expect(page).toHaveTitle('Films starting with L · Laurels');
  const lovers = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'The Lovers and the Despot' }) });
  await expect(lovers).toContainText('(2016) · 1 nomination');
  // A title that starts with a digit is under "#".
  await page
    .getByRole('navigation', { name: 'By first letter' })
    .getByRole('link', { name: 'Digits and other characters' })
    .click();
  await expect(page.getByRole('link', { name: '13th', exact: true })).toBeVisible();

  await page.goto('/people?letter=x');
  await expect(page.getByText('No names starting with X.')).toBeVisible();
  await page.goto('/people?letter=zz');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a letter of the list' })).toBeVisible();
  await page.goto('/people?letter=e');
  await expect(page.getByRole('link', { name: 'Ezra Edelman' })).toBeVisible();
  // A person is filed by surname, as film references file them, and the list says so.
  await page.goto('/people?letter=p');
  await expect(page.getByRole('link', { name: 'Laura Poitras', exact: true })).toBeVisible();
  await expect(page.getByText('A person is filed by surname')).toBeVisible();
  await page.getByRole('link', { name: 'Laura Poitras', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'People and companies' })
    .click();
  await expect(page).toHaveURL(/\/people\?letter=p$/);

  // An edited address past the last page says how many there are and links the last.
  await page.goto('/people?letter=s&page=2');
  await expect(page).toHaveTitle('People and companies starting with S, page 2 · Laurels');
  await page.goto('/people?letter=s&page=999');
  const lastPage = page.getByRole('link', { name: /^Go to page \d+$/ });
  await expect(
    page.getByText(/^There is no page 999: the [\d,]+ names starting with S fill \d+ pages\./),
  ).toBeVisible();
  await lastPage.click();
  await expect(page.getByText(/names starting with S, page (\d+) of \1\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next page →' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '← Previous page' })).toBeVisible();
});
