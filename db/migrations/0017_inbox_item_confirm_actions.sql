-- What confirming a letter did beside filing it (a decision, a committee, tasks…), kept so the inbox can show it and undo it.
ALTER TABLE `inbox_item` ADD `actions` text;