import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIndicator, addProject, initPlan, snapshot, type PlanData, type ValueRecord } from '$lib/plan';
import {
	latestYear,
	newestFirst,
	planSummary,
	projectTally,
	statusShares,
	submissions,
	type PlanMonitoring,
	type ReportingYear
} from '$lib/components/programme/programme-view';

// Five indicators on one path (100 in 2019 to 200 in 2021, so 150 is planned for 2020) and four
// projects, one of them cancelled.
function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Plan' });
	const path = { baseline: 100, baselineYear: 2019, targets: { '2021': 200 }, cumulative: true };
	for (const code of ['ON', 'OFF', 'RISK', 'NONE', 'LATE']) {
		addIndicator(doc, { id: code.toLowerCase(), code, name: code, ...path });
	}
	addProject(doc, {
		id: 'p1',
		title: 'Mill',
		status: 'proposed',
		fundingSource: 'state_support',
		budget: 1000
	});
	addProject(doc, { id: 'p2', title: 'Lab', status: 'in_progress', fundingSource: 'own_funds', budget: 500 });
	addProject(doc, { id: 'p3', title: 'Port', status: 'cancelled', fundingSource: 'donor', budget: 300 });
	addProject(doc, {
		id: 'p4',
		title: 'Silo',
		status: 'in_progress',
		fundingSource: 'state_support',
		budget: 200
	});
	return snapshot(doc);
}

function value(id: number, indicatorId: string, period: string, amount: number): ValueRecord {
	return {
		id,
		indicatorId,
		period,
		value: amount,
		note: '',
		evidence: '',
		authorName: 'Cora',
		at: '2021-01-10T09:00:00.000Z'
	};
}

const submitted: ReportingYear = {
	year: 2022,
	state: 'submitted',
	steps: [
		{ state: 'submitted', by: 'Cora Coordinator', at: '2023-02-01T10:00:00.000Z' },
		{ state: 'in_progress', by: 'Cora Coordinator', at: '2023-01-20T10:00:00.000Z' }
	]
};
const approved: ReportingYear = {
	year: 2020,
	state: 'approved',
	steps: [{ state: 'approved', by: 'Rustam Reviewer', at: '2021-02-01T10:00:00.000Z' }]
};

const monitoring: PlanMonitoring = {
	values: [
		value(1, 'on', '2020', 150),
		value(2, 'off', '2020', 110),
		value(3, 'risk', '2020', 135),
		value(4, 'late', '2022', 250)
	],
	years: [submitted, approved]
};

describe('the programme view of one plan', () => {
	it('counts indicator statuses on approved figures only', () => {
		const summary = planSummary(plan(), monitoring, 2023);
		expect(summary.indicators).toEqual({
			total: 5,
			// LATE's only value is in 2022, submitted but not approved: it has no data yet.
			byStatus: { on_track: 1, at_risk: 1, off_track: 1, no_data: 2, no_target: 0 }
		});
	});

	it('gives the state of the latest reporting year, whatever order the years come in', () => {
		expect(latestYear([approved, submitted])).toEqual({ year: 2022, state: 'submitted' });
		expect(latestYear([])).toBeNull();
	});

	it('counts projects by status and sums the budget by funding source without cancelled projects', () => {
		const tally = projectTally(plan());
		expect(tally.count).toBe(4);
		expect(tally.byStatus).toEqual({ proposed: 1, approved: 0, in_progress: 2, completed: 0, cancelled: 1 });
		expect(tally.budget.budget).toBe(1700);
		expect(tally.budget.bySource).toEqual({
			state_support: 1200,
			own_funds: 500,
			donor: 0,
			loan: 0,
			other: 0
		});
	});

	it('splits the bar by status in per cent of all indicators, leaving empty statuses out', () => {
		const shares = statusShares({
			total: 4,
			byStatus: { on_track: 1, at_risk: 0, off_track: 1, no_data: 2, no_target: 0 }
		});
		expect(shares).toEqual([
			{ status: 'on_track', count: 1, percent: 25 },
			{ status: 'off_track', count: 1, percent: 25 },
			{ status: 'no_data', count: 2, percent: 50 }
		]);
		expect(
			statusShares({
				total: 0,
				byStatus: { on_track: 0, at_risk: 0, off_track: 0, no_data: 0, no_target: 0 }
			})
		).toEqual([]);
	});
});

describe('submissions waiting for review', () => {
	it('lists submitted years with who submitted them and when', () => {
		expect(submissions([submitted, approved])).toEqual([
			{ year: 2022, by: 'Cora Coordinator', at: '2023-02-01T10:00:00.000Z' }
		]);
	});

	it('leaves out years that were returned, withdrawn or approved', () => {
		const returned: ReportingYear = { ...submitted, state: 'returned' };
		const withdrawn: ReportingYear = { ...submitted, year: 2021, state: 'in_progress' };
		expect(submissions([returned, withdrawn, approved])).toEqual([]);
	});

	it('puts the newest submission first', () => {
		const list = [
			{ year: 2021, by: 'A', at: '2022-03-01T00:00:00.000Z' },
			{ year: 2022, by: 'B', at: '2023-03-01T00:00:00.000Z' },
			{ year: 2020, by: 'C', at: '2022-12-01T00:00:00.000Z' }
		];
		expect(newestFirst(list).map((s) => s.by)).toEqual(['B', 'C', 'A']);
	});
});
