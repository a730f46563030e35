-- A title or name written with an apostrophe or with periods ("Joe's Violin", "Don’t Look Up", "E.T. the
-- Extra-Terrestrial", "O.J.: Made in America") is split by the index's tokenizer at each of them ("joe s",
-- "e t"), while a reader types it joined ("joes violin", "dont look up", "et", "oj"), as the folded titles
-- keep it (db/rules/text.ts foldText drops apostrophes). Such a document now also carries the title or
-- name with its apostrophes and periods taken out, and the documents holding one are written again.
DROP VIEW `film_search_documents`;
--> statement-breakpoint
CREATE VIEW `film_search_documents` AS
	SELECT id, replace(title, '&', ' and ') AS name,
		replace(coalesce(original_title, '') || ' ' || coalesce((SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || folded ELSE '' END, ' ') FROM film_aliases WHERE film_id = films.id), ''), '&', ' and ')
			|| CASE WHEN title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || title_folded ELSE '' END || CASE WHEN original_title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(original_title, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') ELSE '' END
			|| CASE WHEN title GLOB '*[''‘’`.]*' THEN ' ' || replace(replace(replace(replace(replace(title, '''', ''), '‘', ''), '’', ''), '`', ''), '.', '') ELSE '' END AS aliases,
		coalesce(year, '') AS extra
	FROM films;
--> statement-breakpoint
DROP VIEW `person_search_documents`;
--> statement-breakpoint
CREATE VIEW `person_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(' ' || coalesce((SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || folded ELSE '' END, ' ') FROM person_aliases WHERE person_id = people.id), ''), '&', ' and ')
			|| CASE WHEN name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || name_folded ELSE '' END
			|| CASE WHEN name GLOB '*[''‘’`.]*' THEN ' ' || replace(replace(replace(replace(replace(name, '''', ''), '‘', ''), '’', ''), '`', ''), '.', '') ELSE '' END AS aliases,
		'' AS extra
	FROM people;
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `film_search_documents` WHERE id = (search_index.rowid - 1) / 4)
	WHERE rowid IN (SELECT id * 4 + 1 FROM `films` WHERE title GLOB '*[''‘’`.]*');
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `person_search_documents` WHERE id = (search_index.rowid - 2) / 4)
	WHERE rowid IN (SELECT id * 4 + 2 FROM `people` WHERE name GLOB '*[''‘’`.]*');
