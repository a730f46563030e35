CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `award_aliases` (
	`id` integer PRIMARY KEY NOT NULL,
	`award_id` integer NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_aliases_unique` ON `award_aliases` (`award_id`,`folded`);--> statement-breakpoint
CREATE INDEX `award_aliases_folded` ON `award_aliases` (`folded`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organization_id` integer,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`description` text,
	`url` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "awards_kind" CHECK("awards"."kind" in ('ceremony', 'festival'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `awards_slug_unique` ON `awards` (`slug`);--> statement-breakpoint
CREATE TABLE `canonical_categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`award_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`group_name` text,
	`is_documentary` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `canonical_categories_award_slug` ON `canonical_categories` (`award_id`,`slug`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`edition_id` integer NOT NULL,
	`canonical_category_id` integer,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`canonical_category_id`) REFERENCES `canonical_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_edition_slug` ON `categories` (`edition_id`,`slug`);--> statement-breakpoint
CREATE INDEX `categories_canonical` ON `categories` (`canonical_category_id`);--> statement-breakpoint
CREATE TABLE `category_aliases` (
	`id` integer PRIMARY KEY NOT NULL,
	`canonical_category_id` integer NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL,
	FOREIGN KEY (`canonical_category_id`) REFERENCES `canonical_categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `category_aliases_unique` ON `category_aliases` (`canonical_category_id`,`folded`);--> statement-breakpoint
CREATE INDEX `category_aliases_folded` ON `category_aliases` (`folded`);--> statement-breakpoint
CREATE TABLE `credits` (
	`id` integer PRIMARY KEY NOT NULL,
	`film_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`film_id`) REFERENCES `films`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `credits_film_person_role` ON `credits` (`film_id`,`person_id`,`role`);--> statement-breakpoint
CREATE INDEX `credits_person` ON `credits` (`person_id`);--> statement-breakpoint
CREATE TABLE `editions` (
	`id` integer PRIMARY KEY NOT NULL,
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
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "editions_submissions_date" CHECK("editions"."submissions_date" is null or "editions"."submissions_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_shortlist_date" CHECK("editions"."shortlist_date" is null or "editions"."shortlist_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_nominations_date" CHECK("editions"."nominations_date" is null or "editions"."nominations_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "editions_ceremony_date" CHECK("editions"."ceremony_date" is null or "editions"."ceremony_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editions_award_slug` ON `editions` (`award_id`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `editions_award_ordinal` ON `editions` (`award_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `editions_year` ON `editions` (`year`);--> statement-breakpoint
CREATE INDEX `editions_ceremony_date` ON `editions` (`ceremony_date`);--> statement-breakpoint
CREATE TABLE `film_aliases` (
	`id` integer PRIMARY KEY NOT NULL,
	`film_id` integer NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL,
	`kind` text,
	FOREIGN KEY (`film_id`) REFERENCES `films`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `film_aliases_unique` ON `film_aliases` (`film_id`,`folded`);--> statement-breakpoint
CREATE INDEX `film_aliases_folded` ON `film_aliases` (`folded`);--> statement-breakpoint
CREATE TABLE `films` (
	`id` integer PRIMARY KEY NOT NULL,
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
	CONSTRAINT "films_imdb_id" CHECK("films"."imdb_id" is null or "films"."imdb_id" glob 'tt[0-9]*'),
	CONSTRAINT "films_wikidata_id" CHECK("films"."wikidata_id" is null or "films"."wikidata_id" glob 'Q[0-9]*'),
	CONSTRAINT "films_runtime" CHECK("films"."runtime_minutes" is null or "films"."runtime_minutes" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `films_slug_unique` ON `films` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_imdb_id_unique` ON `films` (`imdb_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_wikidata_id_unique` ON `films` (`wikidata_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `films_tmdb_id_unique` ON `films` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `films_title_folded` ON `films` (`title_folded`);--> statement-breakpoint
CREATE TABLE `nomination_films` (
	`nomination_id` integer NOT NULL,
	`film_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`nomination_id`, `film_id`),
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`film_id`) REFERENCES `films`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nomination_films_film` ON `nomination_films` (`film_id`);--> statement-breakpoint
CREATE TABLE `nomination_people` (
	`nomination_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`nomination_id`, `person_id`),
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nomination_people_person` ON `nomination_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY NOT NULL,
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
	CONSTRAINT "nominations_status" CHECK("nominations"."status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nominations_category_nominee` ON `nominations` (`category_id`,`nominee_key`);--> statement-breakpoint
CREATE INDEX `nominations_status` ON `nominations` (`status`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`url` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`imdb_id` text,
	`wikidata_id` text,
	`tmdb_id` integer,
	CONSTRAINT "people_kind" CHECK("people"."kind" in ('person', 'company')),
	CONSTRAINT "people_imdb_id" CHECK("people"."imdb_id" is null or "people"."imdb_id" glob '[nc][mo][0-9]*'),
	CONSTRAINT "people_wikidata_id" CHECK("people"."wikidata_id" is null or "people"."wikidata_id" glob 'Q[0-9]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_imdb_id_unique` ON `people` (`imdb_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_wikidata_id_unique` ON `people` (`wikidata_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_tmdb_id_unique` ON `people` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `people_name_folded` ON `people` (`name_folded`);--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL,
	`kind` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_aliases_unique` ON `person_aliases` (`person_id`,`folded`);--> statement-breakpoint
CREATE INDEX `person_aliases_folded` ON `person_aliases` (`folded`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text,
	`kind` text NOT NULL,
	`url` text,
	`publisher` text,
	`title` text,
	`published_on` text,
	`body` text,
	`retrieved_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "sources_kind" CHECK("sources"."kind" in ('article', 'press_release', 'dataset', 'feed', 'admin')),
	CONSTRAINT "sources_published_on" CHECK("sources"."published_on" is null or "sources"."published_on" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "sources_url_scheme" CHECK("sources"."url" is null or "sources"."url" glob 'http*://*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_unique` ON `sources` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url` ON `sources` (`url`);--> statement-breakpoint
CREATE TABLE `status_events` (
	`id` integer PRIMARY KEY NOT NULL,
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
	CONSTRAINT "status_events_to_status" CHECK("status_events"."to_status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn')),
	CONSTRAINT "status_events_from_status" CHECK("status_events"."from_status" is null or "status_events"."from_status" in ('submitted', 'shortlisted', 'nominated', 'won', 'lost', 'honorable_mention', 'runner_up', 'withdrawn')),
	CONSTRAINT "status_events_reason" CHECK("status_events"."source_id" is not null or "status_events"."note" is not null),
	CONSTRAINT "status_events_occurred_on" CHECK("status_events"."occurred_on" is null or "status_events"."occurred_on" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `status_events_nomination` ON `status_events` (`nomination_id`);--> statement-breakpoint
CREATE INDEX `status_events_recorded_at` ON `status_events` (`recorded_at`);--> statement-breakpoint
CREATE INDEX `status_events_source` ON `status_events` (`source_id`);