// The checks every registry input shares (a participant, the cluster organisation's profile): each
// returns the clean value or throws a 400 Refusal naming the field, so an input's check reads as a
// list. Blank (undefined, null, only spaces) means "no value" everywhere, as an empty form input does.
import { isLang, type Localized } from '../plan/localized';
import { Refusal, refusals } from '../refusal';
import { binProblem, normalBin } from './bin';
import { isDate } from './dates';

/** Why a registry input was refused: the door sends the code, `$lib/refusal-text` words it. */
export type RegistryRefusalCode =
	| 'invalid_body' // not a JSON object
	| 'unknown_field' // a key the input does not have, or a language other than ru, kk, en
	| 'required' // blank where a value must be
	| 'invalid_value' // the wrong type, or outside its range or its list of allowed values
	| 'too_long' // text past its bound
	| 'bin_not_digits' // a BIN with something other than digits and spaces
	| 'bin_wrong_length' // a BIN that is not 12 digits
	| 'bin_check_digit' // a BIN whose last digit does not match the others: a typing slip
	| 'invalid_date'; // not a real calendar date YYYY-MM-DD

/** A refusal of one field of a registry input. */
export function refuse(code: RegistryRefusalCode, field: string, message: string): Refusal {
	return new Refusal(400, code, message, { field });
}

/** True for undefined, null and text of only spaces. */
export function isBlankValue(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body` as an object whose keys are all `allowed`: a key we would silently drop is refused instead. */
export function fieldsOf(body: unknown, allowed: readonly string[]): Record<string, unknown> {
	if (!isPlainObject(body)) throw refusals.invalidBody();
	for (const key of Object.keys(body)) {
		if (!allowed.includes(key)) throw refuse('unknown_field', key, `${key} is not a field of this input`);
	}
	return body;
}

/** Trimmed text of at most `max` characters; blank is '' (or `required` when `required`). */
export function text(value: unknown, field: string, max: number, required = false): string {
	if (isBlankValue(value)) {
		if (required) throw refuse('required', field, `${field} must not be empty`);
		return '';
	}
	if (typeof value !== 'string') throw refuse('invalid_value', field, `${field} must be text`);
	const trimmed = value.trim();
	if (trimmed.length > max) throw refuse('too_long', field, `${field} has more than ${max} characters`);
	return trimmed;
}

/**
 * A name in Russian, Kazakh and English, each trimmed and at most `max` characters; a language not
 * sent is ''. A plain string is refused rather than guessed to be one language. With `required`,
 * at least one language must hold text.
 */
export function localized(value: unknown, field: string, max: number, required: boolean): Localized {
	const out: Localized = { ru: '', kk: '', en: '' };
	if (!isBlankValue(value)) {
		if (!isPlainObject(value)) throw refuse('invalid_value', field, `${field} must be {ru, kk, en}`);
		for (const [lang, each] of Object.entries(value)) {
			if (!isLang(lang)) throw refuse('unknown_field', `${field}.${lang}`, `${lang} is not a language`);
			out[lang] = text(each, `${field}.${lang}`, max);
		}
	}
	if (required && out.ru === '' && out.kk === '' && out.en === '') {
		throw refuse('required', field, `${field} must not be empty in every language`);
	}
	return out;
}

/** A valid BIN without spaces; null when blank and not `required`. */
export function bin(value: unknown, field: string, required: true): string;
export function bin(value: unknown, field: string, required: false): string | null;
export function bin(value: unknown, field: string, required: boolean): string | null {
	if (isBlankValue(value)) {
		if (required) throw refuse('required', field, `${field} must not be empty`);
		return null;
	}
	if (typeof value !== 'string') throw refuse('invalid_value', field, `${field} must be text`);
	const problem = binProblem(value);
	if (problem) throw refuse(`bin_${problem}`, field, `${field} is not a valid BIN (${problem})`);
	return normalBin(value);
}

/** A date YYYY-MM-DD; null when blank and not `required`. */
export function date(value: unknown, field: string, required: true): string;
export function date(value: unknown, field: string, required: false): string | null;
export function date(value: unknown, field: string, required: boolean): string | null {
	if (isBlankValue(value)) {
		if (required) throw refuse('required', field, `${field} must not be empty`);
		return null;
	}
	if (!isDate(value)) throw refuse('invalid_date', field, `${field} must be a date YYYY-MM-DD`);
	return value;
}

/** A finite number from `min` to `max` (whole with `whole`); null when blank. */
export function numberOrNull(
	value: unknown,
	field: string,
	min: number,
	max: number,
	whole: boolean
): number | null {
	if (isBlankValue(value)) return null;
	const fits = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
	if (!fits || (whole && !Number.isInteger(value))) {
		const what = whole ? 'a whole number' : 'a number';
		throw refuse('invalid_value', field, `${field} must be ${what} from ${min} to ${max}`);
	}
	return value;
}

/** One of the allowed values; blank is `required`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
	if (isBlankValue(value)) throw refuse('required', field, `${field} must not be empty`);
	if (!allowed.includes(value as T)) {
		throw refuse('invalid_value', field, `${field} must be one of ${allowed.join(', ')}`);
	}
	return value as T;
}

/** true or false; missing (undefined, null) is `required`: a missing answer is not a no. */
export function bool(value: unknown, field: string): boolean {
	if (value === undefined || value === null) throw refuse('required', field, `${field} must be given`);
	if (typeof value !== 'boolean') throw refuse('invalid_value', field, `${field} must be true or false`);
	return value;
}

const TOKEN = /^[A-Za-z0-9_-]+$/;

/** An id made of letters, digits, `_` and `-`, at most `max` long; null when blank. */
export function idOrNull(value: unknown, field: string, max: number): string | null {
	if (isBlankValue(value)) return null;
	if (typeof value !== 'string' || !TOKEN.test(value)) {
		throw refuse('invalid_value', field, `${field} must be an id of letters, digits, _ and -`);
	}
	if (value.length > max) throw refuse('too_long', field, `${field} has more than ${max} characters`);
	return value;
}

/** A plain object of known keys inside an input (`funding`), checked like a body but named by `field`. */
export function nestedFieldsOf(
	value: unknown,
	field: string,
	allowed: readonly string[]
): Record<string, unknown> {
	if (isBlankValue(value)) return {};
	if (!isPlainObject(value)) throw refuse('invalid_value', field, `${field} must be an object`);
	for (const key of Object.keys(value)) {
		if (!allowed.includes(key)) {
			throw refuse('unknown_field', `${field}.${key}`, `${key} is not a field of ${field}`);
		}
	}
	return value;
}
