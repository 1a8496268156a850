import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { expectRefused, newPlan } from './plan-fixture';

describe('snapshot', () => {
	it('of a new plan has exactly the agreed top-level shape', () => {
		const data = P.snapshot(newPlan('plan-7', 'Plan'));
		expect(data).toEqual({
			id: 'plan-7',
			title: { ru: '', kk: '', en: 'Plan' },
			map: { stages: [], nodes: [], edges: [] },
			strategy: {
				vision: { ru: '', kk: '', en: '' },
				mission: { ru: '', kk: '', en: '' },
				lines: []
			},
			projects: [],
			indicators: [],
			actors: [],
			comments: []
		});
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});

	it('is the same for two documents holding the same content, whatever the order of writes', () => {
		const a = newPlan();
		const b = newPlan();
		P.addActor(a, { id: 'x', name: 'X', kind: 'firm' });
		P.addActor(a, { id: 'y', name: 'Y', kind: 'market' });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(JSON.stringify(P.snapshot(b))).toBe(JSON.stringify(P.snapshot(a)));
	});

	it('hides what hangs on items removed concurrently, and the result is valid', () => {
		const a = newPlan();
		P.addActor(a, { id: 'farm', name: 'Farm', kind: 'firm' });
		P.addStage(a, { id: 's1', title: 'Farming' });
		P.addNode(a, { id: 'n1', label: 'Elevator', x: 0, y: 0 });
		P.addNode(a, { id: 'n2', label: 'Mill', x: 0, y: 0 });
		P.addLine(a, { id: 'l1', title: 'Markets' });
		P.addObjective(a, { id: 'o1', lineId: 'l1', title: 'Exports' });
		P.addProject(a, { id: 'p1', title: 'Silo' });
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

		P.removeNode(a, 'n1');
		P.removeActor(a, 'farm');
		P.removeStage(a, 's1');
		P.removeLine(a, 'l1');
		P.removeProject(a, 'p1');

		P.connect(b, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
		P.addNode(b, { id: 'n3', actorId: 'farm', x: 0, y: 0 });
		P.updateNode(b, 'n2', { stageId: 's1' });
		P.linkNode(b, 'n2', 'o1');
		P.linkNode(b, 'n2', 'p1');
		P.addObjective(b, { id: 'o2', lineId: 'l1', title: 'Home market' });
		P.addAction(b, { id: 'a1', objectiveId: 'o1', title: 'Fair' });
		P.addProject(b, {
			id: 'p2',
			title: 'Lab',
			leadActorId: 'farm',
			partnerIds: ['farm'],
			objectiveIds: ['o1']
		});
		P.addIndicator(b, { id: 'i1', name: 'Exports', linkId: 'o1' });
		P.addIndicator(b, { id: 'i2', name: 'Silo use', linkId: 'p1' });
		P.addComment(b, { id: 'c1', anchorId: 'a1', author: 'Dana', text: 'When?' });

		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const data = P.snapshot(a);
		expect(P.snapshot(b)).toEqual(data);
		expect(data.map.nodes.map((n) => n.id)).toEqual(['n2']);
		expect(data.map.nodes[0]).toMatchObject({ stageId: null, objectiveIds: [], projectIds: [] });
		expect(data.map.edges).toEqual([]);
		expect(data.strategy.lines).toEqual([]);
		expect(data.projects).toMatchObject([{ id: 'p2', leadActorId: null, partnerIds: [], objectiveIds: [] }]);
		expect(data.indicators.map((i) => i.link)).toEqual([null, null]);
		expect(data.comments).toMatchObject([{ id: 'c1', orphaned: true }]);
		expect(P.validatePlan(data)).toEqual([]);
	});

	it('merges two peers initialising the same plan and linking a new node at the same time', () => {
		const a = newPlan('plan-1', 'Plan');
		const b = newPlan('plan-1', 'Plan');
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.addLine(a, { id: 'l1', title: 'Markets' });
		P.addObjective(a, { id: 'o1', lineId: 'l1', title: 'Exports' });
		P.addProject(a, { id: 'p1', title: 'Lab' });
		P.addNode(a, { id: 'n1', label: 'Mill', x: 0, y: 0 });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.linkNode(a, 'n1', 'o1');
		P.linkNode(b, 'n1', 'p1');
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(P.snapshot(a).map.nodes[0]).toMatchObject({ objectiveIds: ['o1'], projectIds: ['p1'] });
	});

	it('keeps both dates of a project consistent under concurrent edits of start and end', () => {
		const a = newPlan();
		P.addProject(a, { id: 'p1', title: 'Lab', start: '2019-01-01', end: '2019-12-31' });
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		P.updateProject(a, 'p1', { start: '2019-06-01' });
		P.updateProject(b, 'p1', { end: '2019-03-31' });
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(P.snapshot(a)).toEqual(P.snapshot(b));
		expect(P.validatePlan(P.snapshot(a))).toEqual([]);
	});

	it('is refused writes until the document is initialised', () => {
		const doc = new Y.Doc();
		expectRefused(doc, () => P.addStage(doc, { title: 'Inputs' }), 'schema_version');
		expect(() => P.initPlan(doc, { id: 'no spaces allowed', title: 'x' })).toThrow(P.PlanError);
		expect(() => P.initPlan(doc, { id: 'p', title: '' })).toThrow(P.PlanError);
		P.initPlan(doc, { id: 'p', title: 'Plan' });
		P.initPlan(doc, { id: 'p', title: 'Plan' }); // again, as a second peer would
		expectRefused(doc, () => P.initPlan(doc, { id: 'other', title: 'Plan' }), 'invalid_value', 'id');
	});
});
