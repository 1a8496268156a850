-- Log rows get the plan's own sequence. Existing rows keep their id as their seq, so every plan's
-- rows stay in order and a snapshot's through_id carries over unchanged as through_seq.
ALTER TABLE `document_updates` ADD `seq` integer NOT NULL DEFAULT 0;
--> statement-breakpoint
UPDATE `document_updates` SET `seq` = `id`;
--> statement-breakpoint
DROP INDEX IF EXISTS `document_updates_plan_idx`;
--> statement-breakpoint
CREATE UNIQUE INDEX `document_updates_plan_seq_idx` ON `document_updates` (`plan_id`,`seq`);
--> statement-breakpoint
ALTER TABLE `document_snapshots` RENAME COLUMN `through_id` TO `through_seq`;
