import { openDatabase } from '@/db/client';
import { parseSearchText, searchNames, searchNominations, findAwardIdBySlug, resolveCategorySlugs, listFilterChoices } from '@/db/search';
import { getFilmBySlug, listFilmCredits, listFilmTimeline } from '@/db/queries/films';
import { getPersonBySlug, listPersonTimeline, listPersonCredits } from '@/db/queries/people';
const db = openDatabase(process.argv[2] ?? '/tmp/h3full.db');
const queries = ['lovers despot', 'the', 'a', 'war', 'made america', 'walt disney', 'sanson', 'john', 'love', 'star wars', 'o*', 'documentary', 'meryl streep', 'x', 'th', 'ma', '13th', 'academy'];
async function page(q: string, filters: any = {}) {
  const text = parseSearchText(q);
  const awardId = filters.award ? await findAwardIdBySlug(db, filters.award) : undefined;
  const cats = await resolveCategorySlugs(db, filters.category ?? [], awardId);
  await listFilterChoices(db, awardId);
  if (text.match) await searchNames(db, text);
  if (text.match || awardId || cats.ids.length || filters.from || filters.won)
    await searchNominations(db, { text, awardId, canonicalCategoryIds: cats.ids, fromYear: filters.from, toYear: filters.to, wonOnly: filters.won }, { limit: 25, offset: filters.offset ?? 0, countLimit: 1000 });
}
async function time(label: string, fn: () => Promise<unknown>, n = 40) {
  const t: number[] = [];
  for (let i = -3; i < n; i++) { const s = performance.now(); await fn(); if (i >= 0) t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(50), 'p50', t[Math.floor(n * 0.5)]!.toFixed(2), 'p95', t[Math.floor(n * 0.95)]!.toFixed(2), 'max', t[n - 1]!.toFixed(2));
}
(async () => {
  for (const q of queries) await time(`q=${q}`, () => page(q));
  await time('won only', () => page('', { won: true }));
  await time('won only page 40', () => page('', { won: true, offset: 975 }));
  await time('award oscars + 2 cats', () => page('', { award: 'academy-awards', category: ['documentary-feature', 'documentary-short-subject'] }));
  await time('from 2000 to 2010', () => page('', { from: 2000, to: 2010 }));
  await time('q=the won from 1990', () => page('the', { from: 1990, won: true }));
  const film = await getFilmBySlug(db, 'o-j-made-in-america-2016');
  await time('film page oj', async () => { const f = await getFilmBySlug(db, 'o-j-made-in-america-2016'); await listFilmCredits(db, f!.id); await listFilmTimeline(db, f!.id); });
  const [top] = db.$client.prepare('select p.slug from people p join nomination_people np on np.person_id = p.id group by p.id order by count(*) desc limit 1').all() as {slug:string}[];
  await time(`person page ${top?.slug}`, async () => { const p = await getPersonBySlug(db, top!.slug); await listPersonCredits(db, p!.id); await listPersonTimeline(db, p!.id); });
  console.log(film?.title);
})();
