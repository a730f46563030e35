// Markup and script from a feed, or typed into a title, never run on a page: an announcement whose title
// and text hold <script>, an <img onerror> and a javascript: link, a queued candidate naming such a film,
// and a film, award, edition and category named with markup. The source page, the review queue (as an
// editor), the film page and the edition page show the text literally: no dialog opens, no element is
// made from it, no javascript: link is rendered. Everything the test creates is removed afterwards.
import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { storeAnnouncement } from '../../db/queries/announcements';
import { processAnnouncement } from '../../db/queries/candidates/process';
import { ensureAward, ensureCategory, ensureEdition } from '../../db/queries/catalogue';
import { ensureFilm } from '../../db/queries/films';
import { createNomination } from '../../db/queries/nominations';
import { E2E_DB } from '../../playwright.config';
import { EDITOR_STATE } from './accounts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

function prepare(stamp: string) {
  const db = openDatabase(E2E_DB);
  try {
    const film = `${SCRIPT} E2E Hostile Film ${stamp} ${IMG}`;
    const text = [
      `${IMG} The nominees for the ABC News VideoSource Award are “${film}” and others.`,
      `Read more at javascript:alert(1) or <a href="javascript:alert(1)">here</a>. ${SCRIPT}`,
    ].join('\n');
    const { announcement } = storeAnnouncement(db, {
      ingestionSourceId: null,
      sourceKind: 'feed',
      item: {
        guid: `e2e-hostile-${stamp}`,
        url: `javascript:alert(1)//${stamp}`,
        title: `E2E Hostile ${stamp} ${SCRIPT}`,
        publisher: `E2E ${IMG}`,
        publishedAt: '2012-11-01T00:00:00Z',
        text,
      },
    });
    // No 2012 edition of the IDA Documentary Awards is recorded, so the candidate waits in the queue.
    processAnnouncement(db, {
      announcementId: announcement.id,
      candidates: [
        {
          film,
          status: 'nominated',
          category: `ABC News VideoSource Award ${IMG}`,
          award: 'IDA Documentary Awards',
          year: 2012,
          confidence: 0.9,
          evidence: text.split('\n')[0]!,
        },
      ],
      actor: 'e2e',
    });
    const award = ensureAward(
      db,
      { slug: `e2e-hostile-${stamp}`, name: `E2E Hostile Award ${SCRIPT}`, kind: 'ceremony' },
      'e2e',
    );
    const edition = ensureEdition(
      db,
      { awardId: award.id, slug: '2020', name: `2020 E2E Hostile ${IMG}`, year: 2020 },
      'e2e',
    );
    const category = ensureCategory(db, { editionId: edition.id, name: `E2E Hostile Category ${SCRIPT}` }, 'e2e');
    const made = ensureFilm(db, { title: film, year: 2020 }, 'e2e').film;
    createNomination(db, {
      categoryId: category.id,
      filmIds: [made.id],
      personIds: [],
      status: 'nominated',
      reason: { actor: 'e2e', sourceId: announcement.sourceId },
    });
    return { stamp, film: made, award, edition, category, announcement };
  } finally {
    db.$client.close();
  }
}

function cleanUp(made: ReturnType<typeof prepare>) {
  const db = openDatabase(E2E_DB);
  try {
    const run = (statement: string, ...args: unknown[]) => db.$client.prepare(statement).run(...args);
    run(`delete from candidates where announcement_id = ?`, made.announcement.id);
    run(`delete from nominations where category_id = ?`, made.category.id);
    run(`delete from announcements where id = ?`, made.announcement.id);
    run(`delete from sources where id = ?`, made.announcement.sourceId);
    run(`delete from films where id = ?`, made.film.id);
    run(`delete from categories where edition_id = ?`, made.edition.id);
    run(`delete from editions where id = ?`, made.edition.id);
    run(`delete from awards where id = ?`, made.award.id);
  } finally {
    db.$client.close();
  }
}

/** Fails the test on any dialog: alert(1) running is exactly what must never happen. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

async function expectInert(page: Page, opened: string[]) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // The page's own scripts are Next.js's: none holds the test's alert.
  expect(
    await page.locator('script').evaluateAll((all) => all.filter((s) => s.textContent === 'alert(1)').length),
  ).toBe(0);
  expect(opened).toEqual([]);
}

test.describe('hostile text', () => {
  let made: ReturnType<typeof prepare>;
  test.beforeAll(() => {
    made = prepare(`${Date.now()}`);
  });
  test.afterAll(() => cleanUp(made));

  test('shows an announcement’s markup literally on its source page', async ({ page }) => {
    const opened = watchDialogs(page);
    await page.goto(`/sources/${made.announcement.sourceId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E Hostile ${made.stamp} ${SCRIPT}`);
    await expect(page.getByText(IMG).first()).toBeVisible();
    await expectInert(page, opened);
  });

  test('shows a film, award, edition and category named with markup literally', async ({ page }) => {
    const opened = watchDialogs(page);
    await page.goto(`/films/${made.film.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      `${SCRIPT} E2E Hostile Film ${made.stamp} ${IMG}`,
    );
    await expectInert(page, opened);
    await page.goto(`/awards/${made.award.slug}/${made.edition.slug}`);
    await expect(page.getByText(`E2E Hostile Category ${SCRIPT}`).first()).toBeVisible();
    await expect(page.getByText(`E2E Hostile Film ${made.stamp}`).first()).toBeVisible();
    await expectInert(page, opened);
  });

  test.describe('as an editor', () => {
    test.use({ storageState: EDITOR_STATE });
    test('shows a queued candidate’s markup literally in the review queue', async ({ page }) => {
      const opened = watchDialogs(page);
      await page.goto('/admin/review');
      const card = page.getByRole('listitem').filter({ hasText: `E2E Hostile ${made.stamp}` });
      await expect(card).toContainText(`E2E Hostile Film ${made.stamp}`);
      await expect(card).toContainText(SCRIPT);
      await expectInert(page, opened);
    });
  });
});
