const Database = require('better-sqlite3');
const db = new Database('/tmp/h3big.db', { readonly: true });
function t(label, sql, ...a) { const st = db.prepare(sql); st.all(...a); const s = performance.now(); let r; for (let i = 0; i < 5; i++) r = st.all(...a); console.log(label.padEnd(40), ((performance.now() - s) / 5).toFixed(1), 'ms', r.length); }
const R = 'bm25(search_index, 10.0, 4.0, 1.0)';
for (const q of ['"war"*', '"the"*', '"john"*']) {
  console.log('==', q);
  t('bm25 all', `select rowid, ${R} from search_index where search_index match ? limit 10001`, q);
  t('bm25 order limit 40', `select rowid from search_index where search_index match ? order by ${R} limit 40`, q);
  t('materialized + window', `with m as materialized (select rowid % 4 as kind, rowid / 4 as id, ${R} as score from search_index where search_index match ? limit 10001) select * from (select kind, id, score, row_number() over (partition by kind order by score, id) as place, count(*) over (partition by kind) as total from m) where place <= 40`, q);
  t('materialized + window + sampled', `with m as materialized (select rowid % 4 as kind, rowid / 4 as id, ${R} as score from search_index where search_index match ? limit 10001) select *, (select count(*) from m) > 10000 as s from (select kind, id, score, row_number() over (partition by kind order by score, id) as place, count(*) over (partition by kind) as total from m) where place <= 40`, q);
  t('union per kind', `with m as materialized (select rowid % 4 as kind, rowid / 4 as id, ${R} as score from search_index where search_index match ? limit 10001) select * from (select * from m where kind = 1 order by score limit 40) union all select * from (select * from m where kind = 2 order by score limit 40) union all select * from (select * from m where kind = 3 order by score limit 40) union all select -1, count(*), 0 from m`, q);
}
