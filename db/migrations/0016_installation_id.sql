-- A random name for this database, made once: the ids of its feed entries and calendar events are built
-- on it, so that they stay the same whichever host name a reader uses, and differ from another
-- installation's. A backup restored keeps it, as it keeps the rows those ids name.
INSERT INTO `settings` (`key`, `value`) VALUES ('installation_id', lower(hex(randomblob(16)))) ON CONFLICT (`key`) DO NOTHING;
