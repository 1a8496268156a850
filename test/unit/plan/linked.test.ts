import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { buildFlourKostanay } from '../../../src/lib/server/demo/plans/flour-kostanay';
import { newPlan } from './plan-fixture';

// A small plan: two lines with an objective each, two projects, and three map nodes.
function linkedPlan() {
	const doc = newPlan();
	P.addLine(doc, { id: 'l1', title: 'Quality' });
	P.addLine(doc, { id: 'l2', title: 'Exports' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Accredited lab' });
	P.addObjective(doc, { id: 'o2', lineId: 'l2', title: 'New markets' });
	P.addActor(doc, { id: 'a-mill', name: 'Mill', kind: 'firm' });
	P.addActor(doc, { id: 'a-rail', name: 'Rail', kind: 'firm' });
	P.addNode(doc, { id: 'n-mill', actorId: 'a-mill', x: 0, y: 0 });
	P.addNode(doc, { id: 'n-rail', actorId: 'a-rail', x: 0, y: 100 });
	P.addNode(doc, { id: 'n-bottleneck', label: 'Bottleneck at the border', x: 0, y: 200 });
	P.addProject(doc, { id: 'p1', title: 'Lab', objectiveIds: ['o2', 'o1'] });
	P.addProject(doc, { id: 'p2', title: 'Wagons' });
	return doc;
}

describe('nodes linked to a plan item', () => {
	it('are the nodes linked to that objective or project, sorted by label', () => {
		const doc = linkedPlan();
		P.linkNode(doc, 'n-rail', 'o1');
		P.linkNode(doc, 'n-mill', 'o1');
		P.linkNode(doc, 'n-bottleneck', 'p1');
		P.linkNode(doc, 'n-rail', 'p1');
		const plan = P.snapshot(doc);
		expect(P.nodesLinkedTo(plan, 'o1').map((node) => node.label.en)).toEqual(['Mill', 'Rail']);
		expect(P.nodesLinkedTo(plan, 'p1').map((node) => node.id)).toEqual(['n-bottleneck', 'n-rail']);
	});

	it('are none for an item nothing is linked to, or an unknown id', () => {
		const doc = linkedPlan();
		P.linkNode(doc, 'n-mill', 'o1');
		const plan = P.snapshot(doc);
		expect(P.nodesLinkedTo(plan, 'o2')).toEqual([]);
		expect(P.nodesLinkedTo(plan, 'p2')).toEqual([]);
		expect(P.nodesLinkedTo(plan, 'nothing')).toEqual([]);
	});

	it('disappear when the link is removed, and with the removed item', () => {
		const doc = linkedPlan();
		P.linkNode(doc, 'n-mill', 'o1');
		P.linkNode(doc, 'n-rail', 'o1');
		P.linkNode(doc, 'n-mill', 'p2');
		P.unlinkNode(doc, 'n-rail', 'o1');
		P.removeProject(doc, 'p2');
		const plan = P.snapshot(doc);
		expect(P.nodesLinkedTo(plan, 'o1').map((node) => node.id)).toEqual(['n-mill']);
		expect(P.nodesLinkedTo(plan, 'p2')).toEqual([]);
	});

	it('are indexed by item in one pass, agreeing with the lookup of each item', () => {
		const doc = linkedPlan();
		P.linkNode(doc, 'n-rail', 'o1');
		P.linkNode(doc, 'n-mill', 'o1');
		P.linkNode(doc, 'n-rail', 'p1');
		const plan = P.snapshot(doc);
		const index = P.linkedNodesByItem(plan);
		expect([...index.keys()].sort()).toEqual(['o1', 'p1']);
		for (const id of ['o1', 'o2', 'p1', 'p2']) {
			expect(index.get(id) ?? []).toEqual(P.nodesLinkedTo(plan, id));
		}
	});

	it('come from the demo flour plan as its data links them', () => {
		const doc = new Y.Doc();
		buildFlourKostanay(doc);
		const plan = P.snapshot(doc);
		const labels = (id: string) => P.nodesLinkedTo(plan, id).map((node) => node.label.en);
		expect(labels('o-logistics')).toEqual(['Rail freight (KTZ)']);
		expect(labels('o-quality')).toEqual(['Large flour mills']);
		expect(labels('o-exports')).toEqual(['Export: Uzbekistan, Tajikistan, Kyrgyzstan']);
		expect(labels('p-exportoffice')).toEqual(['Export: Afghanistan']);
		expect(labels('p-training')).toEqual(['Small flour mills']);
		expect(labels('p-association')).toEqual([]);
	});
});

function projectOf(plan: P.PlanData, id: string): P.Project {
	const project = plan.projects.find((candidate) => candidate.id === id);
	if (!project) throw new Error(`no project ${id}`);
	return project;
}

describe('objectives of a project', () => {
	it('are the linked objectives in the order of the strategy', () => {
		const plan = P.snapshot(linkedPlan());
		const lab = P.objectivesOfProject(plan, projectOf(plan, 'p1'));
		expect(lab.map((objective) => objective.id)).toEqual(['o1', 'o2']);
		expect(P.objectivesOfProject(plan, projectOf(plan, 'p2'))).toEqual([]);
	});

	it('skip an objective id the strategy does not hold', () => {
		const plan = P.snapshot(linkedPlan());
		const project = { ...projectOf(plan, 'p1'), objectiveIds: ['o1', 'gone'] };
		expect(P.objectivesOfProject(plan, project).map((objective) => objective.title.en)).toEqual([
			'Accredited lab'
		]);
	});
});
