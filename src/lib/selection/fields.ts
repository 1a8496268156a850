// The checks the selection's inputs share beyond the registry's (registry/fields.ts): lists with a
// bound, ids that must be given and be unique, whole numbers and moments in time. Each returns the
// clean value or throws a 400 Refusal naming the field, so a body's check reads as a list.
import { idOrNull, isBlankValue, refuse as refuseRegistry } from '../registry/fields';
import { isDate } from '../registry/dates';
import { refuse } from './refusals';

/** The longest id of a requirement, criterion, stage or user. */
export const ID_LENGTH = 100;

/** An array of at most `max` items; blank is []. Each item is for the caller to check. */
export function list(value: unknown, field: string, max: number): unknown[] {
	if (isBlankValue(value)) return [];
	if (!Array.isArray(value)) throw refuse('invalid_value', field, `${field} must be a list`);
	if (value.length > max) throw refuse('too_many', field, `${field} has more than ${max} items`);
	return value;
}

/** An id of letters, digits, `_` and `-` that must be given. */
export function requiredId(value: unknown, field: string): string {
	const id = idOrNull(value, field, ID_LENGTH);
	if (id === null) throw refuseRegistry('required', field, `${field} must not be empty`);
	return id;
}

/** Refuses the first id that repeats an earlier one, naming its place in the list (`criteria.2.id`). */
export function uniqueIds(ids: readonly string[], field: (index: number) => string): void {
	const seen = new Set<string>();
	ids.forEach((id, index) => {
		if (seen.has(id)) throw refuse('duplicate_id', field(index), `${id} is listed twice`);
		seen.add(id);
	});
}

/** A whole number from `min` to `max` that must be given. */
export function wholeNumber(value: unknown, field: string, min: number, max: number): number {
	if (isBlankValue(value)) throw refuseRegistry('required', field, `${field} must be given`);
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw refuse('invalid_value', field, `${field} must be a whole number from ${min} to ${max}`);
	}
	return value;
}

// An ISO 8601 moment with its zone: a deadline without one would mean different instants in
// Astana, in Aktobe and on the server.
const TIMESTAMP =
	/^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** True for a real moment written ISO 8601 with a zone: `2017-06-01T09:00:00+06:00`, `…Z`. */
export function isTimestamp(value: unknown): value is string {
	const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
	if (!match || !isDate(match[1])) return false;
	const [hours, minutes, seconds, , zoneHours, zoneMinutes] = match.slice(2).map(Number);
	return (
		hours! < 24 &&
		minutes! < 60 &&
		(Number.isNaN(seconds) || seconds! < 60) &&
		(Number.isNaN(zoneHours) || (zoneHours! <= 14 && zoneMinutes! < 60))
	);
}

/**
 * A moment, stored in UTC (`2017-06-01T03:00:00.000Z`) so moments compare as text and every door
 * sends the same string; a page shows it in its reader's zone. Null when blank.
 */
export function timestampOrNull(value: unknown, field: string): string | null {
	if (isBlankValue(value)) return null;
	if (!isTimestamp(value)) {
		throw refuse('invalid_timestamp', field, `${field} must be an ISO timestamp with a zone`);
	}
	return new Date(value).toISOString();
}

/** Milliseconds since the epoch of a stored moment, to compare with an injected `now`. */
export function instant(timestamp: string): number {
	return Date.parse(timestamp);
}
