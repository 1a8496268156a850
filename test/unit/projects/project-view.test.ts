import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addActor,
	addLine,
	addObjective,
	addProject,
	initPlan,
	snapshot,
	type PlanData,
	type Project
} from '$lib/plan';
import {
	budgetTotals,
	defaultQuery,
	emptyFilter,
	filterProjects,
	firstGroups,
	isEmptyFilter,
	linkedObjectives,
	nextSort,
	planIndex,
	projectView,
	sortProjects,
	WITHOUT_OBJECTIVE,
	type ProjectFilter,
	type ProjectQuery,
	type SortColumn
} from '$lib/components/projects/project-view';

// Six projects with every case the page must get right: titles in one, two or three languages, a
// project without a lead, without dates or with a start only, one linked to two objectives and two
// linked to none. Budgets total 2 045 000 000 ₸.
function plan(): PlanData {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Flour' });
	addActor(doc, { id: 'mill', name: 'Kostanay Mills', kind: 'firm' });
	addActor(doc, { id: 'bank', name: 'Halyk Bank', kind: 'institution' });
	addActor(doc, { id: 'uni', name: 'Kostanay University', kind: 'institution' });
	addActor(doc, { id: 'elev', name: 'Elevator LLP', kind: 'firm' });
	addLine(doc, { id: 'line', title: 'Markets' });
	addObjective(doc, { id: 'export', lineId: 'line', title: { en: 'Export markets', ru: 'Экспорт' } });
	addObjective(doc, { id: 'quality', lineId: 'line', title: 'Quality' });
	addProject(doc, {
		id: 'p1',
		title: { en: 'Joint purchase of grain wagons', ru: 'Совместная закупка вагонов' },
		leadActorId: 'elev',
		partnerIds: ['mill'],
		budget: 1_200_000_000,
		fundingSource: 'loan',
		start: '2024-03-01',
		end: '2026-12-31',
		status: 'proposed',
		priority: 8,
		objectiveIds: ['export']
	});
	addProject(doc, {
		id: 'p2',
		title: 'Joint export office',
		leadActorId: 'mill',
		budget: 300_000_000,
		fundingSource: 'state_support',
		start: '2025-01-01',
		end: '2025-12-31',
		status: 'approved',
		priority: 9,
		objectiveIds: ['export', 'quality']
	});
	addProject(doc, {
		id: 'p3',
		title: { ru: 'Лаборатория качества', en: 'Quality laboratory' },
		leadActorId: 'uni',
		partnerIds: ['bank'],
		budget: 450_000_000,
		fundingSource: 'donor',
		start: '2023-06-15',
		end: '2024-06-14',
		status: 'in_progress',
		priority: 7,
		objectiveIds: ['quality']
	});
	addProject(doc, {
		id: 'p4',
		title: 'Cluster association',
		budget: 20_000_000,
		fundingSource: 'own_funds',
		status: 'completed',
		priority: 3
	});
	addProject(doc, {
		id: 'p5',
		title: { kk: 'Кластер брендi' },
		leadActorId: 'mill',
		partnerIds: ['uni'],
		budget: 75_000_000,
		fundingSource: 'state_support',
		start: '2026-01-01',
		status: 'proposed',
		priority: 5
	});
	addProject(doc, {
		id: 'p6',
		title: 'Project 10',
		leadActorId: 'bank',
		budget: 0,
		fundingSource: 'other',
		start: '2024-01-01',
		end: '2024-01-01',
		status: 'cancelled',
		priority: 0,
		objectiveIds: ['quality']
	});
	return snapshot(doc);
}

const data = plan();
const index = planIndex(data);
const ids = (rows: Project[]) => rows.map((p) => p.id);
const filtered = (filter: Partial<ProjectFilter>) =>
	ids(filterProjects(data.projects, { ...emptyFilter, ...filter }, index));
const sorted = (
	column: SortColumn,
	direction: 'ascending' | 'descending' = 'ascending',
	lang = 'en' as const
) => ids(sortProjects(data.projects, { column, direction }, index, lang));
const view = (query: Partial<ProjectQuery>) =>
	projectView(data.projects, { ...defaultQuery, ...query }, index, 'en');

describe('sorting projects', () => {
	it('keeps the plan order without a sort', () => {
		expect(ids(sortProjects(data.projects, null, index, 'en'))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
	});

	it('sorts titles in the reader’s language, falling back where a title is not written in it', () => {
		expect(sorted('title')).toEqual(['p4', 'p2', 'p1', 'p6', 'p3', 'p5']);
		expect(sorted('title', 'descending')).toEqual(['p5', 'p3', 'p6', 'p1', 'p2', 'p4']);
		// Russian readers see p1 and p3 in Russian, the rest in their fallback; Cyrillic comes first.
		expect(
			ids(sortProjects(data.projects, { column: 'title', direction: 'ascending' }, index, 'ru'))
		).toEqual(['p5', 'p3', 'p1', 'p4', 'p2', 'p6']);
	});

	it('sorts numbers inside titles by value', () => {
		const two = { ...data.projects[5]!, id: 'p7', title: { en: 'Project 2', ru: '', kk: '' } };
		const rows = sortProjects(
			[data.projects[5]!, two],
			{ column: 'title', direction: 'ascending' },
			index,
			'en'
		);
		expect(ids(rows)).toEqual(['p7', 'p6']);
	});

	it('sorts by the lead firm’s name with projects without a lead last either way, ties in plan order', () => {
		expect(sorted('lead')).toEqual(['p1', 'p6', 'p2', 'p5', 'p3', 'p4']);
		expect(sorted('lead', 'descending')).toEqual(['p3', 'p2', 'p5', 'p6', 'p1', 'p4']);
	});

	it('sorts by budget and by priority as numbers', () => {
		expect(sorted('budget', 'descending')).toEqual(['p1', 'p3', 'p2', 'p5', 'p4', 'p6']);
		expect(sorted('budget')).toEqual(['p6', 'p4', 'p5', 'p2', 'p3', 'p1']);
		expect(sorted('priority', 'descending')).toEqual(['p2', 'p1', 'p3', 'p5', 'p4', 'p6']);
	});

	it('sorts funding sources and statuses in their listed order', () => {
		expect(sorted('funding')).toEqual(['p2', 'p5', 'p4', 'p3', 'p1', 'p6']);
		expect(sorted('status')).toEqual(['p1', 'p5', 'p2', 'p3', 'p4', 'p6']);
		expect(sorted('status', 'descending')).toEqual(['p6', 'p4', 'p3', 'p2', 'p1', 'p5']);
	});

	it('sorts by start and end with missing dates last either way', () => {
		expect(sorted('start')).toEqual(['p3', 'p6', 'p1', 'p2', 'p5', 'p4']);
		expect(sorted('start', 'descending')).toEqual(['p5', 'p2', 'p1', 'p6', 'p3', 'p4']);
		expect(sorted('end')).toEqual(['p6', 'p3', 'p2', 'p1', 'p4', 'p5']);
		expect(sorted('end', 'descending')).toEqual(['p1', 'p2', 'p3', 'p6', 'p4', 'p5']);
	});

	it('a header click sorts ascending first, then flips', () => {
		expect(nextSort(null, 'budget')).toEqual({ column: 'budget', direction: 'ascending' });
		expect(nextSort({ column: 'budget', direction: 'ascending' }, 'budget')).toEqual({
			column: 'budget',
			direction: 'descending'
		});
		expect(nextSort({ column: 'budget', direction: 'descending' }, 'budget')).toEqual({
			column: 'budget',
			direction: 'ascending'
		});
		expect(nextSort({ column: 'budget', direction: 'descending' }, 'title')).toEqual({
			column: 'title',
			direction: 'ascending'
		});
	});
});

describe('filtering projects', () => {
	it('lets every project through an empty filter', () => {
		expect(isEmptyFilter(emptyFilter)).toBe(true);
		expect(isEmptyFilter({ ...emptyFilter, text: '  ' })).toBe(true);
		expect(isEmptyFilter({ ...emptyFilter, statuses: ['approved'] })).toBe(false);
		expect(filtered({})).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
	});

	it('searches titles in every language, whatever the reader’s, ignoring case', () => {
		expect(filtered({ text: 'вагонов' })).toEqual(['p1']);
		expect(filtered({ text: 'брендI' })).toEqual(['p5']);
		expect(filtered({ text: 'QUALITY' })).toEqual(['p3']);
		expect(filtered({ text: 'nothing like this' })).toEqual([]);
	});

	it('searches the lead’s and the partners’ names, every word somewhere', () => {
		expect(filtered({ text: 'kostanay mills' })).toEqual(['p1', 'p2', 'p5']);
		expect(filtered({ text: 'university' })).toEqual(['p3', 'p5']);
		expect(filtered({ text: '  joint   office ' })).toEqual(['p2']);
		expect(filtered({ text: 'halyk laboratory' })).toEqual(['p3']);
	});

	it('keeps the chosen statuses and funding sources', () => {
		expect(filtered({ statuses: ['proposed', 'approved'] })).toEqual(['p1', 'p2', 'p5']);
		expect(filtered({ funding: ['state_support'] })).toEqual(['p2', 'p5']);
		expect(filtered({ funding: ['donor', 'other'] })).toEqual(['p3', 'p6']);
	});

	it('keeps the projects linked to one objective, or to none', () => {
		expect(filtered({ objective: 'quality' })).toEqual(['p2', 'p3', 'p6']);
		expect(filtered({ objective: 'export' })).toEqual(['p1', 'p2']);
		expect(filtered({ objective: WITHOUT_OBJECTIVE })).toEqual(['p4', 'p5']);
	});

	it('combines every part of the filter', () => {
		expect(
			filtered({
				funding: ['state_support', 'donor'],
				objective: 'quality',
				statuses: ['approved', 'in_progress']
			})
		).toEqual(['p2', 'p3']);
		expect(filtered({ text: 'kostanay', objective: WITHOUT_OBJECTIVE })).toEqual(['p5']);
	});
});

describe('budget totals', () => {
	it('adds the budgets overall and by funding source', () => {
		expect(budgetTotals(data.projects)).toEqual({
			count: 6,
			budget: 2_045_000_000,
			bySource: {
				state_support: 375_000_000,
				own_funds: 20_000_000,
				donor: 450_000_000,
				loan: 1_200_000_000,
				other: 0
			}
		});
		expect(budgetTotals([])).toEqual({
			count: 0,
			budget: 0,
			bySource: { state_support: 0, own_funds: 0, donor: 0, loan: 0, other: 0 }
		});
	});

	it('counts only the filtered rows', () => {
		const { totals } = view({
			filter: { ...emptyFilter, funding: ['state_support', 'donor'], objective: 'quality' }
		});
		expect(totals.count).toBe(2);
		expect(totals.budget).toBe(750_000_000);
		expect(totals.bySource).toEqual({
			state_support: 300_000_000,
			own_funds: 0,
			donor: 450_000_000,
			loan: 0,
			other: 0
		});
		expect(view({ filter: { ...emptyFilter, statuses: ['proposed'] } }).totals.budget).toBe(1_275_000_000);
	});
});

describe('grouping projects', () => {
	it('puts every row in one group without grouping', () => {
		const { groups, rows } = view({});
		expect(groups).toHaveLength(1);
		expect(groups[0]!.kind).toBe('all');
		expect(groups[0]!.rows).toBe(rows);
	});

	it('shows a project linked to two objectives in both groups and counts it once overall', () => {
		const { groups, totals } = view({ groupBy: 'objective' });
		expect(groups.map((g) => [g.key, ids(g.rows), g.totals.budget])).toEqual([
			['export', ['p1', 'p2'], 1_500_000_000],
			['quality', ['p2', 'p3', 'p6'], 750_000_000],
			[WITHOUT_OBJECTIVE, ['p4', 'p5'], 95_000_000]
		]);
		expect(groups[0]!.totals.bySource).toEqual({
			state_support: 300_000_000,
			own_funds: 0,
			donor: 0,
			loan: 1_200_000_000,
			other: 0
		});
		expect(groups.map((g) => g.kind)).toEqual(['objective', 'objective', 'no_objective']);
		expect(totals.count).toBe(6);
		expect(totals.budget).toBe(2_045_000_000);
	});

	it('groups by status in the lifecycle’s order, leaving out empty statuses', () => {
		const { groups } = view({
			groupBy: 'status',
			filter: { ...emptyFilter, funding: ['state_support', 'loan'] }
		});
		expect(groups.map((g) => [g.key, ids(g.rows), g.totals.budget, g.totals.count])).toEqual([
			['proposed', ['p1', 'p5'], 1_275_000_000, 2],
			['approved', ['p2'], 300_000_000, 1]
		]);
	});

	it('keeps the sort inside each group and leaves out groups the filter emptied', () => {
		const { groups } = view({ groupBy: 'objective', sort: { column: 'budget', direction: 'descending' } });
		expect(groups.map((g) => ids(g.rows))).toEqual([
			['p1', 'p2'],
			['p3', 'p2', 'p6'],
			['p5', 'p4']
		]);
		const loans = view({ groupBy: 'objective', filter: { ...emptyFilter, funding: ['loan'] } });
		expect(loans.groups.map((g) => g.key)).toEqual(['export']);
	});

	it('lists a project’s objectives in the strategy’s order', () => {
		const office = data.projects.find((p) => p.id === 'p2')!;
		expect(linkedObjectives(office, index).map((o) => o.id)).toEqual(['export', 'quality']);
		expect(
			linkedObjectives(
				data.projects.find((p) => p.id === 'p4')!,
				index
			)
		).toEqual([]);
	});

	it('names the group each project shows in first, where links land on it', () => {
		const first = firstGroups(view({ groupBy: 'objective' }).groups);
		expect(Object.fromEntries(first)).toEqual({
			p1: 'export',
			p2: 'export',
			p3: 'quality',
			p6: 'quality',
			p4: WITHOUT_OBJECTIVE,
			p5: WITHOUT_OBJECTIVE
		});
	});
});
