// One flow of a kind between two nodes: `connect` and `updateEdge` refuse a second one, and when two
// peers add the same flow at once (which no peer can prevent) every peer shows the same single one.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, expectRefused, newPlan, peerOf } from './plan-fixture';

function mill(): Y.Doc {
	const doc = newPlan();
	P.addNode(doc, { id: 'farm', label: 'Farms', kind: 'stage', x: 0, y: 0 });
	P.addNode(doc, { id: 'mill', label: 'Mill', kind: 'stage', x: 280, y: 0 });
	return doc;
}

const flows = (doc: Y.Doc) =>
	P.snapshot(doc).map.edges.map(({ id, source, target, kind }) => `${id}: ${source}→${target} ${kind}`);

describe('a second flow of the same kind between the same nodes', () => {
	it('is refused by connect, whatever its label, and nothing is written', () => {
		const doc = mill();
		P.connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods', label: 'wheat' });
		expectRefused(
			doc,
			() => P.connect(doc, { source: 'farm', target: 'mill', kind: 'goods', label: 'barley' }),
			'duplicate_flow',
			'target'
		);
		expect(flows(doc)).toEqual(['e1: farm→mill goods']);
	});

	it('is another flow when it carries another kind or runs the other way', () => {
		const doc = mill();
		P.connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods' });
		P.connect(doc, { id: 'e2', source: 'farm', target: 'mill', kind: 'money' });
		P.connect(doc, { id: 'e3', source: 'mill', target: 'farm', kind: 'goods' });
		expect(flows(doc)).toEqual(['e1: farm→mill goods', 'e2: farm→mill money', 'e3: mill→farm goods']);
	});

	it('can be drawn again once the first is removed', () => {
		const doc = mill();
		P.connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods' });
		P.removeEdge(doc, 'e1');
		P.connect(doc, { id: 'e2', source: 'farm', target: 'mill', kind: 'goods' });
		expect(flows(doc)).toEqual(['e2: farm→mill goods']);
	});

	it('is refused when a change of kind would make one', () => {
		const doc = mill();
		P.connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods' });
		P.connect(doc, { id: 'e2', source: 'farm', target: 'mill', kind: 'money' });
		expectRefused(
			doc,
			() => P.updateEdge(doc, 'e2', { kind: 'goods', label: 'x' }),
			'duplicate_flow',
			'kind'
		);
		P.updateEdge(doc, 'e2', { kind: 'money', label: 'payments' });
		expect(P.snapshot(doc).map.edges[1]).toMatchObject({ id: 'e2', kind: 'money', label: 'payments' });
	});
});

describe('the same flow added by two peers at once', () => {
	function addedTwice() {
		const a = mill();
		const b = peerOf(a);
		P.connect(b, { id: 'e-b', source: 'farm', target: 'mill', kind: 'goods', label: 'from b' });
		P.connect(a, { id: 'e-a', source: 'farm', target: 'mill', kind: 'goods', label: 'from a' });
		return { a, b };
	}

	it('shows as one flow, the one with the smallest id, on every peer in any order of delivery', () => {
		for (const order of ['a first', 'b first'] as const) {
			const { a, b } = addedTwice();
			if (order === 'a first') exchange(a, b);
			else exchange(b, a);
			// Both copies are in the document; the snapshot shows one.
			expect(a.getMap('edges').size).toBe(2);
			expect(P.snapshot(a).map.edges).toEqual([
				{ id: 'e-a', source: 'farm', target: 'mill', kind: 'goods', label: 'from a' }
			]);
			expect(P.snapshot(b)).toEqual(P.snapshot(a));
			expect(P.validatePlan(P.snapshot(a))).toEqual([]);
		}
	});

	it('goes with all its copies when removed, so no hidden copy shows up after', () => {
		const { a, b } = addedTwice();
		exchange(a, b);
		P.removeEdge(b, 'e-a');
		exchange(a, b);
		expect(flows(a)).toEqual([]);
		expect(a.getMap('edges').size).toBe(0);
	});

	it('takes its hidden copies along when its kind changes, so the old kind does not show again', () => {
		const { a, b } = addedTwice();
		exchange(a, b);
		P.updateEdge(a, 'e-a', { kind: 'knowledge' });
		exchange(a, b);
		expect(flows(b)).toEqual(['e-a: farm→mill knowledge']);
	});

	it('passes the socket door: a copy is what a good concurrent edit makes, and refusing it would undo the rest', () => {
		const { a, b } = addedTwice();
		const problems: P.WriteProblem[] = [];
		a.on('afterTransaction', (tr: Y.Transaction) => {
			if (tr.origin === 'peer') problems.push(...P.checkWrite(a, tr).problems);
		});
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'peer');
		expect(problems).toEqual([]);
		expect(flows(a)).toEqual(['e-a: farm→mill goods']);
	});
});

describe('validatePlan', () => {
	it('names a flow listed twice, as the snapshot never gives it', () => {
		const doc = mill();
		P.connect(doc, { id: 'e1', source: 'farm', target: 'mill', kind: 'goods' });
		const data = P.snapshot(doc);
		data.map.edges.push({ ...data.map.edges[0]!, id: 'e2', label: 'again' });
		expect(P.validatePlan(data)).toEqual(['edge e2: the same flow as edge e1']);
	});
});
