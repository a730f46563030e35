-- Letters that are not a base letter with a mark (ø, æ, ð, þ, ł, ß and a few more) are now folded to the
-- base letters a reader types for them (db/rules/text.ts foldText): "Østergaard" matches "ostergaard".
--
-- What was folded and stored before is folded again here, with the same table spelled out in SQL: the
-- folded titles, names and aliases, and the nominee keys (which fold a name or a detail when a nominee has
-- no film or person). An alias or a key that now equals another of the same record or category is left as
-- it was rather than merged: the other one already matches the new spelling.
--
-- The search index cannot fold these letters itself (unicode61 removes marks, and these have none), so a
-- search document whose name or aliases hold one also carries them spelled out (the folded column where
-- there is one), and the documents holding such letters are written again. Films and people take the
-- folded text from their rows, and each alias its own, in the one alias subquery a document already had.
DROP VIEW `film_search_documents`;
--> statement-breakpoint
CREATE VIEW `film_search_documents` AS
	SELECT id, replace(title, '&', ' and ') AS name,
		replace(coalesce(original_title, '') || ' ' || coalesce((SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || folded ELSE '' END, ' ') FROM film_aliases WHERE film_id = films.id), ''), '&', ' and ')
			|| CASE WHEN title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || title_folded ELSE '' END || CASE WHEN original_title GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(original_title, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') ELSE '' END AS aliases,
		coalesce(year, '') AS extra
	FROM films;
--> statement-breakpoint
DROP VIEW `person_search_documents`;
--> statement-breakpoint
CREATE VIEW `person_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(' ' || coalesce((SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || folded ELSE '' END, ' ') FROM person_aliases WHERE person_id = people.id), ''), '&', ' and ')
			|| CASE WHEN name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || name_folded ELSE '' END AS aliases,
		'' AS extra
	FROM people;
--> statement-breakpoint
DROP VIEW `award_search_documents`;
--> statement-breakpoint
CREATE VIEW `award_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(coalesce(short_name, '') || ' ' || coalesce((SELECT group_concat(alias || CASE WHEN alias GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || folded ELSE '' END, ' ') FROM award_aliases WHERE award_id = awards.id), ''), '&', ' and ')
			|| CASE WHEN name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') ELSE '' END || CASE WHEN short_name GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*' THEN ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(short_name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i'), 'Ø', 'O'), 'Æ', 'AE'), 'Œ', 'OE'), 'Ð', 'D'), 'Þ', 'TH'), 'Ł', 'L'), 'ẞ', 'SS'), 'Đ', 'D'), 'Ħ', 'H') ELSE '' END AS aliases,
		coalesce((SELECT name || ' ' || coalesce(short_name, '') FROM organizations WHERE id = awards.organization_id), '') AS extra
	FROM awards;
--> statement-breakpoint
UPDATE `films` SET `title_folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title_folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `title_folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE `people` SET `name_folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(name_folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `name_folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE OR IGNORE `film_aliases` SET `folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE OR IGNORE `person_aliases` SET `folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE OR IGNORE `award_aliases` SET `folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE OR IGNORE `category_aliases` SET `folded` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(folded, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `folded` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE OR IGNORE `nominations` SET `nominee_key` = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(nominee_key, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ð', 'd'), 'þ', 'th'), 'ł', 'l'), 'ß', 'ss'), 'đ', 'd'), 'ħ', 'h'), 'ı', 'i') WHERE `nominee_key` GLOB '*[øæœðþłßđħı]*';
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `film_search_documents` WHERE id = (search_index.rowid - 1) / 4)
	WHERE rowid IN (SELECT id * 4 + 1 FROM `film_search_documents` WHERE (name || ' ' || aliases) GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*');
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `person_search_documents` WHERE id = (search_index.rowid - 2) / 4)
	WHERE rowid IN (SELECT id * 4 + 2 FROM `person_search_documents` WHERE (name || ' ' || aliases) GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*');
--> statement-breakpoint
UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM `award_search_documents` WHERE id = (search_index.rowid - 3) / 4)
	WHERE rowid IN (SELECT id * 4 + 3 FROM `award_search_documents` WHERE (name || ' ' || aliases) GLOB '*[øæœðþłßđħıØÆŒÐÞŁẞĐĦ]*');
