ALTER TABLE `claim` ADD `nii_claim_number` text;
--> statement-breakpoint
-- The clients' index gains the spelling keys of the Hebrew names (shared/search/spelling.ts), so a
-- name is found however it is spelt. FTS5 tables take no new column: the index is made again, and
-- the start-up maintenance (db/search/index-maintenance.ts), which runs right after the migrations,
-- finds it short and fills it from insured_person, keys included.
DROP TABLE `client_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `client_search` USING fts5(names, identifiers, name_keys, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
