CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` text NOT NULL,
	`indicator_id` text NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`supersedes` integer,
	`author_id` text,
	`author_name` text NOT NULL,
	`via` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `indicator_values_plan_idx` ON `indicator_values` (`plan_id`,`indicator_id`,`period`,`id`);--> statement-breakpoint
CREATE TABLE `period_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` text NOT NULL,
	`year` integer NOT NULL,
	`step` text NOT NULL,
	`state` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`user_id` text,
	`user_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `period_steps_plan_idx` ON `period_steps` (`plan_id`,`year`,`id`);