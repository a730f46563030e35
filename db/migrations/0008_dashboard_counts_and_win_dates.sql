-- The dashboard's counts of nominations per edition and status, kept by triggers so that every writer
-- (admin pages, importers, jobs, a hand-run SQL statement) keeps them right; an index that counts a
-- category's nominations by status without reading them (the season scoreboard); and the date index of
-- status events that finds the newest wins for the home page.
CREATE TABLE `edition_status_counts` (
	`edition_id` integer NOT NULL,
	`status` text NOT NULL,
	`nominations` integer NOT NULL,
	PRIMARY KEY(`edition_id`, `status`)
);
--> statement-breakpoint
CREATE INDEX `nominations_category_status` ON `nominations` (`category_id`,`status`);
--> statement-breakpoint
CREATE INDEX `status_events_status_occurred` ON `status_events` (`to_status`,`occurred_on`);
--> statement-breakpoint
INSERT INTO `edition_status_counts` (`edition_id`, `status`, `nominations`)
SELECT c.edition_id, n.status, count(*) FROM nominations n JOIN categories c ON c.id = n.category_id
 GROUP BY c.edition_id, n.status;
--> statement-breakpoint
CREATE TRIGGER `nominations_count_insert` AFTER INSERT ON `nominations` BEGIN
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT edition_id, new.status, 1 FROM categories WHERE id = new.category_id
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + 1;
END;
--> statement-breakpoint
-- When a category is deleted, its nominations go after it (ON DELETE CASCADE runs once the category row
-- is gone), so the lookup below finds no edition and the category's own trigger has taken them off.
CREATE TRIGGER `nominations_count_delete` AFTER DELETE ON `nominations` BEGIN
  UPDATE edition_status_counts SET nominations = nominations - 1
   WHERE edition_id = (SELECT edition_id FROM categories WHERE id = old.category_id) AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER `nominations_count_update` AFTER UPDATE OF status, category_id ON `nominations`
WHEN old.status IS NOT new.status OR old.category_id IS NOT new.category_id BEGIN
  UPDATE edition_status_counts SET nominations = nominations - 1
   WHERE edition_id = (SELECT edition_id FROM categories WHERE id = old.category_id) AND status = old.status;
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT edition_id, new.status, 1 FROM categories WHERE id = new.category_id
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_count_delete` BEFORE DELETE ON `categories` BEGIN
  UPDATE edition_status_counts SET nominations = nominations
      - (SELECT count(*) FROM nominations n WHERE n.category_id = old.id AND n.status = edition_status_counts.status)
   WHERE edition_id = old.edition_id;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_count_move` AFTER UPDATE OF edition_id ON `categories`
WHEN old.edition_id IS NOT new.edition_id BEGIN
  UPDATE edition_status_counts SET nominations = nominations
      - (SELECT count(*) FROM nominations n WHERE n.category_id = new.id AND n.status = edition_status_counts.status)
   WHERE edition_id = old.edition_id;
  INSERT INTO edition_status_counts (edition_id, status, nominations)
    SELECT new.edition_id, status, count(*) FROM nominations WHERE category_id = new.id GROUP BY status
    ON CONFLICT (edition_id, status) DO UPDATE SET nominations = nominations + excluded.nominations;
END;
--> statement-breakpoint
CREATE TRIGGER `editions_count_delete` AFTER DELETE ON `editions` BEGIN
  DELETE FROM edition_status_counts WHERE edition_id = old.id;
END;
