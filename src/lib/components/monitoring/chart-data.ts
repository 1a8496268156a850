// What an indicator's chart and its table of years show, from its monitored figures: the target path
// from the baseline through each yearly target, the targets themselves, and the yearly actuals placed
// where the status rule judges them (a level at its latest period's end, a year's flow at the year's
// end). Pure, so the chart, its text alternative and the tests read the same numbers.
import { periodTime, targetPath, type MonitoredIndicator } from '$lib/plan';

export type ChartPoint = { x: number; y: number };

/** A yearly actual on the chart. */
export type ActualPoint = ChartPoint & {
	year: number;
	approved: boolean;
	/** Share of the year the figure covers (1 for a whole year). */
	share: number;
};

/** One row of the table under the chart. */
export type FigureRow = {
	year: number;
	/** The baseline when this is the baseline year, else null. */
	baseline: number | null;
	target: number | null;
	actual: number | null;
	/** False when the actual includes a value of a year not yet approved. */
	approved: boolean;
	/** True when an incremental actual covers only part of its year. */
	partial: boolean;
};

export type ChartFigures = {
	/** The dashed line the status rule measures against. */
	path: ChartPoint[];
	baseline: ChartPoint | null;
	targets: ChartPoint[];
	actuals: ActualPoint[];
	rows: FigureRow[];
};

/** The chart's points and the table's rows for one monitored indicator. */
export function chartFigures({ indicator, actuals }: MonitoredIndicator): ChartFigures {
	const path = targetPath(indicator).map(({ time, value }) => ({ x: time, y: value }));
	const { baseline: base, baselineYear } = indicator;
	const baseline = base !== null && baselineYear !== null ? { x: baselineYear, y: base } : null;
	const targets = Object.entries(indicator.targets)
		.map(([year, value]) => ({ x: Number(year), y: value }))
		.toSorted((a, b) => a.x - b.x);
	const points: ActualPoint[] = actuals.map((actual) => ({
		x: indicator.cumulative ? periodTime(actual.lastPeriod) : actual.year,
		y: actual.value,
		year: actual.year,
		approved: actual.approved,
		share: actual.share
	}));

	const years = new Set<number>([...targets.map((t) => t.x), ...actuals.map((a) => a.year)]);
	if (baseline) years.add(baseline.x);
	const rows = [...years]
		.toSorted((a, b) => a - b)
		.map((year): FigureRow => {
			const actual = actuals.find((a) => a.year === year);
			return {
				year,
				baseline: baseline?.x === year ? baseline.y : null,
				target: indicator.targets[String(year)] ?? null,
				actual: actual?.value ?? null,
				approved: actual?.approved ?? true,
				partial: actual !== undefined && !indicator.cumulative && !actual.computed && actual.share < 1
			};
		});
	return { path, baseline, targets, actuals: points, rows };
}
