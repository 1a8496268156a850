// The plan's reporting years as the monitoring page shows them, from what its load returns: the
// state of each year, the years offered for recording, and the steps a person may take on one.
import {
	allowedSteps,
	isPeriodStep,
	periodLength,
	periodsOfYear,
	periodTime,
	REVIEW_STEPS,
	type Frequency,
	type PeriodKey,
	type PeriodState,
	type PeriodStep
} from '$lib/plan';

/** An approval step as the page's load returns it (newest first within a year). */
export type YearStep = { step: string; state: PeriodState; by: string; at: string; comment: string };

/** A reporting year as the page's load returns it. */
export type ReportingYear = { year: number; state: PeriodState; steps: YearStep[] };

/** Year → state, as `monitorPlan` takes it; years without a step have no data. */
export function statesByYear(years: readonly ReportingYear[]): Record<number, PeriodState> {
	return Object.fromEntries(years.map((y) => [y.year, y.state]));
}

/**
 * The years the panel lists, newest first: every year with a step, and the plan's latest reporting
 * year even without.
 */
export function yearsShown(years: readonly ReportingYear[], latestYear: number): ReportingYear[] {
	const shown = years.some((y) => y.year === latestYear)
		? [...years]
		: [...years, { year: latestYear, state: 'no_data' as const, steps: [] }];
	return shown.toSorted((a, b) => b.year - a.year);
}

/** The steps `state` allows that this person may take: reviewers' steps with `review`, the others with `submit`. */
export function stepsFor(
	state: PeriodState,
	may: { submitPeriod: boolean; reviewPeriod: boolean }
): PeriodStep[] {
	return allowedSteps(state).filter(
		(step) => step !== 'record' && (REVIEW_STEPS.has(step) ? may.reviewPeriod : may.submitPeriod)
	);
}

/** The step named by a history row, or null for one this code does not know. */
export function stepOf(name: string): PeriodStep | null {
	return isPeriodStep(name) ? name : null;
}

/** The years a value may be recorded for: from the first target or baseline year to this year or the last target. */
export function recordingYears(
	indicator: { baselineYear: number | null; targets: Record<string, number> },
	currentYear: number
): number[] {
	const targetYears = Object.keys(indicator.targets).map(Number);
	const first = Math.min(
		indicator.baselineYear === null ? Infinity : indicator.baselineYear + 1,
		...targetYears,
		currentYear
	);
	const last = Math.max(currentYear, ...targetYears);
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The year the record form offers first: the latest offered year by the plan's latest reporting
 * year (`latest`, not the calendar year) that still takes values; a locked year only when every
 * year by then is locked.
 */
export function defaultYear(
	years: readonly number[],
	latest: number,
	locked: (year: number) => boolean
): number {
	const byThen = years.filter((year) => year <= latest);
	return byThen.findLast((year) => !locked(year)) ?? byThen.at(-1) ?? years[0] ?? latest;
}

/** The period of `year` offered first: the latest that has begun by `now`, or the year's first. */
export function defaultPeriod(frequency: Frequency, year: number, now = new Date()): PeriodKey {
	const periods = periodsOfYear(frequency, year);
	// Period times count a year as ending at its number: 2025-Q1 runs from 2024.0 to 2024.25.
	const time = now.getFullYear() - 1 + now.getMonth() / 12;
	// (A hair of slack: a month's start computed as its end less a twelfth may land a rounding error late.)
	const begun = periods.filter((key) => periodTime(key) - periodLength(key) <= time + 1e-9);
	return begun.at(-1) ?? periods[0]!;
}
