// Text a plan's authors write (titles, names, descriptions) can be held in Russian, Kazakh and
// English side by side. In the document each language is its own flat key (`title.ru`, `title.kk`,
// `title.en`) of the item's map, so two people translating one title into two languages at once both
// keep their text, and no nested map has to exist before anyone can type.
import type * as Y from 'yjs';
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';

/** The languages plan text is written in, in the order the editors show them. */
export const LANGS = ['ru', 'kk', 'en'] as const;
/** One language of plan text. */
export type Lang = (typeof LANGS)[number];
/** A text in each language; '' where it is not written yet. */
export type Localized = Record<Lang, string>;
/** What operations take for a text: a plain string sets English only, an object sets the languages it names. */
export type LocalizedInput = string | Partial<Record<Lang, string>>;

/** Which language a reader falls back to when their own is missing: one they are most likely to read. */
const FALLBACK: Record<Lang, Lang[]> = { ru: ['en', 'kk'], kk: ['ru', 'en'], en: ['ru', 'kk'] };

/** A text with nothing written in any language. */
export function emptyLocalized(): Localized {
	return { ru: '', kk: '', en: '' };
}

/** True when `value` is one of the plan languages. */
export function isLang(value: unknown): value is Lang {
	return LANGS.includes(value as Lang);
}

/** A text as a reader of `lang` sees it: theirs when written, otherwise the first fallback written. */
export type Shown = { text: string; lang: Lang; fallback: boolean };

/** The text a reader of `lang` should see, and whether it is a fallback in another language. */
export function textIn(value: Localized, lang: Lang): Shown {
	if (value[lang].trim() !== '') return { text: value[lang], lang, fallback: false };
	for (const other of FALLBACK[lang]) {
		if (value[other].trim() !== '') return { text: value[other], lang: other, fallback: true };
	}
	return { text: '', lang, fallback: false };
}

/** The languages a text is not written in yet, while it is written in at least one. */
export function missingLangs(value: Localized): Lang[] {
	const missing = LANGS.filter((lang) => value[lang].trim() === '');
	return missing.length === LANGS.length ? [] : missing;
}

/** True when no language holds any text. */
export function isBlank(value: Localized): boolean {
	return LANGS.every((lang) => value[lang].trim() === '');
}

/** One line of text for lists and messages that have no reader language (diffs, logs, exports). */
export function anyText(value: Localized): string {
	return textIn(value, 'en').text;
}

/** The document key of one language of a field: `title.ru`. */
export function langKey(field: string, lang: Lang): string {
	return `${field}.${lang}`;
}

/** Reads a localized field of an item (or of the strategy map). */
export function readLocalized(item: Y.Map<unknown>, field: string): Localized {
	const out = emptyLocalized();
	for (const lang of LANGS) {
		const value = item.get(langKey(field, lang));
		if (typeof value === 'string') out[lang] = value;
	}
	return out;
}

/**
 * Checks a text input: the languages it sets, trimmed, each at most `max` characters. With
 * `required`, the text must stay non-empty in at least one language once merged with `current`
 * (what the item holds now).
 */
export function checkLocalized(
	value: unknown,
	field: string,
	required: boolean,
	current: Localized = emptyLocalized(),
	max: number = PLAN_BOUNDS.shortText
): Partial<Localized> {
	// A missing text is an empty one: a required title then says "required", as every other field does.
	const input = value === undefined ? {} : typeof value === 'string' ? { en: value } : value;
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw new PlanError('invalid_value', field, `${field} must be text`);
	}
	const out: Partial<Localized> = {};
	for (const [lang, text] of Object.entries(input)) {
		if (!isLang(lang)) throw new PlanError('invalid_value', field, `${field}: unknown language ${lang}`);
		if (text === undefined) continue;
		if (typeof text !== 'string') throw new PlanError('invalid_value', field, `${field} must be text`);
		out[lang] = text.trim();
		if (out[lang].length > max)
			throw new PlanError('too_long', field, `${field} has more than ${max} characters`);
	}
	if (required && isBlank({ ...current, ...out })) {
		throw new PlanError('required', field, `${field} must not be empty in every language`);
	}
	return out;
}

/** A localized text that may be long (vision, mission, assumptions); none is required. */
export function checkLongText(value: unknown, field: string): Partial<Localized> {
	return checkLocalized(value, field, false, emptyLocalized(), PLAN_BOUNDS.longText);
}

/** A description's languages as plain text (rich text is written from it); none is required. */
export function checkDescription(value: unknown): Partial<Localized> {
	return checkLocalized(value, 'description', false, emptyLocalized(), PLAN_BOUNDS.richText);
}

/** Writes the checked languages of a localized field, marking the translations it may outdate; call inside a transaction. */
export function writeLocalized(item: Y.Map<unknown>, field: string, value: Partial<Localized>): void {
	const before = readLocalized(item, field);
	for (const lang of LANGS) {
		const text = value[lang];
		if (text !== undefined && item.get(langKey(field, lang)) !== text) item.set(langKey(field, lang), text);
	}
	markTranslations(item, field, before, { ...before, ...value });
}

/**
 * The document key of the mark saying one language of a field may be outdated: `title.ru.outdated`,
 * holding the language changed after it. One key per language, so two people revising two
 * languages at once each mark the other and both marks stay.
 */
export function outdatedKey(field: string, lang: Lang): string {
	return `${langKey(field, lang)}.outdated`;
}

/**
 * After a field went from `before` to `after`: each language written clears its own mark (its
 * writer saw the others); when a language's existing text was revised, the other languages that
 * hold text and were not written with it are marked as possibly outdated by it. A first
 * translation or a text cleared outdates nothing. Call inside a transaction.
 */
export function markTranslations(
	item: Y.Map<unknown>,
	field: string,
	before: Localized,
	after: Localized
): void {
	const written = LANGS.filter((lang) => before[lang] !== after[lang]);
	for (const lang of written) if (item.has(outdatedKey(field, lang))) item.delete(outdatedKey(field, lang));
	const revised = written.find((lang) => before[lang].trim() !== '' && after[lang].trim() !== '');
	if (!revised) return;
	for (const lang of LANGS) {
		if (written.includes(lang) || after[lang].trim() === '') continue;
		if (item.get(outdatedKey(field, lang)) !== revised) item.set(outdatedKey(field, lang), revised);
	}
}

/** The fields of a new item holding a localized text, for `makeItem`. */
export function localizedFields(field: string, value: Partial<Localized>): Record<string, string> {
	return Object.fromEntries(LANGS.map((lang) => [langKey(field, lang), value[lang] ?? '']));
}
