CREATE TABLE `import_batch` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `insured_person` ADD `import_batch_id` integer REFERENCES import_batch(id);--> statement-breakpoint
CREATE INDEX `insured_person_import_batch` ON `insured_person` (`import_batch_id`);