import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addIndicator,
	initPlan,
	monitorPlan,
	snapshot,
	type IndicatorInput,
	type ValueRecord
} from '$lib/plan';
import { chartFigures } from '$lib/components/monitoring/chart-data';

function monitored(input: Partial<IndicatorInput>, values: [string, number][], approvedYears: number[] = []) {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Flour' });
	addIndicator(doc, { id: 'x', code: 'X', name: 'Exports', baseline: 100, baselineYear: 2020, ...input });
	const records: ValueRecord[] = values.map(([period, value], i) => ({
		id: i + 1,
		indicatorId: 'x',
		period,
		value,
		note: '',
		evidence: '',
		authorName: 'Saule',
		at: `2024-0${i + 1}-01T00:00:00.000Z`
	}));
	const years = new Set(values.map(([period]) => Number(period.slice(0, 4))));
	const states = Object.fromEntries(
		[...years].map((year) => [year, approvedYears.includes(year) ? 'approved' : 'in_progress'] as const)
	);
	const plan = snapshot(doc);
	doc.destroy();
	return monitorPlan(plan, records, states, { includeUnapproved: true, currentYear: 2024 })[0]!;
}

describe('the figures of an indicator chart', () => {
	it('draws the target path from the baseline through each target, in year order', () => {
		const figures = chartFigures(monitored({ targets: { 2025: 200, 2022: 130 } }, []));
		expect(figures.baseline).toEqual({ x: 2020, y: 100 });
		expect(figures.path).toEqual([
			{ x: 2020, y: 100 },
			{ x: 2022, y: 130 },
			{ x: 2025, y: 200 }
		]);
		expect(figures.targets).toEqual([
			{ x: 2022, y: 130 },
			{ x: 2025, y: 200 }
		]);
		expect(figures.actuals).toEqual([]);
	});

	it("places a cumulative level at its latest period's end and an incremental year's sum at the year's end", () => {
		const level = chartFigures(
			monitored({ cumulative: true, frequency: 'quarterly', targets: { 2025: 200 } }, [
				['2024-Q1', 110],
				['2024-Q2', 120]
			])
		);
		expect(level.actuals).toEqual([{ x: 2023.5, y: 120, year: 2024, approved: false, share: 0.5 }]);

		const flow = chartFigures(
			monitored({ cumulative: false, frequency: 'quarterly', targets: { 2025: 200 } }, [
				['2024-Q1', 10],
				['2024-Q2', 15]
			])
		);
		expect(flow.actuals).toEqual([{ x: 2024, y: 25, year: 2024, approved: false, share: 0.5 }]);
	});

	it('gives one table row per year with a baseline, target or actual, marking unapproved and part-year figures', () => {
		const figures = chartFigures(
			monitored(
				{ cumulative: false, frequency: 'semiannual', targets: { 2023: 150 } },
				[
					['2022-H1', 20],
					['2022-H2', 30],
					['2023-H1', 40]
				],
				[2022]
			)
		);
		expect(figures.rows).toEqual([
			{ year: 2020, baseline: 100, target: null, actual: null, approved: true, partial: false },
			{ year: 2022, baseline: null, target: null, actual: 50, approved: true, partial: false },
			{ year: 2023, baseline: null, target: 150, actual: 40, approved: false, partial: true }
		]);
	});

	it('has no baseline point when the baseline or its year is not set', () => {
		const figures = chartFigures(monitored({ baseline: null, baselineYear: null, targets: { 2025: 5 } }, []));
		expect(figures.baseline).toBeNull();
		expect(figures.path).toEqual([{ x: 2025, y: 5 }]);
		expect(figures.rows.map((row) => row.year)).toEqual([2025]);
	});
});
