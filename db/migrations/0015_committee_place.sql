-- A committee sits at a branch or a service centre. Existing committees keep their branch; the
-- service centre starts empty, as the old table had none.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_medical_committee` (
	`id` integer PRIMARY KEY NOT NULL,
	`insured_person_id` integer NOT NULL,
	`claim_id` integer,
	`committee_type` text NOT NULL,
	`committee_date` text NOT NULL,
	`committee_time` text,
	`branch` text,
	`service_centre` text,
	`specialties` text DEFAULT '[]' NOT NULL,
	`checklist` text DEFAULT '[]' NOT NULL,
	`client_reminded_date` text,
	`outcome` text DEFAULT '[]' NOT NULL,
	`weighted_percent` integer,
	`protocol_document_id` integer,
	`protocol_received_date` text,
	`determination_id` integer,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` integer,
	`deleted_at` text,
	FOREIGN KEY (`insured_person_id`) REFERENCES `insured_person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claim`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`protocol_document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`determination_id`) REFERENCES `medical_determination`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `staff_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "medical_committee_type_valid" CHECK("__new_medical_committee"."committee_type" in ('first_tier', 'appeals', 'work_injury_first_tier', 'work_injury_appeals', 'special', 'other')),
	CONSTRAINT "medical_committee_branch_valid" CHECK("__new_medical_committee"."branch" is null or "__new_medical_committee"."branch" in ('afula', 'ashdod', 'ashkelon', 'beer_sheva', 'beit_shemesh', 'bnei_brak', 'eilat', 'hadera', 'haifa', 'holon', 'jerusalem', 'east_jerusalem', 'karmiel', 'kfar_saba', 'krayot', 'nahariya', 'nazareth', 'nof_hagalil', 'netanya', 'petah_tikva', 'ramat_gan', 'ramla', 'rehovot', 'rishon_lezion', 'safed', 'taibe', 'tel_aviv', 'tiberias', 'other')),
	CONSTRAINT "medical_committee_service_centre_valid" CHECK("__new_medical_committee"."service_centre" is null or "__new_medical_committee"."service_centre" in ('umm_al_fahm', 'ofakim', 'or_yehuda', 'or_akiva', 'elad', 'ariel', 'beit_el', 'beit_shean', 'beitar_illit', 'hatzor_haglilit', 'tirat_carmel', 'yavne', 'yehud', 'yokneam', 'yeruham', 'yirka', 'modiin', 'modiin_illit', 'maccabim_reut', 'maale_adumim', 'maale_efraim', 'maalot_tarshiha', 'mitzpe_ramon', 'netivot', 'isfiya', 'ofra', 'eli', 'emmanuel', 'arad', 'pardes_hanna', 'katzrin', 'kiryat_arba', 'kiryat_ata', 'rosh_haayin', 'rahat', 'shoham', 'tardion')),
	CONSTRAINT "medical_committee_one_place" CHECK(("__new_medical_committee"."branch" is null) <> ("__new_medical_committee"."service_centre" is null)),
	CONSTRAINT "medical_committee_date_iso" CHECK("__new_medical_committee"."committee_date" is null or "__new_medical_committee"."committee_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_committee_time" CHECK("__new_medical_committee"."committee_time" is null or "__new_medical_committee"."committee_time" glob '[0-2][0-9]:[0-5][0-9]'),
	CONSTRAINT "medical_committee_reminded_iso" CHECK("__new_medical_committee"."client_reminded_date" is null or "__new_medical_committee"."client_reminded_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_committee_protocol_iso" CHECK("__new_medical_committee"."protocol_received_date" is null or "__new_medical_committee"."protocol_received_date" glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "medical_committee_weighted_percent" CHECK("__new_medical_committee"."weighted_percent" is null or ("__new_medical_committee"."weighted_percent" between 0 and 100)),
	CONSTRAINT "medical_committee_specialties_array" CHECK(json_valid("__new_medical_committee"."specialties") and json_type("__new_medical_committee"."specialties") = 'array'),
	CONSTRAINT "medical_committee_checklist_array" CHECK(json_valid("__new_medical_committee"."checklist") and json_type("__new_medical_committee"."checklist") = 'array'),
	CONSTRAINT "medical_committee_outcome_array" CHECK(json_valid("__new_medical_committee"."outcome") and json_type("__new_medical_committee"."outcome") = 'array')
);
--> statement-breakpoint
INSERT INTO `__new_medical_committee`("id", "insured_person_id", "claim_id", "committee_type", "committee_date", "committee_time", "branch", "service_centre", "specialties", "checklist", "client_reminded_date", "outcome", "weighted_percent", "protocol_document_id", "protocol_received_date", "determination_id", "notes", "version", "created_at", "updated_at", "created_by", "deleted_at") SELECT "id", "insured_person_id", "claim_id", "committee_type", "committee_date", "committee_time", "branch", NULL, "specialties", "checklist", "client_reminded_date", "outcome", "weighted_percent", "protocol_document_id", "protocol_received_date", "determination_id", "notes", "version", "created_at", "updated_at", "created_by", "deleted_at" FROM `medical_committee`;--> statement-breakpoint
DROP TABLE `medical_committee`;--> statement-breakpoint
ALTER TABLE `__new_medical_committee` RENAME TO `medical_committee`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `medical_committee_person` ON `medical_committee` (`insured_person_id`,`committee_date`);--> statement-breakpoint
CREATE INDEX `medical_committee_claim` ON `medical_committee` (`claim_id`);--> statement-breakpoint
CREATE INDEX `medical_committee_date` ON `medical_committee` (`committee_date`);