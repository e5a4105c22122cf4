CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`office_id` integer,
	`staff_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `insured_person` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`id_number` text NOT NULL,
	`first_name_he` text NOT NULL,
	`last_name_he` text NOT NULL,
	`first_name_latin` text,
	`last_name_latin` text,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`mobile_phone` text,
	`email` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_by` integer NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "insured_person_id_number_format" CHECK(length("insured_person"."id_number") = 9 and "insured_person"."id_number" not glob '*[^0-9]*'),
	CONSTRAINT "insured_person_birth_date_iso" CHECK("insured_person"."birth_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "insured_person_sex_valid" CHECK("insured_person"."sex" in ('male', 'female'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `insured_person_office_id_number_unique` ON `insured_person` (`office_id`,`id_number`);--> statement-breakpoint
CREATE INDEX `insured_person_last_name` ON `insured_person` (`office_id`,`last_name_he`,`first_name_he`);--> statement-breakpoint
CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`phone` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "office_name_not_blank" CHECK(length(trim("office"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE `staff_member` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`license_number` text,
	`username` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "staff_role_valid" CHECK("staff_member"."role" in ('owner', 'lawyer', 'staff'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_unique` ON `staff_member` (`username`);