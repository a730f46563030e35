-- A record's names (its title or name in the index's first column; its other titles or names, and the
-- spellings derived from them, in the second) are now kept apart in the search documents by a boundary
-- token, so that a quoted phrase matches words of one name: "army united states" no longer finds United
-- States Army Signal Corps by running from the end of its alias "United States Army" into the next one.
-- The boundary is U+E000, a private-use character: the unicode61 tokenizer keeps it as a word of its own
-- (category Co) and nobody types it (parseSearchText reads it as a space, db/search.ts NAME_BOUNDARY).
-- concat_ws leaves out the names a record does not have, so a record with one name gets no boundary.
-- The documents that now hold a boundary are written again; the others index the same words as before.
DROP VIEW `film_search_documents`;
--> statement-breakpoint
CREATE VIEW `film_search_documents` AS
	SELECT id, replace(title, '&', ' and ') AS name,
		replace(concat_ws(' ' || char(57344) || ' ',
			original_title,
			(SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || char(57344) || ' ' || folded ELSE '' END, ' ' || char(57344) || ' ') FROM film_aliases WHERE film_id = films.id),
			CASE WHEN title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN title_folded END,
			CASE WHEN original_title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(original_title, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') END,
			CASE WHEN title GLOB '*[''‘’`.]*' THEN replace(replace(replace(replace(replace(title, '''', ''), '‘', ''), '’', ''), '`', ''), '.', '') END), '&', ' and ') AS aliases,
		coalesce(year, '') AS extra
	FROM films;
--> statement-breakpoint
DROP VIEW `person_search_documents`;
--> statement-breakpoint
CREATE VIEW `person_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(concat_ws(' ' || char(57344) || ' ',
			(SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || char(57344) || ' ' || folded ELSE '' END, ' ' || char(57344) || ' ') FROM person_aliases WHERE person_id = people.id),
			CASE WHEN name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN name_folded END,
			CASE WHEN name GLOB '*[''‘’`.]*' THEN replace(replace(replace(replace(replace(name, '''', ''), '‘', ''), '’', ''), '`', ''), '.', '') END), '&', ' and ') AS aliases,
		'' AS extra
	FROM people;
--> statement-breakpoint
DROP VIEW `award_search_documents`;
--> statement-breakpoint
CREATE VIEW `award_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(concat_ws(' ' || char(57344) || ' ',
			short_name,
			(SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || char(57344) || ' ' || folded ELSE '' END, ' ' || char(57344) || ' ') FROM award_aliases WHERE award_id = awards.id),
			CASE WHEN name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') END,
			CASE WHEN short_name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(short_name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') END), '&', ' and ') AS aliases,
		coalesce((SELECT concat_ws(' ' || char(57344) || ' ', name, short_name) FROM organizations WHERE id = awards.organization_id), '') AS extra
	FROM awards;
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `film_search_documents` WHERE id = (search_index.rowid - 1) / 4)
	WHERE rowid IN (SELECT id * 4 + 1 FROM `film_search_documents` WHERE instr(aliases || extra, char(57344)) > 0);
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `person_search_documents` WHERE id = (search_index.rowid - 2) / 4)
	WHERE rowid IN (SELECT id * 4 + 2 FROM `person_search_documents` WHERE instr(aliases || extra, char(57344)) > 0);
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `award_search_documents` WHERE id = (search_index.rowid - 3) / 4)
	WHERE rowid IN (SELECT id * 4 + 3 FROM `award_search_documents` WHERE instr(aliases || extra, char(57344)) > 0);
