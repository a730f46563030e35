-- Where an editor says a person is filed in the A–Z list, when the surname rule (db/rules/sort-name.ts)
-- cannot tell: a family name written first ("Bong Joon-ho" under B). Null, as every existing row has it,
-- files by the rule, so people.sort_name stays as it is.
ALTER TABLE `people` ADD `filed_under` text;
