// Actions under an objective: the projects that carry them out, the indicators that show whether they
// worked, and their place in the list of their objective.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, expectRefused, newPlan, peerOf } from './plan-fixture';

function plan(): Y.Doc {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: 'Markets' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
	P.addObjective(doc, { id: 'o2', lineId: 'l1', title: 'Quality' });
	P.addProject(doc, { id: 'p1', title: 'Export office' });
	P.addProject(doc, { id: 'p2', title: 'Lab' });
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports' });
	P.addIndicator(doc, { id: 'i2', code: 'LAB', name: 'Tests done' });
	return doc;
}

const action = (doc: Y.Doc, id: string) =>
	P.snapshot(doc)
		.strategy.lines.flatMap((line) => line.objectives)
		.flatMap((objective) => objective.actions)
		.find((candidate) => candidate.id === id);

const actionsOf = (doc: Y.Doc) =>
	P.snapshot(doc).strategy.lines[0]?.objectives.map((o) => [o.id, o.actions.map((a) => a.id)]);

describe('action links', () => {
	it('are set when the action is added, replaced or cleared by an update', () => {
		const doc = plan();
		P.addAction(doc, {
			id: 'x1',
			objectiveId: 'o1',
			title: 'Trade mission',
			projectIds: ['p1', 'p1'],
			indicatorIds: ['i1']
		});
		expect(action(doc, 'x1')).toMatchObject({ projectIds: ['p1'], indicatorIds: ['i1'] });
		P.updateAction(doc, 'x1', { projectIds: ['p2', 'p1'] });
		expect(action(doc, 'x1')).toMatchObject({ projectIds: ['p1', 'p2'], indicatorIds: ['i1'] });
		P.updateAction(doc, 'x1', { projectIds: ['p2'], indicatorIds: ['i2', 'i1'] });
		expect(action(doc, 'x1')).toMatchObject({ projectIds: ['p2'], indicatorIds: ['i1', 'i2'] });
		P.updateAction(doc, 'x1', { indicatorIds: [], owner: 'Chamber' });
		expect(action(doc, 'x1')).toMatchObject({ projectIds: ['p2'], indicatorIds: [], owner: 'Chamber' });
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
	});

	it('to an unknown item are refused, naming the field', () => {
		const doc = plan();
		P.addAction(doc, { id: 'x1', objectiveId: 'o1', title: 'Trade mission' });
		const add = (input: Partial<P.ActionInput>) => () =>
			P.addAction(doc, { objectiveId: 'o1', title: 'Fair', ...input });
		expectRefused(doc, add({ projectIds: ['p1', 'ghost'] }), 'dangling_link', 'projectIds');
		expectRefused(doc, add({ projectIds: ['i1'] }), 'dangling_link', 'projectIds');
		expectRefused(doc, add({ indicatorIds: ['p1'] }), 'dangling_link', 'indicatorIds');
		expectRefused(doc, add({ indicatorIds: 'i1' as never }), 'invalid_value', 'indicatorIds');
		expectRefused(
			doc,
			() => P.updateAction(doc, 'x1', { projectIds: ['ghost'] }),
			'dangling_link',
			'projectIds'
		);
		expectRefused(
			doc,
			() => P.updateAction(doc, 'x1', { indicatorIds: ['o1'] }),
			'dangling_link',
			'indicatorIds'
		);
	});

	it('go with the project or indicator they point at when it is removed', () => {
		const doc = plan();
		P.addAction(doc, {
			id: 'x1',
			objectiveId: 'o1',
			title: 'A',
			projectIds: ['p1', 'p2'],
			indicatorIds: ['i1']
		});
		P.addAction(doc, {
			id: 'x2',
			objectiveId: 'o2',
			title: 'B',
			projectIds: ['p1'],
			indicatorIds: ['i1', 'i2']
		});
		P.removeProject(doc, 'p1');
		P.removeIndicator(doc, 'i1');
		expect(action(doc, 'x1')).toMatchObject({ projectIds: ['p2'], indicatorIds: [] });
		expect(action(doc, 'x2')).toMatchObject({ projectIds: [], indicatorIds: ['i2'] });
		// Not just hidden: the stored links are gone, so restoring an id later links nothing.
		const stored = doc.getMap<Y.Map<unknown>>('actions').get('x2')?.get('projects') as Y.Map<unknown>;
		expect([...stored.keys()]).toEqual([]);
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
	});

	it('to an item removed at the same time by someone else are hidden, and the plan stays valid', () => {
		const a = plan();
		P.addAction(a, { id: 'x1', objectiveId: 'o1', title: 'A' });
		const b = peerOf(a);
		P.removeProject(a, 'p1');
		P.removeIndicator(a, 'i2');
		P.updateAction(b, 'x1', { projectIds: ['p1', 'p2'], indicatorIds: ['i1', 'i2'] });
		exchange(a, b);
		expect(P.snapshot(b)).toEqual(P.snapshot(a));
		expect(action(a, 'x1')).toMatchObject({ projectIds: ['p2'], indicatorIds: ['i1'] });
		expect(P.validatePlan(P.snapshot(a))).toEqual([]);
	});

	it('added by two people at once are both kept', () => {
		const a = plan();
		P.addAction(a, { id: 'x1', objectiveId: 'o1', title: 'A', projectIds: ['p1'] });
		const b = peerOf(a);
		P.updateAction(a, 'x1', { projectIds: ['p1', 'p2'] });
		P.updateAction(b, 'x1', { indicatorIds: ['i1'] });
		exchange(a, b);
		expect(action(a, 'x1')).toMatchObject({ projectIds: ['p1', 'p2'], indicatorIds: ['i1'] });
		expect(P.snapshot(b)).toEqual(P.snapshot(a));
	});
});

describe('action order', () => {
	function withActions(): Y.Doc {
		const doc = plan();
		for (const id of ['x1', 'x2', 'x3']) P.addAction(doc, { id, objectiveId: 'o1', title: id });
		for (const id of ['y1', 'y2']) P.addAction(doc, { id, objectiveId: 'o2', title: id });
		return doc;
	}

	it('follows a move to an index within the objective', () => {
		const doc = withActions();
		P.moveAction(doc, 'x3', { index: 0 });
		expect(actionsOf(doc)).toEqual([
			['o1', ['x3', 'x1', 'x2']],
			['o2', ['y1', 'y2']]
		]);
		P.moveAction(doc, 'x3', { index: 1 });
		expect(actionsOf(doc)?.[0]).toEqual(['o1', ['x1', 'x3', 'x2']]);
		P.moveAction(doc, 'x1', { index: 99 });
		expect(actionsOf(doc)?.[0]).toEqual(['o1', ['x3', 'x2', 'x1']]);
		P.moveAction(doc, 'x2', {});
		expect(actionsOf(doc)?.[0]).toEqual(['o1', ['x3', 'x1', 'x2']]);
	});

	it('keeps both objectives in order when an action moves across, at an index or at the end', () => {
		const doc = withActions();
		P.moveAction(doc, 'x2', { objectiveId: 'o2', index: 1 });
		expect(actionsOf(doc)).toEqual([
			['o1', ['x1', 'x3']],
			['o2', ['y1', 'x2', 'y2']]
		]);
		P.moveAction(doc, 'x1', { objectiveId: 'o2' });
		expect(actionsOf(doc)).toEqual([
			['o1', ['x3']],
			['o2', ['y1', 'x2', 'y2', 'x1']]
		]);
		P.moveAction(doc, 'y2', { objectiveId: 'o1', index: 0 });
		expect(actionsOf(doc)).toEqual([
			['o1', ['y2', 'x3']],
			['o2', ['y1', 'x2', 'x1']]
		]);
		P.addAction(doc, { id: 'x4', objectiveId: 'o1', title: 'new', index: 1 });
		expect(actionsOf(doc)?.[0]).toEqual(['o1', ['y2', 'x4', 'x3']]);
	});

	it('keeps an action’s links and fields when it moves across objectives', () => {
		const doc = withActions();
		P.updateAction(doc, 'x1', { projectIds: ['p1'], indicatorIds: ['i2'], status: 'in_progress' });
		P.moveAction(doc, 'x1', { objectiveId: 'o2', index: 0 });
		expect(action(doc, 'x1')).toMatchObject({
			title: { en: 'x1' },
			status: 'in_progress',
			projectIds: ['p1'],
			indicatorIds: ['i2']
		});
	});

	it('refuses a move to an unknown objective or a bad index, writing nothing', () => {
		const doc = withActions();
		expectRefused(doc, () => P.moveAction(doc, 'x1', { objectiveId: 'l1' }), 'dangling_link', 'objectiveId');
		expectRefused(doc, () => P.moveAction(doc, 'x1', { index: -1 }), 'invalid_number', 'index');
		expectRefused(doc, () => P.moveAction(doc, 'x1', { index: Number.NaN }), 'invalid_number', 'index');
		expectRefused(doc, () => P.moveAction(doc, 'ghost', { index: 0 }), 'not_found', 'id');
	});
});
