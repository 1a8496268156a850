import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { newPlan } from '../plan/plan-fixture';

const measure = (id: string, status: P.FundingMeasure['status'], extra: Partial<P.FundingMeasure> = {}) =>
	[
		id,
		{ id, status, inForceFrom: null, inForceTo: null, maxPerProject: null, ownShare: 0, ...extra }
	] as const;
const MEASURES = new Map<string, P.FundingMeasure>([
	measure('subsidy', 'in_force', { inForceFrom: '2015-01-01', maxPerProject: 200, ownShare: 20 }),
	measure('expired', 'in_force', { inForceTo: '2018-12-31' }),
	measure('joint-grant', 'proposed')
]);

/** Two lines, two projects, two years: every figure below can be added up by hand. */
function plan() {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: 'Quality' });
	P.addLine(doc, { id: 'l2', title: 'Markets' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Lab' });
	P.addObjective(doc, { id: 'o2', lineId: 'l2', title: 'Export' });
	P.addProject(doc, { id: 'p1', title: 'Lab', objectiveIds: ['o2', 'o1'] });
	P.addProject(doc, { id: 'p2', title: 'Fair', objectiveIds: ['o2'] });
	P.addProject(doc, { id: 'p3', title: 'Depot', status: 'completed' });
	const line = (projectId: string, input: Omit<P.FundingLineInput, 'projectId'>) =>
		P.addFundingLine(doc, { projectId, ...input });
	line('p1', { source: 'own_funds', amount: 100, fromYear: 2019, toYear: 2020, state: 'paid' });
	line('p1', {
		source: 'state_support',
		measureId: 'subsidy',
		amount: 300,
		fromYear: 2020,
		state: 'applied'
	});
	line('p1', { source: 'state_support', measureId: 'joint-grant', amount: 60, fromYear: 2020 });
	line('p2', { source: 'state_support', measureId: null, amount: 40, toYear: 2021 });
	line('p2', { source: 'loan', amount: 25, state: 'refused' });
	line('p3', { source: 'state_support', measureId: 'joint-grant', amount: 7, fromYear: 2019 });
	return P.snapshot(doc);
}

describe('the funding picture of a plan', () => {
	const data = plan();
	const picture = P.planFunding(data, MEASURES, '2019-06-01');

	it('sums the lines by state: secured, applied, planned and the refused gap add up to the budget', () => {
		expect(picture.total).toEqual({ budget: 532, secured: 100, applied: 300, planned: 107, gap: 25 });
	});

	it('spreads a line over its years, puts a one-ended line in its year and an unscheduled one last', () => {
		expect(picture.byYear).toEqual([
			{ year: 2019, budget: 57, secured: 50, applied: 0, planned: 7, gap: 0 },
			{ year: 2020, budget: 410, secured: 50, applied: 300, planned: 60, gap: 0 },
			{ year: 2021, budget: 40, secured: 0, applied: 0, planned: 40, gap: 0 },
			{ year: null, budget: 25, secured: 0, applied: 0, planned: 0, gap: 25 }
		]);
		const sum = picture.byYear.reduce((total, year) => total + year.budget, 0);
		expect(sum).toBe(picture.total.budget);
	});

	it('counts a project under the first of its lines in the outline, and one with none apart', () => {
		expect(picture.byLine.map(({ lineId, budget }) => [lineId, budget])).toEqual([
			['l1', 460],
			['l2', 65],
			[null, 7]
		]);
	});

	it('finds the open projects waiting for a measure that is not in force, with the money that waits', () => {
		expect(picture.blocked).toEqual([
			{
				projectId: 'p1',
				title: { ru: '', kk: '', en: 'Lab' },
				lines: [{ lineId: expect.any(String), measureId: 'joint-grant', amount: 60 }],
				amount: 60
			},
			{
				projectId: 'p2',
				title: { ru: '', kk: '', en: 'Fair' },
				lines: [{ lineId: expect.any(String), measureId: null, amount: 40 }],
				amount: 40
			}
		]);
		// Once the subsidy's term ends, its applied line waits too.
		const later = P.blockedProjects(
			data.projects,
			new Map([...MEASURES, measure('subsidy', 'in_force', { inForceTo: '2019-12-31' })]),
			'2020-01-01'
		);
		expect(later.find((p) => p.projectId === 'p1')?.amount).toBe(360);
	});

	it('says when a measure is in force on a date', () => {
		expect(P.inForceOn(MEASURES.get('subsidy')!, '2014-12-31')).toBe(false);
		expect(P.inForceOn(MEASURES.get('subsidy')!, '2015-01-01')).toBe(true);
		expect(P.inForceOn(MEASURES.get('expired')!, '2019-01-01')).toBe(false);
		expect(P.inForceOn(MEASURES.get('joint-grant')!, '2019-01-01')).toBe(false);
	});
});

describe('a project’s lines against their measures', () => {
	const lineOf = (
		id: string,
		source: P.FundingSource,
		amount: number,
		extra: Partial<P.FundingLine> = {}
	) => ({
		id,
		source,
		measureId: null,
		amount,
		fromYear: null,
		toYear: null,
		state: 'planned' as const,
		appliedOn: null,
		decidedOn: null,
		paidOn: null,
		note: '',
		order: 1,
		...extra
	});

	it('warn past the ceiling, and not below it', () => {
		const lab = plan().projects.find((p) => p.id === 'p1')!;
		// Own money is 100 of 460 (21.7 %): the subsidy's 20 % holds; its 300 asked pass its 200.
		expect(P.fundingWarnings(lab, MEASURES)).toEqual([
			{ code: 'over_ceiling', measureId: 'subsidy', lineIds: [lab.funding[1]!.id], limit: 200, actual: 300 }
		]);
	});

	it('warn when own funds and loans are a smaller share than the measure asks, leaving refused lines out', () => {
		const funding = [
			lineOf('a', 'state_support', 180, { measureId: 'subsidy' }),
			lineOf('b', 'own_funds', 30),
			lineOf('c', 'loan', 10),
			lineOf('d', 'own_funds', 500, { state: 'refused' }),
			lineOf('e', 'state_support', 5, { measureId: 'not-in-catalogue' })
		];
		expect(P.fundingWarnings({ funding }, MEASURES)).toEqual([
			{ code: 'own_share', measureId: 'subsidy', lineIds: ['a'], limit: 20, actual: 17.8 }
		]);
		expect(P.fundingWarnings({ funding: [] }, MEASURES)).toEqual([]);
	});
});
