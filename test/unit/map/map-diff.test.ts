import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addActor,
	addNode,
	addStage,
	connect,
	initPlan,
	moveNodes,
	planChanges,
	removeNodes,
	snapshot,
	updateActor,
	updateEdge,
	updateStage
} from '$lib/plan';
import {
	describeChange,
	mapChanges,
	mapDiffFlow,
	type DiffNodeData
} from '$lib/components/versions/map-diff';
import type { LaneNodeData } from '$lib/components/map/to-flow';

function plans() {
	const doc = new Y.Doc();
	initPlan(doc, { id: 'p', title: 'Flour' });
	addStage(doc, { id: 's1', title: 'Milling' });
	addActor(doc, { id: 'a1', name: 'Mill', kind: 'firm', member: true });
	addActor(doc, { id: 'a2', name: 'Bakery', kind: 'firm' });
	addActor(doc, { id: 'a3', name: 'Silo', kind: 'firm' });
	addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	addNode(doc, { id: 'n2', actorId: 'a2', x: 300, y: 0 });
	addNode(doc, { id: 'n3', label: 'Old market', kind: 'market', x: 600, y: 0 });
	addNode(doc, { id: 'n4', actorId: 'a3', x: 0, y: 200 });
	connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods', label: 'flour' });
	connect(doc, { id: 'e2', source: 'n2', target: 'n3', kind: 'goods', label: 'bread' });
	connect(doc, { id: 'e3', source: 'n4', target: 'n1', kind: 'goods', label: '' });
	const before = snapshot(doc);
	doc.transact(() => {
		addNode(doc, { id: 'n5', label: 'New market', kind: 'market', x: 600, y: 200 });
		connect(doc, { id: 'e4', source: 'n2', target: 'n5', kind: 'money', label: 'sales' });
		removeNodes(doc, ['n3']);
		updateActor(doc, 'a2', { name: 'Big bakery' });
		moveNodes(doc, [{ id: 'n4', x: 40, y: 260, stageId: null }]);
		updateEdge(doc, 'e1', { label: 'premium flour' });
		updateStage(doc, 's1', { title: 'Flour milling' });
	});
	const after = snapshot(doc);
	return { before, after, changes: planChanges(before, after) };
}

describe('the map of a diff', () => {
	it('marks each node with what happened to it, and draws a removed node where it was', () => {
		const { before, after, changes } = plans();
		const { nodes } = mapDiffFlow(before, after, changes);
		const change = (id: string) => (nodes.find((n) => n.id === id)!.data as DiffNodeData).change;
		expect(change('n5')).toBe('added');
		expect(change('n3')).toBe('removed');
		expect(nodes.find((n) => n.id === 'n3')!.position).toEqual({ x: 600, y: 0 });
		// The firm behind n2 was renamed: the node shows the new name and counts as changed.
		expect(change('n2')).toBe('changed');
		expect(change('n4')).toBe('moved');
		expect(change('n1')).toBeNull();
		expect(nodes.filter((n) => n.type === 'diff').every((n) => n.draggable === false)).toBe(true);
	});

	it('keeps removed flows and marks flows in their label, not by colour alone', () => {
		const { before, after, changes } = plans();
		const { edges } = mapDiffFlow(before, after, changes);
		const edge = (id: string) => edges.find((e) => e.id === id)!;
		expect(edge('e4').label).toBe('+ sales');
		expect(edge('e2').label).toBe('− bread');
		expect(String(edge('e2').style)).toContain('stroke-dasharray: 5 5');
		expect(edge('e1').label).toBe('~ premium flour');
		expect(edge('e3').class).not.toContain('diff-');
	});

	it('marks a renamed stage on its lane', () => {
		const { before, after, changes } = plans();
		const lane = mapDiffFlow(before, after, changes).nodes.find((n) => n.id === 'lane:s1')!;
		expect((lane.data as LaneNodeData).title).toEqual({ ru: '', kk: '', en: '~ Flour milling' });
	});

	it('says every change of the map in words, with the fields that changed', () => {
		const { changes } = plans();
		const lines = mapChanges(changes).map(describeChange);
		expect(lines).toContain('Added: node “New market”');
		expect(lines).toContain('Removed: node “Old market”');
		expect(lines.find((line) => line.startsWith('Moved: node “Silo”'))).toContain('position');
		expect(lines.find((line) => line.startsWith('Changed: flow'))).toContain('label');
	});
});
