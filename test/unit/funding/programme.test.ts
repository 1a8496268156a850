import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { newPlan } from '../plan/plan-fixture';

const MEASURES = new Map<string, P.FundingMeasure>(
	(
		[
			['subsidy', 'in_force', 100],
			['joint-grant', 'proposed', 50],
			['training', 'drafted', null]
		] as const
	).map(([id, status, maxPerProject]) => [
		id,
		{ id, status, inForceFrom: null, inForceTo: null, maxPerProject, ownShare: 0 }
	])
);

function plan(
	id: string,
	lines: [string, P.FundingLineInput['source'], string | null, number, P.FundingState?][]
) {
	const doc = newPlan(id);
	for (const [projectId, source, measureId, amount, state] of lines) {
		if (!doc.getMap('projects').has(projectId)) P.addProject(doc, { id: projectId, title: projectId });
		P.addFundingLine(doc, { projectId, source, measureId, amount, state });
	}
	return P.snapshot(doc);
}

describe('the programme’s funding picture', () => {
	const flour = plan('flour', [
		['lab', 'state_support', 'joint-grant', 80],
		['lab', 'state_support', 'subsidy', 120, 'applied'],
		['lab', 'own_funds', null, 40],
		['school', 'state_support', 'training', 30],
		['school', 'state_support', null, 5]
	]);
	const milk = plan('milk', [
		['coops', 'state_support', 'subsidy', 60, 'approved'],
		['coops', 'state_support', 'joint-grant', 20],
		['brand', 'state_support', 'subsidy', 500, 'refused']
	]);
	const picture = P.programmeFunding(
		[
			{ clusterId: 'flour-c', planId: 'flour', data: flour },
			{ clusterId: 'milk-c', planId: 'milk', data: milk }
		],
		MEASURES,
		'2019-12-31'
	);

	it('sums what the clusters ask of each measure against its ceiling, refused lines left out', () => {
		expect(picture.measures).toEqual([
			{ id: 'subsidy', asked: 180, ceiling: 100, projects: 2, overCeiling: 1 },
			{ id: 'joint-grant', asked: 100, ceiling: 50, projects: 2, overCeiling: 1 },
			{ id: 'training', asked: 30, ceiling: null, projects: 1, overCeiling: 0 }
		]);
	});

	it('groups the blocked projects by the measure that would unblock them, largest total first', () => {
		expect(
			picture.blocked.map((group) => [
				group.measureId,
				group.total,
				group.projects.map((p) => `${p.planId}/${p.projectId} ${p.amount}`)
			])
		).toEqual([
			['joint-grant', 100, ['flour/lab 80', 'milk/coops 20']],
			['training', 30, ['flour/school 30']],
			[null, 5, ['flour/school 5']]
		]);
	});
});
