// Every Server Action and every admin page, layout and route handler, found on disk (not listed by hand, so a
// new one is covered the day it is written), must refuse an anonymous caller; every admin-only action must
// refuse an editor; and nothing may be written while refusing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { actionInfo, MESSAGES } from '@/app/_lib/action';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { freshDatabase } from '@/tests/helpers/db';
import { resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const ROOT = join(__dirname, '..', '..', '..', '..');
/**
 * The only actions anyone may call: signing in and out affect nothing but the caller's own session, and
 * choosing a password through a one-time link sets only the password of the account the link was made for.
 */
const PUBLIC_ACTIONS = ['signInAction', 'signOutAction', 'setPasswordAction'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const appFiles = filesUnder(join(ROOT, 'app')).filter((file) => /\.tsx?$/.test(file));
const actionModules = appFiles.filter((file) =>
  /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(readFileSync(file, 'utf8')),
);
const adminEntries = appFiles.filter((file) => /app\/admin\/(.*\/)?(page|layout)\.tsx$/.test(file));
const adminRoutes = appFiles.filter((file) => /app\/admin\/(.*\/)?route\.ts$/.test(file));
const name = (file: string) => relative(ROOT, file);

type Exported = Record<string, unknown>;

let db: Db;
beforeAll(() => {
  db = freshDatabase().db;
  useAppDatabase(db);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});
const auditCount = () => db.select().from(auditLog).all().length;

describe('every Server Action', () => {
  it('is found on disk (the sign-in actions at least)', () => {
    expect(actionModules.map(name)).toContain('app/login/actions.ts');
  });

  it('lives in a module of actions: no inline "use server" function escapes the registry', () => {
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
        .join('\n');
    const withDirective = appFiles.filter((file) => /['"]use server['"]/.test(code(file)));
    expect(withDirective.map(name).sort()).toEqual(actionModules.map(name).sort());
  });

  it.each(actionModules.map(name))('%s: every export is built by guardedAction or publicAction', async (file) => {
    const exported: Exported = await import(join(ROOT, file));
    for (const [key, value] of Object.entries(exported)) {
      const info = actionInfo(value);
      expect(info, `${file} exports ${key}, which is not a guarded action`).toBeDefined();
      if (info!.access === 'public') expect(PUBLIC_ACTIONS, `${key} may be called by anyone`).toContain(key);
    }
  });

  it.each(actionModules.map(name))('%s: refuses anonymous callers, and editors where admin-only', async (file) => {
    const exported: Exported = await import(join(ROOT, file));
    for (const [key, value] of Object.entries(exported)) {
      const info = actionInfo(value);
      if (!info || info.access === 'public') continue;
      const action = value as (previous: null, form: FormData) => Promise<unknown>;
      const before = auditCount();
      resetRequest();
      expect(await action(null, new FormData()), `${key}, anonymous`).toEqual({
        ok: false,
        message: MESSAGES.signIn,
        values: {},
      });
      if (info.access === 'admin') {
        signInAs(db, 'editor');
        const refused = await action(null, new FormData());
        expect(refused, `${key}, as an editor`).toEqual({ ok: false, message: MESSAGES.adminOnly, values: {} });
      }
      // signInAs writes its own account and session entries; nothing else may have been written.
      const written = db.select().from(auditLog).all().slice(before);
      expect(written.filter((entry) => entry.actor !== 'test' && !entry.action.startsWith('user.sign-in'))).toEqual([]);
    }
  });
});

describe('every admin page and layout', () => {
  it.each(adminEntries.map(name))('%s sends an anonymous visitor to sign in', async (file) => {
    resetRequest({ 'x-laurels-path': '/admin' });
    const { default: render } = (await import(join(ROOT, file))) as { default: (props: unknown) => unknown };
    const props = { params: Promise.resolve({}), searchParams: Promise.resolve({}), children: null };
    const error = await Promise.resolve()
      .then(() => render(props))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as { digest?: string } | null)?.digest, `${file} rendered for an anonymous visitor`).toMatch(
      /^NEXT_REDIRECT;[a-z]+;\/login\?next=%2Fadmin;/,
    );
  });
});

describe('every admin route handler', () => {
  it.each(adminRoutes.map(name))('%s refuses an anonymous caller', async (file) => {
    resetRequest();
    const handlers = (await import(join(ROOT, file))) as Record<string, unknown>;
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const handler = handlers[method];
      if (typeof handler !== 'function') continue;
      const request = new Request(`http://laurels.test/${name(file).replace(/^app\/|\/route\.ts$/g, '')}`, {
        method,
      });
      const response = (await handler(request)) as Response;
      expect([401, 403], `${method} ${file}`).toContain(response.status);
    }
  });
});
