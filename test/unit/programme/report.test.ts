import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import {
	programmeReport,
	type ClusterLine,
	type PlanFacts,
	type ReportInput
} from '../../../src/lib/programme/report';
import { en, newPlan } from '../plan/plan-fixture';

const measure = (id: string, status: P.FundingMeasure['status'], inForceFrom: string | null = null) => ({
	id,
	name: en(id),
	status,
	inForceFrom,
	inForceTo: null,
	maxPerProject: null,
	ownShare: 0
});
const MEASURES = [
	measure('subsidy', 'in_force'),
	measure('later-grant', 'in_force', '2020-01-01'),
	measure('joint-grant', 'proposed')
];

type Line = [string, P.ProjectStatus, P.FundingLineInput['source'], string | null, number, P.FundingState];

function plan(
	clusterId: string,
	lines: Line[],
	indicators: Partial<Record<P.IndicatorStatus, number>> = {}
): PlanFacts {
	const doc = newPlan(`${clusterId}-plan`);
	for (const [projectId, status, source, measureId, amount, state] of lines) {
		if (!doc.getMap('projects').has(projectId))
			P.addProject(doc, { id: projectId, title: projectId, status });
		P.addFundingLine(doc, { projectId, source, measureId, amount, state });
	}
	return {
		clusterId,
		clusterName: en(clusterId),
		planId: `${clusterId}-plan`,
		planTitle: en('Plan'),
		data: P.snapshot(doc),
		decision: null,
		indicators: { on_track: 0, at_risk: 0, off_track: 0, no_data: 0, no_target: 0, ...indicators }
	};
}

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
	asOf: '2019-12-31',
	calls: [],
	participants: { total: 5, employees: 50, joinedInYear: 2, byCluster: [{ clusterId: 'flour', count: 5 }] },
	plans: [
		plan(
			'flour',
			[
				['mill', 'in_progress', 'state_support', 'subsidy', 100, 'approved'],
				['mill', 'in_progress', 'own_funds', null, 40, 'paid'],
				['lab', 'proposed', 'state_support', 'joint-grant', 70, 'planned'],
				['lab', 'proposed', 'state_support', 'later-grant', 30, 'applied'],
				['old', 'cancelled', 'state_support', 'subsidy', 500, 'planned']
			],
			{ on_track: 2, off_track: 1, no_target: 1 }
		),
		plan('milk', [['farm', 'approved', 'state_support', null, 25, 'planned']], { at_risk: 1, no_data: 2 })
	],
	measures: MEASURES,
	...over
});

describe('the programme report', () => {
	it('sums each cluster’s projects, money and indicators, and the totals add up across clusters', () => {
		const report = programmeReport(input());
		const [flour, milk] = report.clusters as [ClusterLine, ClusterLine];
		expect(flour.projects).toBe(3);
		expect(flour.byStatus).toMatchObject({ in_progress: 1, proposed: 1, cancelled: 1 });
		// The cancelled project's money no longer counts.
		expect(flour.funding).toEqual({ budget: 240, secured: 140, applied: 30, planned: 70, gap: 0 });
		expect(flour.indicators).toEqual({ total: 4, onTrack: 2, atRisk: 0, offTrack: 1, noData: 1 });
		expect(flour.participants).toBe(5);
		expect(milk.participants).toBe(0);
		expect(report.totals.projects).toBe(4);
		expect(report.totals.funding.budget).toBe(flour.funding.budget + milk.funding.budget);
		expect(report.totals.indicators.total).toBe(7);
		expect(report.totals.byStatus.approved).toBe(1);
	});

	it('names the measures used (in force on the day) and what waits on each one missing', () => {
		const report = programmeReport(input());
		expect(report.measuresUsed).toEqual([
			{ measureId: 'subsidy', name: en('subsidy'), asked: 100, projects: 1 }
		]);
		expect(report.measuresMissing.map((group) => [group.measureId, group.status, group.total])).toEqual([
			['joint-grant', 'proposed', 70],
			['later-grant', 'in_force', 30],
			[null, null, 25]
		]);
		expect(report.totals.used).toBe(100);
		expect(report.totals.missing).toBe(125);
		// A year later the grant is in force: it is used, no longer missing.
		const later = programmeReport(input({ asOf: '2020-06-30' }));
		expect(later.measuresUsed.map((used) => used.measureId)).toEqual(['subsidy', 'later-grant']);
		expect(later.totals.missing).toBe(95);
	});

	it('reports the calls decided by the day, with the applications’ outcomes', () => {
		const states = ['draft', 'rejected', 'chosen', 'chosen', 'reserve', 'not_chosen'] as const;
		const call = (id: string, date: string | null) => ({
			id,
			title: en(id),
			decision: date === null ? null : { date, protocol: '7' },
			applications: states.map((state) => ({ state }))
		});
		const report = programmeReport(
			input({ calls: [call('later', '2020-03-01'), call('open', null), call('pilot', '2017-06-15')] })
		);
		expect(report.selection).toEqual([
			{
				callId: 'pilot',
				title: en('pilot'),
				decisionDate: '2017-06-15',
				protocol: '7',
				applications: 5,
				rejected: 1,
				scored: 4,
				chosen: 2,
				reserve: 1
			}
		]);
	});
});
