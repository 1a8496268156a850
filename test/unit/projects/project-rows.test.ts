import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addActor,
	addLine,
	addObjective,
	addProject,
	initPlan,
	removeProject,
	share,
	snapshot,
	updateActor,
	updateObjective,
	updateProject,
	type PlanData,
	type Project
} from '$lib/plan';
import { ProjectRows } from '$lib/components/projects/project-rows';
import {
	emptyFilter,
	planIndex,
	projectView,
	SORT_COLUMNS,
	type SortDirection
} from '$lib/components/projects/project-view';
import { rowText } from '$lib/components/projects/row-text';

const format = { tenge: (n: number) => `${n} KZT`, day: (iso: string) => `day ${iso}` };

function plan() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'plan', title: 'Flour' });
	addActor(doc, { id: 'mill', name: 'Kostanay Mills', kind: 'firm' });
	addActor(doc, { id: 'bank', name: 'Halyk Bank', kind: 'institution' });
	addActor(doc, { id: 'uni', name: 'Kostanay University', kind: 'institution' });
	addLine(doc, { id: 'line', title: 'Markets' });
	addObjective(doc, { id: 'export', lineId: 'line', title: 'Export markets' });
	addObjective(doc, { id: 'quality', lineId: 'line', title: 'Quality' });
	addProject(doc, {
		id: 'wagons',
		title: 'Grain wagons',
		leadActorId: 'bank',
		budget: 1_200,
		fundingSource: 'loan',
		start: '2024-03-01',
		status: 'proposed',
		priority: 8,
		objectiveIds: ['export']
	});
	addProject(doc, {
		id: 'office',
		title: 'Export office',
		leadActorId: 'mill',
		budget: 300,
		fundingSource: 'state_support',
		status: 'approved',
		priority: 9,
		objectiveIds: ['export', 'quality']
	});
	addProject(doc, {
		id: 'lab',
		title: 'Quality laboratory',
		leadActorId: 'uni',
		partnerIds: ['bank'],
		budget: 450,
		fundingSource: 'donor',
		end: '2025-01-01',
		status: 'in_progress',
		priority: 7,
		objectiveIds: ['quality']
	});
	addProject(doc, { id: 'brand', title: 'Cluster brand', budget: 75, status: 'proposed', priority: 5 });
	return doc;
}

/** The session's way to the next snapshot: unchanged items stay the same objects. */
const next = (previous: PlanData, doc: Y.Doc) => share(previous, snapshot(doc));
const ids = (rows: Project[]) => rows.map((p) => p.id);

describe('the projects table’s precomputed rows', () => {
	it('hold each project’s cell text and sort as the plain view does, in every column and direction', () => {
		const data = snapshot(plan());
		const index = planIndex(data);
		const rows = new ProjectRows().rows(data.projects, index, 'en', format);
		expect(rows.get('lab')!.text).toEqual(rowText(data.projects[2]!, index, 'en', format));
		expect(rows.get('lab')!.keys.budget).toBe(450);
		for (const column of SORT_COLUMNS) {
			for (const direction of ['ascending', 'descending'] as SortDirection[]) {
				const query = { sort: { column, direction }, filter: emptyFilter, groupBy: 'none' as const };
				expect(
					ids(projectView(data.projects, query, index, 'en', rows).rows),
					`${column} ${direction}`
				).toEqual(ids(projectView(data.projects, query, index, 'en').rows));
			}
		}
		const byBudget = { column: 'budget' as const, direction: 'ascending' as const };
		const view = projectView(
			data.projects,
			{ sort: byBudget, filter: emptyFilter, groupBy: 'none' },
			index,
			'en',
			rows
		);
		expect(ids(view.rows)).toEqual(['brand', 'office', 'lab', 'wagons']);
	});

	it('filter by the names and titles they were computed with', () => {
		const data = snapshot(plan());
		const index = planIndex(data);
		const rows = new ProjectRows().rows(data.projects, index, 'en', format);
		const query = { sort: null, filter: { ...emptyFilter, text: 'halyk' }, groupBy: 'none' as const };
		// The bank leads the wagons and is a partner of the laboratory.
		expect(ids(projectView(data.projects, query, index, 'en', rows).rows)).toEqual(['wagons', 'lab']);
	});

	it('are kept as the same objects for the projects a change did not touch', () => {
		const doc = plan();
		const memo = new ProjectRows();
		const first = snapshot(doc);
		const before = memo.rows(first.projects, planIndex(first), 'en', format);

		updateProject(doc, 'office', { budget: 310 });
		const second = next(first, doc);
		const after = memo.rows(second.projects, planIndex(second), 'en', format);
		expect(after.get('office')).not.toBe(before.get('office'));
		expect(after.get('office')!.text.budget).toBe('310 KZT');
		expect(after.get('office')!.keys.budget).toBe(310);
		for (const id of ['wagons', 'lab', 'brand']) expect(after.get(id), id).toBe(before.get(id));

		removeProject(doc, 'brand');
		const third = next(second, doc);
		const afterRemoval = memo.rows(third.projects, planIndex(third), 'en', format);
		expect([...afterRemoval.keys()]).toEqual(['wagons', 'office', 'lab']);
		for (const id of ['wagons', 'office', 'lab']) expect(afterRemoval.get(id), id).toBe(after.get(id));
	});

	it('are computed again where a firm’s name or an objective’s title they show changed', () => {
		const doc = plan();
		const memo = new ProjectRows();
		const first = snapshot(doc);
		const before = memo.rows(first.projects, planIndex(first), 'en', format);

		// The bank leads the wagons and partners the laboratory.
		updateActor(doc, 'bank', { name: { en: 'Halyk' } });
		const second = next(first, doc);
		const renamed = memo.rows(second.projects, planIndex(second), 'en', format);
		expect(renamed.get('wagons')!.text.lead).toBe('Halyk');
		expect(renamed.get('wagons')!.keys.lead).toBe('Halyk');
		expect(renamed.get('lab')!.text.partners).toBe('Halyk');
		expect(renamed.get('office')).toBe(before.get('office'));
		expect(renamed.get('brand')).toBe(before.get('brand'));

		updateObjective(doc, 'quality', { title: { en: 'Quality first' } });
		const third = next(second, doc);
		const retitled = memo.rows(third.projects, planIndex(third), 'en', format);
		expect(retitled.get('office')!.text.objectives).toEqual(['Export markets', 'Quality first']);
		expect(retitled.get('lab')!.text.objectives).toEqual(['Quality first']);
		expect(retitled.get('wagons')).toBe(renamed.get('wagons'));
		expect(retitled.get('brand')).toBe(before.get('brand'));
	});

	it('are computed again in another language', () => {
		const doc = plan();
		const memo = new ProjectRows();
		const data = snapshot(doc);
		const en = memo.rows(data.projects, planIndex(data), 'en', format);
		const ru = memo.rows(data.projects, planIndex(data), 'ru', format);
		expect(ru.get('lab')).not.toBe(en.get('lab'));
		expect(ru.get('lab')!.text.status).toBe(rowText(data.projects[2]!, planIndex(data), 'ru', format).status);
	});
});
