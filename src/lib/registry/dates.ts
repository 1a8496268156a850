// Dates in the registry (joined, left, founded, "as of") are calendar days written YYYY-MM-DD, with
// no time or zone: a day means the same day in Almaty, on the server and in a report. Written so,
// they order as text the way they order in time, so they are compared as strings.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (2024-02-29 is one, 2025-02-29 not). */
export function isDate(value: unknown): value is string {
	const match = typeof value === 'string' ? DATE.exec(value) : null;
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return days !== undefined && day >= 1 && day <= days;
}
