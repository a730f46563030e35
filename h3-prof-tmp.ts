import { openDatabase } from '@/db/client';
import { parseSearchText, searchNames, searchNominations } from '@/db/search';
const db = openDatabase(process.env.H3DB ?? '/tmp/h3full.db');
const c = db.$client as any;
const orig = c.prepare.bind(c);
const stats = new Map<string, number>();
c.prepare = (src: string) => {
  const st = orig(src);
  for (const m of ['all', 'get', 'run', 'raw']) {
    const f = st[m];
    if (typeof f !== 'function') continue;
    st[m] = (...a: unknown[]) => { const s = performance.now(); const r = f.apply(st, a); if (r === st) return r; stats.set(src, (stats.get(src) ?? 0) + performance.now() - s); return r; };
  }
  return st;
};
(async () => {
  const q = process.argv[2] ?? 'war';
  const text = parseSearchText(q);
  for (let i = 0; i < 10; i++) { await searchNames(db, text); await searchNominations(db, { text }, { limit: 25, offset: 0 }); }
  for (const [k, v] of stats) console.log((v / 10).toFixed(2), k.replace(/\s+/g, ' ').slice(0, 400));
})();
