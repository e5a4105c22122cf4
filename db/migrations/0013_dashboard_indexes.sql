DROP INDEX `consent_person`;--> statement-breakpoint
CREATE INDEX `consent_state` ON `consent` (`insured_person_id`,`kind`,`signed_date`,`revoked_date`,`expiry_date`);--> statement-breakpoint
DROP INDEX `representation_person`;--> statement-breakpoint
CREATE INDEX `representation_state` ON `representation` (`insured_person_id`,`status`,`active_from`,`ended_date`,`revoked_date`);--> statement-breakpoint
CREATE INDEX `claim_live_status` ON `claim` (`office_id`,`status`,`deleted_at`) WHERE "claim"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `insured_person_live` ON `insured_person` (`office_id`,`deleted_at`) WHERE "insured_person"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `task_open_load` ON `task` (`office_id`,`done_at`,`assigned_to`,`binding`,`due_date`);