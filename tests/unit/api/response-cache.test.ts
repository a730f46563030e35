// The API's answer cache (app/api/v1/_lib/response-cache.ts): a repeated request is answered without
// reading the database, until anything is written, by any connection; two URLs are never confused.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAnswerLookup } from '@/app/api/v1/_lib/answer-lookup';
import { cachedAnswer } from '@/app/api/v1/_lib/response-cache';
import { jsonAnswer, type JsonAnswer } from '@/app/api/v1/_lib/respond';
import { freshDatabase } from '../../helpers/db';
import { useAppDatabase } from '../../helpers/next-request';
import { call, seededApi } from './api-client';

const fresh = freshDatabase();

beforeAll(() => useAppDatabase(fresh.db));

/** A commit from a connection of its own, as the CLI, a job or a second app instance makes. */
function writeFromElsewhere() {
  const other = new Database(fresh.file);
  other.prepare(`insert into settings (key, value) values (?, 'x')`).run(`k${Math.random()}`);
  other.close();
}

/** An answer reader that counts how often it really read. */
function reader(label: string) {
  const counter = { reads: 0, read: async () => jsonAnswer({ label, read: ++counter.reads }) };
  return counter;
}

describe('API answer cache', () => {
  it('answers a repeated URL from memory while nothing was written', async () => {
    const source = reader('a');
    const first = await cachedAnswer('http://x/api/v1/a', source.read);
    const second = await cachedAnswer('http://x/api/v1/a', source.read);
    expect(second).toEqual(first);
    expect(source.reads).toBe(1);
  });

  it('reads again after a write by another connection, and after one by the app itself', async () => {
    const source = reader('b');
    await cachedAnswer('http://x/api/v1/b', source.read);
    writeFromElsewhere();
    expect(JSON.parse((await cachedAnswer('http://x/api/v1/b', source.read)).body)).toEqual({ label: 'b', read: 2 });
    fresh.db.$client.prepare(`insert into settings (key, value) values ('own', 'x')`).run();
    expect(JSON.parse((await cachedAnswer('http://x/api/v1/b', source.read)).body)).toEqual({ label: 'b', read: 3 });
  });

  it('does not keep an answer whose read overlapped a write', async () => {
    const url = 'http://x/api/v1/c';
    let reads = 0;
    await cachedAnswer(url, async () => {
      reads += 1;
      writeFromElsewhere(); // lands while the answer is being read
      return jsonAnswer({ reads });
    });
    await cachedAnswer(url, async () => jsonAnswer({ reads: ++reads }));
    expect(reads).toBe(2);
  });

  it('reads a URL asked for twice at once only once, and again for a request after a write', async () => {
    const url = 'http://x/api/v1/g';
    let reads = 0;
    let finish = () => {};
    const slow = () =>
      new Promise<JsonAnswer>((resolve) => {
        reads += 1;
        finish = () => resolve(jsonAnswer({ reads }));
      });
    const first = cachedAnswer(url, slow);
    const second = cachedAnswer(url, slow);
    writeFromElsewhere();
    const afterWrite = cachedAnswer(url, async () => jsonAnswer({ reads: ++reads, fresh: true }));
    finish();
    const [a, b, c] = await Promise.all([first, second, afterWrite]);
    expect(b).toBe(a);
    expect(JSON.parse(c.body)).toEqual({ reads: 2, fresh: true });
    expect(reads).toBe(2);
  });

  it('keeps URLs apart, query string and host included', async () => {
    const answers = await Promise.all(
      ['http://x/api/v1/d?page=1', 'http://x/api/v1/d?page=2', 'http://y/api/v1/d?page=1'].map((url) =>
        cachedAnswer(url, reader(url).read),
      ),
    );
    expect(answers.map((answer) => JSON.parse(answer.body).label)).toEqual([
      'http://x/api/v1/d?page=1',
      'http://x/api/v1/d?page=2',
      'http://y/api/v1/d?page=1',
    ]);
  });

  it('lets the proxy find a kept answer, only while the database is unchanged', async () => {
    const url = 'http://x/api/v1/f';
    const lookup = findAnswerLookup()!;
    expect(lookup(url)).toBeUndefined();
    const answer = await cachedAnswer(url, reader('f').read);
    expect(lookup(url)).toEqual(answer);
    writeFromElsewhere();
    expect(lookup(url)).toBeUndefined();
  });

  it('never keeps an error', async () => {
    const url = 'http://x/api/v1/e';
    await expect(cachedAnswer(url, async () => Promise.reject(new Error('bad')))).rejects.toThrow('bad');
    expect(JSON.parse((await cachedAnswer(url, reader('e').read)).body).label).toBe('e');
  });
});

describe('API answers through the cache', () => {
  it('shows a result saved through the app on the next request for the same URL', async () => {
    const db = await seededApi();
    const url = '/api/v1/nominations?award=ida-documentary-awards&status=won';
    const before = (await call(url)).body as { data: { id: number }[]; meta: { total: number } };
    expect((await call(url)).body).toEqual(before); // answered from the cache
    const id = before.data[0]!.id;
    db.$client.prepare(`update nominations set status = 'lost' where id = ?`).run(id);
    const after = (await call(url)).body as { data: { id: number }[]; meta: { total: number } };
    expect(after.meta.total).toBe(before.meta.total - 1);
    expect(after.data.map((row) => row.id)).not.toContain(id);
  });
});
