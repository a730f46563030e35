CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY NOT NULL,
	`ingestion_source_id` integer,
	`guid` text NOT NULL,
	`url` text,
	`title` text,
	`publisher` text,
	`published_at` text,
	`body` text NOT NULL,
	`content_hash` text NOT NULL,
	`source_id` integer NOT NULL,
	`fetched_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`processed_at` text,
	FOREIGN KEY (`ingestion_source_id`) REFERENCES `ingestion_sources`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `announcements_guid_unique` ON `announcements` (`guid`);--> statement-breakpoint
CREATE INDEX `announcements_content_hash` ON `announcements` (`content_hash`);--> statement-breakpoint
CREATE INDEX `announcements_processed` ON `announcements` (`processed_at`);--> statement-breakpoint
CREATE INDEX `announcements_source` ON `announcements` (`ingestion_source_id`,`fetched_at`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY NOT NULL,
	`announcement_id` integer NOT NULL,
	`film` text NOT NULL,
	`status` text NOT NULL,
	`category` text,
	`award` text,
	`year` integer,
	`confidence` real NOT NULL,
	`evidence` text NOT NULL,
	`award_id` integer,
	`edition_id` integer,
	`category_id` integer,
	`film_id` integer,
	`nomination_id` integer,
	`state` text DEFAULT 'pending' NOT NULL,
	`reason` text,
	`decided_by` text,
	`decided_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`film_id`) REFERENCES `films`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "candidates_status" CHECK("candidates"."status" in ('shortlisted', 'nominated', 'won')),
	CONSTRAINT "candidates_state" CHECK("candidates"."state" in ('pending', 'applied', 'confirmed', 'accepted', 'rejected')),
	CONSTRAINT "candidates_confidence" CHECK("candidates"."confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE INDEX `candidates_announcement` ON `candidates` (`announcement_id`);--> statement-breakpoint
CREATE INDEX `candidates_state_created` ON `candidates` (`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `event_citations` (
	`status_event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`actor` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`status_event_id`, `source_id`),
	FOREIGN KEY (`status_event_id`) REFERENCES `status_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_citations_source` ON `event_citations` (`source_id`);--> statement-breakpoint
CREATE TABLE `ingestion_sources` (
	`id` integer PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`schedule` text NOT NULL,
	`award_id` integer,
	`enabled` integer DEFAULT true NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_run_at` text,
	`last_success_at` text,
	`last_error` text,
	`last_error_at` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`retry_after` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ingestion_sources_kind" CHECK("ingestion_sources"."kind" in ('rss', 'atom', 'json', 'html')),
	CONSTRAINT "ingestion_sources_url" CHECK("ingestion_sources"."url" glob 'http://*' or "ingestion_sources"."url" glob 'https://*' or "ingestion_sources"."url" glob 'bundled:*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ingestion_sources_url_unique` ON `ingestion_sources` (`url`);--> statement-breakpoint
CREATE TABLE `job_leases` (
	`job` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`job` text NOT NULL,
	`scheduled_for` text,
	`trigger` text NOT NULL,
	`holder` text NOT NULL,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`ended_at` text,
	`outcome` text DEFAULT 'running' NOT NULL,
	`counts` text,
	`error` text,
	CONSTRAINT "job_runs_outcome" CHECK("job_runs"."outcome" in ('running', 'succeeded', 'failed', 'abandoned'))
);
--> statement-breakpoint
CREATE INDEX `job_runs_job_started` ON `job_runs` (`job`,`started_at`);--> statement-breakpoint
CREATE INDEX `job_runs_started` ON `job_runs` (`started_at`);