ALTER TABLE `clusters` ADD `name_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `name_kk` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `name_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `region_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `region_kk` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `region_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `sector_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `sector_kk` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `sector_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `title_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `title_kk` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plans` ADD `title_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Each old single value goes to the language its letters tell (as guessLang in src/lib/plan/lang-guess.ts):
-- Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і) → kk, other Cyrillic → ru, anything else → en.
UPDATE `clusters` SET
	`name_kk` = CASE WHEN `name` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN `name` ELSE '' END,
	`name_ru` = CASE WHEN `name` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN '' WHEN `name` GLOB '*[А-яЁё]*' THEN `name` ELSE '' END,
	`name_en` = CASE WHEN `name` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' OR `name` GLOB '*[А-яЁё]*' THEN '' ELSE `name` END,
	`region_kk` = CASE WHEN `region` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN `region` ELSE '' END,
	`region_ru` = CASE WHEN `region` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN '' WHEN `region` GLOB '*[А-яЁё]*' THEN `region` ELSE '' END,
	`region_en` = CASE WHEN `region` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' OR `region` GLOB '*[А-яЁё]*' THEN '' ELSE `region` END,
	`sector_kk` = CASE WHEN `sector` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN `sector` ELSE '' END,
	`sector_ru` = CASE WHEN `sector` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN '' WHEN `sector` GLOB '*[А-яЁё]*' THEN `sector` ELSE '' END,
	`sector_en` = CASE WHEN `sector` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' OR `sector` GLOB '*[А-яЁё]*' THEN '' ELSE `sector` END;--> statement-breakpoint
UPDATE `plans` SET
	`title_kk` = CASE WHEN `title` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN `title` ELSE '' END,
	`title_ru` = CASE WHEN `title` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' THEN '' WHEN `title` GLOB '*[А-яЁё]*' THEN `title` ELSE '' END,
	`title_en` = CASE WHEN `title` GLOB '*[ӘәҒғҚқҢңӨөҰұҮүҺһІі]*' OR `title` GLOB '*[А-яЁё]*' THEN '' ELSE `title` END;--> statement-breakpoint
-- The single-language columns are read above and no longer needed.
ALTER TABLE `clusters` DROP COLUMN `name`;--> statement-breakpoint
ALTER TABLE `clusters` DROP COLUMN `region`;--> statement-breakpoint
ALTER TABLE `clusters` DROP COLUMN `sector`;--> statement-breakpoint
ALTER TABLE `plans` DROP COLUMN `title`;
