// planChanges on crafted pairs: items moved (only where they sit changed) and items changed field
// by field, nested values given as paths ("targets.2025", "title.ru") with the relative change of
// numbers ("budget −20 %").
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { changesOf, itemsOf, samplePlan } from './sample-plan';

/** The one changed item an edit gives, with its section. */
function onlyChange(edit: (doc: Y.Doc) => void): P.ItemChange & { section: P.ChangeSection } {
	const changes = changesOf(edit);
	expect(changes.total).toBe(1);
	const [section] = changes.sections;
	return { ...section!.items[0]!, section: section!.section };
}

/** A field line without the ratio, for fields that are not numbers. */
const line = (field: string, before: unknown, after: unknown): P.FieldDelta => ({
	field,
	before,
	after,
	ratio: null
});

describe('planChanges, items moved', () => {
	it('moves a node on the map: x and y, without a ratio (a position is not an amount)', () => {
		const node = onlyChange((d) => P.moveNodes(d, [{ id: 'n3', x: 750, y: 40 }]));
		expect(node).toMatchObject({ section: 'map', collection: 'nodes', id: 'n3', kind: 'moved' });
		expect(node.label.en).toBe('Export');
		expect(node.fields).toEqual([line('x', 600, 750), line('y', 0, 40)]);
	});

	it('moves a node into another stage', () => {
		const node = onlyChange((d) => P.moveNodes(d, [{ id: 'n1', x: 320, y: 0, stageId: 's2' }]));
		expect(node.kind).toBe('moved');
		expect(node.fields.map((f) => [f.field, f.before, f.after])).toEqual([
			['stageId', 's1', 's2'],
			['x', 0, 320]
		]);
	});

	it('moves a stage, and the nodes of the columns that shift with it', () => {
		const changes = changesOf((d) => P.moveStage(d, 's2', 0));
		const map = changes.sections[0]!;
		expect(map.section).toBe('map');
		expect(map.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 3 });
		expect(map.items.map((i) => [i.collection, i.id, i.fields.map((f) => f.field)])).toEqual([
			['stages', 's2', ['order']],
			['nodes', 'n1', ['x']],
			['nodes', 'n2', ['x']]
		]);
	});

	it('moves an objective to another line, numbered where it now is', () => {
		const objective = onlyChange((d) => P.moveObjective(d, 'o2', { lineId: 'l2' }));
		expect(objective).toMatchObject({
			section: 'strategy',
			collection: 'objectives',
			id: 'o2',
			kind: 'moved',
			number: '2.2'
		});
		expect(objective.fields.map((f) => [f.field, f.before, f.after])).toContainEqual(['lineId', 'l1', 'l2']);
		expect(objective.fields.every((f) => ['lineId', 'order'].includes(f.field))).toBe(true);
	});

	it('moves an action to another objective', () => {
		const action = onlyChange((d) => P.moveAction(d, 'x2', { objectiveId: 'o3' }));
		expect(action).toMatchObject({ collection: 'actions', kind: 'moved', number: '2.1.1' });
		expect(action.label.en).toBe('Trade mission');
		expect(action.fields.map((f) => [f.field, f.before, f.after])).toContainEqual([
			'objectiveId',
			'o1',
			'o3'
		]);
	});

	it('moves an action up within its objective: only its order changes', () => {
		const action = onlyChange((d) => P.moveAction(d, 'x2', { index: 0 }));
		expect(action).toMatchObject({ id: 'x2', kind: 'moved', number: '1.1.1' });
		expect(action.fields.map((f) => f.field)).toEqual(['order']);
	});

	it('moves a line up', () => {
		const lineChange = onlyChange((d) => P.moveLine(d, 'l3', 0));
		expect(lineChange).toMatchObject({ collection: 'lines', id: 'l3', kind: 'moved', number: '1' });
	});

	it('calls an item moved and renamed at once changed, with both fields', () => {
		const changes = changesOf((d) => {
			P.moveNodes(d, [{ id: 'n3', x: 650, y: 0 }]);
			P.updateNode(d, 'n3', { label: 'Export market' });
		});
		const [node] = itemsOf(changes);
		expect(node!.kind).toBe('changed');
		expect(node!.label.en).toBe('Export market');
		expect(node!.fields.map((f) => f.field)).toEqual(['label.en', 'x']);
	});
});

describe('planChanges, fields changed', () => {
	it('gives a project budget cut by a fifth as its funding line’s amount −20 %, named by the project', () => {
		const funding = onlyChange((d) => P.updateProject(d, 'p1', { budget: 800 }));
		expect(funding).toMatchObject({
			section: 'projects',
			collection: 'funding',
			id: 'f-p1',
			kind: 'changed'
		});
		expect(funding.label).toEqual({ ru: 'Лаборатория', kk: '', en: 'Lab' });
		expect(funding.fields).toHaveLength(1);
		expect(funding.fields[0]).toMatchObject({ field: 'amount', before: 1000, after: 800 });
		expect(funding.fields[0]!.ratio).toBeCloseTo(-0.2, 10);
	});

	it('gives −100 % for an amount cut to nothing, and no ratio for one raised from nothing', () => {
		const cut = onlyChange((d) => P.updateProject(d, 'p1', { budget: 0 }));
		expect(cut.fields).toEqual([{ field: 'amount', before: 1000, after: 0, ratio: -1 }]);
		const doc = samplePlan();
		P.updateProject(doc, 'p1', { budget: 0 });
		const before = P.snapshot(doc);
		P.updateProject(doc, 'p1', { budget: 500 });
		const [raised] = itemsOf(P.planChanges(before, P.snapshot(doc)));
		expect(raised!.fields).toEqual([line('amount', 0, 500)]);
	});

	it('gives a line added to a project as its own item, and none for the lines of a project added whole', () => {
		const added = onlyChange((d) =>
			P.addFundingLine(d, { id: 'f2', projectId: 'p1', source: 'state_support', amount: 300 })
		);
		expect(added).toMatchObject({ section: 'projects', collection: 'funding', id: 'f2', kind: 'added' });
		const project = onlyChange((d) => P.addProject(d, { id: 'p9', title: 'Depot', budget: 10 }));
		expect(project).toMatchObject({ collection: 'projects', id: 'p9', kind: 'added' });
	});

	it('gives an indicator target 2025 raised from 120 to 150 as targets.2025', () => {
		const indicator = onlyChange((d) => P.setIndicatorTarget(d, 'i1', 2025, 150));
		expect(indicator).toMatchObject({ section: 'indicators', id: 'i1', kind: 'changed' });
		expect(indicator.label.en).toBe('EXP Exports');
		expect(indicator.fields).toEqual([{ field: 'targets.2025', before: 120, after: 150, ratio: 0.25 }]);
	});

	it('gives a new target year with nothing before it, and a cleared one with nothing after', () => {
		const indicator = onlyChange((d) => {
			P.setIndicatorTarget(d, 'i1', 2026, 200);
			P.setIndicatorTarget(d, 'i1', 2025, null);
		});
		expect(indicator.fields).toEqual([
			line('targets.2025', 120, undefined),
			line('targets.2026', undefined, 200)
		]);
	});

	it('gives a title changed in Russian only as title.ru', () => {
		const lineChange = onlyChange((d) => P.updateLine(d, 'l1', { title: { ru: 'Новые рынки' } }));
		expect(lineChange).toMatchObject({ collection: 'lines', number: '1', kind: 'changed' });
		expect(lineChange.label).toEqual({ ru: 'Новые рынки', kk: 'Нарықтар', en: 'Markets' });
		expect(lineChange.fields).toEqual([line('title.ru', 'Рынки', 'Новые рынки')]);
		// Kazakh and English were not revised with it: the change leaves them possibly outdated.
		expect(lineChange.outdated).toEqual([
			{ field: 'title', lang: 'kk', changed: 'ru' },
			{ field: 'title', lang: 'en', changed: 'ru' }
		]);
	});

	it('gives a translation confirmed as still correct as no change, and its mark only where the text changed', () => {
		const doc = samplePlan();
		P.updateLine(doc, 'l1', { title: { ru: 'Новые рынки' } });
		const marked = P.snapshot(doc);
		P.confirmTranslation(doc, { collection: 'lines', id: 'l1', field: 'title' }, 'kk');
		expect(P.planChanges(marked, P.snapshot(doc)).total).toBe(0);
		P.updateLine(doc, 'l1', { title: { kk: 'Жаңа нарықтар' } });
		const [change] = itemsOf(P.planChanges(marked, P.snapshot(doc)));
		expect(change!.fields).toEqual([line('title.kk', 'Нарықтар', 'Жаңа нарықтар')]);
		expect(change!.outdated).toEqual([
			{ field: 'title', lang: 'ru', changed: 'kk' },
			{ field: 'title', lang: 'en', changed: 'kk' }
		]);
	});

	it('gives a description typed in two languages as one line per language', () => {
		const objective = onlyChange((d) =>
			P.updateObjective(d, 'o3', { description: { en: 'Accredited', kk: 'Аккредиттелген' } })
		);
		expect(objective.number).toBe('2.1');
		expect(objective.fields).toEqual([
			line('description.en', '', 'Accredited'),
			line('description.kk', '', 'Аккредиттелген')
		]);
	});

	it('gives a status change', () => {
		const project = onlyChange((d) => P.updateProject(d, 'p1', { status: 'approved' }));
		expect(project.fields).toEqual([line('status', 'proposed', 'approved')]);
		const action = onlyChange((d) => P.updateAction(d, 'x1', { status: 'done' }));
		expect(action).toMatchObject({ number: '1.1.1', kind: 'changed' });
		expect(action.fields).toEqual([line('status', 'planned', 'done')]);
	});

	it('gives changed dates: a project period and an action due date', () => {
		const project = onlyChange((d) => P.updateProject(d, 'p1', { start: '2025-03-01', end: '2026-06-30' }));
		expect(project.fields).toEqual([
			line('start', '2025-01-01', '2025-03-01'),
			line('end', '2025-12-31', '2026-06-30')
		]);
		const action = onlyChange((d) => P.updateAction(d, 'x1', { dueDate: null }));
		expect(action.fields).toEqual([line('dueDate', '2025-06-30', null)]);
	});

	it('gives changed links: objectives of a project, projects of an action, a node linked to an objective', () => {
		const project = onlyChange((d) => P.updateProject(d, 'p1', { objectiveIds: ['o1', 'o3'] }));
		expect(project.fields).toEqual([line('objectiveIds', ['o1'], ['o1', 'o3'])]);
		const action = onlyChange((d) => P.updateAction(d, 'x2', { projectIds: ['p1'] }));
		expect(action.fields).toEqual([line('projectIds', [], ['p1'])]);
		// A link is content, not position: the node is changed, not moved.
		const node = onlyChange((d) => P.linkNode(d, 'n2', 'o2'));
		expect(node).toMatchObject({ collection: 'nodes', kind: 'changed' });
		expect(node.fields).toEqual([line('objectiveIds', [], ['o2'])]);
		// An indicator's link is a record, so it reads as one line per key like targets do.
		const indicator = onlyChange((d) => P.updateIndicator(d, 'i1', { linkId: 'p1' }));
		expect(indicator.fields).toEqual([
			line('link.id', undefined, 'p1'),
			line('link.kind', undefined, 'project')
		]);
	});

	it('gives the plan title and vision in the plan section', () => {
		const changes = changesOf((d) => {
			P.renamePlan(d, 'Flour cluster plan');
			P.updateStrategy(d, { vision: { en: 'Regional leader' } });
		});
		expect(changes.sections.map((s) => s.section)).toEqual(['plan']);
		const [plan] = itemsOf(changes);
		expect(plan).toMatchObject({ key: 'plan:plan-1', collection: 'plan', kind: 'changed' });
		expect(plan!.label.en).toBe('Flour cluster plan');
		expect(plan!.fields).toEqual([
			line('title.en', 'Flour plan', 'Flour cluster plan'),
			line('vision.en', 'Leader', 'Regional leader')
		]);
		expect(plan!.outdated).toEqual([{ field: 'vision', lang: 'ru', changed: 'en' }]);
	});

	it('gives map fields: a stage renamed, an edge relabelled, an actor made a member', () => {
		const changes = changesOf((d) => {
			P.updateStage(d, 's3', { title: 'Trade' });
			P.updateEdge(d, 'e1', { kind: 'services', label: 'milling' });
			P.updateActor(d, 'a3', { member: true });
		});
		expect(changes.sections.map((s) => [s.section, s.counts.changed])).toEqual([['map', 3]]);
		expect(itemsOf(changes).map((i) => [i.collection, i.label.en, i.fields])).toEqual([
			['stages', 'Trade', [line('title.en', 'Retail', 'Trade')]],
			['edges', 'Farm → Mill (milling)', [line('kind', 'goods', 'services'), line('label', '', 'milling')]],
			['actors', 'Bakery', [line('member', false, true)]]
		]);
	});

	it('gives an actor renamed together with the node that shows it', () => {
		const changes = changesOf((d) => P.updateActor(d, 'a1', { name: 'Grain farm' }));
		expect(itemsOf(changes).map((i) => [i.collection, i.id, i.fields])).toEqual([
			['nodes', 'n1', [line('label.en', 'Farm', 'Grain farm')]],
			['actors', 'a1', [line('name.en', 'Farm', 'Grain farm')]]
		]);
	});

	it('gives a comment resolved in the comments section', () => {
		const comment = onlyChange((d) => P.resolveComment(d, 'c1'));
		expect(comment).toMatchObject({ section: 'comments', key: 'comments:c1', kind: 'changed' });
		expect(comment.fields).toEqual([line('resolved', false, true)]);
	});
});

describe('planChanges, sections', () => {
	it('groups changes by section in the plan order, counted, with the total', () => {
		const changes = changesOf((d) => {
			P.resolveComment(d, 'c1');
			P.setIndicatorTarget(d, 'i1', 2025, 150);
			P.updateProject(d, 'p1', { budget: 800 });
			P.addAction(d, { id: 'x3', objectiveId: 'o3', title: 'Audit' });
			P.removeAction(d, 'x2');
			P.moveObjective(d, 'o2', { lineId: 'l3' });
			P.moveNodes(d, [{ id: 'n3', x: 610, y: 0 }]);
			P.removeEdge(d, 'e1');
			P.renamePlan(d, 'Flour plan 2');
		});
		expect(changes.sections.map((s) => [s.section, s.counts])).toEqual([
			['plan', { added: 0, removed: 0, changed: 1, moved: 0 }],
			['map', { added: 0, removed: 1, changed: 0, moved: 1 }],
			['strategy', { added: 1, removed: 1, changed: 0, moved: 1 }],
			['projects', { added: 0, removed: 0, changed: 1, moved: 0 }],
			['indicators', { added: 0, removed: 0, changed: 1, moved: 0 }],
			['comments', { added: 0, removed: 0, changed: 1, moved: 0 }]
		]);
		expect(changes.total).toBe(9);
		expect(changes.sections[3]!.items.map((i) => i.collection)).toEqual(['funding']);
		const strategy = changes.sections[2]!.items;
		expect(strategy.map((i) => [i.collection, i.kind, i.number])).toEqual([
			['objectives', 'moved', '3.1'],
			['actions', 'removed', '1.1.2'],
			['actions', 'added', '2.1.1']
		]);
	});

	it('agrees with diff on which items differ', () => {
		const doc = samplePlan();
		const before = P.snapshot(doc);
		P.addStage(doc, { id: 's4', title: 'Baking' });
		P.removeProject(doc, 'p1');
		P.updateActor(doc, 'a3', { notes: 'Bakes bread' });
		const after = P.snapshot(doc);
		const raw = P.diff(before, after);
		expect(raw.added.map((i) => i.id)).toEqual(['s4']);
		expect(raw.removed.map((i) => i.id)).toEqual(['p1']);
		expect(raw.changed).toEqual([
			{ collection: 'actors', id: 'a3', changes: [{ field: 'notes', before: '', after: 'Bakes bread' }] }
		]);
		const keys = (d: P.PlanDiff) =>
			[...d.added, ...d.removed, ...d.changed].map((i) => `${i.collection}:${i.id}`).sort();
		expect(
			itemsOf(P.planChanges(before, after))
				.map((i) => i.key)
				.sort()
		).toEqual(keys(raw));
	});
});
