// Which language a text written before it had languages is in, by its letters: a Kazakh text has
// letters Russian does not (ә, ғ, қ, ң, ө, ұ, ү, һ, і), any other Cyrillic text is taken as Russian,
// and the rest as English. Used where one old value must find its place among the three: cluster
// names and plan titles of a database from before the three languages (the migration in `drizzle/`
// guesses the same way, in SQL), a cluster file of the first format, a plan title, stage name, actor
// name, node label or indicator unit stored as one string.
import type * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import {
	LANGS,
	checkLocalized,
	emptyLocalized,
	langKey,
	readLocalized,
	type Lang,
	type Localized
} from './localized';

const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const CYRILLIC_LETTERS = /[А-яЁё]/;

/** The language `text` is most likely written in: kk, ru or en. */
export function guessLang(text: string): Lang {
	if (KAZAKH_LETTERS.test(text)) return 'kk';
	if (CYRILLIC_LETTERS.test(text)) return 'ru';
	return 'en';
}

/** One text in the language it is guessed to be in, the other two empty. */
export function inGuessedLang(text: string): Localized {
	const value = emptyLocalized();
	const clean = text.trim();
	if (clean !== '') value[guessLang(clean)] = clean;
	return value;
}

/**
 * One line for a place that holds a single text (the plan document's own `title` beside its
 * languages): the first language written, in the order the editors show them (ru, kk, en).
 */
export function firstWritten(value: Localized): string {
	for (const lang of LANGS) if (value[lang].trim() !== '') return value[lang].trim();
	return '';
}

/**
 * A localized field of a map (an item, or `meta`) that may still hold the one string it had before
 * it had languages (`title` beside `title.ru` …). Once any language is written the languages are the
 * truth; until then the one string is read in the language its letters tell, so no stored plan has
 * to be migrated.
 */
export function readLocalizedOrGuessed(item: Y.Map<unknown>, field: string): Localized {
	if (LANGS.some((lang) => typeof item.get(langKey(field, lang)) === 'string'))
		return readLocalized(item, field);
	const single = item.get(field);
	return typeof single === 'string' ? inGuessedLang(single) : emptyLocalized();
}

/**
 * Checks a change of such a field and returns the text in all three languages to write with
 * `writeLocalized`: the languages given replace theirs, the others keep what the item holds (an old
 * one string in its guessed language), so the first translation of an old stage keeps its name.
 */
export function checkLocalizedChange(
	item: Y.Map<unknown>,
	field: string,
	input: unknown,
	required: boolean,
	max: number = PLAN_BOUNDS.shortText
): Localized {
	const current = readLocalizedOrGuessed(item, field);
	return { ...current, ...checkLocalized(input, field, required, current, max) };
}
