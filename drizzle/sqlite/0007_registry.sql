CREATE TABLE `cluster_profiles` (
	`cluster_id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`cluster_id` text NOT NULL,
	`bin` text NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_kk` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`employees` integer,
	`region` text DEFAULT '' NOT NULL,
	`locality` text DEFAULT '' NOT NULL,
	`stage_id` text,
	`joined_at` text NOT NULL,
	`left_at` text,
	`contact` text DEFAULT '' NOT NULL,
	`in_organisation` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_cluster_bin_idx` ON `participants` (`cluster_id`,`bin`);