CREATE TABLE `paired_device` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`paired_by` integer,
	`created_at` text NOT NULL,
	`last_seen_at` text,
	`last_staff_id` integer,
	`revoked_at` text,
	`revoked_by` integer,
	FOREIGN KEY (`paired_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_staff_id`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "paired_device_name_not_blank" CHECK(length(trim("paired_device"."name")) > 0),
	CONSTRAINT "paired_device_token_hex" CHECK(length("paired_device"."token_hash") = 64 and "paired_device"."token_hash" not glob '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `paired_device_token_unique` ON `paired_device` (`token_hash`);