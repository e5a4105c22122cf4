CREATE TABLE `parameter_pack` (
	`id` integer PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`title` text NOT NULL,
	`issued` text NOT NULL,
	`signed_by` text,
	`text` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` integer NOT NULL,
	FOREIGN KEY (`imported_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action
);
