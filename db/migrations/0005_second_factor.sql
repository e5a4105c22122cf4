ALTER TABLE `office` ADD `require_second_factor` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `staff_member` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `staff_member` ADD `recovery_codes` text;