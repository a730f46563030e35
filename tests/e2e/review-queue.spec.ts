// An editor works the review queue: an announcement (the real d01 text) whose candidate could not be
// applied by itself (no 2012 edition of the IDA Documentary Awards is recorded) is corrected into an
// edition and category the test creates first, then accepted; the film's public page shows the new
// nomination citing the announcement, and the announcement's page lists the status. Everything the
// test creates is removed afterwards.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { processAnnouncement } from '../../db/queries/candidates/process';
import { ensureAward, ensureCategory, ensureEdition } from '../../db/queries/catalogue';
import { ensureFilm } from '../../db/queries/films';
import { createNomination } from '../../db/queries/nominations';
import { ensureSource } from '../../db/queries/sources';
import { announcements } from '../../db/schema';
import { E2E_DB } from '../../playwright.config';
import { EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

const FILM = "Booker's Place: A Mississippi Story";
const TEXT = readFileSync('tests/fixtures/announcements/d01-videosource-2012.txt', 'utf8');

/** The test's own award, edition and category, the film, and the announcement with its pending candidate. */
function prepare(stamp: string) {
  const db = openDatabase(E2E_DB);
  try {
    const award = ensureAward(
      db,
      { slug: `e2e-review-${stamp}`, name: `E2E Review Award ${stamp}`, kind: 'ceremony' },
      'e2e',
    );
    const edition = ensureEdition(
      db,
      { awardId: award.id, slug: '2012', name: `2012 E2E Review Award ${stamp}`, year: 2012 },
      'e2e',
    );
    const category = ensureCategory(db, { editionId: edition.id, name: `E2E Review Category ${stamp}` }, 'e2e');
    // Another edition, four years on, whose category already has a winner.
    const later = ensureEdition(
      db,
      { awardId: award.id, slug: '2016', name: `2016 E2E Review Award ${stamp}`, year: 2016 },
      'e2e',
    );
    const decided = ensureCategory(db, { editionId: later.id, name: `E2E Decided Category ${stamp}` }, 'e2e');
    const winner = ensureFilm(db, { title: `E2E Winner ${stamp}`, year: 2016 }, 'e2e').film;
    createNomination(db, {
      categoryId: decided.id,
      filmIds: [winner.id],
      personIds: [],
      status: 'won',
      reason: { actor: 'e2e', note: 'e2e fixture' },
    });
    const { film, created } = ensureFilm(db, { title: FILM, year: 2012 }, 'e2e');
    const title = `E2E ${stamp}: ABC News VideoSource Award nominees`;
    const url = `https://e2e.example/review/${stamp}`;
    const source = ensureSource(db, { kind: 'article', url, title, publisher: 'E2E', body: TEXT }, 'test');
    const announcement = db
      .insert(announcements)
      .values({
        guid: url,
        url,
        title,
        publishedAt: '2012-11-01T00:00:00Z',
        body: TEXT,
        contentHash: `e2e-${stamp}`,
        sourceId: source.id,
      })
      .returning()
      .get();
    const evidence = TEXT.split('\n').find((line) => line.includes(FILM))!;
    processAnnouncement(db, {
      announcementId: announcement.id,
      candidates: [
        {
          film: FILM,
          status: 'nominated',
          category: 'ABC News VideoSource Award',
          award: 'IDA Documentary Awards',
          year: 2012,
          confidence: 0.9,
          evidence,
        },
      ],
      actor: 'e2e',
    });
    return {
      award,
      editions: [edition, later],
      category,
      categories: [category, decided],
      film: created ? film : null,
      films: [winner],
      title,
      announcement,
      sourceId: source.id,
    };
  } finally {
    db.$client.close();
  }
}

function cleanUp(made: ReturnType<typeof prepare>) {
  const db = openDatabase(E2E_DB);
  try {
    const run = (statement: string, ...args: unknown[]) => db.$client.prepare(statement).run(...args);
    run(`delete from candidates where announcement_id = ?`, made.announcement.id);
    run(`delete from announcements where id = ?`, made.announcement.id);
    for (const category of made.categories) run(`delete from nominations where category_id = ?`, category.id);
    for (const film of [made.film, ...made.films]) if (film) run(`delete from films where id = ?`, film.id);
    for (const edition of made.editions) {
      run(`delete from categories where edition_id = ?`, edition.id);
      run(`delete from editions where id = ?`, edition.id);
    }
    run(`delete from awards where id = ?`, made.award.id);
    run(`delete from sources where id = ?`, made.sourceId);
  } finally {
    db.$client.close();
  }
}

test('an editor corrects a queued candidate, accepts it, and the film page cites the announcement', async ({
  page,
}) => {
  const stamp = `${Date.now()}`;
  const made = prepare(stamp);
  try {
    await page.goto('/admin/review');
    const card = page.getByRole('listitem').filter({ hasText: made.title });
    await expect(card).toContainText('no edition 2012 of IDA Documentary Awards');
    await expect(card).toContainText(FILM);
    await card.getByRole('link', { name: `Correct or merge: ${FILM}, nominated` }).click();

    await page.getByLabel('Award', { exact: true }).selectOption({ label: `E2E Review Award ${stamp}` });
    await page.getByRole('button', { name: 'Show its editions and categories' }).click();
    // The wrong edition first: the page says its year is not the announcement's, and names a category's winner.
    await page.getByLabel('Edition', { exact: true }).selectOption({ label: `2016 E2E Review Award ${stamp}` });
    await page.getByRole('button', { name: 'Show its editions and categories' }).click();
    await expect(
      page.getByText(
        `The announcement gives the year 2012, and 2016 E2E Review Award ${stamp} is the awards year 2016`,
      ),
    ).toBeVisible();
    await expect(page.getByLabel('Category', { exact: true }).locator('option')).toContainText([
      `E2E Decided Category ${stamp} (won by E2E Winner ${stamp})`,
    ]);
    await page.getByLabel('Edition', { exact: true }).selectOption({ label: `2012 E2E Review Award ${stamp}` });
    await page.getByRole('button', { name: 'Show its editions and categories' }).click();
    await expect(page.getByText('The announcement gives the year')).toHaveCount(0);
    // Rejecting is on this page too, not only in the queue.
    await expect(page.getByRole('button', { name: `Reject: ${FILM}, nominated` })).toBeVisible();
    await page.getByLabel('Category', { exact: true }).selectOption({ label: `E2E Review Category ${stamp}` });
    await expect(page.getByLabel('Film title')).toHaveValue(FILM);
    await page.getByRole('button', { name: 'Accept with these corrections' }).click();

    await expect(page).toHaveURL(/\/admin\/review\?decided=\d+$/);
    await expect(page.getByRole('status').filter({ hasText: 'accepted' })).toContainText(`“${FILM}”: accepted`);
    await expect(page.getByRole('listitem').filter({ hasText: made.title })).toHaveCount(0);

    await page.getByRole('link', { name: `See ${FILM} on its public page` }).click();
    const nomination = page.getByRole('listitem').filter({ hasText: `E2E Review Category ${stamp}` });
    await expect(nomination).toContainText('Nominated');
    await nomination.getByRole('link', { name: `E2E, “${made.title}”` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(made.title);
    await expect(page.getByRole('region', { name: 'Statuses reported by this source' })).toContainText(
      `E2E Review Category ${stamp}`,
    );
  } finally {
    cleanUp(made);
  }
});
