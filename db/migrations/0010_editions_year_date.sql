DROP INDEX `editions_year`;--> statement-breakpoint
CREATE INDEX `editions_year_date` ON `editions` (`year`,`ceremony_date`);