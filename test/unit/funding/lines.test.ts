import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { exchange, expectRefused, newPlan, peerOf } from '../plan/plan-fixture';

function withProject() {
	const doc = newPlan();
	P.addProject(doc, { id: 'p1', title: 'Grain lab', budget: 100, fundingSource: 'own_funds' });
	return doc;
}
const project = (doc: ReturnType<typeof newPlan>, id = 'p1') =>
	P.snapshot(doc).projects.find((p) => p.id === id)!;

describe('funding lines', () => {
	it('make the budget their sum, and the source the largest line’s', () => {
		const doc = withProject();
		expect(project(doc)).toMatchObject({ budget: 100, fundingSource: 'own_funds' });
		P.addFundingLine(doc, {
			id: 'f2',
			projectId: 'p1',
			source: 'state_support',
			measureId: 'damu-interest-subsidy',
			amount: 250,
			fromYear: 2019,
			toYear: 2020
		});
		const { budget, fundingSource, funding } = project(doc);
		expect(budget).toBe(350);
		expect(fundingSource).toBe('state_support');
		expect(funding.map((line) => [line.id, line.source, line.measureId, line.amount])).toEqual([
			['f-p1', 'own_funds', null, 100],
			['f2', 'state_support', 'damu-interest-subsidy', 250]
		]);
		expect(funding[1]).toMatchObject({ fromYear: 2019, toYear: 2020, state: 'planned', appliedOn: null });
	});

	it('take a state and the dates of its steps, and forget the measure when the source is no longer support', () => {
		const doc = withProject();
		P.updateFundingLine(doc, 'f-p1', { source: 'state_support', measureId: 'innovation-grant' });
		P.updateFundingLine(doc, 'f-p1', { state: 'approved', appliedOn: '2019-02-01', decidedOn: '2019-04-15' });
		expect(project(doc).funding[0]).toMatchObject({
			measureId: 'innovation-grant',
			state: 'approved',
			appliedOn: '2019-02-01',
			decidedOn: '2019-04-15',
			paidOn: null
		});
		P.updateFundingLine(doc, 'f-p1', { source: 'loan' });
		expect(project(doc).funding[0]).toMatchObject({ source: 'loan', measureId: null });
	});

	it('refuse bad amounts, years, dates out of step order, states and missing projects, writing nothing', () => {
		const doc = withProject();
		expectRefused(doc, () => P.updateFundingLine(doc, 'f-p1', { amount: -1 }), 'invalid_number', 'amount');
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { amount: Number.NaN }),
			'invalid_number',
			'amount'
		);
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { fromYear: 2021, toYear: 2019 }),
			'date_order',
			'toYear'
		);
		P.updateFundingLine(doc, 'f-p1', { appliedOn: '2019-05-01' });
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { decidedOn: '2019-04-30' }),
			'date_order',
			'decidedOn'
		);
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { paidOn: '2019-02-30' }),
			'invalid_date',
			'paidOn'
		);
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { state: 'granted' as P.FundingState }),
			'invalid_value',
			'state'
		);
		expectRefused(doc, () => P.addFundingLine(doc, { projectId: 'nope', amount: 1 }), 'not_found');
		expectRefused(
			doc,
			() => P.updateFundingLine(doc, 'f-p1', { measureId: 'not an id!' }),
			'invalid_id',
			'measureId'
		);
	});

	it('let a whole budget typed for a project write its one line, and refuse it once there are several', () => {
		const doc = withProject();
		P.updateProject(doc, 'p1', { budget: 120, fundingSource: 'donor' });
		expect(project(doc).funding.map((line) => [line.amount, line.source])).toEqual([[120, 'donor']]);
		P.addFundingLine(doc, { projectId: 'p1', source: 'own_funds', amount: 30 });
		expectRefused(doc, () => P.updateProject(doc, 'p1', { budget: 10 }), 'funding_lines', 'budget');
		expectRefused(
			doc,
			() => P.updateProject(doc, 'p1', { fundingSource: 'loan' }),
			'funding_lines',
			'fundingSource'
		);
		P.addProject(doc, { id: 'p2', title: 'Depot' });
		expect(project(doc, 'p2')).toMatchObject({ budget: 0, funding: [] });
		P.updateProject(doc, 'p2', { budget: 5 });
		expect(project(doc, 'p2').funding).toHaveLength(1);
	});

	it('go with their project when it is removed, and alone when removed themselves', () => {
		const doc = withProject();
		const id = P.addFundingLine(doc, { projectId: 'p1', amount: 5 });
		P.removeFundingLine(doc, id);
		expect(project(doc).budget).toBe(100);
		P.removeProject(doc, 'p1');
		expect(doc.getMap('funding').size).toBe(0);
	});

	it('merge two people changing two lines of one project, and hide a line added to a project removed meanwhile', () => {
		const a = withProject();
		P.addFundingLine(a, { id: 'f2', projectId: 'p1', amount: 10 });
		const b = peerOf(a);
		P.updateFundingLine(a, 'f-p1', { amount: 150 });
		P.updateFundingLine(b, 'f2', { state: 'applied' });
		exchange(a, b);
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(project(a).funding.map((line) => [line.amount, line.state])).toEqual([
			[150, 'planned'],
			[10, 'applied']
		]);
		P.addFundingLine(a, { id: 'f3', projectId: 'p1', amount: 1 });
		P.removeProject(b, 'p1');
		exchange(a, b);
		expect(P.snapshot(a).projects).toEqual([]);
		expect(P.validatePlan(P.snapshot(a))).toEqual([]);
	});
});
