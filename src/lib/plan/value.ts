// Checks one indicator value before it is recorded, whether typed in the monitoring view, posted to
// the API, read from a spreadsheet row or brought in with a whole cluster: the indicator exists and
// is measured (not a formula), the period is one of its periods, the value is a number within the
// plan's bounds, and (when recording) the period's year is not locked.
import { isLocked, type PeriodState } from './approval';
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';
import { parsePeriod, periodYear, type PeriodKey } from './period';
import type { Indicator } from './types';

/** A value as it arrives: the indicator by id or code, the period and value as typed. */
export type ValueInput = {
	indicator: unknown;
	period: unknown;
	value: unknown;
	note?: unknown;
	evidence?: unknown;
};

/** A value ready to record. */
export type CheckedValue = {
	indicatorId: string;
	period: PeriodKey;
	value: number;
	note: string;
	evidence: string;
};

export const MAX_NOTE_LENGTH = 2000;

/** A number, also from spreadsheet text: "1 234,5" and "1234.5" both read as 1234.5. */
export function readNumber(input: unknown, field = 'value'): number {
	if (typeof input === 'number' && Number.isFinite(input)) return input;
	if (typeof input === 'string') {
		let clean = input.replace(/[\s\u00a0\u202f]/g, '');
		if (/^-?\d+,\d+$/.test(clean)) clean = clean.replace(',', '.');
		if (/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(clean)) {
			const value = Number(clean);
			if (Number.isFinite(value)) return value;
		}
	}
	throw new PlanError('invalid_number', field, `${field} must be a number`);
}

function optionalString(input: unknown, field: string, max: number): string {
	if (input === undefined || input === null) return '';
	if (typeof input !== 'string') throw new PlanError('invalid_value', field, `${field} must be text`);
	const clean = input.trim();
	if (clean.length > max)
		throw new PlanError('invalid_value', field, `${field} is longer than ${max} characters`);
	return clean;
}

function evidenceLink(input: unknown): string {
	const link = optionalString(input, 'evidence', 2000);
	if (link === '') return '';
	try {
		const url = new URL(link);
		if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
	} catch {
		// Not a URL at all: refused below with the same message.
	}
	throw new PlanError(
		'invalid_value',
		'evidence',
		'evidence must be a link starting with http:// or https://'
	);
}

/** The indicator `ref` names, by id first, then by code (case-insensitive). */
export function findIndicator(indicators: readonly Indicator[], ref: unknown): Indicator | undefined {
	if (typeof ref !== 'string' && typeof ref !== 'number') return undefined;
	const text = String(ref).trim();
	return (
		indicators.find((indicator) => indicator.id === text) ??
		indicators.find((indicator) => indicator.code.toLowerCase() === text.toLowerCase())
	);
}

/** What a value says: two with the same number, note and evidence are the same record. */
type Said = Pick<CheckedValue, 'value' | 'note' | 'evidence'>;

/** True when `a` and `b` record the same thing. */
export function sameValue(a: Said, b: Said): boolean {
	return a.value === b.value && a.note === b.note && a.evidence === b.evidence;
}

/**
 * What a value is, whichever door it comes through: the one rule for a value of the plan's
 * `indicators`, in canonical form; throws a PlanError naming the field at fault (`indicator`,
 * `period`, `value`, `note`, `evidence`). Says nothing about the state of its year.
 */
export function readValue(indicators: readonly Indicator[], input: ValueInput): CheckedValue {
	const indicator = findIndicator(indicators, input.indicator);
	if (!indicator) throw new PlanError('not_found', 'indicator', `no indicator ${String(input.indicator)}`);
	if (indicator.formula !== null) {
		throw new PlanError('computed_indicator', 'indicator', `${indicator.code} is computed by its formula`);
	}
	const period = parsePeriod(input.period, indicator.frequency);
	const value = readNumber(input.value);
	// The bound of the targets and baselines it is compared with: past it, totals lose their digits.
	if (Math.abs(value) > PLAN_BOUNDS.measure)
		throw new PlanError('invalid_number', 'value', `value must be within ±${PLAN_BOUNDS.measure}`);
	const note = optionalString(input.note, 'note', MAX_NOTE_LENGTH);
	const evidence = evidenceLink(input.evidence);
	return { indicatorId: indicator.id, period, value, note, evidence };
}

/**
 * Checks a value against the plan's indicators (`readValue`) and the state of each reporting year;
 * throws a PlanError naming the field at fault. `standing` gives the value a period holds now:
 * repeating it changes nothing, so a locked year takes it (an exported file re-imports as it is).
 */
export function checkValue(
	indicators: readonly Indicator[],
	input: ValueInput,
	stateOfYear: (year: number) => PeriodState,
	standing: (indicatorId: string, period: PeriodKey) => Said | undefined = () => undefined
): CheckedValue {
	const checked = readValue(indicators, input);
	const { indicatorId, period } = checked;
	const state = stateOfYear(periodYear(period));
	const held = standing(indicatorId, period);
	if (isLocked(state) && !(held && sameValue(held, checked))) {
		throw new PlanError('period_locked', 'period', `${period} is ${state}`);
	}
	return checked;
}
