// Checks on operation input, shared by all operations. Each returns the clean value or throws a
// PlanError naming the field, so operations read as a list of checks followed by writes.
import { PLAN_BOUNDS } from './bounds';
import { PlanError } from './errors';

/** A string of at most `max` characters once trimmed; `too_long` past it. */
export function boundedText(value: string, field: string, max: number): string {
	const trimmed = value.trim();
	if (trimmed.length > max)
		throw new PlanError('too_long', field, `${field} has more than ${max} characters`);
	return trimmed;
}

/** A non-empty string after trimming (titles, names, comment text), one line long unless `max` says. */
export function requiredText(value: unknown, field: string, max: number = PLAN_BOUNDS.shortText): string {
	if (typeof value !== 'string') throw new PlanError('invalid_value', field, `${field} must be text`);
	const trimmed = boundedText(value, field, max);
	if (trimmed === '') throw new PlanError('required', field, `${field} must not be empty`);
	return trimmed;
}

/** An optional string, trimmed; undefined stays undefined (the field is not changed). */
export function optionalText(
	value: unknown,
	field: string,
	max: number = PLAN_BOUNDS.shortText
): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string') throw new PlanError('invalid_value', field, `${field} must be text`);
	return boundedText(value, field, max);
}

/** A finite number within [min, max]. */
export function finiteNumber(value: unknown, field: string, min = -Infinity, max = Infinity): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		throw new PlanError('invalid_number', field, `${field} must be a number from ${min} to ${max}`);
	}
	return value;
}

/** A whole year, as used for baselines and targets. */
export function year(value: unknown, field: string): number {
	const checked = finiteNumber(value, field, 1900, 2200);
	if (!Number.isInteger(checked)) throw new PlanError('invalid_number', field, `${field} must be a year`);
	return checked;
}

/** One of the allowed values. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
	if (!allowed.includes(value as T)) {
		throw new PlanError('invalid_value', field, `${field} must be one of ${allowed.join(', ')}`);
	}
	return value as T;
}

/** A boolean. */
export function bool(value: unknown, field: string): boolean {
	if (typeof value !== 'boolean')
		throw new PlanError('invalid_value', field, `${field} must be true or false`);
	return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An ISO date or null (no date). */
export function dateOrNull(value: unknown, field: string): string | null {
	if (value === null) return null;
	if (!isIsoDate(value)) throw new PlanError('invalid_date', field, `${field} must be a date YYYY-MM-DD`);
	return value;
}
