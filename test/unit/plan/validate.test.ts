import { describe, expect, it } from 'vitest';
import * as P from '../../../src/lib/plan';
import { newPlan } from './plan-fixture';

function validData(): P.PlanData {
	const doc = newPlan();
	P.addActor(doc, { id: 'a', name: 'Mill', kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'a', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', label: 'Market', kind: 'market', x: 0, y: 0 });
	P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
	P.addLine(doc, { id: 'l1', title: 'Line' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Objective' });
	P.addProject(doc, { id: 'p1', title: 'Project', objectiveIds: ['o1'], leadActorId: 'a' });
	P.addIndicator(doc, { id: 'i1', name: 'Indicator', linkId: 'p1' });
	P.addComment(doc, { id: 'c1', anchorId: 'n1', author: 'Dana', text: 'Ok' });
	return P.snapshot(doc);
}

describe('validatePlan', () => {
	it('finds nothing wrong with a snapshot', () => {
		expect(P.validatePlan(validData())).toEqual([]);
	});

	it('lists dangling references, self-loops, bad values and duplicate ids', () => {
		const data = validData();
		const [edge] = data.map.edges;
		const [project] = data.projects;
		const [indicator] = data.indicators;
		const [comment] = data.comments;
		if (!edge || !project || !indicator || !comment) throw new Error('fixture incomplete');
		data.map.edges.push({ ...edge, id: 'e2', target: 'ghost' }, { ...edge, id: 'e3', target: edge.source });
		data.map.nodes.push({ ...data.map.nodes[0]!, id: 'n3', actorId: 'ghost', objectiveIds: ['ghost'] });
		project.budget = -5;
		project.start = '2020-01-01';
		project.end = '2019-01-01';
		project.partnerIds = ['ghost'];
		indicator.link = { kind: 'objective', id: 'p1' };
		comment.anchorId = 'ghost';
		data.actors.push({ id: 'n1', name: P.emptyLocalized(), kind: 'firm', member: false, notes: '' });
		data.map.nodes.push({ ...data.map.nodes[1]! });
		const problems = P.validatePlan(data);
		for (const expected of [
			'edge e2: unknown target node ghost',
			'edge e3: connects a node to itself',
			'node n3: unknown actor ghost',
			'node n3: linked to unknown objective ghost',
			'project p1: budget must be a number ≥ 0',
			'project p1: ends before it starts',
			'project p1: unknown partner ghost',
			'indicator i1: linked to unknown objective p1',
			'comment c1: unknown anchor',
			'node n2: id used twice',
			'actor n1 name: empty in every language'
		]) {
			expect(problems).toContain(expected);
		}
	});

	it('accepts a comment on a missing item when it is flagged orphaned', () => {
		const data = validData();
		data.comments[0]!.anchorId = 'gone';
		data.comments[0]!.orphaned = true;
		expect(P.validatePlan(data)).toEqual([]);
	});
});
