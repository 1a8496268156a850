CREATE TABLE `plan_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`restored_from` integer,
	`state` blob NOT NULL,
	`data` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_number_idx` ON `plan_versions` (`plan_id`,`number`);--> statement-breakpoint
CREATE TABLE `version_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`item` text,
	`against` text,
	`text` text NOT NULL,
	`user_id` text,
	`user_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `version_comments_version_idx` ON `version_comments` (`version_id`,`id`);--> statement-breakpoint
CREATE TABLE `version_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`step` text NOT NULL,
	`state` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`user_id` text,
	`user_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `version_steps_version_idx` ON `version_steps` (`version_id`,`id`);