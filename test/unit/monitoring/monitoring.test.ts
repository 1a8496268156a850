import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addAction,
	addIndicator,
	addLine,
	addObjective,
	addProject,
	initPlan,
	latestReportingYear,
	monitorPlan,
	planYears,
	snapshot,
	type MonitoredIndicator,
	type PeriodState,
	type PlanData,
	type ValueRecord
} from '$lib/plan';

// Two lines. "supply" has objective "yield" with an action measured by MILK and run by the
// "centres" project; "brand" has objective "fame", tracked by FAIRS directly. GRANTS is linked to
// the "centres" project, which serves "yield". YIELD is a formula; LOOSE tracks nothing.
function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Dairy' });
	addLine(doc, { id: 'supply', title: 'Raw milk supply' });
	addLine(doc, { id: 'brand', title: 'Regional brand' });
	addObjective(doc, { id: 'yield-up', lineId: 'supply', title: 'Higher yields' });
	addObjective(doc, { id: 'fame', lineId: 'brand', title: 'Known brand' });
	addProject(doc, { id: 'centres', title: 'Collection centres', objectiveIds: ['yield-up'] });
	addProject(doc, { id: 'fair', title: 'Trade fair' });
	addIndicator(doc, {
		id: 'milk',
		code: 'MILK',
		name: 'Milk delivered',
		frequency: 'quarterly',
		baseline: 0,
		baselineYear: 2023,
		targets: { 2024: 100, 2025: 200 }
	});
	addIndicator(doc, { id: 'farms', code: 'FARMS', name: 'Farms', cumulative: true, linkId: 'centres' });
	addIndicator(doc, { id: 'yield', code: 'YIELD', name: 'Milk per farm', formula: 'MILK / FARMS' });
	addIndicator(doc, { id: 'fairs', code: 'FAIRS', name: 'Fairs held', linkId: 'fame' });
	addIndicator(doc, { id: 'loose', code: 'LOOSE', name: 'Jobs' });
	addAction(doc, {
		objectiveId: 'yield-up',
		title: 'Buy coolers',
		projectIds: ['centres'],
		indicatorIds: ['milk']
	});
	addAction(doc, { objectiveId: 'fame', title: 'Go to the fair', projectIds: ['fair'] });
	const data = snapshot(doc);
	doc.destroy();
	return data;
}

let nextId = 1;
function record(
	indicatorId: string,
	period: string,
	value: number,
	at: string,
	authorName = 'Cora'
): ValueRecord {
	return { id: nextId++, indicatorId, period, value, note: '', evidence: '', authorName, at };
}

// 2024 is approved, 2025 only in progress.
const values: ValueRecord[] = [
	record('milk', '2024-Q1', 25, '2024-04-02T10:00:00.000Z'),
	record('milk', '2024-Q2', 25, '2024-07-02T10:00:00.000Z'),
	record('milk', '2024-Q3', 25, '2024-10-02T10:00:00.000Z'),
	record('milk', '2024-Q4', 25, '2025-01-05T10:00:00.000Z'),
	record('farms', '2024', 5, '2025-01-06T10:00:00.000Z', 'Farida'),
	record('milk', '2025-Q1', 60, '2025-04-02T10:00:00.000Z'),
	record('farms', '2025', 6, '2025-04-03T10:00:00.000Z'),
	record('fairs', '2025', 1, '2025-03-01T10:00:00.000Z')
];
const states: Record<number, PeriodState> = { 2024: 'approved', 2025: 'in_progress' };

function byId(list: MonitoredIndicator[], id: string): MonitoredIndicator {
	const found = list.find((entry) => entry.indicator.id === id);
	if (!found) throw new Error(`no ${id}`);
	return found;
}

describe('the monitoring view of a plan', () => {
	it('lists every indicator of the plan in plan order', () => {
		const list = monitorPlan(plan(), values, states, { includeUnapproved: false, currentYear: 2025 });
		expect(list.map((entry) => entry.indicator.id)).toEqual(['milk', 'farms', 'yield', 'fairs', 'loose']);
	});

	it('shows only figures of approved years by default', () => {
		const list = monitorPlan(plan(), values, states, { includeUnapproved: false, currentYear: 2025 });
		const milk = byId(list, 'milk');
		expect(milk.values.map((v) => v.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
		expect(milk.values.every((v) => v.approved && v.state === 'approved')).toBe(true);
		expect(milk.actuals).toEqual([
			{ year: 2024, value: 100, share: 1, lastPeriod: '2024-Q4', approved: true, computed: false }
		]);
		expect(milk.progress).toMatchObject({ status: 'on_track', latest: { year: 2024, value: 100 } });
		expect(byId(list, 'fairs')).toMatchObject({ values: [], actuals: [], lastUpdate: null });
		expect(byId(list, 'fairs').progress.status).toBe('no_data');
		expect(byId(list, 'yield').actuals.map((a) => [a.year, a.value])).toEqual([[2024, 20]]);
	});

	it('includes unapproved figures when asked, marked as such', () => {
		const list = monitorPlan(plan(), values, states, { includeUnapproved: true, currentYear: 2025 });
		const milk = byId(list, 'milk');
		expect(milk.values.map((v) => [v.period, v.state, v.approved])).toEqual([
			['2024-Q1', 'approved', true],
			['2024-Q2', 'approved', true],
			['2024-Q3', 'approved', true],
			['2024-Q4', 'approved', true],
			['2025-Q1', 'in_progress', false]
		]);
		expect(milk.actuals.map((a) => [a.year, a.value, a.approved])).toEqual([
			[2024, 100, true],
			[2025, 60, false]
		]);
		expect(byId(list, 'yield').actuals.map((a) => [a.year, a.value, a.approved])).toEqual([
			[2024, 20, true],
			[2025, 10, false]
		]);
		// Q1 of 2025 scaled to the year is 240, above the 200 planned.
		expect(milk.progress.status).toBe('on_track');
	});

	it('leaves out a value whose period is no period, and shows the rest', () => {
		const withJunk = [...values, record('milk', 'Q9-xyz', 999, '2025-05-01T10:00:00.000Z')];
		const options = { includeUnapproved: true, currentYear: 2025 };
		expect(monitorPlan(plan(), withJunk, states, options)).toEqual(
			monitorPlan(plan(), values, states, options)
		);
	});

	it('treats a year without a recorded state as not approved', () => {
		const list = monitorPlan(
			plan(),
			values,
			{ 2024: 'approved' },
			{ includeUnapproved: true, currentYear: 2025 }
		);
		expect(byId(list, 'fairs').values.map((v) => [v.state, v.approved])).toEqual([['no_data', false]]);
		expect(
			byId(monitorPlan(plan(), values, {}, { includeUnapproved: false, currentYear: 2025 }), 'milk').values
		).toEqual([]);
	});

	it('shows a formula indicator’s figures but no typed values', () => {
		const typed = [...values, record('yield', '2024', 999, '2025-06-01T00:00:00.000Z')];
		const result = byId(
			monitorPlan(plan(), typed, states, { includeUnapproved: true, currentYear: 2025 }),
			'yield'
		);
		expect(result.values).toEqual([]);
		expect(result.actuals.every((a) => a.computed)).toBe(true);
		expect(result.actuals.map((a) => a.value)).toEqual([20, 10]);
	});

	it('names the last update among the values shown, and who made it', () => {
		const approvedOnly = monitorPlan(plan(), values, states, { includeUnapproved: false, currentYear: 2025 });
		expect(byId(approvedOnly, 'farms').lastUpdate).toMatchObject({ period: '2024', authorName: 'Farida' });
		const all = monitorPlan(plan(), values, states, { includeUnapproved: true, currentYear: 2025 });
		expect(byId(all, 'farms').lastUpdate).toMatchObject({ period: '2025', authorName: 'Cora' });
		expect(byId(all, 'milk').lastUpdate?.period).toBe('2025-Q1');
	});

	it('says which lines, objectives and projects each indicator belongs to', () => {
		const list = monitorPlan(plan(), values, states, { includeUnapproved: false, currentYear: 2025 });
		const belonging = (id: string) => {
			const { lineIds, objectiveIds, projectIds } = byId(list, id);
			return {
				lineIds: lineIds.toSorted(),
				objectiveIds: objectiveIds.toSorted(),
				projectIds: projectIds.toSorted()
			};
		};
		// Through an action that measures with it: the action's objective, its line and its projects.
		expect(belonging('milk')).toEqual({
			lineIds: ['supply'],
			objectiveIds: ['yield-up'],
			projectIds: ['centres']
		});
		// Through its link to a project: the project and the objectives the project serves.
		expect(belonging('farms')).toEqual({
			lineIds: ['supply'],
			objectiveIds: ['yield-up'],
			projectIds: ['centres']
		});
		// Through its link to an objective.
		expect(belonging('fairs')).toEqual({ lineIds: ['brand'], objectiveIds: ['fame'], projectIds: [] });
		expect(belonging('loose')).toEqual({ lineIds: [], objectiveIds: [], projectIds: [] });
		expect(belonging('yield')).toEqual({ lineIds: [], objectiveIds: [], projectIds: [] });
	});

	it('names the next target from the current year while nothing is shown', () => {
		const list = monitorPlan(plan(), [], {}, { includeUnapproved: false, currentYear: 2025 });
		expect(byId(list, 'milk').progress).toMatchObject({
			status: 'no_data',
			next: { year: 2025, target: 200, progress: null }
		});
	});
});

describe('the years a plan reports on', () => {
	const indicator = (baselineYear: number | null, targets: Record<string, number>) => ({
		baselineYear,
		targets
	});
	const plan2019to2025 = [indicator(2018, { 2021: 480, 2023: 540, 2025: 600 }), indicator(2019, { 2020: 5 })];

	it('run from the year after the earliest baseline to the last target', () => {
		expect(planYears(plan2019to2025)).toEqual({ first: 2019, last: 2025 });
		expect(planYears([indicator(null, { 2022: 1, 2024: 2 })])).toEqual({ first: 2022, last: 2024 });
		expect(planYears([indicator(2020, {})])).toEqual({ first: 2021, last: 2021 });
		expect(planYears([indicator(null, {})])).toBeNull();
		expect(planYears([])).toBeNull();
	});

	it('end, for the record form and the reporting years, at the plan’s last year once it has ended', () => {
		expect(latestReportingYear(plan2019to2025, 2026)).toBe(2025);
		expect(latestReportingYear(plan2019to2025, 2023)).toBe(2023);
		expect(latestReportingYear(plan2019to2025, 2017)).toBe(2019);
		// A plan without years reports on the calendar year.
		expect(latestReportingYear([], 2026)).toBe(2026);
	});
});
