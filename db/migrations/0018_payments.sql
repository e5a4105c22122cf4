CREATE TABLE `fee_ledger_entry` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`payment_id` integer NOT NULL,
	`fee_agreement_id` integer,
	`fee_agorot` integer NOT NULL,
	`basis` text NOT NULL,
	`posted_at` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fee_agreement_id`) REFERENCES `fee_agreement`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fee_ledger_basis_valid" CHECK("fee_ledger_entry"."basis" in ('agreement', 'retroactive_share', 'monthly_share', 'total_cap', 'beyond_months', 'settled', 'no_agreement')),
	CONSTRAINT "fee_ledger_fee_not_negative" CHECK("fee_ledger_entry"."fee_agorot" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fee_ledger_payment_unique` ON `fee_ledger_entry` (`payment_id`);--> statement-breakpoint
CREATE INDEX `fee_ledger_person` ON `fee_ledger_entry` (`insured_person_id`,`claim_id`);--> statement-breakpoint
CREATE TABLE `payment_flag` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`kind` text NOT NULL,
	`month` text NOT NULL,
	`expected_agorot` integer,
	`paid_agorot` integer,
	`checked_at` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_flag_kind_valid" CHECK("payment_flag"."kind" in ('missing', 'wrong_rate', 'stopped')),
	CONSTRAINT "payment_flag_month" CHECK("payment_flag"."month" glob '[12][0-9][0-9][0-9]-[01][0-9]')
);
--> statement-breakpoint
CREATE INDEX `payment_flag_office_kind` ON `payment_flag` (`office_id`,`kind`,`claim_id`);--> statement-breakpoint
CREATE INDEX `payment_flag_claim` ON `payment_flag` (`claim_id`,`month`);--> statement-breakpoint
CREATE TABLE `payment` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`benefit` text NOT NULL,
	`kind` text NOT NULL,
	`from_month` text NOT NULL,
	`to_month` text NOT NULL,
	`amount_agorot` integer NOT NULL,
	`paid_date` text,
	`source` text NOT NULL,
	`inbox_item_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`deleted_at` text,
	`deleted_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inbox_item_id`) REFERENCES `inbox_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_kind_valid" CHECK("payment"."kind" in ('monthly', 'retroactive')),
	CONSTRAINT "payment_source_valid" CHECK("payment"."source" in ('letter', 'csv', 'manual')),
	CONSTRAINT "payment_benefit_valid" CHECK("payment"."benefit" in ('general_disability', 'special_services', 'disabled_child', 'mobility', 'work_injury', 'unemployment', 'reserve_duty', 'old_age', 'survivors', 'nursing', 'income_support', 'maternity', 'accident_victims', 'hostile_action', 'polio_compensation', 'ringworm_compensation', 'other')),
	CONSTRAINT "payment_from_month" CHECK("payment"."from_month" glob '[12][0-9][0-9][0-9]-[01][0-9]'),
	CONSTRAINT "payment_to_month" CHECK("payment"."to_month" glob '[12][0-9][0-9][0-9]-[01][0-9]'),
	CONSTRAINT "payment_months_ordered" CHECK("payment"."to_month" >= "payment"."from_month"),
	CONSTRAINT "payment_monthly_one_month" CHECK("payment"."kind" <> 'monthly' or "payment"."from_month" = "payment"."to_month"),
	CONSTRAINT "payment_amount_not_negative" CHECK("payment"."amount_agorot" >= 0),
	CONSTRAINT "payment_paid_iso" CHECK("payment"."paid_date" is null or "payment"."paid_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `payment_claim` ON `payment` (`claim_id`,`from_month`);--> statement-breakpoint
CREATE INDEX `payment_person` ON `payment` (`insured_person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_claim_span_unique` ON `payment` (`claim_id`,`kind`,`from_month`,`to_month`) WHERE "payment"."deleted_at" is null;