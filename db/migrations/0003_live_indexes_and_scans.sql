CREATE TABLE `scan_finding` (
	`id` integer PRIMARY KEY NOT NULL,
	`run_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`calculator` text NOT NULL,
	`verdict` text NOT NULL,
	`amount_agorot` integer,
	`unit` text,
	`claimed` integer DEFAULT false NOT NULL,
	`missing` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `scan_run`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "scan_finding_verdict_valid" CHECK("scan_finding"."verdict" in ('eligible', 'maybe')),
	CONSTRAINT "scan_finding_amount_not_negative" CHECK("scan_finding"."amount_agorot" is null or "scan_finding"."amount_agorot" >= 0),
	CONSTRAINT "scan_finding_missing_json" CHECK(json_valid("scan_finding"."missing") and json_type("scan_finding"."missing") = 'array')
);
--> statement-breakpoint
CREATE INDEX `scan_finding_run` ON `scan_finding` (`run_id`,`calculator`);--> statement-breakpoint
CREATE INDEX `scan_finding_person` ON `scan_finding` (`run_id`,`insured_person_id`);--> statement-breakpoint
CREATE TABLE `scan_run` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`started_by` integer NOT NULL,
	`scan_date` text NOT NULL,
	`status` text DEFAULT 'running' NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`finished_at` text,
	`error` text,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "scan_run_status_valid" CHECK("scan_run"."status" in ('running', 'done', 'cancelled', 'failed')),
	CONSTRAINT "scan_run_date_iso" CHECK("scan_run"."scan_date" is null or "scan_run"."scan_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "scan_run_progress" CHECK("scan_run"."processed" between 0 and "scan_run"."total")
);
--> statement-breakpoint
CREATE INDEX `scan_run_office` ON `scan_run` (`office_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `audit_log_unsealed` ON `audit_log` (`id`) WHERE "audit_log"."hash" is null;--> statement-breakpoint
CREATE INDEX `insured_person_live_name` ON `insured_person` (`office_id`,`last_name_he`,`first_name_he`) WHERE "insured_person"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `insured_person_live_locality` ON `insured_person` (`office_id`,`locality`,`last_name_he`,`first_name_he`) WHERE "insured_person"."deleted_at" is null;