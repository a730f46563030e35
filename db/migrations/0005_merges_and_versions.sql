CREATE TABLE `slug_redirects` (
	`id` integer PRIMARY KEY NOT NULL,
	`entity_type` text NOT NULL,
	`old_slug` text NOT NULL,
	`target_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "slug_redirects_entity" CHECK("slug_redirects"."entity_type" in ('film', 'person'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slug_redirects_entity_slug` ON `slug_redirects` (`entity_type`,`old_slug`);--> statement-breakpoint
CREATE INDEX `slug_redirects_target` ON `slug_redirects` (`entity_type`,`target_id`);--> statement-breakpoint
ALTER TABLE `awards` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `categories` ADD `version` integer DEFAULT 1 NOT NULL;