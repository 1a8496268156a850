// Value and reporting-year rows as they are read back from the database, before anything computes
// with them. Rows written before every door checked them (an old cluster import, a hand edit) may
// hold a period such as `Q9-xyz` or a state no step leads to; one such row must not take the
// monitoring pages down for everyone, so it is left out and logged, and the rest is shown.
import type { IndicatorValueRow, PeriodStepRow } from '../db/schema';
import { PERIOD_STATES, isPeriodKey, isPeriodStep } from '../../plan';

type Warn = (line: string) => void;

const isTime = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());
const isText = (value: unknown) => typeof value === 'string';

/** True when every field of a stored value is what the monitoring totals and pages read. */
function readableValue(row: IndicatorValueRow): boolean {
	return (
		isPeriodKey(row.period) &&
		typeof row.value === 'number' &&
		Number.isFinite(row.value) &&
		isText(row.indicatorId) &&
		isText(row.note) &&
		isText(row.evidence) &&
		isText(row.authorName) &&
		isTime(row.createdAt)
	);
}

/** True when a stored step names a year, a step and a state the approval rules know. */
function readableStep(row: PeriodStepRow): boolean {
	return (
		Number.isInteger(row.year) &&
		row.year >= 1900 &&
		row.year <= 2200 &&
		isPeriodStep(row.step) &&
		(PERIOD_STATES as readonly unknown[]).includes(row.state) &&
		isText(row.comment) &&
		isText(row.userName) &&
		isTime(row.at)
	);
}

function keep<T extends { id: number }>(
	rows: T[],
	readable: (row: T) => boolean,
	what: string,
	planId: string,
	warn: Warn
): T[] {
	const kept = rows.filter(readable);
	if (kept.length < rows.length) {
		const skipped = rows.filter((row) => !readable(row)).map((row) => row.id);
		warn(`indicators: plan ${planId} has ${what} that cannot be read, skipped (ids ${skipped.join(', ')})`);
	}
	return kept;
}

/** The stored values of a plan that can be read; the others are logged and left out. */
export function readableValues(
	rows: IndicatorValueRow[],
	planId: string,
	warn: Warn = console.warn
): IndicatorValueRow[] {
	return keep(rows, readableValue, 'values', planId, warn);
}

/** The stored reporting-year steps of a plan that can be read; the others are logged and left out. */
export function readableSteps(
	rows: PeriodStepRow[],
	planId: string,
	warn: Warn = console.warn
): PeriodStepRow[] {
	return keep(rows, readableStep, 'reporting-year steps', planId, warn);
}
