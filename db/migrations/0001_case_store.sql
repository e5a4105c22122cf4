CREATE TABLE `claim_decision` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_id` integer NOT NULL,
	`decided_date` text NOT NULL,
	`received_date` text,
	`outcome` text NOT NULL,
	`percent` integer,
	`monthly_amount_agorot` integer,
	`lump_sum_agorot` integer,
	`retroactive_agorot` integer,
	`retroactive_from` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_decision_outcome_valid" CHECK("claim_decision"."outcome" in ('approved', 'partly', 'rejected')),
	CONSTRAINT "claim_decision_date_iso" CHECK("claim_decision"."decided_date" is null or "claim_decision"."decided_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "claim_decision_received_iso" CHECK("claim_decision"."received_date" is null or "claim_decision"."received_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "claim_decision_retro_from_iso" CHECK("claim_decision"."retroactive_from" is null or "claim_decision"."retroactive_from" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "claim_decision_percent" CHECK("claim_decision"."percent" is null or ("claim_decision"."percent" between 0 and 100)),
	CONSTRAINT "claim_decision_monthly_not_negative" CHECK("claim_decision"."monthly_amount_agorot" is null or "claim_decision"."monthly_amount_agorot" >= 0),
	CONSTRAINT "claim_decision_lump_not_negative" CHECK("claim_decision"."lump_sum_agorot" is null or "claim_decision"."lump_sum_agorot" >= 0),
	CONSTRAINT "claim_decision_retro_not_negative" CHECK("claim_decision"."retroactive_agorot" is null or "claim_decision"."retroactive_agorot" >= 0)
);
--> statement-breakpoint
CREATE INDEX `claim_decision_claim` ON `claim_decision` (`claim_id`,`decided_date`);--> statement-breakpoint
CREATE TABLE `claim_status_change` (
	`id` integer PRIMARY KEY NOT NULL,
	`claim_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`reason` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_status_change_to_valid" CHECK("claim_status_change"."to_status" in ('draft', 'ready', 'filed', 'in_committee', 'decided', 'appeal', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `claim_status_change_claim` ON `claim_status_change` (`claim_id`,`at`);--> statement-breakpoint
CREATE TABLE `claim` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`benefit` text NOT NULL,
	`form_number` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`outcome` text,
	`appeal_route` text,
	`filed_date` text,
	`decided_date` text,
	`retroactive_agorot` integer,
	`summary` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`deleted_at` text,
	`deleted_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_benefit_valid" CHECK("claim"."benefit" in ('general_disability', 'special_services', 'disabled_child', 'mobility', 'work_injury', 'unemployment', 'reserve_duty', 'old_age', 'survivors', 'nursing', 'income_support', 'maternity', 'accident_victims', 'hostile_action', 'polio_compensation', 'ringworm_compensation', 'other')),
	CONSTRAINT "claim_status_valid" CHECK("claim"."status" in ('draft', 'ready', 'filed', 'in_committee', 'decided', 'appeal', 'closed')),
	CONSTRAINT "claim_outcome_valid" CHECK("claim"."outcome" in ('approved', 'partly', 'rejected')),
	CONSTRAINT "claim_appeal_route_valid" CHECK("claim"."appeal_route" in ('medical_appeal', 'labour_court', 'claims_committee')),
	CONSTRAINT "claim_filed_iso" CHECK("claim"."filed_date" is null or "claim"."filed_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "claim_decided_iso" CHECK("claim"."decided_date" is null or "claim"."decided_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "claim_retroactive_not_negative" CHECK("claim"."retroactive_agorot" is null or "claim"."retroactive_agorot" >= 0),
	CONSTRAINT "claim_appeal_has_route" CHECK("claim"."status" <> 'appeal' or "claim"."appeal_route" is not null)
);
--> statement-breakpoint
CREATE INDEX `claim_person` ON `claim` (`insured_person_id`);--> statement-breakpoint
CREATE INDEX `claim_office_status` ON `claim` (`office_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `consent` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`signed_date` text NOT NULL,
	`expiry_date` text,
	`revoked_date` text,
	`document_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "consent_kind_valid" CHECK("consent"."kind" in ('medical_waiver', 'benefits_information')),
	CONSTRAINT "consent_signed_iso" CHECK("consent"."signed_date" is null or "consent"."signed_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "consent_expiry_iso" CHECK("consent"."expiry_date" is null or "consent"."expiry_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "consent_revoked_iso" CHECK("consent"."revoked_date" is null or "consent"."revoked_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "consent_dates_ordered" CHECK("consent"."expiry_date" is null or "consent"."signed_date" is null or "consent"."expiry_date" >= "consent"."signed_date")
);
--> statement-breakpoint
CREATE INDEX `consent_person` ON `consent` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `document` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer,
	`claim_id` integer,
	`kind` text NOT NULL,
	`sha256` text NOT NULL,
	`original_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`deleted_at` text,
	`deleted_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "document_kind_valid" CHECK("document"."kind" in ('power_of_attorney', 'medical_waiver', 'fee_agreement', 'claim_form', 'medical_record', 'decision_letter', 'id_card', 'pay_slip', 'other')),
	CONSTRAINT "document_sha256_hex" CHECK(length("document"."sha256") = 64 and "document"."sha256" not glob '*[^0-9a-f]*'),
	CONSTRAINT "document_size_not_negative" CHECK("document"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE INDEX `document_person` ON `document` (`insured_person_id`);--> statement-breakpoint
CREATE INDEX `document_claim` ON `document` (`claim_id`);--> statement-breakpoint
CREATE INDEX `document_sha256` ON `document` (`sha256`);--> statement-breakpoint
CREATE TABLE `employment_period` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`employer_name` text,
	`employer_number` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "employment_period_kind_valid" CHECK("employment_period"."kind" in ('employee', 'self_employed', 'not_working', 'unemployed', 'unpaid_leave')),
	CONSTRAINT "employment_period_start_iso" CHECK("employment_period"."start_date" is null or "employment_period"."start_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "employment_period_end_iso" CHECK("employment_period"."end_date" is null or "employment_period"."end_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "employment_period_dates_ordered" CHECK("employment_period"."end_date" is null or "employment_period"."start_date" is null or "employment_period"."end_date" >= "employment_period"."start_date")
);
--> statement-breakpoint
CREATE INDEX `employment_period_person` ON `employment_period` (`insured_person_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `family_member` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`relation` text NOT NULL,
	`id_number` text,
	`first_name` text NOT NULL,
	`last_name` text,
	`birth_date` text,
	`sex` text,
	`monthly_income_agorot` integer,
	`is_dependant` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "family_member_relation_valid" CHECK("family_member"."relation" in ('spouse', 'child', 'guardian', 'parent', 'other')),
	CONSTRAINT "family_member_id_number_format" CHECK("family_member"."id_number" is null or (length("family_member"."id_number") = 9 and "family_member"."id_number" not glob '*[^0-9]*')),
	CONSTRAINT "family_member_birth_date_iso" CHECK("family_member"."birth_date" is null or "family_member"."birth_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "family_member_income_not_negative" CHECK("family_member"."monthly_income_agorot" is null or "family_member"."monthly_income_agorot" >= 0)
);
--> statement-breakpoint
CREATE INDEX `family_member_person` ON `family_member` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `fee_agreement` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`benefits` text NOT NULL,
	`opening_fee_agorot` integer DEFAULT 0 NOT NULL,
	`success_fee_basis_points` integer NOT NULL,
	`signed_date` text,
	`cancellation_working_days` integer DEFAULT 7 NOT NULL,
	`cancelled_date` text,
	`information_sheet_given` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fee_agreement_benefits_json" CHECK(json_valid("fee_agreement"."benefits") and json_type("fee_agreement"."benefits") = 'array'),
	CONSTRAINT "fee_agreement_opening_fee" CHECK("fee_agreement"."opening_fee_agorot" >= 0),
	CONSTRAINT "fee_agreement_success_fee" CHECK("fee_agreement"."success_fee_basis_points" between 0 and 10000),
	CONSTRAINT "fee_agreement_cancellation_days" CHECK("fee_agreement"."cancellation_working_days" >= 0),
	CONSTRAINT "fee_agreement_signed_iso" CHECK("fee_agreement"."signed_date" is null or "fee_agreement"."signed_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "fee_agreement_cancelled_iso" CHECK("fee_agreement"."cancelled_date" is null or "fee_agreement"."cancelled_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `fee_agreement_person` ON `fee_agreement` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `life_event` (
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
	CONSTRAINT "life_event_kind_valid" CHECK("life_event"."kind" in ('work_injury', 'accident', 'occupational_disease', 'reserve_duty', 'army_discharge', 'family_death', 'hostile_action')),
	CONSTRAINT "life_event_date_iso" CHECK("life_event"."event_date" is null or "life_event"."event_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "life_event_end_iso" CHECK("life_event"."end_date" is null or "life_event"."end_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "life_event_dates_ordered" CHECK("life_event"."end_date" is null or "life_event"."event_date" is null or "life_event"."end_date" >= "life_event"."event_date"),
	CONSTRAINT "life_event_days_not_negative" CHECK("life_event"."days" is null or "life_event"."days" >= 0)
);
--> statement-breakpoint
CREATE INDEX `life_event_person` ON `life_event` (`insured_person_id`,`event_date`);--> statement-breakpoint
CREATE TABLE `medical_determination` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`committee_kind` text NOT NULL,
	`committee_date` text NOT NULL,
	`weighted_percent` integer,
	`incapacity_percent` integer,
	`is_permanent` integer DEFAULT false NOT NULL,
	`valid_from` text,
	`valid_until` text,
	`special_services_percent` integer,
	`mobility_limitation_percent` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "medical_determination_committee_valid" CHECK("medical_determination"."committee_kind" in ('first_tier', 'appeals', 'work_injury_first_tier', 'work_injury_appeals', 'incapacity', 'other')),
	CONSTRAINT "medical_determination_date_iso" CHECK("medical_determination"."committee_date" is null or "medical_determination"."committee_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_determination_from_iso" CHECK("medical_determination"."valid_from" is null or "medical_determination"."valid_from" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_determination_until_iso" CHECK("medical_determination"."valid_until" is null or "medical_determination"."valid_until" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_determination_dates_ordered" CHECK("medical_determination"."valid_until" is null or "medical_determination"."valid_from" is null or "medical_determination"."valid_until" >= "medical_determination"."valid_from"),
	CONSTRAINT "medical_determination_weighted_percent" CHECK("medical_determination"."weighted_percent" is null or ("medical_determination"."weighted_percent" between 0 and 100)),
	CONSTRAINT "medical_determination_incapacity_percent" CHECK("medical_determination"."incapacity_percent" is null or ("medical_determination"."incapacity_percent" between 0 and 100)),
	CONSTRAINT "medical_determination_mobility_percent" CHECK("medical_determination"."mobility_limitation_percent" is null or ("medical_determination"."mobility_limitation_percent" between 0 and 100)),
	CONSTRAINT "medical_determination_special_services" CHECK("medical_determination"."special_services_percent" is null or "medical_determination"."special_services_percent" between 0 and 400)
);
--> statement-breakpoint
CREATE INDEX `medical_determination_person` ON `medical_determination` (`insured_person_id`,`committee_date`);--> statement-breakpoint
CREATE TABLE `medical_impairment` (
	`id` integer PRIMARY KEY NOT NULL,
	`determination_id` integer NOT NULL,
	`section` text NOT NULL,
	`description` text,
	`percent` integer NOT NULL,
	`is_temporary` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`determination_id`) REFERENCES `medical_determination`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "medical_impairment_percent" CHECK("medical_impairment"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE INDEX `medical_impairment_determination` ON `medical_impairment` (`determination_id`);--> statement-breakpoint
CREATE TABLE `monthly_income` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`month` text NOT NULL,
	`source` text NOT NULL,
	`income_agorot` integer NOT NULL,
	`employment_period_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employment_period_id`) REFERENCES `employment_period`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "monthly_income_month_format" CHECK("monthly_income"."month" glob '[12][0-9][0-9][0-9]-[01][0-9]'),
	CONSTRAINT "monthly_income_source_valid" CHECK("monthly_income"."source" in ('employee', 'self_employed', 'other')),
	CONSTRAINT "monthly_income_not_negative" CHECK("monthly_income"."income_agorot" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_income_person_month_source` ON `monthly_income` (`insured_person_id`,`month`,`source`);--> statement-breakpoint
CREATE TABLE `note` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer NOT NULL,
	`claim_id` integer,
	`body` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "note_body_not_blank" CHECK(length(trim("note"."body")) > 0)
);
--> statement-breakpoint
CREATE INDEX `note_person` ON `note` (`insured_person_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `representation` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`scope` text NOT NULL,
	`benefits` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`signed_date` text,
	`active_from` text,
	`ended_date` text,
	`revoked_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "representation_scope_valid" CHECK("representation"."scope" in ('general', 'per_benefit')),
	CONSTRAINT "representation_status_valid" CHECK("representation"."status" in ('pending', 'active', 'revoked', 'ended')),
	CONSTRAINT "representation_benefits_json" CHECK(json_valid("representation"."benefits") and json_type("representation"."benefits") = 'array'),
	CONSTRAINT "representation_signed_iso" CHECK("representation"."signed_date" is null or "representation"."signed_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "representation_active_iso" CHECK("representation"."active_from" is null or "representation"."active_from" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "representation_ended_iso" CHECK("representation"."ended_date" is null or "representation"."ended_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "representation_revoked_iso" CHECK("representation"."revoked_date" is null or "representation"."revoked_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "representation_revoked_has_date" CHECK("representation"."status" <> 'revoked' or "representation"."revoked_date" is not null)
);
--> statement-breakpoint
CREATE INDEX `representation_person` ON `representation` (`insured_person_id`);--> statement-breakpoint
CREATE TABLE `task` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`insured_person_id` integer,
	`claim_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_date` text NOT NULL,
	`assigned_to` integer,
	`done_at` text,
	`done_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_to`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "task_kind_valid" CHECK("task"."kind" in ('deadline', 'follow_up', 'call', 'document_request', 'committee', 'appeal', 'other')),
	CONSTRAINT "task_due_iso" CHECK("task"."due_date" is null or "task"."due_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "task_done_has_who" CHECK(("task"."done_at" is null) = ("task"."done_by" is null))
);
--> statement-breakpoint
CREATE INDEX `task_open_due` ON `task` (`office_id`,`done_at`,`due_date`);--> statement-breakpoint
CREATE INDEX `task_claim` ON `task` (`claim_id`);--> statement-breakpoint
CREATE INDEX `task_person` ON `task` (`insured_person_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_insured_person` (
	`id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`id_number` text NOT NULL,
	`first_name_he` text NOT NULL,
	`last_name_he` text NOT NULL,
	`first_name_latin` text,
	`last_name_latin` text,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`marital_status` text,
	`residency` text,
	`street` text,
	`house_number` text,
	`locality` text,
	`postal_code` text,
	`mobile_phone` text,
	`other_phone` text,
	`email` text,
	`preferred_language` text DEFAULT 'he' NOT NULL,
	`is_housewife` integer DEFAULT false NOT NULL,
	`aliya_date` text,
	`bank_code` text,
	`bank_branch` text,
	`bank_account` text,
	`file_number` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`deleted_at` text,
	`deleted_by` integer,
	FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "insured_person_id_number_format" CHECK(length("__new_insured_person"."id_number") = 9 and "__new_insured_person"."id_number" not glob '*[^0-9]*'),
	CONSTRAINT "insured_person_birth_date_iso" CHECK("__new_insured_person"."birth_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "insured_person_sex_valid" CHECK("__new_insured_person"."sex" in ('male', 'female')),
	CONSTRAINT "insured_person_marital_status_valid" CHECK("__new_insured_person"."marital_status" in ('single', 'married', 'divorced', 'widowed', 'separated', 'common_law')),
	CONSTRAINT "insured_person_residency_valid" CHECK("__new_insured_person"."residency" in ('resident', 'non_resident', 'temporary_resident')),
	CONSTRAINT "insured_person_language_valid" CHECK("__new_insured_person"."preferred_language" in ('he', 'ar', 'ru', 'en', 'am')),
	CONSTRAINT "insured_person_aliya_date_iso" CHECK("__new_insured_person"."aliya_date" is null or "__new_insured_person"."aliya_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_insured_person`("id", "office_id", "id_number", "first_name_he", "last_name_he", "first_name_latin", "last_name_latin", "birth_date", "sex", "mobile_phone", "email", "version", "created_at", "updated_at", "created_by", "updated_by") SELECT "id", "office_id", "id_number", "first_name_he", "last_name_he", "first_name_latin", "last_name_latin", "birth_date", "sex", "mobile_phone", "email", "version", "created_at", "updated_at", "created_by", "updated_by" FROM `insured_person`;--> statement-breakpoint
DROP TABLE `insured_person`;--> statement-breakpoint
ALTER TABLE `__new_insured_person` RENAME TO `insured_person`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `insured_person_office_id_number_unique` ON `insured_person` (`office_id`,`id_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `insured_person_office_file_number_unique` ON `insured_person` (`office_id`,`file_number`);--> statement-breakpoint
CREATE INDEX `insured_person_last_name` ON `insured_person` (`office_id`,`last_name_he`,`first_name_he`);--> statement-breakpoint
CREATE INDEX `insured_person_updated` ON `insured_person` (`office_id`,`updated_at`);