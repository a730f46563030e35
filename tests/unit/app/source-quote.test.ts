// What a source's page quotes of a held text: the paragraphs naming a nominee of the statuses the source
// supports, not the whole article; on the seed, the Newsmax article is quoted where it names The Lovers
// and the Despot, and its copyright line is not republished.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { quoteSource } from '@/app/sources/[source]/source-quote';
import { listSourceNomineeNames } from '@/db/queries/sources';
import { sources } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { freshDatabase } from '@/tests/helpers/db';

const { db } = freshDatabase();
beforeAll(async () => {
  await seedDatabase(db);
});

describe('quoteSource', () => {
  const body =
    'Kim Jong-Il and his films.\n\n"The Lovers & the Despot" is up for an award.\nIn 113th place.\n© Someone';

  it('keeps the paragraphs that name a nominee, folded, as whole words', () => {
    expect(quoteSource(body, ['The Lovers and the Despot', '13th'])).toEqual({
      paragraphs: ['"The Lovers & the Despot" is up for an award.'],
      of: 4,
      namesNominees: true,
    });
  });

  it('falls back to the first paragraph when none names a nominee', () => {
    expect(quoteSource(body, ['Weiner'])).toEqual({
      paragraphs: ['Kim Jong-Il and his films.'],
      of: 4,
      namesNominees: false,
    });
  });
});

describe('the seed article', () => {
  it('is quoted where it names its nominee, without the rest of the article', async () => {
    const article = db.select().from(sources).where(eq(sources.key, 'seed-lovers-and-the-despot')).get()!;
    const names = await listSourceNomineeNames(db, article.id);
    expect(names).toContain('The Lovers and the Despot');
    const quote = quoteSource(article.body!, names);
    expect(quote.namesNominees).toBe(true);
    expect(quote.paragraphs.join('\n')).toContain(
      'Their documentary, "The Lovers and the Despot," is up for the ABC News Video Source Award',
    );
    expect(quote.paragraphs.length).toBeLessThan(quote.of);
    expect(quote.paragraphs.join('\n')).not.toContain('All rights reserved');
  });
});

describe('the season facts', () => {
  it('are quoted as words where they name a nominee, not as Markdown table rows', async () => {
    const facts = db.select().from(sources).where(eq(sources.key, 'laurels-season-notes-2016-17')).get()!;
    const quote = quoteSource(facts.body!, await listSourceNomineeNames(db, facts.id));
    expect(quote.namesNominees).toBe(true);
    expect(quote.paragraphs).toContain(
      'Best Feature: other nominees — Cameraperson; Fire at Sea; I Am Not Your Negro; 13th; Weiner. Source: TheWrap (above).',
    );
    expect(quote.paragraphs.filter((paragraph) => /^[|#-]/.test(paragraph))).toEqual([]);
  });
});
