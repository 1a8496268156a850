import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { newPlan } from './plan-fixture';

describe('undo', () => {
	it('reverts a whole operation, cascade included, in one step', () => {
		const doc = newPlan();
		P.addActor(doc, { id: 'mill', name: 'Mill', kind: 'firm' });
		P.addNode(doc, { id: 'n1', actorId: 'mill', x: 0, y: 0 });
		P.addNode(doc, { id: 'n2', label: 'Export', kind: 'market', x: 100, y: 0 });
		P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
		const before = P.snapshot(doc);
		const undo = new Y.UndoManager(P.planRoots(doc), { captureTimeout: 0 });
		P.removeActor(doc, 'mill');
		P.moveNodes(doc, [{ id: 'n2', x: 500, y: 500 }]);
		undo.undo();
		expect(P.snapshot(doc).map.nodes.find((n) => n.id === 'n2')).toMatchObject({ x: 100, y: 0 });
		undo.undo();
		expect(P.snapshot(doc)).toEqual(before);
	});

	it('never reverts another person’s work', () => {
		const mine = newPlan();
		const theirs = new Y.Doc();
		Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
		const undo = new Y.UndoManager(P.planRoots(mine), { captureTimeout: 0 });
		P.addStage(mine, { id: 's1', title: 'Farming' });
		P.addStage(theirs, { id: 's2', title: 'Milling' });
		Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), 'provider');
		undo.undo();
		expect(P.snapshot(mine).map.stages.map((s) => s.id)).toEqual(['s2']);
	});

	it('of a remove brings back what others attached to the removed item meanwhile', () => {
		const mine = newPlan();
		P.addNode(mine, { id: 'n1', label: 'Mill', x: 0, y: 0 });
		P.addNode(mine, { id: 'n2', label: 'Bakery', x: 0, y: 0 });
		const theirs = new Y.Doc();
		Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
		const undo = new Y.UndoManager(P.planRoots(mine), { captureTimeout: 0 });
		P.removeNode(mine, 'n1');
		P.connect(theirs, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
		Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), 'provider');
		expect(P.snapshot(mine).map.edges).toEqual([]); // hidden, not deleted
		undo.undo();
		expect(P.snapshot(mine).map.edges.map((e) => e.id)).toEqual(['e1']);
		expect(P.validatePlan(P.snapshot(mine))).toEqual([]);
	});
});
