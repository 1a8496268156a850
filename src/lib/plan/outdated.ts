// Translations that may be outdated: when one language of a text is revised after the others, the
// others are marked (`title.ru.outdated` = "en", written by `markTranslations` in `localized.ts`)
// until someone writes them or confirms them still correct. This reads the marks for the snapshot
// and confirms one; it knows fields by name only, so every localized field gets marks.
import * as Y from 'yjs';
import { PlanError } from './errors';
import { STRATEGY_FIELDS, itemField } from './fields';
import { type Collection, getItem, strategyMap, write } from './layout';
import { isLang, langKey, markTranslations, outdatedKey, type Lang } from './localized';
import { readRich } from './rich-text';

/** The languages of one field marked as possibly outdated, each with the language revised after it. */
export type OutdatedLangs = Partial<Record<Lang, Lang>>;
/** The marks of an item by field name (`{ title: { ru: 'en' } }`); absent from items with none. */
export type Outdated = Record<string, OutdatedLangs>;

const MARK = /^(.+)\.(ru|kk|en)\.outdated$/;

/** True when the item holds text in this language of the field (plain or rich). */
function holdsText(item: Y.Map<unknown>, field: string, lang: Lang): boolean {
	const value = item.get(langKey(field, lang));
	if (typeof value === 'string') return value.trim() !== '';
	return value instanceof Y.XmlFragment && value.length > 0;
}

/**
 * The marks of an item (or of the strategy or meta map), or undefined when it has none. A mark on a
 * language without text, or naming itself or no language, means nothing and is not read.
 */
export function readOutdated(item: Y.Map<unknown>): Outdated | undefined {
	let out: Outdated | undefined;
	for (const [key, changed] of item.entries()) {
		const match = MARK.exec(key);
		if (!match) continue;
		const [, field, lang] = match as unknown as [string, string, Lang];
		if (!isLang(changed) || changed === lang || !holdsText(item, field, lang)) continue;
		out ??= {};
		out[field] = { ...out[field], [lang]: changed };
	}
	return out;
}

/** `{ outdated }` for spreading into a snapshot item, or nothing when it has no marks. */
export function outdatedOf(item: Y.Map<unknown>): { outdated?: Outdated } {
	const outdated = readOutdated(item);
	return outdated ? { outdated } : {};
}

/** Where a localized text lives: a field of an item, or the strategy's vision or mission. */
export type TextPlace =
	{ collection: Collection; id: string; field: string } | { collection: 'strategy'; field: string };

/**
 * Confirms that one language of a text is still correct after another was revised: its mark goes,
 * for everyone. Nothing is written when it holds no mark.
 */
export function confirmTranslation(doc: Y.Doc, place: TextPlace, lang: Lang): void {
	const map = textMap(doc, place, lang);
	const key = outdatedKey(place.field, lang);
	if (!map.has(key)) return;
	write(doc, () => map.delete(key));
}

/**
 * Marks the other languages after one was revised in place, character by character (a description
 * typed into with its editor, which writes no operation): `before` is the language's text when its
 * writer began. Writes nothing when the text is as it was.
 */
export function noteRevision(doc: Y.Doc, place: TextPlace, lang: Lang, before: string): void {
	const map = textMap(doc, place, lang);
	// Rich text is read as plain text; a plain text (or one from before rich text) as itself.
	const after = readRich(map, place.field);
	if (after[lang] === before) return;
	write(doc, () => markTranslations(map, place.field, { ...after, [lang]: before }, after));
}

/** The map holding a localized text, after checking the place names one. */
function textMap(doc: Y.Doc, place: TextPlace, lang: Lang): Y.Map<unknown> {
	if (!isLang(lang)) throw new PlanError('invalid_value', 'lang', 'unknown language');
	const key = outdatedKey(place.field, lang);
	const known =
		place.collection === 'strategy'
			? Object.hasOwn(STRATEGY_FIELDS, key)
			: itemField(place.collection, key) !== undefined;
	if (!known)
		throw new PlanError('invalid_value', 'field', `${place.field} is not a text in three languages`);
	return place.collection === 'strategy' ? strategyMap(doc) : getItem(doc, place.collection, place.id);
}
