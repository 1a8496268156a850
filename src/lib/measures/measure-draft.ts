// The measures page's own logic, apart from its components: what the form sends from what was typed
// (left for the server to check and refuse at its field), where a refusal is shown, and the order
// and filters of the catalogue's table.
import { LANGS, textIn, type Lang, type Localized } from '../plan/localized';
import { MEASURE_STATUSES, type Measure, type MeasureInstrument, type MeasureStatus } from './measure';

/** The fields of the form that each have a place for a refusal, in the order the form shows them. */
export const FORM_FIELDS = [
	'id',
	'name',
	'operator',
	'recipients',
	'instrument',
	'status',
	'maxPerProject',
	'ownShare',
	'inForceFrom',
	'inForceTo',
	'legalAct',
	'legalArticle'
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const TEXTS = ['name', 'operator', 'recipients', 'legalAct'] as const;

/** A number when the text is one ("1 500 000", "12,5"), null when blank, else the text as typed. */
export function typedNumber(typed: string): number | string | null {
	const trimmed = typed.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
	return Number.isFinite(number) ? number : trimmed;
}

/**
 * The body of POST /api/measures (with `isNew`, and an id only when one was typed) or of PATCH
 * /api/measures/<id>, from the form's inputs read by name (`name.ru`, `maxPerProject`, …).
 */
export function measureBody(read: (name: string) => string, isNew: boolean): Record<string, unknown> {
	const body: Record<string, unknown> = {};
	if (isNew && read('id').trim() !== '') body.id = read('id').trim();
	for (const field of TEXTS) {
		body[field] = Object.fromEntries(LANGS.map((lang) => [lang, read(`${field}.${lang}`)])) as Localized;
	}
	body.instrument = read('instrument');
	body.status = read('status');
	body.maxPerProject = typedNumber(read('maxPerProject'));
	body.ownShare = typedNumber(read('ownShare'));
	body.inForceFrom = read('inForceFrom').trim() || null;
	body.inForceTo = read('inForceTo').trim() || null;
	body.legalArticle = read('legalArticle');
	return body;
}

/** The form field that shows a refusal of `field` (`name.ru` → `name`); null when none does. */
export function placeOfRefusal(field: string | null | undefined): FormField | null {
	const top = (field ?? '').split('.')[0];
	return (FORM_FIELDS as readonly string[]).includes(top ?? '') ? (top as FormField) : null;
}

/** What the table is filtered by; null lets every value through. */
export type MeasureFilter = { status: MeasureStatus | null; instrument: MeasureInstrument | null };

/**
 * The measures that pass `filter`, in force first, then drafted, then proposed, each group by
 * name as a reader of `lang` reads it.
 */
export function shownMeasures(measures: readonly Measure[], filter: MeasureFilter, lang: Lang): Measure[] {
	const rank = (measure: Measure) => MEASURE_STATUSES.indexOf(measure.status);
	const name = (measure: Measure) => textIn(measure.name, lang).text;
	return measures
		.filter((measure) => filter.status === null || measure.status === filter.status)
		.filter((measure) => filter.instrument === null || measure.instrument === filter.instrument)
		.sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b), lang));
}
