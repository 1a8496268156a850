import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { newPlan } from './plan-fixture';

/** A document as the prototype (layout 0) wrote it. */
function v0Doc(): Y.Doc {
	const doc = new Y.Doc();
	const plan = doc.getMap('plan');
	plan.set('id', 'flour-v0');
	plan.set('title', 'Flour plan draft');
	plan.set('vision', 'Best flour in Central Asia');
	doc.getArray('chain').push(['Farming', 'Milling', 'Markets']);
	doc.getArray('mapNodes').push([
		{ id: 'farm', label: 'Agrofirm', type: 'firm', stage: 0, x: 0, y: 10 },
		{ id: 'mill', label: 'Mill', type: 'firm', stage: 1, x: 200, y: 10 },
		{ id: 'export', label: 'Export', type: 'market', stage: 2, x: 400, y: 10 },
		{ id: 'note', label: 'Logistics hub', type: 'stage', stage: 9 }
	]);
	doc.getArray('mapEdges').push([
		{ id: 'e1', from: 'farm', to: 'mill', flow: 'goods' },
		{ id: 'e2', from: 'mill', to: 'export', flow: 'cash' },
		{ id: 'e3', from: 'mill', to: 'gone', flow: 'goods' },
		{ id: 'e4', from: 'mill', to: 'mill', flow: 'goods' }
	]);
	return doc;
}

describe('migrate', () => {
	it('turns a layout 0 document into a valid current plan', () => {
		const doc = v0Doc();
		expect(P.migrate(doc)).toEqual({ from: 0, to: P.SCHEMA_VERSION });
		const data = P.snapshot(doc);
		expect(P.validatePlan(data)).toEqual([]);
		expect(data).toMatchObject({ id: 'flour-v0', title: 'Flour plan draft' });
		expect(data.strategy.vision).toBe('Best flour in Central Asia');
		expect(data.map.stages.map((s) => s.title)).toEqual(['Farming', 'Milling', 'Markets']);
		expect(data.map.nodes.map((n) => [n.id, n.label, n.kind, n.stageId])).toEqual([
			['export', 'Export', 'market', 'stage-2'],
			['farm', 'Agrofirm', 'firm', 'stage-0'],
			['mill', 'Mill', 'firm', 'stage-1'],
			['note', 'Logistics hub', 'stage', null]
		]);
		expect(data.actors.map((a) => [a.id, a.member])).toEqual([
			['actor-farm', true],
			['actor-mill', true],
			['actor-export', false]
		]);
		expect(data.map.edges.map((e) => [e.id, e.kind])).toEqual([
			['e1', 'goods'],
			['e2', 'goods']
		]);
		expect(doc.getArray('mapNodes').length).toBe(0);
		P.addStage(doc, { title: 'Retail' }); // operations accept the migrated document
		expect(P.migrate(doc)).toEqual({ from: 1, to: 1 });
	});

	it('converges when two peers migrate the same old document at once', () => {
		const a = v0Doc();
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.migrate(a);
		P.migrate(b);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(P.snapshot(a).map.nodes).toHaveLength(4);
	});

	it('leaves empty and current documents alone and refuses documents from newer code', () => {
		expect(P.migrate(new Y.Doc())).toEqual({ from: null, to: null });
		expect(P.migrate(newPlan())).toEqual({ from: 1, to: 1 });
		const future = new Y.Doc();
		future.getMap('meta').set('schemaVersion', 99);
		expect(() => P.migrate(future)).toThrow(P.PlanError);
	});
});
