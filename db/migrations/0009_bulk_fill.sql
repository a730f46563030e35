-- What a bulk import derives from its rows, it fills in once per batch instead of row by row.
--
-- The search index and the dashboard's counts are kept by triggers (0001, 0008), a statement per row:
-- for the whole oscar_data file that was about 200 ms of an import's 1.2 s, where one statement over
-- the new rows takes about 35 ms. So while bulk_fill holds its row, the insert triggers of films, people
-- and nominations leave their work to the bulk writer (db/queries/insert-bulk.ts), which fills in the
-- index and the counts for the rows it has just written, and removes the row again, all within one
-- flush inside its own transaction: no other connection ever sees the row, and a failed flush rolls it
-- back with everything else.
--
-- Each kind's search document (name, aliases, extra) is now defined once, in a view that the triggers
-- and the bulk writer both read.
CREATE TABLE `bulk_fill` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1)
);
--> statement-breakpoint
CREATE VIEW `film_search_documents` AS
	SELECT id, replace(title, '&', ' and ') AS name,
		replace(coalesce(original_title, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM film_aliases WHERE film_id = films.id), ''), '&', ' and ') AS aliases,
		coalesce(year, '') AS extra
	FROM films;
--> statement-breakpoint
CREATE VIEW `person_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(' ' || coalesce((SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = people.id), ''), '&', ' and ') AS aliases,
		'' AS extra
	FROM people;
--> statement-breakpoint
CREATE VIEW `award_search_documents` AS
	SELECT id, replace(name, '&', ' and ') AS name,
		replace(coalesce(short_name, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM award_aliases WHERE award_id = awards.id), ''), '&', ' and ') AS aliases,
		coalesce((SELECT name || ' ' || coalesce(short_name, '') FROM organizations WHERE id = awards.organization_id), '') AS extra
	FROM awards;
--> statement-breakpoint
DROP TRIGGER `films_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `films_search_insert` AFTER INSERT ON `films` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 1, name, aliases, extra FROM film_search_documents WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `films_search_update`;
--> statement-breakpoint
CREATE TRIGGER `films_search_update` AFTER UPDATE OF title, original_title, year ON `films` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM film_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 1;
END;
--> statement-breakpoint
DROP TRIGGER `people_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 2, name, aliases, extra FROM person_search_documents WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `people_search_update`;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF name ON `people` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM person_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 2;
END;
--> statement-breakpoint
DROP TRIGGER `awards_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `awards_search_insert` AFTER INSERT ON `awards` BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 3, name, aliases, extra FROM award_search_documents WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `awards_search_update`;
--> statement-breakpoint
CREATE TRIGGER `awards_search_update` AFTER UPDATE OF name, short_name, organization_id ON `awards` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM award_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 3;
END;
--> statement-breakpoint
DROP TRIGGER `nominations_count_insert`;
--> statement-breakpoint
CREATE TRIGGER `nominations_count_insert` AFTER INSERT ON `nominations` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT edition_id, new.status, 1 FROM categories WHERE id = new.category_id
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + 1;
END;
