// Whether an indicator is on track. The target path runs straight from the baseline (or, without
// one, the first target) to each yearly target in turn. The latest figure is compared with where the
// path is at that time, as the share of the planned change (from the path's start) actually achieved:
// - on track: at least 90 % of the planned change;
// - at risk: 60 % to 90 %;
// - off track: below 60 %.
// An incremental figure for part of a year is scaled to the whole year first (two quarters count
// double). Targets below the baseline (costs, losses) work the same way: the change is a fall.
import { periodTime } from './period';
import type { YearActual } from './totals';
import type { Indicator } from './types';

export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data', 'no_target'] as const;
/** An indicator's standing; `no_data` before any value, `no_target` when nothing is planned then. */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** The shares of the planned change that separate the statuses. */
export const STATUS_THRESHOLDS = { onTrack: 0.9, atRisk: 0.6 } as const;

type Point = { time: number; value: number };

/** The target path's points: the baseline at the end of its year, then each target at its year's end. */
export function targetPath(indicator: Indicator): Point[] {
	const points: Point[] = Object.entries(indicator.targets)
		.map(([year, value]) => ({ time: Number(year), value }))
		.toSorted((a, b) => a.time - b.time);
	const { baseline, baselineYear } = indicator;
	if (baseline !== null && baselineYear !== null && baselineYear < (points[0]?.time ?? Infinity)) {
		points.unshift({ time: baselineYear, value: baseline });
	}
	return points;
}

/** Where the target path is at `time` (a fractional year); the last target holds after it; null before it starts. */
export function expectedAt(indicator: Indicator, time: number): number | null {
	const points = targetPath(indicator);
	const first = points[0];
	if (!first || time < first.time) return null;
	for (const [i, b] of points.entries()) {
		const a = points[i - 1];
		if (a && time <= b.time) return a.value + ((b.value - a.value) * (time - a.time)) / (b.time - a.time);
	}
	return time <= first.time ? first.value : points.at(-1)!.value;
}

/** The figure a status judges: a cumulative level as it is, an incremental part-year scaled to the year. */
export function comparableValue(indicator: Indicator, actual: YearActual): number {
	return indicator.cumulative || actual.computed || actual.share <= 0
		? actual.value
		: actual.value / actual.share;
}

/** The time the figure stands for: a level at its latest period's end, a year's flow at the year's end. */
function comparableTime(indicator: Indicator, actual: YearActual): number {
	return indicator.cumulative ? periodTime(actual.lastPeriod) : actual.year;
}

/** The share of the planned change achieved; near 1 when the path plans no change and the value holds. */
export function achievedShare(from: number, expected: number, value: number): number {
	if (expected !== from) return (value - from) / (expected - from);
	const scale = Math.max(Math.abs(expected), Number.EPSILON);
	return 1 - Math.abs(value - expected) / scale;
}

/** The status a share of the planned change gives. */
export function statusOfShare(share: number): IndicatorStatus {
	if (share >= STATUS_THRESHOLDS.onTrack) return 'on_track';
	if (share >= STATUS_THRESHOLDS.atRisk) return 'at_risk';
	return 'off_track';
}

export type NextTarget = {
	year: number;
	target: number;
	/** Share of the change from the baseline to this target achieved so far; null without data. */
	progress: number | null;
};

export type IndicatorProgress = {
	status: IndicatorStatus;
	/** The latest yearly figure, or null before any value. */
	latest: YearActual | null;
	/** Where the target path is at the latest figure's time. */
	expected: number | null;
	/** The share of the planned change achieved by the latest figure. */
	achieved: number | null;
	next: NextTarget | null;
};

/**
 * An indicator's standing from its yearly figures (as `planActuals` gives them). `currentYear`
 * chooses the next target while nothing is recorded yet.
 */
export function indicatorProgress(
	indicator: Indicator,
	actuals: YearActual[],
	currentYear: number
): IndicatorProgress {
	const latest = actuals.at(-1) ?? null;
	const targets = Object.entries(indicator.targets)
		.map(([year, target]) => ({ year: Number(year), target }))
		.toSorted((a, b) => a.year - b.year);
	// The next target still ahead: after the latest figure's year, or that year while it is partly reported.
	const ahead = (year: number) =>
		latest ? year > latest.year || (year === latest.year && latest.share < 1) : year >= currentYear;
	const upcoming = targets.find((t) => ahead(t.year)) ?? targets.at(-1) ?? null;
	const current = latest ? comparableValue(indicator, latest) : null;
	// Without a baseline the path starts at the first target, so a falling target still reads as a fall.
	const start = targetPath(indicator)[0]?.value ?? 0;
	const next: NextTarget | null = upcoming && {
		...upcoming,
		progress: current === null ? null : achievedShare(start, upcoming.target, current)
	};
	if (!latest || current === null) return { status: 'no_data', latest, expected: null, achieved: null, next };
	const expected = targets.length === 0 ? null : expectedAt(indicator, comparableTime(indicator, latest));
	if (expected === null) return { status: 'no_target', latest, expected, achieved: null, next };
	const achieved = achievedShare(start, expected, current);
	return { status: statusOfShare(achieved), latest, expected, achieved, next };
}
