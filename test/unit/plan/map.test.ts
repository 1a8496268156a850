import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

function mapWithTwoNodes() {
	const doc = newPlan();
	P.addStage(doc, { id: 'farming', title: 'Grain farming' });
	P.addActor(doc, { id: 'farm', name: 'Agrofirm', kind: 'firm', member: true });
	P.addNode(doc, { id: 'n1', actorId: 'farm', stageId: 'farming', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', label: 'Milling', kind: 'stage', x: 200, y: 0 });
	return doc;
}

describe('stages', () => {
	it('are added in order, renamed and moved by their order number', () => {
		const doc = newPlan();
		const a = P.addStage(doc, { title: 'Inputs' });
		const b = P.addStage(doc, { title: 'Production' });
		const c = P.addStage(doc, { title: 'Markets' });
		P.updateStage(doc, b, { title: 'Farming' });
		P.moveStage(doc, c, 0);
		expect(P.snapshot(doc).map.stages.map((s) => s.title.en)).toEqual(['Markets', 'Inputs', 'Farming']);
		P.moveStage(doc, c, 1);
		expect(P.snapshot(doc).map.stages.map((s) => s.id)).toEqual([a, c, b]);
		P.addStage(doc, { id: 'first', title: 'Research', index: 0 });
		expect(P.snapshot(doc).map.stages[0]?.id).toBe('first');
	});

	it('refuse empty titles, unknown ids, duplicate ids and bad positions', () => {
		const doc = mapWithTwoNodes();
		expectRefused(doc, () => P.addStage(doc, { title: '  ' }), 'required', 'title');
		expectRefused(doc, () => P.addStage(doc, { id: 'farming', title: 'Again' }), 'duplicate_id', 'id');
		expectRefused(doc, () => P.addStage(doc, { id: 'n1', title: 'Clash with a node' }), 'duplicate_id');
		expectRefused(doc, () => P.addStage(doc, { id: 'bad id!', title: 'x' }), 'invalid_id');
		expectRefused(doc, () => P.updateStage(doc, 'nope', { title: 'x' }), 'not_found');
		expectRefused(doc, () => P.moveStage(doc, 'farming', Number.NaN), 'invalid_number', 'index');
		expectRefused(doc, () => P.removeStage(doc, 'nope'), 'not_found');
	});

	it('when removed leave their nodes on the map without a stage', () => {
		const doc = mapWithTwoNodes();
		P.removeStage(doc, 'farming');
		const data = P.snapshot(doc);
		expect(data.map.stages).toEqual([]);
		expect(data.map.nodes.find((n) => n.id === 'n1')?.stageId).toBeNull();
	});
});

describe('nodes', () => {
	it('show their actor name and kind, and follow a rename of the actor', () => {
		const doc = mapWithTwoNodes();
		P.addNode(doc, { id: 'n3', actorId: 'farm', x: 0, y: 300 });
		P.updateActor(doc, 'farm', { name: 'Agrofirm Kostanay', kind: 'supplier' });
		const nodes = P.snapshot(doc).map.nodes.filter((n) => n.actorId === 'farm');
		expect(nodes.map((n) => [n.label.en, n.kind])).toEqual([
			['Agrofirm Kostanay', 'supplier'],
			['Agrofirm Kostanay', 'supplier']
		]);
	});

	it('are updated and moved in one operation per drag end', () => {
		const doc = mapWithTwoNodes();
		P.updateNode(doc, 'n2', {
			label: 'Flour milling',
			notes: 'Four mills',
			stageId: 'farming',
			owner: 'Bolat'
		});
		let updates = 0;
		doc.on('update', () => updates++);
		P.moveNodes(doc, [
			{ id: 'n1', x: 10, y: 20 },
			{ id: 'n2', x: 30.5, y: -40 }
		]);
		expect(updates).toBe(1);
		const [n1, n2] = P.snapshot(doc).map.nodes;
		expect([n1?.x, n1?.y, n2?.x, n2?.y]).toEqual([10, 20, 30.5, -40]);
		expect(n2).toMatchObject({
			label: { ru: '', kk: '', en: 'Flour milling' },
			notes: 'Four mills',
			stageId: 'farming',
			owner: 'Bolat'
		});
	});

	it('join the stage whose column they are dropped in, and write nothing when dropped in place', () => {
		const doc = mapWithTwoNodes();
		P.addStage(doc, { id: 'milling', title: 'Flour milling' });
		P.moveNodes(doc, [{ id: 'n1', x: 300, y: 0, stageId: 'milling' }]);
		expect(P.snapshot(doc).map.nodes.find((n) => n.id === 'n1')?.stageId).toBe('milling');
		let updates = 0;
		doc.on('update', () => updates++);
		const n1 = P.snapshot(doc).map.nodes.find((n) => n.id === 'n1')!;
		P.moveNodes(doc, [{ id: 'n1', x: n1.x, y: n1.y, stageId: 'milling' }]);
		expect(updates).toBe(0);
		expectRefused(doc, () => P.moveNodes(doc, [{ id: 'n1', x: 0, y: 0, stageId: 'ghost' }]), 'dangling_link');
	});

	it('fall in stage columns by their x, the outermost columns taking what lies beyond', () => {
		const w = P.STAGE_COLUMN_WIDTH;
		expect([-500, 0, w - 1, w, 2.5 * w, 99 * w].map((x) => P.stageColumnAt(x, 3))).toEqual([
			0, 0, 0, 1, 2, 2
		]);
	});

	it('refuse unknown actors and stages, missing labels, bad positions and edits of actor labels', () => {
		const doc = mapWithTwoNodes();
		expectRefused(doc, () => P.addNode(doc, { actorId: 'ghost', x: 0, y: 0 }), 'dangling_link', 'actorId');
		expectRefused(doc, () => P.addNode(doc, { label: 'x', stageId: 'ghost', x: 0, y: 0 }), 'dangling_link');
		expectRefused(doc, () => P.addNode(doc, { label: '', x: 0, y: 0 }), 'required', 'label');
		expectRefused(doc, () => P.addNode(doc, { label: 'x', x: Infinity, y: 0 }), 'invalid_number', 'x');
		expectRefused(
			doc,
			() => P.addNode(doc, { label: 'x', kind: 'bank' as never, x: 0, y: 0 }),
			'invalid_value'
		);
		expectRefused(doc, () => P.updateNode(doc, 'n1', { label: 'Renamed' }), 'invalid_value', 'label');
		expectRefused(doc, () => P.updateNode(doc, 'n2', { label: '' }), 'required');
		expectRefused(doc, () => P.updateNode(doc, 'ghost', { notes: '' }), 'not_found');
		expectRefused(
			doc,
			() =>
				P.moveNodes(doc, [
					{ id: 'n1', x: 5, y: 5 },
					{ id: 'ghost', x: 0, y: 0 }
				]),
			'not_found'
		);
		expectRefused(doc, () => P.moveNodes(doc, [{ id: 'n1', x: Number.NaN, y: 0 }]), 'invalid_number');
		expectRefused(doc, () => P.removeNodes(doc, ['n1', 'ghost']), 'not_found');
	});

	it('when removed take their edges with them', () => {
		const doc = mapWithTwoNodes();
		P.addNode(doc, { id: 'n3', label: 'Bakeries', kind: 'market', x: 400, y: 0 });
		P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
		P.connect(doc, { id: 'e2', source: 'n2', target: 'n3', kind: 'goods' });
		P.removeNode(doc, 'n1');
		expect(P.snapshot(doc).map.edges.map((e) => e.id)).toEqual(['e2']);
		expect(doc.getMap('edges').has('e1')).toBe(false);
	});

	it('link to objectives and projects, and lose the link when those are removed', () => {
		const doc = mapWithTwoNodes();
		P.addLine(doc, { id: 'l1', title: 'Exports' });
		P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Double flour exports' });
		P.addProject(doc, { id: 'p1', title: 'Export office' });
		P.linkNode(doc, 'n1', 'o1');
		P.linkNode(doc, 'n1', 'p1');
		expect(P.snapshot(doc).map.nodes[0]).toMatchObject({ objectiveIds: ['o1'], projectIds: ['p1'] });
		P.unlinkNode(doc, 'n1', 'p1');
		P.removeObjective(doc, 'o1');
		expect(P.snapshot(doc).map.nodes[0]).toMatchObject({ objectiveIds: [], projectIds: [] });
		expectRefused(doc, () => P.linkNode(doc, 'n1', 'n2'), 'dangling_link', 'targetId');
		expectRefused(doc, () => P.unlinkNode(doc, 'n1', 'p1'), 'not_found');
	});
});

describe('edges', () => {
	it('connect two nodes with a kind and label, and can be updated and removed', () => {
		const doc = mapWithTwoNodes();
		const id = P.connect(doc, { source: 'n1', target: 'n2', kind: 'goods', label: 'wheat' });
		P.updateEdge(doc, id, { kind: 'money', label: 'prepayment' });
		expect(P.snapshot(doc).map.edges).toEqual([
			{ id, source: 'n1', target: 'n2', kind: 'money', label: 'prepayment' }
		]);
		P.removeEdge(doc, id);
		expect(P.snapshot(doc).map.edges).toEqual([]);
	});

	it('refuse self-loops, unknown nodes, unknown kinds and unknown edges', () => {
		const doc = mapWithTwoNodes();
		expectRefused(doc, () => P.connect(doc, { source: 'n1', target: 'n1', kind: 'goods' }), 'self_loop');
		expectRefused(
			doc,
			() => P.connect(doc, { source: 'n1', target: 'x', kind: 'goods' }),
			'dangling_link',
			'target'
		);
		expectRefused(
			doc,
			() => P.connect(doc, { source: 'x', target: 'n1', kind: 'goods' }),
			'dangling_link',
			'source'
		);
		expectRefused(
			doc,
			() => P.connect(doc, { source: 'n1', target: 'n2', kind: 'oil' as never }),
			'invalid_value'
		);
		expectRefused(doc, () => P.updateEdge(doc, 'x', { label: 'y' }), 'not_found');
		expectRefused(doc, () => P.removeEdge(doc, 'x'), 'not_found');
	});
});

describe('actors', () => {
	it('are one record per firm, updated in place', () => {
		const doc = mapWithTwoNodes();
		P.updateActor(doc, 'farm', { member: false, notes: 'Left in 2019' });
		expect(P.snapshot(doc).actors).toEqual([
			{
				id: 'farm',
				name: { ru: '', kk: '', en: 'Agrofirm' },
				kind: 'firm',
				member: false,
				notes: 'Left in 2019'
			}
		]);
	});

	it('when removed take their nodes and leave the projects they led without a lead', () => {
		const doc = mapWithTwoNodes();
		P.addActor(doc, { id: 'bank', name: 'DAMU', kind: 'institution' });
		P.addProject(doc, { id: 'p1', title: 'Storage', leadActorId: 'farm', partnerIds: ['farm', 'bank'] });
		P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
		P.removeActor(doc, 'farm');
		const data = P.snapshot(doc);
		expect(data.map.nodes.map((n) => n.id)).toEqual(['n2']);
		expect(data.map.edges).toEqual([]);
		expect(data.projects[0]).toMatchObject({ leadActorId: null, partnerIds: ['bank'] });
	});

	it('refuse empty names, unknown kinds and non-boolean membership', () => {
		const doc = mapWithTwoNodes();
		expectRefused(doc, () => P.addActor(doc, { name: '', kind: 'firm' }), 'required', 'name');
		expectRefused(
			doc,
			() => P.addActor(doc, { name: 'X', kind: 'person' as never }),
			'invalid_value',
			'kind'
		);
		expectRefused(
			doc,
			() => P.updateActor(doc, 'farm', { member: 'yes' as never }),
			'invalid_value',
			'member'
		);
		expectRefused(doc, () => P.updateActor(doc, 'farm', { name: ' ' }), 'required');
		expectRefused(doc, () => P.removeActor(doc, 'nobody'), 'not_found');
	});
});

describe('stage columns', () => {
	function threeStages() {
		const doc = new Y.Doc();
		P.initPlan(doc, { id: 'p', title: 'Plan' });
		for (const id of ['a', 'b', 'c']) P.addStage(doc, { id, title: id.toUpperCase() });
		const w = P.STAGE_COLUMN_WIDTH;
		P.addNode(doc, { id: 'na', label: 'in a', stageId: 'a', x: 10, y: 0 });
		P.addNode(doc, { id: 'nb', label: 'in b', stageId: 'b', x: w + 10, y: 0 });
		P.addNode(doc, { id: 'nc', label: 'in c', stageId: 'c', x: 2 * w + 10, y: 0 });
		P.addNode(doc, { id: 'free', label: 'no stage', x: 5, y: 500 });
		return { doc, w };
	}
	const xs = (doc: Y.Doc) => Object.fromEntries(P.snapshot(doc).map.nodes.map((n) => [n.id, n.x]));

	it('carry their nodes when a stage moves, is inserted or is removed', () => {
		const { doc, w } = threeStages();
		P.moveStage(doc, 'a', 2);
		expect(P.snapshot(doc).map.stages.map((s) => s.id)).toEqual(['b', 'c', 'a']);
		expect(xs(doc)).toEqual({ na: 2 * w + 10, nb: 10, nc: w + 10, free: 5 });

		P.addStage(doc, { id: 'd', title: 'D', index: 0 });
		expect(xs(doc)).toEqual({ na: 3 * w + 10, nb: w + 10, nc: 2 * w + 10, free: 5 });

		P.removeStage(doc, 'b');
		const nodes = P.snapshot(doc).map.nodes;
		expect(xs(doc)).toEqual({ na: 2 * w + 10, nb: w + 10, nc: w + 10, free: 5 });
		expect(nodes.find((n) => n.id === 'nb')?.stageId).toBeNull();
	});
});
