-- Ids are never given out twice: AUTOINCREMENT on the tables whose ids leave the database (pages, the
-- API, feed entry ids, the audit log). Without it SQLite gives a new row the highest id plus one, so
-- deleting the newest film or nomination handed its id, and with it its audit history, its links and
-- its feed entries' ids, to the next one created.
--
-- SQLite cannot add AUTOINCREMENT to a table, so each is rebuilt (its rows copied, ids kept) and its
-- indexes and triggers made again. db/migrate.ts runs migrations with foreign keys off, as a rebuild
-- needs (dropping a table would otherwise cascade to every row that refers to it), and checks them all
-- before committing. legacy_alter_table keeps the rename from checking views and triggers of other
-- tables against a schema in which the table is, for a moment, missing.
PRAGMA legacy_alter_table=ON;--> statement-breakpoint
CREATE TABLE `__new_awards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`organization_id` integer,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`description` text,
	`url` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "awards_kind" CHECK("kind" in ('ceremony', 'festival'))
);
--> statement-breakpoint
INSERT INTO `__new_awards`("id", "slug", "organization_id", "name", "short_name", "kind", "description", "url", "version") SELECT "id", "slug", "organization_id", "name", "short_name", "kind", "description", "url", "version" FROM `awards`;--> statement-breakpoint
DROP TABLE `awards`;--> statement-breakpoint
ALTER TABLE `__new_awards` RENAME TO `awards`;--> statement-breakpoint
CREATE UNIQUE INDEX `awards_slug_unique` ON `awards` (`slug`);--> statement-breakpoint
CREATE TABLE `__new_canonical_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`award_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`group_name` text,
	`is_documentary` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_canonical_categories`("id", "award_id", "slug", "name", "group_name", "is_documentary") SELECT "id", "award_id", "slug", "name", "group_name", "is_documentary" FROM `canonical_categories`;--> statement-breakpoint
DROP TABLE `canonical_categories`;--> statement-breakpoint
ALTER TABLE `__new_canonical_categories` RENAME TO `canonical_categories`;--> statement-breakpoint
CREATE UNIQUE INDEX `canonical_categories_award_slug` ON `canonical_categories` (`award_id`,`slug`);--> statement-breakpoint
CREATE TABLE `__new_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`canonical_category_id` integer,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	`closed_at` text,
	`awaiting_results_since` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`canonical_category_id`) REFERENCES `canonical_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_categories`("id", "edition_id", "canonical_category_id", "slug", "name", "description", "position", "closed_at", "awaiting_results_since", "version") SELECT "id", "edition_id", "canonical_category_id", "slug", "name", "description", "position", "closed_at", "awaiting_results_since", "version" FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
ALTER TABLE `__new_categories` RENAME TO `categories`;--> statement-breakpoint
CREATE UNIQUE INDEX `categories_edition_slug` ON `categories` (`edition_id`,`slug`);--> statement-breakpoint
CREATE INDEX `categories_canonical` ON `categories` (`canonical_category_id`);--> statement-breakpoint
CREATE TABLE `__new_editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`award_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`ordinal` integer,
	`year` integer NOT NULL,
	`year_label` text,
	`submissions_date` text,
	`shortlist_date` text,
	`nominations_date` text,
	`ceremony_date` text,
	`dates_note` text,
	`venue` text,
	`results_complete` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "editions_submissions_date" CHECK("submissions_date" is null or "submissions_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_shortlist_date" CHECK("shortlist_date" is null or "shortlist_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_nominations_date" CHECK("nominations_date" is null or "nominations_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_ceremony_date" CHECK("ceremony_date" is null or "ceremony_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_editions`("id", "award_id", "slug", "name", "ordinal", "year", "year_label", "submissions_date", "shortlist_date", "nominations_date", "ceremony_date", "dates_note", "venue", "results_complete", "version") SELECT "id", "award_id", "slug", "name", "ordinal", "year", "year_label", "submissions_date", "shortlist_date", "nominations_date", "ceremony_date", "dates_note", "venue", "results_complete", "version" FROM `editions`;--> statement-breakpoint
DROP TABLE `editions`;--> statement-breakpoint
ALTER TABLE `__new_editions` RENAME TO `editions`;--> statement-breakpoint
CREATE UNIQUE INDEX `editions_award_slug` ON `editions` (`award_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `editions_award_ordinal` ON `editions` (`award_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `editions_year_date` ON `editions` (`year`,`ceremony_date`);--> statement-breakpoint
CREATE INDEX `editions_ceremony_date` ON `editions` (`ceremony_date`);--> statement-breakpoint
CREATE TABLE `__new_films` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`title_folded` text NOT NULL,
	`original_title` text,
	`year` integer,
	`runtime_minutes` integer,
	`countries` text,
	`synopsis` text,
	`is_documentary` integer DEFAULT false NOT NULL,
	`imdb_id` text,
	`wikidata_id` text,
	`tmdb_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "films_imdb_id" CHECK("imdb_id" is null or "imdb_id" glob 'tt[0-9]*'),
	CONSTRAINT "films_wikidata_id" CHECK("wikidata_id" is null or "wikidata_id" glob 'Q[0-9]*'),
	CONSTRAINT "films_runtime" CHECK("runtime_minutes" is null or "runtime_minutes" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_films`("id", "slug", "title", "title_folded", "original_title", "year", "runtime_minutes", "countries", "synopsis", "is_documentary", "imdb_id", "wikidata_id", "tmdb_id", "version") SELECT "id", "slug", "title", "title_folded", "original_title", "year", "runtime_minutes", "countries", "synopsis", "is_documentary", "imdb_id", "wikidata_id", "tmdb_id", "version" FROM `films`;--> statement-breakpoint
DROP TABLE `films`;--> statement-breakpoint
ALTER TABLE `__new_films` RENAME TO `films`;--> statement-breakpoint
CREATE UNIQUE INDEX `films_slug_unique` ON `films` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_imdb_id_unique` ON `films` (`imdb_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_wikidata_id_unique` ON `films` (`wikidata_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_tmdb_id_unique` ON `films` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `films_title_folded` ON `films` (`title_folded`,`year`);--> statement-breakpoint
CREATE TABLE `__new_nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`category_id` integer NOT NULL,
	`nominee_key` text NOT NULL,
	`status` text NOT NULL,
	`display_name` text,
	`detail` text,
	`note` text,
	`citation` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "nominations_status" CHECK("status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn'))
);
--> statement-breakpoint
INSERT INTO `__new_nominations`("id", "category_id", "nominee_key", "status", "display_name", "detail", "note", "citation", "position", "version", "created_at", "updated_at") SELECT "id", "category_id", "nominee_key", "status", "display_name", "detail", "note", "citation", "position", "version", "created_at", "updated_at" FROM `nominations`;--> statement-breakpoint
DROP TABLE `nominations`;--> statement-breakpoint
ALTER TABLE `__new_nominations` RENAME TO `nominations`;--> statement-breakpoint
CREATE UNIQUE INDEX `nominations_category_nominee` ON `nominations` (`category_id`,`nominee_key`);--> statement-breakpoint
CREATE INDEX `nominations_status` ON `nominations` (`status`);--> statement-breakpoint
CREATE INDEX `nominations_category_status` ON `nominations` (`category_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`imdb_id` text,
	`wikidata_id` text,
	`tmdb_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "people_kind" CHECK("kind" in ('person', 'company')),
	CONSTRAINT "people_imdb_id" CHECK("imdb_id" is null or "imdb_id" glob '[nc][mo][0-9]*'),
	CONSTRAINT "people_wikidata_id" CHECK("wikidata_id" is null or "wikidata_id" glob 'Q[0-9]*')
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "slug", "name", "name_folded", "kind", "imdb_id", "wikidata_id", "tmdb_id", "version") SELECT "id", "slug", "name", "name_folded", "kind", "imdb_id", "wikidata_id", "tmdb_id", "version" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_imdb_id_unique` ON `people` (`imdb_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_wikidata_id_unique` ON `people` (`wikidata_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_tmdb_id_unique` ON `people` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `people_name_folded` ON `people` (`name_folded`);--> statement-breakpoint
CREATE TABLE `__new_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`kind` text NOT NULL,
	`url` text,
	`publisher` text,
	`title` text,
	`published_on` text,
	`body` text,
	`retrieved_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "sources_kind" CHECK("kind" in ('article', 'press_release', 'dataset', 'feed', 'admin')),
	CONSTRAINT "sources_published_on" CHECK("published_on" is null or "published_on" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "sources_url_scheme" CHECK("url" is null or "url" glob 'http*://*')
);
--> statement-breakpoint
INSERT INTO `__new_sources`("id", "key", "kind", "url", "publisher", "title", "published_on", "body", "retrieved_at") SELECT "id", "key", "kind", "url", "publisher", "title", "published_on", "body", "retrieved_at" FROM `sources`;--> statement-breakpoint
DROP TABLE `sources`;--> statement-breakpoint
ALTER TABLE `__new_sources` RENAME TO `sources`;--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_unique` ON `sources` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url` ON `sources` (`url`);--> statement-breakpoint
CREATE TABLE `__new_status_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nomination_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`occurred_on` text,
	`source_id` integer,
	`note` text,
	`actor` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "status_events_to_status" CHECK("to_status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn')),
	CONSTRAINT "status_events_from_status" CHECK("from_status" is null or "from_status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn')),
	CONSTRAINT "status_events_reason" CHECK("source_id" is not null or "note" is not null),
	CONSTRAINT "status_events_occurred_on" CHECK("occurred_on" is null or "occurred_on" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_status_events`("id", "nomination_id", "from_status", "to_status", "occurred_on", "source_id", "note", "actor", "recorded_at") SELECT "id", "nomination_id", "from_status", "to_status", "occurred_on", "source_id", "note", "actor", "recorded_at" FROM `status_events`;--> statement-breakpoint
DROP TABLE `status_events`;--> statement-breakpoint
ALTER TABLE `__new_status_events` RENAME TO `status_events`;--> statement-breakpoint
CREATE INDEX `status_events_nomination` ON `status_events` (`nomination_id`);--> statement-breakpoint
CREATE INDEX `status_events_status_occurred` ON `status_events` (`to_status`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `status_events_recorded_at` ON `status_events` (`recorded_at`);--> statement-breakpoint
CREATE INDEX `status_events_source` ON `status_events` (`source_id`);--> statement-breakpoint
CREATE TRIGGER `awards_search_delete` AFTER DELETE ON `awards` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;--> statement-breakpoint
CREATE TRIGGER `awards_search_insert` AFTER INSERT ON `awards` BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 3, name, aliases, extra FROM award_search_documents WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `awards_search_update` AFTER UPDATE OF name, short_name, organization_id ON `awards` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM award_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 3;
END;--> statement-breakpoint
CREATE TRIGGER `categories_count_delete` BEFORE DELETE ON `categories` BEGIN
  UPDATE edition_status_counts SET nominations = nominations
      - (SELECT count(*) FROM nominations n WHERE n.category_id = old.id AND n.status = edition_status_counts.status)
   WHERE edition_id = old.edition_id;
END;--> statement-breakpoint
CREATE TRIGGER `categories_count_move` AFTER UPDATE OF edition_id ON `categories`
WHEN old.edition_id IS NOT new.edition_id BEGIN
  UPDATE edition_status_counts SET nominations = nominations
      - (SELECT count(*) FROM nominations n WHERE n.category_id = new.id AND n.status = edition_status_counts.status)
   WHERE edition_id = old.edition_id;
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT new.edition_id, status, count(*) FROM nominations WHERE category_id = new.id GROUP BY status
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + excluded.nominations;
END;--> statement-breakpoint
CREATE TRIGGER `editions_count_delete` AFTER DELETE ON `editions` BEGIN
  DELETE FROM edition_status_counts WHERE edition_id = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `films_search_delete` AFTER DELETE ON `films` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;--> statement-breakpoint
CREATE TRIGGER `films_search_insert` AFTER INSERT ON `films` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 1, name, aliases, extra FROM film_search_documents WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `films_search_update` AFTER UPDATE OF title, original_title, year ON `films` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM film_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 1;
END;--> statement-breakpoint
CREATE TRIGGER `nominations_count_delete` AFTER DELETE ON `nominations` BEGIN
  UPDATE edition_status_counts SET nominations = nominations - 1
   WHERE edition_id = (SELECT edition_id FROM categories WHERE id = old.category_id) AND status = old.status;
END;--> statement-breakpoint
CREATE TRIGGER `nominations_count_insert` AFTER INSERT ON `nominations` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT edition_id, new.status, 1 FROM categories WHERE id = new.category_id
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + 1;
END;--> statement-breakpoint
CREATE TRIGGER `nominations_count_update` AFTER UPDATE OF status, category_id ON `nominations`
WHEN old.status IS NOT new.status OR old.category_id IS NOT new.category_id BEGIN
  UPDATE edition_status_counts SET nominations = nominations - 1
   WHERE edition_id = (SELECT edition_id FROM categories WHERE id = old.category_id) AND status = old.status;
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT edition_id, new.status, 1 FROM categories WHERE id = new.category_id
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + 1;
END;--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` WHEN NOT EXISTS (SELECT 1 FROM bulk_fill) BEGIN
	INSERT INTO search_index (rowid, name, aliases, extra)
	SELECT id * 4 + 2, name, aliases, extra FROM person_search_documents WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF name ON `people` BEGIN
	UPDATE search_index SET (name, aliases, extra) = (SELECT name, aliases, extra FROM person_search_documents WHERE id = new.id)
	WHERE rowid = new.id * 4 + 2;
END;--> statement-breakpoint
PRAGMA legacy_alter_table=OFF;