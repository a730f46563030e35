// Adding an alias to a person as the edit page posts it: an alias that is another person's name is added
// all the same (namesakes exist), but the answer names that person, since a search or a pasted list of
// that name now finds both.
import { describe, expect, it, vi } from 'vitest';
import { addPersonAliasAction } from '@/app/admin/people/[person]/actions';
import { ensurePerson } from '@/db/queries/people';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  signInAs(db, 'editor');
  const ava = ensurePerson(db, { name: 'Ava DuVernay' }, 'seed').person;
  ensurePerson(db, { name: 'Spencer Averick' }, 'seed');
  return { ava };
}

const form = (personId: number, alias: string) => {
  const data = new FormData();
  data.set('personId', String(personId));
  data.set('alias', alias);
  return data;
};

describe('adding an alias to a person', () => {
  it('says who else is called that, after adding it', async () => {
    const { ava } = setup();
    expect(await addPersonAliasAction(null, form(ava.id, 'spencer averick'))).toEqual({
      ok: true,
      message:
        'Alias “spencer averick” added. Spencer Averick is also called that: a search or a paste of this name now finds both.',
    });
  });

  it('says nothing more of an alias nobody else has', async () => {
    const { ava } = setup();
    expect(await addPersonAliasAction(null, form(ava.id, 'Ava Marie DuVernay'))).toEqual({
      ok: true,
      message: 'Alias “Ava Marie DuVernay” added.',
    });
  });
});
