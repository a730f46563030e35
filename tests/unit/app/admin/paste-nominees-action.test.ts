// The paste screen's Server Action as its form calls it: "Preview" answers with the plan and writes
// nothing; "Add nominees" plans again on the server and writes only what is confirmed there (a forged
// confirmation for an edited line is refused); a missing source and note comes back beside its field.
// The request and next/cache are stand-ins; the database, the session code and the guards are real.
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { pasteNomineesAction } from '@/app/admin/categories/[categoryId]/nominees/actions';
import { confirmKeyOf } from '@/db/queries/nominee-paste';
import { ensureFilm } from '@/db/queries/films';
import { auditLog, films, nominations } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import { seedVideoSourceCategory } from '@/tests/helpers/video-source-category';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

function setup() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const { category } = seedVideoSourceCategory(db);
  ensureFilm(db, { title: 'Weiner', year: 2016 }, 'seed');
  const editor = signInAs(db, 'editor');
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    const base = { categoryId: String(category.id), status: 'nominated', occurredOn: '', sourceUrl: '', note: '' };
    for (const [key, value] of Object.entries({ ...base, ...fields })) {
      for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
    }
    return data;
  };
  const count = () => db.select().from(nominations).where(eq(nominations.categoryId, category.id)).all().length;
  return { db, category, editor, form, count };
}

describe('pasteNomineesAction', () => {
  it('previews without writing anything', async () => {
    const { form, count } = setup();
    const result = await pasteNomineesAction(
      null,
      form({ intent: 'preview', lines: 'Weiner\n13th\nE2E New Film (2016)', note: 'Announced list.' }),
    );
    expect(result.ok && result.data).toMatchObject({
      kind: 'preview',
      plans: [{ outcome: 'matched' }, { outcome: 'already-nominated' }, { outcome: 'new' }],
      values: { lines: 'Weiner\n13th\nE2E New Film (2016)', note: 'Announced list.' },
    });
    expect(count()).toBe(2);
  });

  it('adds what the server confirms, as the signed-in editor, and puts the skipped lines back', async () => {
    const { db, form, count, editor } = setup();
    const lines = 'Weiner\nE2E Renamed Film (2016)';
    // Confirmed in a preview of "E2E New Film"; the line was edited since, so the tick no longer counts.
    const confirm = [`confirm[]`, confirmKeyOf(2, 'E2E New Film')] as const;
    const result = await pasteNomineesAction(
      null,
      form({ intent: 'add', lines, sourceUrl: 'https://example.org/list', [confirm[0]]: [confirm[1]] }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: 'Added 1 nominee. 1 line was not added: see below; it is back in the box.',
      data: { kind: 'added', values: { lines: 'E2E Renamed Film (2016)' } },
    });
    expect(count()).toBe(3);
    expect(db.select().from(films).where(eq(films.title, 'E2E Renamed Film')).all()).toEqual([]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'nomination.create')).all().at(-1)).toMatchObject({
      actor: `user:${editor.id}`,
    });
    expect(revalidatePath).toHaveBeenCalledWith('/admin/results/[award]/[edition]', 'page');
  });

  it('asks for a source or a note beside the source field, keeping the list', async () => {
    const { form, count } = setup();
    const result = await pasteNomineesAction(null, form({ intent: 'add', lines: 'Weiner' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { sourceUrl: ['Give a source URL or a note: every status needs one.'] },
      values: { lines: 'Weiner' },
    });
    expect(count()).toBe(2);
  });

  it('refuses a status a list cannot give', async () => {
    const { form } = setup();
    const result = await pasteNomineesAction(null, form({ intent: 'add', lines: 'Weiner', status: 'won', note: 'x' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { status: [expect.any(String)] } });
  });
});
