-- Full-text search (FTS5). The tables hold folded text (shared/search/fold.ts) and are kept in step
-- by the repositories; rowid is the id of the indexed row. Rows that exist when this migration runs
-- are indexed at start-up (db/search/index-maintenance.ts).
CREATE VIRTUAL TABLE `client_search` USING fts5(names, identifiers, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `claim_search` USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `note_search` USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
