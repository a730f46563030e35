// A fan watches the 2016–17 season on the dashboard: O.J.: Made in America leads the scoreboard with its
// wins, the table sorts and filters through plain links and forms, each edition shows where it stands,
// and the charts are there with their numbers.
import { expect, test, type Page } from '@playwright/test';

const scoreboard = (page: Page) => page.getByRole('table', { name: /Documentaries of the 2016–17 season/ });
const firstFilm = (page: Page) => scoreboard(page).locator('tbody tr').first().getByRole('rowheader');

test('the dashboard opens on the 2016–17 season with O.J.: Made in America on top @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 2016–17 awards season');
  // Each award's column by its short name, as the others are.
  await expect(scoreboard(page).getByRole('columnheader', { name: "Critics' Choice", exact: true })).toHaveCount(1);
  // Not today's season, and the page says why: the seed holds nothing of it.
  const notice = page.getByText(
    /^Nothing is recorded yet for the current season, \d{4}–\d\d\. Shown here: 2016–17, the season with the most awards in Laurels \(\d+ awards\)\. The latest season with nominations is \d{4}–\d\d\.$/,
  );
  await expect(notice).toBeVisible();
  // The latest season is a link away.
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/dashboard\?season=\d{4}-\d\d$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('The 2016–17 awards season');
  await page.goBack();

  await expect(firstFilm(page)).toContainText('O.J.: Made in America');
  const leader = scoreboard(page).locator('tbody tr').first();
  // Won at the Critics' Choice, the IDA and the Oscars: three wins from three nominations.
  await expect(leader.getByText('Won')).toHaveCount(3);
  await expect(leader.locator('td.scoreboard-total')).toHaveText(['3', '3']);
  // 13th lost its Oscar and IDA Best Feature nominations: a decided result reads "Lost", not "Nominated".
  const thirteenth = scoreboard(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: '13th' }) });
  await expect(thirteenth.getByText('Lost')).toHaveCount(1);
  await expect(thirteenth.getByText('Nominated')).toHaveCount(0);

  const path = page.getByRole('img', { name: 'O.J.: Made in America through the season' });
  await expect(path).toBeVisible();
  await expect(page.getByRole('img', { name: 'Documentary nominations per awards year, by award' })).toBeVisible();
});

test('sorting by title and filtering by award work without scripts @phone', async ({ page }) => {
  await page.goto('/dashboard');
  await scoreboard(page).getByRole('link', { name: /^Film/ }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(firstFilm(page)).toContainText('13th');
  await expect(firstFilm(page)).not.toContainText('O.J.: Made in America');

  await page.getByRole('combobox', { name: /^Award/ }).selectOption({ label: 'IDA Documentary Awards' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/award=ida-documentary-awards/);
  await expect(page).toHaveURL(/sort=title/);
  const headers = scoreboard(page).getByRole('columnheader');
  await expect(headers).toHaveCount(4);
  await expect(headers.nth(3)).toHaveText('IDA Awards');
  await expect(scoreboard(page).getByRole('columnheader', { name: 'Academy Awards' })).toHaveCount(0);
});

test('the edition status shows the 89th Academy Awards as decided, and the latest changes @phone', async ({ page }) => {
  await page.goto('/dashboard?season=2016-17');
  // A bookmark or a tab names the season.
  await expect(page).toHaveTitle('The 2016–17 awards season · Laurels');
  const editions = page.getByRole('region', { name: 'Edition status' });
  const oscars = editions
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '89th Academy Awards' }) });
  await expect(oscars).toContainText(/Results complete|Ceremony held/);
  await expect(oscars).toContainText('26 February 2017');
  const ida = editions
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '2016 IDA Documentary Awards' }) });
  await expect(ida).toContainText(/Won\s*4/);
  // Every nomination at its status now: the decided Oscars have none awaiting a result.
  await expect(oscars.getByRole('definition').nth(1)).toHaveText('0');
  await expect(oscars.getByRole('term').nth(1)).toHaveText('Awaiting result');

  const changes = page.getByRole('region', { name: 'Recent status changes' }).getByRole('listitem');
  await expect(changes.first()).toBeVisible();
  expect(await changes.count()).toBeLessThanOrEqual(20);
});

test('a season that cannot be read is explained, not an error', async ({ page }) => {
  const response = await page.goto('/dashboard?season=someday&sort=sideways');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('The season must be written like 2016-17.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 2016–17 awards season');

  // A season Laurels holds nothing of: the page says which it shows instead, and links the latest.
  await page.goto('/dashboard?season=1900-01');
  await expect(
    page.getByText(
      /^Laurels holds no nominations for the season 1900–01\. Shown here: 2016–17, the season with the most awards in Laurels \(\d+ awards\)\. The latest season with nominations is \d{4}–\d\d\.$/,
    ),
  ).toBeVisible();

  // An award no one has, and an award with no edition in the season, are told apart.
  await page.goto('/dashboard?season=2016-17&award=nope');
  await expect(page.getByText('No award has the address “nope”; all awards are shown.')).toBeVisible();
  await page.goto('/dashboard?season=2025-26&award=ida-documentary-awards');
  await expect(
    page.getByText('IDA Documentary Awards: no edition in this season; all awards are shown.'),
  ).toBeVisible();
});

test('a category left from another award is dropped and said so, not an empty scoreboard', async ({ page }) => {
  await page.goto('/dashboard?season=2016-17&award=ida-documentary-awards');
  const category = page.getByRole('combobox', { name: /^Category/ });
  await category.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/category=\d+/);

  await page.getByRole('combobox', { name: /^Award/ }).selectOption({ label: 'Academy Awards' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/award=academy-awards/);
  await expect(page.getByText('That category belongs to the IDA Documentary Awards')).toBeVisible();
  await expect(firstFilm(page)).toBeVisible();
});
