// The door's check of a browser's update (`checkWrite`) against the layout's rules: every plan
// operation, alone or merged with other peers' concurrent ones, passes; raw Yjs writes that break a
// rule are named with their place; and `revertTouched` puts back exactly what a refused update touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { demoPlans } from '../../../src/lib/server/demo/plans';
import { apply, base, op } from './random-ops';

const CLIENT = 'client';
const seed = Number(process.env.FC_SEED ?? 16_2026);

/** Applies `update` to the server's document as the door does, returning what the check found. */
function door(server: Y.Doc, update: Uint8Array): P.WriteCheck | null {
	const seen: { check: P.WriteCheck | null } = { check: null };
	const inspect = (tr: Y.Transaction) => {
		if (tr.origin === CLIENT) seen.check = P.checkWrite(server, tr);
	};
	server.on('afterTransaction', inspect);
	try {
		Y.applyUpdate(server, update, CLIENT);
	} finally {
		server.off('afterTransaction', inspect);
	}
	return seen.check;
}

/** A browser's copy of `server` and a way to send what it writes next through the door. */
function client(server: Y.Doc) {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
	return {
		doc,
		send(write: (doc: Y.Doc) => void): P.WriteProblem[] {
			const vector = Y.encodeStateVector(doc);
			write(doc);
			return door(server, Y.encodeStateAsUpdate(doc, vector))?.problems ?? [];
		}
	};
}

const codes = (problems: P.WriteProblem[]) => problems.map((p) => `${p.path} ${p.code}`);

describe('the door lets every plan operation through', () => {
	// Comments are written by the server's endpoint, never by a browser: the door refuses them.
	const browserOp = op.filter((o) => o.t !== 'addComment' && o.t !== 'resolveComment');

	it('alone and merged with other peers, in any order of delivery', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ peer: fc.nat(2), op: browserOp, deliver: fc.boolean() }), {
					minLength: 1,
					maxLength: 40
				}),
				(steps) => {
					const server = base();
					const peers = [0, 1, 2].map(() => client(server).doc);
					const outbox = peers.map(() => [] as Uint8Array[]);
					peers.forEach((peer, i) =>
						peer.on('update', (update: Uint8Array, origin: unknown) => {
							if (origin !== 'server') outbox[i]!.push(update);
						})
					);
					const deliver = (i: number) => {
						for (const update of outbox[i]!.splice(0)) {
							expect(codes(door(server, update)?.problems ?? [])).toEqual([]);
						}
						const state = Y.encodeStateAsUpdate(server, Y.encodeStateVector(peers[i]!));
						Y.applyUpdate(peers[i]!, state, 'server');
					};
					for (const step of steps) {
						try {
							apply(peers[step.peer]!, step.op);
						} catch (error) {
							if (!(error instanceof P.PlanError)) throw error;
						}
						if (step.deliver) deliver(step.peer);
					}
					peers.forEach((_, i) => deliver(i));
					expect(P.checkDocument(server)).toEqual([]);
				}
			),
			{ seed, numRuns: 150 }
		);
	});

	it('and the demo plans of all six clusters follow the layout whole', () => {
		for (const [cluster, build] of Object.entries(demoPlans)) {
			const doc = new Y.Doc();
			P.initPlan(doc, { id: cluster, title: cluster });
			build(doc);
			expect({ cluster, problems: P.checkDocument(doc, Y.encodeStateAsUpdate(doc).byteLength) }).toEqual({
				cluster,
				problems: []
			});
		}
	});
});

describe('the door refuses what breaks the layout, naming the place', () => {
	const refused = (write: (doc: Y.Doc) => void) => codes(client(base()).send(write));

	it('writes to the parts only the server writes: the layout version, comments, workshops', () => {
		expect(refused((doc) => doc.getMap('meta').set('schemaVersion', 99))).toEqual(['meta server_only']);
		expect(
			refused((doc) => {
				const forged = new Y.Map<unknown>();
				doc.getMap('comments').set('c9', forged);
				forged.set('author', 'kidi-reviewer');
				forged.set('text', 'KIDI: approved as is');
			})
		).toEqual(['comments server_only']);
		expect(
			refused((doc) => (doc.getMap('comments').get('c1') as Y.Map<unknown>).set('resolved', true))
		).toEqual(['comments server_only']);
		expect(refused((doc) => doc.getMap('comments').delete('c1'))).toEqual(['comments server_only']);
		expect(refused((doc) => doc.getMap('workshops').set('w1', new Y.Map()))).toEqual([
			'workshops server_only'
		]);
	});

	it('roots and fields the layout does not have, and values of the wrong kind', () => {
		expect(refused((doc) => doc.getMap('evil').set('x', 1))).toEqual(['evil unknown_field']);
		expect(refused((doc) => doc.getText('notes').insert(0, 'hi'))).toEqual(['notes unknown_field']);
		expect(refused((doc) => (doc.getMap('nodes').get('n1') as Y.Map<unknown>).set('colour', 'red'))).toEqual([
			'nodes/n1/colour unknown_field'
		]);
		expect(refused((doc) => (doc.getMap('nodes').get('n1') as Y.Map<unknown>).set('x', Infinity))).toEqual([
			'nodes/n1/x invalid_number'
		]);
		expect(refused((doc) => (doc.getMap('edges').get('e1') as Y.Map<unknown>).set('kind', 'gold'))).toEqual([
			'edges/e1/kind invalid_value'
		]);
		expect(refused((doc) => doc.getMap('projects').set('p9', 'not a map'))).toEqual([
			'projects/p9 invalid_value'
		]);
		expect(refused((doc) => doc.getArray('projects').insert(0, ['junk']))).toEqual([
			'projects/[] invalid_value'
		]);
		expect(refused((doc) => doc.getMap('strategy').set('slogan', 'x'))).toEqual([
			'strategy/slogan unknown_field'
		]);
	});

	it('texts, formulas and sets past their bounds', () => {
		const huge = 'x'.repeat(P.PLAN_BOUNDS.shortText + 1);
		expect(refused((doc) => (doc.getMap('lines').get('l1') as Y.Map<unknown>).set('title.en', huge))).toEqual(
			['lines/l1/title.en too_long']
		);
		const terms = Array.from({ length: 10_000 }, () => '{i1}').join(' + ');
		expect(
			refused((doc) => (doc.getMap('indicators').get('i2') as Y.Map<unknown>).set('formula', terms))
		).toEqual(['indicators/i2/formula too_long']);
		const deep = `${'('.repeat(40)}{i1}${')'.repeat(40)}`;
		expect(
			refused((doc) => (doc.getMap('indicators').get('i2') as Y.Map<unknown>).set('formula', deep))
		).toEqual(['indicators/i2/formula invalid_formula']);
		expect(
			refused((doc) => (doc.getMap('indicators').get('i2') as Y.Map<unknown>).set('formula', 'EXP + 1'))
		).toEqual(['indicators/i2/formula invalid_formula']);
		expect(
			refused((doc) =>
				((doc.getMap('nodes').get('n2') as Y.Map<unknown>).get('links') as Y.Map<unknown>).set(
					'bad id!',
					true
				)
			)
		).toEqual(['nodes/n2/links invalid_id']);
		expect(
			refused((doc) =>
				(doc.getMap('projects').get('p1') as Y.Map<unknown>).set('period', {
					start: '2025-01-01',
					end: '2020-01-01'
				})
			)
		).toEqual(['projects/p1/period date_order']);
		expect(refused((doc) => (doc.getMap('edges').get('e1') as Y.Map<unknown>).set('target', 'n1'))).toEqual([
			'edges/e1/target self_loop'
		]);
	});

	it('rich text outside the description schema', () => {
		const description = (doc: Y.Doc) =>
			(doc.getMap('lines').get('l1') as Y.Map<unknown>).get('description.en') as Y.XmlFragment;
		expect(refused((doc) => description(doc).insert(0, [new Y.XmlElement('img')]))).toEqual([
			'lines/l1/description.en invalid_value'
		]);
		expect(
			refused((doc) => {
				const paragraph = new Y.XmlElement('paragraph');
				description(doc).insert(0, [paragraph]);
				paragraph.setAttribute('onclick', 'alert(1)');
			})
		).toEqual(['lines/l1/description.en invalid_value']);
		expect(
			refused((doc) => {
				const paragraph = description(doc).get(0) as Y.XmlElement;
				(paragraph.get(0) as Y.XmlText).insert(0, 'x'.repeat(P.PLAN_BOUNDS.richText + 1));
			})
		).toEqual(['lines/l1/description.en too_long']);
	});

	it('new items without what every operation writes, and more items than a plan may hold', () => {
		expect(
			refused((doc) => {
				const edge = new Y.Map<unknown>();
				doc.getMap('edges').set('e9', edge);
				edge.set('source', 'n1');
			})
		).toEqual(['edges/e9/target required', 'edges/e9/kind required']);
		expect(
			refused((doc) =>
				doc.transact(() => {
					for (let i = 0; i <= P.PLAN_BOUNDS.itemsPerUpdate; i++) {
						const stage = new Y.Map<unknown>();
						doc.getMap('stages').set(`bulk-${i}`, stage);
						stage.set('title', 'S');
					}
				})
			)
		).toEqual([' too_many']);
	});
});

describe('undoing a refused update', () => {
	it('puts back what it touched and keeps what others wrote meanwhile', () => {
		const server = base();
		const before = new Y.Doc();
		Y.applyUpdate(before, Y.encodeStateAsUpdate(server));
		const writer = client(server);
		const peer = client(server);
		const problems = writer.send((doc) => {
			doc.getMap('meta').set('schemaVersion', 99);
			(doc.getMap('lines').get('l1') as Y.Map<unknown>).set('title.en', 'Hijacked');
			doc.getMap('projects').delete('p1');
			doc.getMap('evil').set('x', 1);
		});
		expect(problems.length).toBeGreaterThan(0);
		// The peer's concurrent edit of another item arrives, then the server undoes the refused one.
		peer.send((doc) => P.updateStage(doc, 's1', { title: 'Grain farming' }));
		const touched: P.Touched = new Map([
			['meta', new Set(['schemaVersion'])],
			['lines', new Set(['l1'])],
			['projects', new Set(['p1'])],
			['evil', new Set(['x'])]
		]);
		P.revertTouched(server, before, touched);
		const after = P.snapshot(server);
		expect(server.getMap('meta').get('schemaVersion')).toBe(P.SCHEMA_VERSION);
		expect(after.strategy.lines[0]!.title.en).toBe('Markets');
		expect(after.projects.map((p) => p.id)).toEqual(['p1']);
		expect(server.getMap('evil').size).toBe(0);
		expect(after.map.stages[0]!.title.en).toBe('Grain farming');
		expect(P.checkDocument(server)).toEqual([]);
	});
});
