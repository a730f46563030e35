import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  actionInfo,
  ActionError,
  guardedAction,
  listRegisteredActions,
  MESSAGES,
  publicAction,
} from '@/app/_lib/action';
import { formDataToObject } from '@/app/_lib/form-data';
import { openDatabase, writeTransaction } from '@/db/client';
import { sources } from '@/db/schema';
import { StatusChangeError } from '@/db/queries/nominations';
import { freshDatabase } from '@/tests/helpers/db';
import { fakeRequest, resetRequest, signInAs, useAppDatabase } from '@/tests/helpers/next-request';

vi.mock('next/headers', async () => (await import('@/tests/helpers/next-request')).nextHeadersModule);

const schema = z.object({ title: z.string().trim().min(1, 'Enter a title.'), year: z.coerce.number().int() });

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) {
    for (const one of [value].flat()) data.append(key, one);
  }
  return data;
}

function setUp() {
  const { db } = freshDatabase();
  useAppDatabase(db);
  resetRequest();
  const handler = vi.fn(async (input: z.infer<typeof schema>) => ({ ok: true as const, data: input }));
  return { db, handler };
}

describe('guardedAction', () => {
  beforeEach(() => resetRequest());

  it('refuses an anonymous caller before anything runs, handing back what was typed but a password', async () => {
    const { handler } = setUp();
    const action = guardedAction('editor', schema, handler, 'testEditorAction');
    // A session that ended mid-form: the text typed is not lost, and nothing is checked or written.
    expect(await action(null, form({ title: 'A long description', year: 'x', password: 'hunter2' }))).toEqual({
      ok: false,
      message: MESSAGES.signIn,
      values: { title: 'A long description', year: 'x' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an editor calling an admin action, and lets an admin in', async () => {
    const { db, handler } = setUp();
    const action = guardedAction('admin', schema, handler, 'testAdminAction');
    signInAs(db, 'editor');
    expect(await action(null, form({ title: 'x', year: '2016' }))).toEqual({
      ok: false,
      message: MESSAGES.adminOnly,
      values: { title: 'x', year: '2016' },
    });
    expect(handler).not.toHaveBeenCalled();
    resetRequest();
    const admin = signInAs(db, 'admin');
    expect(await action(null, form({ title: ' 13th ', year: '2016' }))).toEqual({
      ok: true,
      data: { title: '13th', year: 2016 },
    });
    expect(handler).toHaveBeenCalledWith({ title: '13th', year: 2016 }, expect.objectContaining({ id: admin.id }));
  });

  it('lets an admin do what an editor may', async () => {
    const { db, handler } = setUp();
    signInAs(db, 'admin');
    const result = await guardedAction('editor', schema, handler)(null, form({ title: 'x', year: '1' }));
    expect(result.ok).toBe(true);
  });

  it('treats an expired or unknown session cookie as anonymous', async () => {
    const { handler } = setUp();
    fakeRequest.cookies.set('laurels_session', 'made-up-token');
    const result = await guardedAction('editor', schema, handler)(null, form({ title: 'x', year: '1' }));
    expect(result).toEqual({ ok: false, message: MESSAGES.signIn, values: { title: 'x', year: '1' } });
  });

  it('answers invalid input with a message per field, the entries typed (never a password), and runs nothing', async () => {
    const { db, handler } = setUp();
    signInAs(db, 'editor');
    const withPassword = schema.extend({ password: z.string().min(12, 'Too short.') });
    const result = await guardedAction(
      'editor',
      withPassword,
      handler,
    )(null, form({ title: '  ', year: 'soon', password: 'secret' }));
    expect(result).toEqual({
      ok: false,
      message: MESSAGES.invalid,
      fieldErrors: {
        title: ['Enter a title.'],
        year: [expect.any(String)],
        password: ['Too short.'],
      },
      values: { title: '  ', year: 'soon' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('shows the message of a known error (a refused status change, an ActionError) and nothing else', async () => {
    const { db } = setUp();
    signInAs(db, 'editor');
    const refused = guardedAction('editor', schema, () => {
      throw new StatusChangeError('A won nomination cannot become shortlisted.');
    });
    expect(await refused(null, form({ title: 'x', year: '1' }))).toEqual({
      ok: false,
      message: 'A won nomination cannot become shortlisted.',
    });
    const conflict = guardedAction('editor', schema, async () => {
      throw new ActionError('Someone else changed this film since you opened it.');
    });
    expect(await conflict(null, form({ title: 'x', year: '1' }))).toEqual({
      ok: false,
      message: 'Someone else changed this film since you opened it.',
    });
  });

  it('logs an unknown error on the server and gives the user a generic message, never the error', async () => {
    const { db } = setUp();
    signInAs(db, 'editor');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = guardedAction(
      'editor',
      schema,
      () => {
        throw new TypeError('Cannot read properties of undefined (reading "id") at /work/main/db/x.ts:12');
      },
      'brokenAction',
    );
    const result = await broken(null, form({ title: 'x', year: '1' }));
    expect(result).toEqual({ ok: false, message: MESSAGES.failed });
    expect(JSON.stringify(result)).not.toContain('undefined');
    expect(log).toHaveBeenCalledWith('laurels: action brokenAction failed:', expect.any(TypeError));
    log.mockRestore();
  });

  it('tells the user the database was busy when another process held the write lock too long', async () => {
    const { db } = setUp();
    signInAs(db, 'editor');
    const other = openDatabase(db.$client.name);
    other.$client.exec('BEGIN IMMEDIATE');
    db.$client.pragma('busy_timeout = 50'); // the app waits 5 s; the test need not
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const write = guardedAction('editor', schema, () =>
        writeTransaction(db, (tx) => {
          tx.insert(sources).values({ key: 'busy-test', kind: 'article' }).run();
          return { ok: true as const };
        }),
      );
      expect(await write(null, form({ title: 'x', year: '1' }))).toEqual({ ok: false, message: MESSAGES.busy });
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      other.$client.exec('ROLLBACK');
      other.$client.close();
    }
  });

  it('lets redirect() from the handler through', async () => {
    const { db } = setUp();
    signInAs(db, 'editor');
    const going = guardedAction('editor', schema, () => redirect('/admin'));
    await expect(going(null, form({ title: 'x', year: '1' }))).rejects.toMatchObject({
      digest: expect.stringContaining('/admin'),
    });
  });

  it('also works as a plain form action, with the form as its only argument', async () => {
    const { db, handler } = setUp();
    signInAs(db, 'editor');
    const action = guardedAction('editor', schema, handler) as unknown as (form: FormData) => Promise<unknown>;
    expect(await action(form({ title: 'x', year: '2' }))).toMatchObject({ ok: true });
  });

  it('records every action with its name and who may call it', () => {
    const admin = guardedAction('admin', schema, async () => ({ ok: true }), 'registryAdminAction');
    const open = publicAction('registryPublicAction', schema, async () => ({ ok: true }));
    expect(actionInfo(admin)).toEqual({ name: 'registryAdminAction', access: 'admin' });
    expect(actionInfo(open)).toEqual({ name: 'registryPublicAction', access: 'public' });
    expect(actionInfo(async () => ({ ok: true }))).toBeUndefined();
    expect(listRegisteredActions().map((a) => a.name)).toEqual(
      expect.arrayContaining(['registryAdminAction', 'registryPublicAction']),
    );
  });
});

describe('formDataToObject', () => {
  it('gives one entry as a string, repeated entries as a list, and x[] always as a list', () => {
    const data = form({ title: '13th', award: ['a', 'b'], 'ids[]': '7', $ACTION_ID_abc: '', $ACTION_REF_1: '' });
    data.append('__proto__', 'polluted');
    const object = formDataToObject(data);
    expect(object).toEqual({ title: '13th', award: ['a', 'b'], ids: ['7'], ['__proto__']: 'polluted' });
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads text without control characters, keeping tabs and line ends', () => {
    const object = formDataToObject(form({ title: 'Rat\u0000 Film\u001b', note: 'one\r\ntwo\tthree' }));
    expect(object).toEqual({ title: 'Rat Film', note: 'one\r\ntwo\tthree' });
  });
});
