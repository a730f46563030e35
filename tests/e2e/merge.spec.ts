// An editor merges two records of one film: the duplicate's nomination moves to the kept film, the
// duplicate's public address answers with a permanent redirect to the kept film (also when its page had been
// served from the page cache before), and the kept film's page shows the nomination.
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { ensureFilm } from '../../db/queries/films';
import { createNomination } from '../../db/queries/nominations';
import { ensurePerson } from '../../db/queries/people';
import { E2E_DB } from '../../playwright.config';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

/**
 * Two fictional records of one film, the duplicate nominated at the 16th Academy Awards (and the survivor
 * too, when `both`: one nominee recorded twice); removed afterwards.
 */
function createDuplicates(stamp: string, both = false) {
  const db = openDatabase(E2E_DB);
  try {
    const category = db.$client
      .prepare(
        `select c.id from categories c join editions e on e.id = c.edition_id join awards a on a.id = e.award_id
         where a.slug = 'academy-awards' and e.slug = '16th' and c.slug = 'documentary-short-subject'`,
      )
      .get() as { id: number };
    const survivor = ensureFilm(db, { title: `E2E Merge Film ${stamp}`, year: 1943 }, 'e2e').film;
    const duplicate = ensureFilm(db, { title: `E2E Merge Duplicate ${stamp}`, year: 1943 }, 'e2e').film;
    for (const film of both ? [survivor, duplicate] : [duplicate]) {
      createNomination(db, {
        categoryId: category.id,
        filmIds: [film.id],
        personIds: [],
        status: 'lost',
        reason: { actor: 'e2e', note: 'E2E test fixture' },
      });
    }
    return { survivor, duplicate };
  } finally {
    db.$client.close();
  }
}

/**
 * Removes the test's films, found by their stamped slugs: never by the ids they had. A film merged away
 * is deleted, and SQLite may give its id to the next film made, by a test running beside this one,
 * whose film and nominations an id-based cleanup would delete (merge.spec.ts flaked so).
 */
function removeFilms(slugs: string[]) {
  const db = openDatabase(E2E_DB);
  try {
    const marks = slugs.map(() => '?').join(',');
    const ids = `select id from films where slug in (${marks})`;
    db.$client
      .prepare(
        `delete from nominations where id in (select nomination_id from nomination_films where film_id in (${ids}))`,
      )
      .run(...slugs);
    db.$client.prepare(`delete from films where slug in (${marks})`).run(...slugs);
    db.$client
      .prepare(`delete from slug_redirects where entity_type = 'film' and old_slug in (${marks})`)
      .run(...slugs);
  } finally {
    db.$client.close();
  }
}

test('an editor merges a duplicate film; its old address redirects to the kept film', async ({ page }) => {
  const stamp = String(Date.now());
  const { survivor, duplicate } = createDuplicates(stamp);
  try {
    // Both public pages are rendered (and cached) before the merge.
    await page.goto(`/films/${duplicate.slug}`);
    await expect(page.getByText('Documentary (Short Subject)').first()).toBeVisible();
    await page.goto(`/films/${survivor.slug}`);
    await expect(page.getByText('No nominations of this film are recorded yet.')).toBeVisible();

    await page.goto(`/admin/films/${survivor.slug}/merge`);
    await page.getByLabel('Duplicate film: title or address').fill(duplicate.slug);
    await page.getByLabel('Duplicate film: title or address').press('Enter');
    await expect(page.getByText(/Documentary \(Short Subject\).* — moves over/)).toBeVisible();
    await expect(page.getByText(`“E2E Merge Duplicate ${stamp}” becomes an alias`)).toBeVisible();
    await page.getByRole('button', { name: /^Merge “E2E Merge Duplicate/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/films/${survivor.slug}\\?merged=\\d+$`));
    // The message names the merged film from the merge's audit entry, which the address carries.
    await expect(page.getByRole('status').filter({ hasText: 'Merged “E2E Merge Duplicate' })).toBeVisible();

    const answer = await page.request.get(`/films/${duplicate.slug}`, { maxRedirects: 0 });
    expect(answer.status()).toBe(308);
    expect(answer.headers().location).toContain(`/films/${survivor.slug}`);
    await page.goto(`/films/${duplicate.slug}`);
    await expect(page).toHaveURL(new RegExp(`/films/${survivor.slug}$`));
    await expect(page.getByText('Documentary (Short Subject)').first()).toBeVisible();
    // A second visit (served from the cache now) still redirects.
    await page.goto(`/films/${duplicate.slug}`);
    await expect(page).toHaveURL(new RegExp(`/films/${survivor.slug}$`));
    // The admin merge page of the old slug leads to the kept film's.
    await page.goto(`/admin/films/${duplicate.slug}/merge`);
    await expect(page).toHaveURL(new RegExp(`/admin/films/${survivor.slug}/merge$`));
  } finally {
    removeFilms([survivor.slug, duplicate.slug]);
  }
});

test('a nominee recorded under both films is previewed once, as becoming one, named in words', async ({ page }) => {
  const stamp = String(Date.now());
  const { survivor, duplicate } = createDuplicates(stamp, true);
  try {
    await page.goto(`/admin/films/${survivor.slug}/merge`);
    await page.getByLabel('Duplicate film: title or address').fill(duplicate.slug);
    await page.getByLabel('Duplicate film: title or address').press('Enter');
    const nominations = page.locator('.merge-preview ul').first().getByRole('listitem');
    await expect(nominations).toHaveCount(1);
    await expect(nominations).toHaveText(
      'Academy Awards · 16th Academy Awards · Documentary (Short Subject) (Lost) is recorded under both records: ' +
        'the two become one, kept as lost, with both status histories (a result it never had, such as a “lost” later ' +
        'undone, stays in the audit log only).',
    );
  } finally {
    removeFilms([survivor.slug, duplicate.slug]);
  }
});

test('merging a film into a record with another IMDb id is refused in the preview', async ({ page }) => {
  await page.goto('/admin/films/13th-2016/merge');
  await page.getByLabel('Duplicate film: title or address').fill('o-j-made-in-america-2016');
  await page.getByLabel('Duplicate film: title or address').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'probably not the same film' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Merge “/ })).toHaveCount(0);
});

test('an editor merges a duplicate person; the old address leads to the kept person', async ({ page }) => {
  const stamp = String(Date.now());
  const db = openDatabase(E2E_DB);
  const category = db.$client
    .prepare(
      `select c.id from categories c join editions e on e.id = c.edition_id join awards a on a.id = e.award_id
       where a.slug = 'academy-awards' and e.slug = '16th' and c.slug = 'documentary-short-subject'`,
    )
    .get() as { id: number };
  const film = ensureFilm(db, { title: `E2E Merge Person Film ${stamp}`, year: 1943 }, 'e2e').film;
  const survivor = ensurePerson(db, { name: `E2E Merge Person ${stamp}` }, 'e2e').person;
  const duplicate = ensurePerson(db, { name: `E2E Merge Person Duplicate ${stamp}` }, 'e2e').person;
  createNomination(db, {
    categoryId: category.id,
    filmIds: [film.id],
    personIds: [duplicate.id],
    status: 'lost',
    reason: { actor: 'e2e', note: 'E2E test fixture' },
  });
  db.$client.close();
  try {
    await page.goto(`/admin/people/${survivor.slug}/merge`);
    await page.getByLabel('Duplicate person: name or address').fill(`Merge Person Duplicate ${stamp}`);
    await page.getByLabel('Duplicate person: name or address').press('Enter');
    await page.getByRole('button', { name: /^Merge “E2E Merge Person Duplicate/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/people/${survivor.slug}\\?merged=`));
    await page.goto(`/people/${duplicate.slug}`);
    await expect(page).toHaveURL(new RegExp(`/people/${survivor.slug}$`));
    await expect(page.getByText('Documentary (Short Subject)').first()).toBeVisible();
  } finally {
    // By slug, as removeFilms does: the merged-away person's id may be another test's person's by now.
    removeFilms([film.slug]);
    const cleanup = openDatabase(E2E_DB);
    cleanup.$client.prepare(`delete from people where slug in (?, ?)`).run(survivor.slug, duplicate.slug);
    cleanup.$client
      .prepare(`delete from slug_redirects where entity_type = 'person' and old_slug = ?`)
      .run(duplicate.slug);
    cleanup.$client.close();
  }
});
