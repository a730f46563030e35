// The award, edition and category Server Actions as their forms post them: a signed-in editor's new award
// opens its page, a duplicate comes back beside its field with what was typed, a stale award save comes
// back as the conflict (theirs against yours) having written nothing, with the other person's values in
// the fields this editor left alone, a new edition opens its edit page,
// and a category is added with a new canonical category. The request and next/cache are stand-ins.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAwardAction, updateAwardAction } from '@/app/admin/awards/actions';
import { createEditionAction } from '@/app/admin/editions/[award]/new/actions';
import { createCategoryAction } from '@/app/admin/editions/[award]/[edition]/categories/actions';
import { createPersonAction } from '@/app/admin/people/new/actions';
import { ensureAward } from '@/db/queries/catalogue';
import { auditLog, awards, canonicalCategories, categories, editions, people } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { redirectedTo } from '@/tests/helpers/redirects';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  ensureAward(db, { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' }, 'seed');
  const editor = signInAs(db, 'editor');
  return { db, editor };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Every field of the new edition form, as the browser posts it (the checkbox only when ticked). */
const editionForm = Object.fromEntries(
  ['name', 'ordinal', 'yearLabel', 'submissionsDate', 'shortlistDate', 'nominationsDate', 'datesNote', 'venue'].map(
    (field) => [field, ''],
  ),
);

const awardForm = { name: 'Test Documentary Prize', kind: 'festival', organization: '', url: '', aliases: '' };

describe('award, edition and category actions', () => {
  beforeEach(() => resetRequest());

  it('creates an award as the editor and opens its page', async () => {
    const { db, editor } = setup();
    const path = await redirectedTo(createAwardAction(null, form(awardForm)));
    expect(path).toBe('/admin/awards/test-documentary-prize?created=1');
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'award.create')).all().at(-1);
    expect(entry).toMatchObject({ actor: `user:${editor.id}` });
  });

  it('answers a duplicate name and a bad address beside their fields, keeping what was typed', async () => {
    setup();
    const duplicate = await createAwardAction(null, form({ ...awardForm, name: 'ida documentary awards' }));
    expect(duplicate).toMatchObject({
      ok: false,
      fieldErrors: { name: ['“IDA Documentary Awards” already has this name (or an alias like it).'] },
      values: { name: 'ida documentary awards', kind: 'festival' },
    });
    const badUrl = await createAwardAction(null, form({ ...awardForm, url: 'javascript:alert(1)' }));
    expect(badUrl).toMatchObject({
      ok: false,
      fieldErrors: { url: ['Give a web address starting with http:// or https://.'] },
    });
  });

  it('refuses a stale award save with theirs and yours, writing nothing', async () => {
    const { db } = setup();
    const award = db.select().from(awards).where(eq(awards.slug, 'ida-documentary-awards')).get()!;
    const fields = {
      ...awardForm,
      name: award.name,
      kind: 'ceremony',
      awardId: String(award.id),
      expectedVersion: '1',
    };
    expect(await updateAwardAction(null, form({ ...fields, shortName: 'IDA' }))).toMatchObject({ ok: true });
    const stale = await updateAwardAction(null, form({ ...fields, shortName: 'IDA Awards' }));
    expect(stale).toMatchObject({ ok: false, values: { expectedVersion: '2', shortName: 'IDA Awards' } });
    expect(stale.ok === false && stale.message).toContain('Short name: theirs “IDA”, yours “IDA Awards”');
    expect(db.select().from(awards).where(eq(awards.id, award.id)).get()).toMatchObject({
      shortName: 'IDA',
      version: 2,
    });
  });

  it('after a stale award save is refused, the form shows their values where this editor changed nothing', async () => {
    const { db } = setup();
    const award = db.select().from(awards).where(eq(awards.slug, 'ida-documentary-awards')).get()!;
    const opened = {
      ...awardForm,
      name: award.name,
      kind: 'ceremony',
      awardId: String(award.id),
      expectedVersion: '1',
    };
    const theirs = { ...opened, shortName: 'IDA', url: 'https://www.documentary.org/awards' };
    expect(await updateAwardAction(null, form(theirs))).toMatchObject({ ok: true });

    // This editor, on the page as it was, gave another short name and a description.
    const mine = { ...opened, shortName: 'IDA Awards', description: 'The IDA’s annual awards.' };
    const refused = await updateAwardAction(null, form(mine));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { shortName: ['Saved now: “IDA”.'] },
      values: {
        expectedVersion: '2',
        shortName: 'IDA Awards',
        description: 'The IDA’s annual awards.',
        url: 'https://www.documentary.org/awards',
      },
    });

    // Saving the form as it came back keeps their address: only the short name is replaced, knowingly.
    const again = await updateAwardAction(null, form(refused.ok === false ? refused.values! : {}));
    expect(again).toMatchObject({ ok: true });
    expect(db.select().from(awards).where(eq(awards.id, award.id)).get()).toMatchObject({
      shortName: 'IDA Awards',
      description: 'The IDA’s annual awards.',
      url: 'https://www.documentary.org/awards',
      version: 3,
    });
  });

  it('lists dates out of order with the other refused fields of a new edition, in one answer', async () => {
    const { db } = setup();
    const award = db.select().from(awards).get()!;
    const refused = await createEditionAction(
      null,
      form({
        ...editionForm,
        awardId: String(award.id),
        year: '2031',
        nominationsDate: '2031-12-01',
        ceremonyDate: '2031-11-05',
        venue: 'x'.repeat(201),
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        venue: ['Keep this under 200 characters.'],
        ceremonyDate: [expect.stringContaining('nominations date')],
      },
    });
    expect(db.select().from(editions).all()).toHaveLength(0);
  });

  it('refuses a new edition whose ceremony is more than a year before its awards year', async () => {
    const { db } = setup();
    const award = db.select().from(awards).get()!;
    const refused = await createEditionAction(
      null,
      form({ ...editionForm, awardId: String(award.id), year: '2016', ceremonyDate: '2009-03-01' }),
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { ceremonyDate: [expect.stringContaining('more than a year before the awards year (2016)')] },
    });
    expect(db.select().from(editions).all()).toHaveLength(0);
  });

  it('creates an edition and a category linked to a new canonical category', async () => {
    const { db } = setup();
    const award = db.select().from(awards).get()!;
    const path = await redirectedTo(
      createEditionAction(
        null,
        form({ ...editionForm, awardId: String(award.id), year: '2031', ceremonyDate: '2031-12-05' }),
      ),
    );
    expect(path).toBe('/admin/editions/ida-documentary-awards/2031');
    const edition = db.select().from(editions).get()!;
    expect(edition).toMatchObject({ name: '2031 IDA Documentary Awards', ceremonyDate: '2031-12-05' });

    const added = await createCategoryAction(
      null,
      form({
        editionId: String(edition.id),
        name: 'Best Test Feature',
        canonical: 'new',
        newCanonicalName: 'Best Test Feature',
        newCanonicalIsDocumentary: 'on',
        position: '',
      }),
    );
    expect(added).toEqual({ ok: true, message: 'Category “Best Test Feature” added.' });
    const canonical = db.select().from(canonicalCategories).get();
    expect(canonical).toMatchObject({ name: 'Best Test Feature', isDocumentary: true });
    expect(db.select().from(categories).get()).toMatchObject({ canonicalCategoryId: canonical!.id, position: 0 });

    const missingName = await createCategoryAction(
      null,
      form({ editionId: String(edition.id), name: 'Another', canonical: 'new', newCanonicalName: '' }),
    );
    expect(missingName).toMatchObject({
      ok: false,
      fieldErrors: { newCanonicalName: ['Type the new canonical category’s name.'] },
    });

    // A name typed for a new canonical category with "None" still picked is taken as asked for.
    const namedOnly = await createCategoryAction(
      null,
      form({
        editionId: String(edition.id),
        name: 'Best Test Short',
        canonical: '',
        newCanonicalName: 'Best Test Short',
      }),
    );
    expect(namedOnly).toEqual({ ok: true, message: 'Category “Best Test Short” added.' });
    const short = db.select().from(canonicalCategories).where(eq(canonicalCategories.name, 'Best Test Short')).get();
    expect(db.select().from(categories).where(eq(categories.name, 'Best Test Short')).get()).toMatchObject({
      canonicalCategoryId: short!.id,
    });
    // Beside a category picked from the list, it is refused rather than dropped.
    const both = await createCategoryAction(
      null,
      form({
        editionId: String(edition.id),
        name: 'Third',
        canonical: String(canonical!.id),
        newCanonicalName: 'Other',
      }),
    );
    expect(both).toMatchObject({
      ok: false,
      fieldErrors: {
        newCanonicalName: [
          'A category from the list is picked: clear this name, or pick “A new canonical category” instead.',
        ],
      },
    });
  });
});

describe('person creation', () => {
  beforeEach(() => resetRequest());

  it('stores a name as one-spaced, and shows a namesake instead of creating them twice', async () => {
    const { db } = setup();
    const person = { name: '  Kirsten   Johnson ', kind: 'person', imdbId: '', wikidataId: '', tmdbId: '' };
    expect(await redirectedTo(createPersonAction(null, form(person)))).toBe('/admin/people/kirsten-johnson?created=1');
    expect(db.select().from(people).get()?.name).toBe('Kirsten Johnson');
    expect(await createPersonAction(null, form({ ...person, name: 'kirsten johnson' }))).toMatchObject({
      ok: false,
      fieldErrors: { createAnyway: ['Kirsten Johnson'] },
      values: { sameNameSlugs: 'kirsten-johnson' },
    });
    expect(db.select().from(people).all()).toHaveLength(1);
    expect(await redirectedTo(createPersonAction(null, form({ ...person, createAnyway: 'on' })))).toBe(
      '/admin/people/kirsten-johnson-2?created=1',
    );
  });
});
