// The edition edit form's Server Action as the form posts it: a signed-in editor's save is written with the
// editor as actor; a bad date comes back beside its field with what was typed; a stale save comes back as
// the conflict, naming what the other person changed. The request and next/cache are stand-ins.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editEditionAction } from '@/app/admin/editions/[award]/[edition]/actions';
import { ensureAward, ensureCategory, ensureEdition } from '@/db/queries/catalogue';
import { createNomination } from '@/db/queries/nominations';
import { auditLog, editions } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  revalidatePath.mockClear();
  const award = ensureAward(
    db,
    { slug: 'ida-documentary-awards', name: 'IDA Documentary Awards', kind: 'ceremony' },
    't',
  );
  const edition = ensureEdition(
    db,
    { awardId: award.id, slug: '2016', name: '2016 IDA Documentary Awards', year: 2016 },
    't',
  );
  const editor = signInAs(db, 'editor');
  const stored = () => db.select().from(editions).where(eq(editions.id, edition.id)).get()!;
  return { db, edition, editor, stored };
}

/** The form as the browser posts it: every field, the checkbox only when ticked. */
function form(editionId: number, fields: Record<string, string>): FormData {
  const data = new FormData();
  const all: Record<string, string> = {
    editionId: String(editionId),
    expectedVersion: '1',
    name: '2016 IDA Documentary Awards',
    ordinal: '',
    year: '2016',
    yearLabel: '',
    submissionsDate: '',
    shortlistDate: '',
    nominationsDate: '',
    ceremonyDate: '',
    datesNote: '',
    venue: '',
    ...fields,
  };
  for (const [key, value] of Object.entries(all)) data.set(key, value);
  return data;
}

describe('editEditionAction', () => {
  beforeEach(() => resetRequest());

  it('saves the details as the signed-in editor and refreshes the edit page', async () => {
    const { db, edition, editor, stored } = setup();
    const result = await editEditionAction(
      null,
      form(edition.id, { ceremonyDate: '2016-12-09', venue: 'Paramount Studios', resultsComplete: 'on' }),
    );

    expect(result).toEqual({
      ok: true,
      message:
        '2016 IDA Documentary Awards: details saved. Results complete: no open category has a winner, so none was closed.',
    });
    expect(stored()).toMatchObject({ ceremonyDate: '2016-12-09', venue: 'Paramount Studios', resultsComplete: true });
    const [entry] = db.select().from(auditLog).where(eq(auditLog.action, 'edition.update')).all();
    expect(entry).toMatchObject({ actor: `user:${editor.id}`, entityId: edition.id });
    expect(revalidatePath).toHaveBeenCalledWith('/admin/editions/[award]/[edition]', 'page');
  });

  it('says what declaring the results complete closed, and that the results screen reopens it', async () => {
    const { db, edition } = setup();
    const category = ensureCategory(db, { editionId: edition.id, name: 'ABC News VideoSource Award' }, 't');
    const reason = { actor: 't', note: 'test fixture' };
    for (const [displayName, status] of [
      ['13th', 'won'],
      ['The Lovers and the Despot', 'nominated'],
      ['Weiner', 'nominated'],
    ] as const) {
      createNomination(db, { categoryId: category.id, filmIds: [], personIds: [], displayName, status, reason });
    }
    const result = await editEditionAction(null, form(edition.id, { resultsComplete: 'on' }));
    expect(result).toEqual({
      ok: true,
      message:
        '2016 IDA Documentary Awards: details saved. Results complete: 1 category with a winner closed, ' +
        '2 nominees marked lost. The results screen reopens a category.',
    });
    // Saving again with the box still ticked changes nothing, so it says only that the details were saved.
    const again = await editEditionAction(null, form(edition.id, { resultsComplete: 'on', expectedVersion: '2' }));
    expect(again).toEqual({ ok: true, message: '2016 IDA Documentary Awards: details saved.' });
  });

  it('answers a date that does not exist beside its field, keeping what was typed, and writes nothing', async () => {
    const { edition, stored } = setup();
    const result = await editEditionAction(null, form(edition.id, { ceremonyDate: '2016-02-30', venue: 'Paramount' }));

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { ceremonyDate: ['Enter a real date as YYYY-MM-DD, e.g. 2017-02-26, or leave it empty.'] },
      values: { ceremonyDate: '2016-02-30', venue: 'Paramount' },
    });
    expect(result.ok === false && Object.keys(result.fieldErrors ?? {})).toEqual(['ceremonyDate']);
    expect(stored()).toMatchObject({ ceremonyDate: null, venue: null, version: 1 });
  });

  it('refuses a stale save with what the other person changed, and offers the current version', async () => {
    const { edition, stored } = setup();
    await editEditionAction(null, form(edition.id, { venue: 'Paramount Studios' }));
    const stale = await editEditionAction(
      null,
      form(edition.id, { venue: 'Directors Guild', ceremonyDate: '2016-12-09' }),
    );

    expect(stale).toMatchObject({
      ok: false,
      message:
        'Someone else saved this edition after you opened it, so nothing was saved. ' +
        'They changed Venue: theirs “Paramount Studios”, yours “Directors Guild”. ' +
        'Check the values and save again to keep yours.',
      values: { venue: 'Directors Guild', ceremonyDate: '2016-12-09', expectedVersion: '2' },
    });
    expect(stored()).toMatchObject({ venue: 'Paramount Studios', ceremonyDate: null, version: 2 });
  });

  it('merges a stale save that changed other fields than the other person, keeping both changes', async () => {
    const { edition, stored } = setup();
    // Two tabs opened at version 1; the first saves the venue.
    await editEditionAction(null, form(edition.id, { venue: 'Venue by A' }));
    // The second changes only the dates note, still holding the venue it opened with (blank).
    const second = await editEditionAction(null, form(edition.id, { datesNote: 'Announced by the IDA.' }));
    expect(second).toMatchObject({ ok: true });
    expect(stored()).toMatchObject({ venue: 'Venue by A', datesNote: 'Announced by the IDA.', version: 3 });
  });

  it('after a real conflict, shows the other person’s values where this editor changed nothing, so saving again undoes none', async () => {
    const { edition, stored } = setup();
    await editEditionAction(null, form(edition.id, { venue: 'Paramount Studios', datesNote: 'By A.' }));
    const stale = await editEditionAction(null, form(edition.id, { venue: 'Directors Guild' }));
    // The venue was changed by both; the dates note only by the other person.
    expect(stale).toMatchObject({
      ok: false,
      values: { venue: 'Directors Guild', datesNote: 'By A.', expectedVersion: '2' },
    });
    expect(stale.ok === false && stale.message).toContain('They changed Venue');
    expect(stale.ok === false && stale.message).not.toContain('Dates note');
    // Saving the form as it came back keeps this editor's venue and the other person's note.
    const again = await editEditionAction(null, form(edition.id, stale.ok === false ? stale.values! : {}));
    expect(again).toMatchObject({ ok: true });
    expect(stored()).toMatchObject({ venue: 'Directors Guild', datesNote: 'By A.', version: 3 });
  });

  it('refuses dates out of the season order beside the date this save changed, and writes nothing', async () => {
    const { edition, stored } = setup();
    await editEditionAction(null, form(edition.id, { nominationsDate: '2016-10-20', ceremonyDate: '2016-12-09' }));

    const early = await editEditionAction(
      null,
      form(edition.id, {
        expectedVersion: '2',
        submissionsDate: '2016-11-01',
        nominationsDate: '2016-10-20',
        ceremonyDate: '2016-12-09',
      }),
    );
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: {
        submissionsDate: [
          'The nominations date (2016-10-20) is before the submissions deadline (2016-11-01): a season runs ' +
            'submissions deadline, shortlist, nominations, ceremony. Check both dates.',
        ],
      },
      values: { submissionsDate: '2016-11-01' },
    });
    expect(stored()).toMatchObject({ submissionsDate: null, version: 2 });

    // Dates already stored in order do not stop a save of another field.
    const venue = await editEditionAction(
      null,
      form(edition.id, {
        expectedVersion: '2',
        nominationsDate: '2016-10-20',
        ceremonyDate: '2016-12-09',
        venue: 'Paramount Studios',
      }),
    );
    expect(venue).toMatchObject({ ok: true });
  });

  it('refuses a ceremony dated more than a year before the awards year, or before its nominations', async () => {
    const { edition, stored } = setup();
    const typo = await editEditionAction(null, form(edition.id, { ceremonyDate: '2009-03-01' }));
    expect(typo).toMatchObject({
      ok: false,
      fieldErrors: {
        ceremonyDate: [
          'The ceremony date (2009-03-01) is more than a year before the awards year (2016). ' +
            'Check the date, or the awards year.',
        ],
      },
      values: { ceremonyDate: '2009-03-01' },
    });
    const beforeNominations = await editEditionAction(
      null,
      form(edition.id, { nominationsDate: '2016-10-20', ceremonyDate: '2016-10-01' }),
    );
    expect(beforeNominations).toMatchObject({
      ok: false,
      fieldErrors: { ceremonyDate: [expect.stringContaining('is before the nominations date (2016-10-20)')] },
    });
    expect(stored()).toMatchObject({ ceremonyDate: null, nominationsDate: null, version: 1 });

    // The year before the awards year may hold the ceremony (a festival early in the year, say)...
    expect(await editEditionAction(null, form(edition.id, { ceremonyDate: '2015-01-01' }))).toMatchObject({ ok: true });
    // ...and a later awards year that leaves it more than a year behind is refused beside the year.
    expect(
      await editEditionAction(
        null,
        form(edition.id, { expectedVersion: '2', ceremonyDate: '2015-01-01', year: '2017' }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { year: [expect.stringContaining('(2015-01-01)')] } });
    expect(stored()).toMatchObject({ ceremonyDate: '2015-01-01', year: 2016, version: 2 });
  });
});
