// An editor adds nominees by pasting a list: the preview matches known films by title and year, skips a
// nominee already in the category, and offers a new film unticked; nothing new is created until it is
// ticked. Then the editor changes the new nominee's status on its edit page and sees it in the history.
// The award, edition and category are fictional records made for this run and removed afterwards, so
// the seeded catalogue (and the fans' tests that read it) never sees them.
import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../../db/client';
import { ensureAward, ensureCategory, ensureEdition } from '../../db/queries/catalogue';
import { findFilm } from '../../db/queries/films';
import { createNomination } from '../../db/queries/nominations';
import { E2E_DB } from '../../playwright.config';
import { ADMIN_STATE, EDITOR_STATE } from './accounts';

test.use({ storageState: EDITOR_STATE });

const stamp = String(Date.now());
const awardSlug = `e2e-paste-awards-${stamp}`;
const newTitle = `E2E Paste Film ${stamp}`;

/** A fictional award with two categories, each already holding one seeded film, The Anderson Platoon (1967). */
function createCategory() {
  const db = openDatabase(E2E_DB);
  try {
    const award = ensureAward(db, { slug: awardSlug, name: `E2E Paste Awards ${stamp}`, kind: 'ceremony' }, 'e2e');
    const edition = ensureEdition(
      db,
      { awardId: award.id, slug: '2016', name: `E2E Paste Awards ${stamp}`, year: 2016 },
      'e2e',
    );
    const platoon = findFilm(db, { title: 'The Anderson Platoon', year: 1967 })!;
    // A second category for the test that closes it, so the others never find it closed.
    for (const name of ['E2E Best Feature', 'E2E Closed Feature']) {
      const category = ensureCategory(db, { editionId: edition.id, name }, 'e2e');
      createNomination(db, {
        categoryId: category.id,
        filmIds: [platoon.id],
        personIds: [],
        status: 'nominated',
        reason: { actor: 'e2e', note: 'E2E test fixture' },
      });
    }
  } finally {
    db.$client.close();
  }
}

function removeRecords() {
  const db = openDatabase(E2E_DB);
  try {
    const award = db.$client.prepare('select id from awards where slug = ?').get(awardSlug) as
      { id: number } | undefined;
    if (!award) return;
    // Categories and their nominations go with the edition (cascade); the film made by the test goes last.
    db.$client.prepare('delete from editions where award_id = ?').run(award.id);
    db.$client.prepare('delete from awards where id = ?').run(award.id);
    db.$client.prepare('delete from films where title = ?').run(newTitle);
  } finally {
    db.$client.close();
  }
}

test.beforeAll(createCategory);
test.afterAll(removeRecords);

test('an editor pastes three lines; the new film is created only once ticked', async ({ page }) => {
  await page.goto(`/admin/results/${awardSlug}/2016`);
  await page.getByRole('link', { name: 'Add nominees to E2E Best Feature' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Add nominees: E2E Best Feature');

  await page
    .getByLabel('Nominees, one a line')
    .fill(`The Anderson Platoon (1967)\nfestival (1967)\n${newTitle} (2016)`);
  await page.getByLabel('Note').fill('E2E test list.');
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('Already nominated in this category')).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Festival (1967)' })).toBeVisible();
  const create = preview.getByLabel(`Create new film “${newTitle} (2016)”`);
  await expect(create).not.toBeChecked();

  // Unticked: only Festival is added; the two other lines come back in the box.
  await page.getByRole('button', { name: 'Add nominees' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 nominee.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Result' })).toContainText('the new film was not confirmed');
  await expect(page.getByLabel('Nominees, one a line')).toHaveValue(`The Anderson Platoon (1967)\n${newTitle} (2016)`);

  await page.getByLabel('Note').fill('E2E test list.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByLabel(`Create new film “${newTitle} (2016)”`).check();
  await page.getByRole('button', { name: 'Add nominees' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 nominee (1 new film).' })).toBeVisible();

  await page.goto(`/awards/${awardSlug}/2016`);
  await expect(page.getByRole('link', { name: newTitle, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Festival', exact: true })).toBeVisible();

  // The new nominee's edit page: a status change through the rules, shown in its history.
  await page.goto(`/admin/results/${awardSlug}/2016`);
  await page.getByRole('link', { name: `Edit nomination: ${newTitle}` }).click();
  await page.getByLabel('New status').selectOption({ label: 'Shortlisted' });
  await page.getByLabel('Note (instead of a source, or beside it)').fill('E2E correction.');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status changed to shortlisted.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status history' })).toContainText('E2E correction.');
  await expect(page.getByRole('button', { name: 'Delete nomination' })).toHaveCount(0);

  // The same list again as the nominees: the shortlisted film moves on, nothing new is made.
  await page.goto(`/admin/categories/${await categoryIdOf(page)}/nominees`);
  await page.getByLabel('Nominees, one a line').fill(newTitle);
  await page.getByLabel('Nominated', { exact: true }).check();
  await page.getByLabel('Note').fill('E2E nominees list.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(
    `${newTitle} (2016) is shortlisted in this category: it moves on to nominated.`,
  );
  await page.getByRole('button', { name: 'Add nominees' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 0 nominees. Moved 1 nominee on.' })).toBeVisible();
});

/** The id of the fictional category, read from the results screen's link to its paste screen. */
async function categoryIdOf(page: Page): Promise<string> {
  await page.goto(`/admin/results/${awardSlug}/2016`);
  const href = await page.getByRole('link', { name: 'Add nominees to E2E Best Feature' }).getAttribute('href');
  return /\/admin\/categories\/(\d+)\//.exec(href ?? '')![1]!;
}

test('a closed category takes no nominees until it is reopened', async ({ page }) => {
  await page.goto(`/admin/results/${awardSlug}/2016`);
  const addLink = page.getByRole('link', { name: 'Add nominees to E2E Closed Feature' });
  const href = await addLink.getAttribute('href');
  // A category closes once its winner is in.
  const closing = page.getByRole('region', { name: /^E2E Closed Feature/ });
  await closing.getByRole('button', { name: 'Mark winner: The Anderson Platoon' }).click();
  await expect(closing.getByRole('button', { name: /^Undo winner/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close category: E2E Closed Feature' }).click();
  await expect(page.getByRole('button', { name: 'Reopen category: E2E Closed Feature' })).toBeVisible();
  await expect(addLink).toHaveCount(0);

  // The paste screen, reached by its address, says why and offers no form.
  await page.goto(href!);
  await expect(page.getByRole('status')).toContainText(
    'E2E Closed Feature is closed, so its results are final: reopen it on the results screen to change them.',
  );
  await expect(page.getByLabel('Nominees, one a line')).toHaveCount(0);

  await page.goto(`/admin/results/${awardSlug}/2016`);
  await page.getByRole('button', { name: 'Reopen category: E2E Closed Feature' }).click();
  await expect(addLink).toBeVisible();
});

test.describe('as an admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('a nomination recorded by mistake is deleted once the box is ticked', async ({ page }) => {
    await page.goto(`/admin/categories/${await categoryIdOf(page)}/nominees`);
    await page.getByLabel('Nominees, one a line').fill('A Time for Burning (1967)');
    await page.getByLabel('Note').fill('E2E mistaken list.');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Add nominees' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 1 nominee.' })).toBeVisible();

    await page.goto(`/admin/results/${awardSlug}/2016`);
    await page.getByRole('link', { name: 'Edit nomination: A Time for Burning' }).click();
    await page.getByLabel('Yes, delete “A Time for Burning” from this category').check();
    await page.getByRole('button', { name: 'Delete nomination' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/results/${awardSlug}/2016\\?deleted=`));
    await expect(page.getByText('“A Time for Burning” was deleted. The audit log keeps a copy.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit nomination: A Time for Burning' })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: /^E2E Best Feature/ })
        .getByRole('link', { name: 'Edit nomination: The Anderson Platoon' }),
    ).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the preview and the add are plain form posts', async ({ page }) => {
    await page.goto(`/admin/results/${awardSlug}/2016`);
    await page.getByRole('link', { name: 'Add nominees to E2E Best Feature' }).click();
    await page.getByLabel('Nominees, one a line').fill('Harvest (1967)\nnot a year (1200)');
    await page.getByLabel('Note').fill('E2E test list.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('link', { name: 'Harvest (1967)' })).toBeVisible();
    await expect(preview).toContainText('Cannot be read: 1200 is not a film’s year.');

    await page.getByRole('button', { name: 'Add nominees' }).click();
    await expect(page.getByText('Added 1 nominee. 1 line was not added')).toBeVisible();
  });
});

test('the paste screen quotes the category’s description, which a list may make untrue, and links to its edit', async ({
  page,
}) => {
  await page.goto('/admin/results/sundance-film-festival/2016');
  await page.getByRole('link', { name: 'Add nominees to U.S. Grand Jury Prize: Documentary' }).click();
  const notice = page.getByText('The public page describes this category');
  await expect(notice).toContainText(
    '“Only the winner is recorded here: the sources do not list the other nominees.” If the nominees you add',
  );
  await notice.getByRole('link', { name: 'edit the description' }).click();
  await expect(page.getByLabel('Description')).toHaveValue(
    'Only the winner is recorded here: the sources do not list the other nominees.',
  );
});
