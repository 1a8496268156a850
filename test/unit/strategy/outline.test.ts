// The outline's moves: one step by keyboard (crossing into the neighbouring parent at the edges),
// drops on rows, and indent/outdent between the three typed levels, applied to real documents.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import {
	dropMove,
	keepRows,
	outlineRows,
	stepMove,
	type Row
} from '../../../src/lib/components/strategy/outline';

function plan(): Y.Doc {
	const doc = new Y.Doc();
	P.initPlan(doc, { id: 'p', title: 'Plan' });
	P.addLine(doc, { id: 'l1', title: 'Line 1' });
	P.addLine(doc, { id: 'l2', title: 'Line 2' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'O1' });
	P.addObjective(doc, { id: 'o2', lineId: 'l1', title: 'O2' });
	P.addObjective(doc, { id: 'o3', lineId: 'l2', title: 'O3' });
	for (const [id, objectiveId] of [
		['a1', 'o1'],
		['a2', 'o1'],
		['a3', 'o2']
	] as const)
		P.addAction(doc, { id, objectiveId, title: id.toUpperCase(), owner: `owner of ${id}` });
	return doc;
}

const rowOf = (doc: Y.Doc, id: string): Row => outlineRows(P.snapshot(doc)).find((row) => row.id === id)!;
const order = (doc: Y.Doc) =>
	P.snapshot(doc).strategy.lines.map((line) => [
		line.id,
		line.objectives.map((objective) => [objective.id, objective.actions.map((action) => action.id)])
	]);

function apply(doc: Y.Doc, move: ReturnType<typeof stepMove>) {
	if (!move) throw new Error('no move');
	if (move.kind === 'line') P.moveLine(doc, move.id, move.index);
	else if (move.kind === 'objective')
		P.moveObjective(doc, move.id, { lineId: move.parentId!, index: move.index });
	else P.moveAction(doc, move.id, { objectiveId: move.parentId!, index: move.index });
}

describe('outline rows', () => {
	it('keep the previous row objects for the rows a change did not move', () => {
		const doc = plan();
		const before = outlineRows(P.snapshot(doc));
		P.updateAction(doc, 'a1', { title: { en: 'Renamed' } });
		const renamed = keepRows(before, outlineRows(P.snapshot(doc)));
		expect(renamed).toEqual(before);
		renamed.forEach((row, i) => expect(row, row.id).toBe(before[i]));

		// a2 moves up past a1: those two change place, every other row stays the same object.
		P.moveAction(doc, 'a2', { objectiveId: 'o1', index: 0 });
		const moved = keepRows(renamed, outlineRows(P.snapshot(doc)));
		const byId = new Map(renamed.map((row) => [row.id, row]));
		for (const row of moved) {
			if (row.id === 'a1' || row.id === 'a2') expect(row, row.id).not.toBe(byId.get(row.id));
			else expect(row, row.id).toBe(byId.get(row.id));
		}
		expect(moved.find((row) => row.id === 'a2')!.index).toBe(0);
	});

	it('list lines, objectives and actions in reading order with their place among siblings', () => {
		const rows = outlineRows(P.snapshot(plan()));
		expect(rows.map((row) => `${row.kind}:${row.id}:${row.index}/${row.count}`)).toEqual([
			'line:l1:0/2',
			'objective:o1:0/2',
			'action:a1:0/2',
			'action:a2:1/2',
			'objective:o2:1/2',
			'action:a3:0/1',
			'line:l2:1/2',
			'objective:o3:0/1'
		]);
	});
});

describe('a keyboard step', () => {
	it('passes the next sibling, then crosses into the next parent, and stops at the end', () => {
		const doc = plan();
		apply(doc, stepMove(P.snapshot(doc), rowOf(doc, 'a1'), 1));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a2', 'a1']],
				['o2', ['a3']]
			]
		]);
		apply(doc, stepMove(P.snapshot(doc), rowOf(doc, 'a1'), 1));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a2']],
				['o2', ['a1', 'a3']]
			]
		]);
		apply(doc, stepMove(P.snapshot(doc), rowOf(doc, 'a1'), -1));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a2', 'a1']],
				['o2', ['a3']]
			]
		]);
		// o3 is the last objective of the last line: there is nowhere further down.
		expect(stepMove(P.snapshot(doc), rowOf(doc, 'o3'), 1)).toBeNull();
		expect(stepMove(P.snapshot(doc), rowOf(doc, 'l1'), -1)).toBeNull();
	});

	it('moves an objective into the end of the previous line', () => {
		const doc = plan();
		apply(doc, stepMove(P.snapshot(doc), rowOf(doc, 'o3'), -1));
		expect(
			order(doc).map(([line, objectives]) => [line, (objectives as [string][]).map(([id]) => id)])
		).toEqual([
			['l1', ['o1', 'o2', 'o3']],
			['l2', []]
		]);
	});
});

describe('a drop', () => {
	it('puts a row before or after a sibling, or inside a parent of the level above', () => {
		const doc = plan();
		apply(doc, dropMove(rowOf(doc, 'a1'), rowOf(doc, 'a3'), 'after'));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a2']],
				['o2', ['a3', 'a1']]
			]
		]);
		apply(doc, dropMove(rowOf(doc, 'a1'), rowOf(doc, 'o1'), 'inside'));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a2', 'a1']],
				['o2', ['a3']]
			]
		]);
		apply(doc, dropMove(rowOf(doc, 'a1'), rowOf(doc, 'a2'), 'before'));
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a1', 'a2']],
				['o2', ['a3']]
			]
		]);
	});

	it('refuses places the levels cannot hold, and drops that change nothing', () => {
		const doc = plan();
		expect(dropMove(rowOf(doc, 'a1'), rowOf(doc, 'l1'), 'inside')).toBeNull();
		expect(dropMove(rowOf(doc, 'a1'), rowOf(doc, 'o1'), 'before')).toBeNull();
		expect(dropMove(rowOf(doc, 'l1'), rowOf(doc, 'l1'), 'after')).toBeNull();
		expect(dropMove(rowOf(doc, 'a1'), rowOf(doc, 'a2'), 'before')).toBeNull();
	});
});

describe('indent and outdent', () => {
	it('turn an objective into an action of the one above and back, keeping id, text and fields', () => {
		const doc = plan();
		P.updateObjective(doc, 'o2', { description: 'why it matters', assumptions: { ru: 'спрос растёт' } });
		P.removeAction(doc, 'a3');
		P.addComment(doc, { id: 'c1', anchorId: 'o2', author: 'aigerim', text: 'Is this an action?' });
		P.indent(doc, 'o2');
		const action = P.snapshot(doc).strategy.lines[0]!.objectives[0]!.actions[2]!;
		expect(action).toMatchObject({ id: 'o2', title: { en: 'O2' }, description: { en: 'why it matters' } });
		expect(P.snapshot(doc).comments[0]!.orphaned).toBe(false);
		P.outdent(doc, 'o2');
		const objective = P.snapshot(doc).strategy.lines[0]!.objectives[1]!;
		expect(objective).toMatchObject({
			id: 'o2',
			assumptions: { ru: 'спрос растёт' },
			description: { en: 'why it matters' }
		});
		expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
	});

	it('keeps an action’s owner through a round trip as an objective', () => {
		const doc = plan();
		P.outdent(doc, 'a2');
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o1', ['a1']],
				['a2', []],
				['o2', ['a3']]
			]
		]);
		P.indent(doc, 'a2');
		expect(P.snapshot(doc).strategy.lines[0]!.objectives[0]!.actions.map((a) => [a.id, a.owner])).toEqual([
			['a1', 'owner of a1'],
			['a2', 'owner of a2']
		]);
	});

	it('outdents an objective into a line after its own, its actions becoming its objectives', () => {
		const doc = plan();
		P.outdent(doc, 'o1');
		expect(order(doc)).toEqual([
			['l1', [['o2', ['a3']]]],
			[
				'o1',
				[
					['a1', []],
					['a2', []]
				]
			],
			['l2', [['o3', []]]]
		]);
		P.indent(doc, 'o1');
		expect(order(doc)[0]).toEqual([
			'l1',
			[
				['o2', ['a3']],
				['o1', ['a1', 'a2']]
			]
		]);
	});

	it('refuses what three levels cannot hold, writing nothing', () => {
		const doc = plan();
		const before = Y.encodeStateVector(doc);
		const refused = (change: () => void) => {
			expect(change).toThrow(expect.objectContaining({ code: 'outline_depth' }));
			expect(Y.encodeStateVector(doc)).toEqual(before);
		};
		refused(() => P.indent(doc, 'a1')); // already the deepest level
		refused(() => P.indent(doc, 'o1')); // first objective: nothing above
		refused(() => P.indent(doc, 'o2')); // has actions: they would go too deep
		refused(() => P.indent(doc, 'l1')); // first line: nothing above
		refused(() => P.outdent(doc, 'l1')); // already the top level
		P.addAction(doc, { id: 'a4', objectiveId: 'o3', title: 'A4' });
		const withActions = Y.encodeStateVector(doc);
		expect(() => P.indent(doc, 'l2')).toThrow(expect.objectContaining({ code: 'outline_depth' }));
		expect(Y.encodeStateVector(doc)).toEqual(withActions);
	});

	it('drops links only an objective can have when it becomes an action', () => {
		const doc = plan();
		P.removeAction(doc, 'a3');
		P.addProject(doc, { id: 'p1', title: 'Lab', objectiveIds: ['o2'] });
		P.addIndicator(doc, { id: 'i1', name: 'Exports', linkId: 'o2' });
		P.indent(doc, 'o2');
		const data = P.snapshot(doc);
		expect(data.projects[0]!.objectiveIds).toEqual([]);
		expect(data.indicators[0]!.link).toBeNull();
		expect(P.validatePlan(data)).toEqual([]);
	});
});
