CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`applicant_id` text,
	`state` text NOT NULL,
	`data` text NOT NULL,
	`submitted_at` text,
	`formal_check` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`cluster_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`applicant_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `applications_call_idx` ON `applications` (`call_id`);--> statement-breakpoint
CREATE INDEX `applications_applicant_idx` ON `applications` (`applicant_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`application_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`application_id`, `evaluator_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignments_evaluator_idx` ON `assignments` (`evaluator_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`name` text NOT NULL,
	`size` integer NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attachments_application_idx` ON `attachments` (`application_id`);--> statement-breakpoint
CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`data` text NOT NULL,
	`decision` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `sheets` (
	`application_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`conflict` integer NOT NULL,
	`declared_at` text NOT NULL,
	`scores` text NOT NULL,
	`submitted_at` text,
	PRIMARY KEY(`application_id`, `evaluator_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
