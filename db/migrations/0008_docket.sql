ALTER TABLE `claim` ADD `handler_id` integer REFERENCES staff_member(id);--> statement-breakpoint
ALTER TABLE `office` ADD `deadline_reminder_days` text DEFAULT '[14,3]' NOT NULL;--> statement-breakpoint
ALTER TABLE `task` ADD `binding` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `task` ADD `source_key` text;--> statement-breakpoint
ALTER TABLE `task` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `task` ADD `computed_due` text;--> statement-breakpoint
ALTER TABLE `task` ADD `closed_as` text;--> statement-breakpoint
ALTER TABLE `task` ADD `close_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `task_source_unique` ON `task` (`office_id`,`source_key`) WHERE source_key is not null;