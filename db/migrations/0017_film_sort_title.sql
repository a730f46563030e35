-- The films A–Z list files a title under its first word after a leading "The", "A" or "An"
-- (db/rules/sort-title.ts, whose sortTitleSql is this expression: the list's query must hold the same one).
CREATE INDEX `films_sort_title` ON `films` ((case when substr("title_folded", 1, 4) = 'the ' then substr("title_folded", 5) when substr("title_folded", 1, 2) = 'a ' then substr("title_folded", 3) when substr("title_folded", 1, 3) = 'an ' then substr("title_folded", 4) else "title_folded" end), `year`);
