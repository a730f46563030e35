CREATE TABLE `account_links` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "account_links_purpose" CHECK("account_links"."purpose" in ('invite', 'reset'))
);
--> statement-breakpoint
CREATE INDEX `account_links_user` ON `account_links` (`user_id`);