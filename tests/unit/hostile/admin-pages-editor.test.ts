// tests/unit/app/auth/every-action.test.ts finds every admin page, action and route on disk and proves
// each refuses anyone not signed in, and every admin-only action an editor. This adds the one case it
// leaves out: an admin-only page (found by its requireUser('admin') call) refuses an editor with a 403.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';
import type { Db } from '@/db/client';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const ROOT = join(__dirname, '..', '..', '..');
const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
const adminOnlyPages = filesUnder(join(ROOT, 'app', 'admin'))
  .filter((file) => /(page|layout)\.tsx$/.test(file) && readFileSync(file, 'utf8').includes("requireUser('admin')"))
  .map((file) => relative(ROOT, file));

let db: Db;
beforeAll(() => {
  db = freshDatabase().db;
  useAppDatabase(db);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});

describe('every admin-only page', () => {
  it('is found on disk: accounts, health and the ingestion sources at least', () => {
    for (const page of ['accounts', 'health', 'sources', 'sources/[source]'])
      expect(adminOnlyPages).toContain(`app/admin/${page}/page.tsx`);
  });

  it.each(adminOnlyPages)('%s refuses an editor with a 403', async (file) => {
    resetRequest({ 'x-laurels-path': '/admin' });
    signInAs(db, 'editor');
    const { default: render } = (await import(join(ROOT, file))) as { default: (props: unknown) => unknown };
    const props = { params: Promise.resolve({ source: '1' }), searchParams: Promise.resolve({}), children: null };
    const error = await Promise.resolve()
      .then(() => render(props))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as { digest?: string } | null)?.digest, `${file} rendered for an editor`).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;403',
    );
  });
});
