CREATE TABLE `diagnosis` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`diagnosis` text NOT NULL,
	`icd_code` text,
	`since_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "diagnosis_not_blank" CHECK(length(trim("diagnosis"."diagnosis")) > 0),
	CONSTRAINT "diagnosis_since_iso" CHECK("diagnosis"."since_date" is null or "diagnosis"."since_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `diagnosis_person` ON `diagnosis` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `hospitalisation` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`hospital` text NOT NULL,
	`ward` text,
	`from_date` text NOT NULL,
	`to_date` text,
	`admission_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "hospitalisation_hospital_not_blank" CHECK(length(trim("hospitalisation"."hospital")) > 0),
	CONSTRAINT "hospitalisation_from_iso" CHECK("hospitalisation"."from_date" is null or "hospitalisation"."from_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "hospitalisation_to_iso" CHECK("hospitalisation"."to_date" is null or "hospitalisation"."to_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "hospitalisation_dates_ordered" CHECK("hospitalisation"."to_date" is null or "hospitalisation"."from_date" is null or "hospitalisation"."to_date" >= "hospitalisation"."from_date")
);
--> statement-breakpoint
CREATE INDEX `hospitalisation_person` ON `hospitalisation` (`insured_person_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `medication` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`medication_name` text NOT NULL,
	`dose` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "medication_name_not_blank" CHECK(length(trim("medication"."medication_name")) > 0)
);
--> statement-breakpoint
CREATE INDEX `medication_person` ON `medication` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `treating_doctor` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`doctor_name` text NOT NULL,
	`specialty` text,
	`clinic` text,
	`phone` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "treating_doctor_name_not_blank" CHECK(length(trim("treating_doctor"."doctor_name")) > 0)
);
--> statement-breakpoint
CREATE INDEX `treating_doctor_person` ON `treating_doctor` (`insured_person_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_life_event` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`event_date` text NOT NULL,
	`end_date` text,
	`days` integer,
	`family_member_id` integer,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_member_id`) REFERENCES `family_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "life_event_kind_valid" CHECK("__new_life_event"."kind" in ('work_injury', 'accident', 'occupational_disease', 'reserve_duty', 'army_discharge', 'family_death', 'hostile_action', 'illness')),
	CONSTRAINT "life_event_date_iso" CHECK("__new_life_event"."event_date" is null or "__new_life_event"."event_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "life_event_end_iso" CHECK("__new_life_event"."end_date" is null or "__new_life_event"."end_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "life_event_dates_ordered" CHECK("__new_life_event"."end_date" is null or "__new_life_event"."event_date" is null or "__new_life_event"."end_date" >= "__new_life_event"."event_date"),
	CONSTRAINT "life_event_days_not_negative" CHECK("__new_life_event"."days" is null or "__new_life_event"."days" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_life_event`("id", "insured_person_id", "kind", "event_date", "end_date", "days", "family_member_id", "description", "version", "created_at", "updated_at") SELECT "id", "insured_person_id", "kind", "event_date", "end_date", "days", "family_member_id", "description", "version", "created_at", "updated_at" FROM `life_event`;--> statement-breakpoint
DROP TABLE `life_event`;--> statement-breakpoint
ALTER TABLE `__new_life_event` RENAME TO `life_event`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `life_event_person` ON `life_event` (`insured_person_id`,`event_date`);--> statement-breakpoint
ALTER TABLE `claim` ADD `illness_description` text;--> statement-breakpoint
ALTER TABLE `claim` ADD `work_stopped_date` text;--> statement-breakpoint
ALTER TABLE `insured_person` ADD `first_name_ar` text;--> statement-breakpoint
ALTER TABLE `insured_person` ADD `last_name_ar` text;--> statement-breakpoint
ALTER TABLE `insured_person` ADD `hmo` text;