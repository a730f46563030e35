const Database = require('better-sqlite3');
const db = new Database('/tmp/h3big.db', { readonly: true });
function t(label, sql, ...a) { const st = db.prepare(sql); st.all(...a); const s = performance.now(); let r; for (let i = 0; i < 5; i++) r = st.all(...a); console.log(label.padEnd(40), ((performance.now() - s) / 5).toFixed(1), 'ms', JSON.stringify(r[0]).slice(0, 80), r.length); }
for (const q of ['"the"*', '"john"*', '"war"*', '"the"', '"sanson"*']) {
  console.log('==', q);
  t('count', 'select count(*) from search_index where search_index match ?', q);
  t('rowid only', 'select rowid from search_index where search_index match ?', q);
  t('rank limit 40', 'select rowid from search_index where search_index match ? order by rank limit 40', q);
  t('bm25 weights limit 40', 'select rowid from search_index where search_index match ? order by bm25(search_index, 10.0, 4.0, 1.0) limit 40', q);
  t('rank limit 40 kind=1', 'select rowid from search_index where search_index match ? and rowid % 4 = 1 order by rank limit 40', q);
  t('name col only rank', 'select rowid from search_index where search_index match ? order by rank limit 40', '{name} : ' + q);
}
