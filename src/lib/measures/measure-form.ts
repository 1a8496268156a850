// Checks what a person sends about a support measure, field by field, before anything is stored:
// the body of POST /api/measures (a new measure, its id given or made from its name) and of PATCH
// /api/measures/<id> (some fields of one). Each wrong field is a 400 `Refusal` naming it, so the
// page shows the words beside that field.
import { LANGS, type Localized } from '../plan/localized';
import { Refusal } from '../refusal';
import {
	date,
	fieldsOf,
	idOrNull,
	isBlankValue,
	localized,
	numberOrNull,
	oneOf,
	text,
	type RegistryRefusalCode
} from '../registry/fields';
import { MEASURE_INSTRUMENTS, MEASURE_STATUSES, type MeasureInput } from './measure';

export const MEASURE_BOUNDS = {
	name: 300,
	operator: 300,
	recipients: 2_000,
	legalAct: 500,
	legalArticle: 200,
	id: 80,
	/** Tenge: far above any measure's ceiling (the largest are a few billion), so only typos meet it. */
	maxPerProject: 10_000_000_000_000
} as const;

/** Why a measure's body was refused: the registry's codes, and the catalogue's own. */
export type MeasureRefusalCode =
	| RegistryRefusalCode
	| 'date_order' // in force to a day before it is in force from
	| 'id_taken'; // a new measure given the id of one the catalogue already has

/** A refusal of one field of a measure's body (400). */
export function refuseMeasure(code: MeasureRefusalCode, field: string, message: string): Refusal {
	return new Refusal(400, code, message, { field });
}

const KEYS = [
	'name',
	'operator',
	'instrument',
	'recipients',
	'maxPerProject',
	'ownShare',
	'legalAct',
	'legalArticle',
	'inForceFrom',
	'inForceTo',
	'status'
] as const;
const LOCALIZED_KEYS = ['name', 'operator', 'recipients', 'legalAct'] as const;

const B = MEASURE_BOUNDS;

// In the order of KEYS, so the same wrong body is always refused for the same field.
function checkFields(fields: Record<string, unknown>): MeasureInput {
	const name = localized(fields.name, 'name', B.name, true);
	const operator = localized(fields.operator, 'operator', B.operator, false);
	const instrument = oneOf(fields.instrument, MEASURE_INSTRUMENTS, 'instrument');
	const recipients = localized(fields.recipients, 'recipients', B.recipients, false);
	const maxPerProject = numberOrNull(fields.maxPerProject, 'maxPerProject', 0, B.maxPerProject, true);
	// A measure that asks nothing of the recipient (a service, a tax relief) is the common blank.
	const ownShare = numberOrNull(fields.ownShare, 'ownShare', 0, 100, false) ?? 0;
	const legalAct = localized(fields.legalAct, 'legalAct', B.legalAct, false);
	const legalArticle = text(fields.legalArticle, 'legalArticle', B.legalArticle);
	const inForceFrom = date(fields.inForceFrom, 'inForceFrom', false);
	const inForceTo = date(fields.inForceTo, 'inForceTo', false);
	if (inForceFrom !== null && inForceTo !== null && inForceTo < inForceFrom) {
		throw refuseMeasure('date_order', 'inForceTo', 'inForceTo must not come before inForceFrom');
	}
	const status = oneOf(fields.status, MEASURE_STATUSES, 'status');
	return {
		name,
		operator,
		instrument,
		recipients,
		maxPerProject,
		ownShare,
		legalAct,
		legalArticle,
		inForceFrom,
		inForceTo,
		status
	};
}

/** A new measure: its checked fields, and its id when the body gives one (else null: made from the name). */
export function checkNewMeasure(body: unknown): { id: string | null; input: MeasureInput } {
	const fields = fieldsOf(body, ['id', ...KEYS]);
	const id = idOrNull(fields.id, 'id', B.id);
	return { id: id === null ? null : id.toLowerCase(), input: checkFields(fields) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The measure `current` with the fields of a patch: a field not sent keeps its value, and a text
 * sent as `{ru}` changes Russian only, so a translator does not send the other languages back.
 * The result is checked whole: a patch may not leave the measure wrong (its dates out of order).
 */
export function checkMeasurePatch(body: unknown, current: MeasureInput): MeasureInput {
	const fields = fieldsOf(body, KEYS);
	const merged: Record<string, unknown> = { ...current };
	for (const [key, value] of Object.entries(fields)) {
		const isText = (LOCALIZED_KEYS as readonly string[]).includes(key);
		merged[key] =
			isText && isPlainObject(value)
				? { ...current[key as (typeof LOCALIZED_KEYS)[number]], ...value }
				: value;
	}
	return checkFields(merged);
}

// Russian and Kazakh letters in Latin, for ids made from a name written only in Cyrillic.
const LATIN: Record<string, string> = {
	а: 'a',
	ә: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ғ: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'i',
	і: 'i',
	к: 'k',
	қ: 'q',
	л: 'l',
	м: 'm',
	н: 'n',
	ң: 'n',
	о: 'o',
	ө: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ұ: 'u',
	ү: 'u',
	ф: 'f',
	х: 'kh',
	һ: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

/**
 * An id made from a measure's name: the English name if written, else the first language that is,
 * in lower-case Latin letters, digits and hyphens ("Interest subsidy" → `interest-subsidy`). Never
 * blank: a name of no letters at all gives `measure`.
 */
export function measureSlug(name: Localized): string {
	const source = [name.en, ...LANGS.map((lang) => name[lang])].find((each) => !isBlankValue(each)) ?? '';
	const latin = [...source.toLowerCase()].map((char) => LATIN[char] ?? char).join('');
	const slug = latin
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug === '' ? 'measure' : slug;
}
