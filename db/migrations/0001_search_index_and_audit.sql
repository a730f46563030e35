-- Full-text search over films, people and awards, kept in step with the tables by triggers so that
-- every writer (admin, importer, job) updates it without knowing it exists. Only db/search.ts reads it.
-- rowid = id * 4 + kind (1 film, 2 person, 3 award): a change finds its row by rowid, never by a scan.
-- "&" is indexed as "and" so that "The Lovers & the Despot" and "lovers and despot" meet.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	name, aliases, extra,
	tokenize = "unicode61 remove_diacritics 2",
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `films_search_insert` AFTER INSERT ON `films` BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	VALUES (new.id * 4 + 1, replace(new.title, '&', ' and '), replace(coalesce(new.original_title, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM film_aliases WHERE film_id = new.id), ''), '&', ' and '), coalesce(new.year, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `films_search_update` AFTER UPDATE OF title, original_title, year ON `films` BEGIN
	UPDATE search_index SET name = replace(new.title, '&', ' and '), aliases = replace(coalesce(new.original_title, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM film_aliases WHERE film_id = new.id), ''), '&', ' and '), extra = coalesce(new.year, '')
	WHERE rowid = new.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `films_search_delete` AFTER DELETE ON `films` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `film_aliases_search_insert` AFTER INSERT ON `film_aliases` BEGIN
	UPDATE films SET title = title WHERE id = new.film_id;
END;
--> statement-breakpoint
CREATE TRIGGER `film_aliases_search_update` AFTER UPDATE ON `film_aliases` BEGIN
	UPDATE films SET title = title WHERE id IN (old.film_id, new.film_id);
END;
--> statement-breakpoint
CREATE TRIGGER `film_aliases_search_delete` AFTER DELETE ON `film_aliases` BEGIN
	UPDATE films SET title = title WHERE id = old.film_id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	VALUES (new.id * 4 + 2, replace(new.name, '&', ' and '), replace('' || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = new.id), ''), '&', ' and '), '');
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF name ON `people` BEGIN
	UPDATE search_index SET name = replace(new.name, '&', ' and '), aliases = replace('' || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = new.id), ''), '&', ' and '), extra = ''
	WHERE rowid = new.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `person_aliases_search_insert` AFTER INSERT ON `person_aliases` BEGIN
	UPDATE people SET name = name WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_aliases_search_update` AFTER UPDATE ON `person_aliases` BEGIN
	UPDATE people SET name = name WHERE id IN (old.person_id, new.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER `person_aliases_search_delete` AFTER DELETE ON `person_aliases` BEGIN
	UPDATE people SET name = name WHERE id = old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `awards_search_insert` AFTER INSERT ON `awards` BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	VALUES (new.id * 4 + 3, replace(new.name, '&', ' and '), replace(coalesce(new.short_name, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM award_aliases WHERE award_id = new.id), ''), '&', ' and '), coalesce((SELECT name || ' ' || coalesce(short_name, '') FROM organizations WHERE id = new.organization_id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `awards_search_update` AFTER UPDATE OF name, short_name, organization_id ON `awards` BEGIN
	UPDATE search_index SET name = replace(new.name, '&', ' and '), aliases = replace(coalesce(new.short_name, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM award_aliases WHERE award_id = new.id), ''), '&', ' and '), extra = coalesce((SELECT name || ' ' || coalesce(short_name, '') FROM organizations WHERE id = new.organization_id), '')
	WHERE rowid = new.id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `awards_search_delete` AFTER DELETE ON `awards` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `award_aliases_search_insert` AFTER INSERT ON `award_aliases` BEGIN
	UPDATE awards SET name = name WHERE id = new.award_id;
END;
--> statement-breakpoint
CREATE TRIGGER `award_aliases_search_update` AFTER UPDATE ON `award_aliases` BEGIN
	UPDATE awards SET name = name WHERE id IN (old.award_id, new.award_id);
END;
--> statement-breakpoint
CREATE TRIGGER `award_aliases_search_delete` AFTER DELETE ON `award_aliases` BEGIN
	UPDATE awards SET name = name WHERE id = old.award_id;
END;
--> statement-breakpoint
-- The audit log is append-only: no change or deletion, by anyone.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
