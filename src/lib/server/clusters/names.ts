// Cluster names, regions and sectors, and plan titles, in Russian, Kazakh and English: the columns a
// query reads them by (drizzle fills a `Localized` object from them), the values a write sets, and
// the check of what a form or a file gives. At least one language is always written.
import {
	LANGS,
	PLAN_BOUNDS,
	emptyLocalized,
	inGuessedLang,
	isLang,
	textIn,
	type Lang,
	type Localized
} from '../../plan';
import type { Tables } from '../db';
import { clusterRefusal } from './input-error';

/**
 * For `db.select({ ...clusterNameColumns(db.tables.clusters) })`: a cluster's name, region and
 * sector in each language.
 */
export function clusterNameColumns(clusters: Tables['clusters']) {
	return {
		name: { ru: clusters.nameRu, kk: clusters.nameKk, en: clusters.nameEn },
		region: { ru: clusters.regionRu, kk: clusters.regionKk, en: clusters.regionEn },
		sector: { ru: clusters.sectorRu, kk: clusters.sectorKk, en: clusters.sectorEn }
	};
}

/** For `db.select({ title: planTitleColumns(db.tables.plans) })`: a plan's title in each language. */
export function planTitleColumns(plans: Tables['plans']) {
	return { ru: plans.titleRu, kk: plans.titleKk, en: plans.titleEn };
}

/** What a cluster is called, where and in which sector, each in the three languages. */
export type ClusterNames = { name: Localized; region: Localized; sector: Localized };

/** The columns of `names`, for an insert or an update of a cluster. */
export function clusterNameValues(names: ClusterNames) {
	return {
		nameRu: names.name.ru,
		nameKk: names.name.kk,
		nameEn: names.name.en,
		regionRu: names.region.ru,
		regionKk: names.region.kk,
		regionEn: names.region.en,
		sectorRu: names.sector.ru,
		sectorKk: names.sector.kk,
		sectorEn: names.sector.en
	};
}

/** The columns of a plan's title, for an insert or an update of a plan. */
export function planTitleValues(title: Localized) {
	return { titleRu: title.ru, titleKk: title.kk, titleEn: title.en };
}

/** The longest cluster name, region or sector in one language. */
export const MAX_CLUSTER_TEXT = 120;
/** The longest plan title in one language: what the plan document holds as its title. */
export const MAX_PLAN_TITLE = PLAN_BOUNDS.shortText;

type NameField = 'name' | 'region' | 'sector' | 'title';

/** A name as a service takes it: in each language (those left out are not written), or one text. */
export type NameInput = string | Partial<Localized>;

/**
 * One name in three languages, trimmed: an object of language → text (languages left out are not
 * written), or one string, taken in the language its letters tell. Refused as `field` when it is
 * neither, a language is too long, or none is written.
 */
export function checkName(value: unknown, field: NameField, max = MAX_CLUSTER_TEXT): Localized {
	if (typeof value === 'string') value = inGuessedLang(value);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw clusterRefusal(field);
	const out = emptyLocalized();
	for (const [lang, text] of Object.entries(value)) {
		if (!isLang(lang) || (text !== undefined && typeof text !== 'string')) throw clusterRefusal(field);
		out[lang] = (text ?? '').trim();
		if (out[lang].length > max) throw clusterRefusal(field);
	}
	if (LANGS.every((lang) => out[lang] === '')) throw clusterRefusal(field);
	return out;
}

/** The three inputs of a name in a form (`name.ru`, `name.kk`, `name.en`), as they were typed. */
export function nameFromForm(form: FormData, field: string): Localized {
	const value = emptyLocalized();
	for (const lang of LANGS) {
		const text = form.get(`${field}.${lang}`);
		value[lang] = typeof text === 'string' ? text : '';
	}
	return value;
}

/** Sorts by name as a reader of `lang` sees it, in that language's alphabet. */
export function byNameIn<T extends { name: Localized }>(lang: Lang): (a: T, b: T) => number {
	const collator = new Intl.Collator(lang === 'kk' ? 'kk' : lang);
	return (a, b) => collator.compare(textIn(a.name, lang).text, textIn(b.name, lang).text);
}
