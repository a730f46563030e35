CREATE INDEX `audit_log_actor_at` ON `audit_log` (`actor`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_at` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_type_at` ON `audit_log` (`entity_type`,`at`);