// Property: however 2–5 peers interleave valid and invalid operations and however their updates are
// delayed, reordered or dropped (a reconnect resyncs by state vector), all peers end with the same
// snapshot, that snapshot is valid, and every refused operation threw a PlanError and wrote nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { apply, base, op } from './random-ops';

const REMOTE = Symbol('remote');

const step = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ k: fc.constant('op' as const), peer: fc.nat(4), op }) },
	{
		weight: 4,
		arbitrary: fc.record({
			k: fc.constant('deliver' as const),
			from: fc.nat(4),
			to: fc.nat(4),
			pick: fc.nat(),
			drop: fc.boolean()
		})
	},
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('reconnect' as const), a: fc.nat(4), b: fc.nat(4) }) }
);

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
}

describe('concurrent editing', () => {
	const start = Y.encodeStateAsUpdate(base());

	it('converges to one valid snapshot on every peer, with refused operations leaving no trace', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 5 }),
				fc.array(step, { minLength: 5, maxLength: 60 }),
				(n, steps) => {
					const docs = Array.from({ length: n }, () => new Y.Doc());
					docs.forEach((doc) => Y.applyUpdate(doc, start, REMOTE));
					const queues = docs.map(() => docs.map(() => [] as Uint8Array[]));
					docs.forEach((doc, i) =>
						doc.on('update', (update: Uint8Array, origin: unknown) => {
							if (origin !== REMOTE) queues[i]!.forEach((queue, j) => j !== i && queue.push(update));
						})
					);
					for (const s of steps) {
						if (s.k === 'op') {
							const doc = docs[s.peer % n]!;
							const before = JSON.stringify(P.snapshot(doc));
							let updates = 0;
							const count = () => updates++;
							doc.on('update', count);
							try {
								apply(doc, s.op);
								// Yjs applies an update's deletions at once but holds its insertions until missing
								// updates arrive, so a peer holding pending updates may briefly show a field
								// cleared; validity is promised once nothing is pending (and checked at the end).
								if (!doc.store.pendingStructs && !doc.store.pendingDs) {
									expect(P.validatePlan(P.snapshot(doc))).toEqual([]);
								}
							} catch (error) {
								if (!(error instanceof P.PlanError)) throw error;
								expect(updates).toBe(0);
								expect(JSON.stringify(P.snapshot(doc))).toBe(before);
							} finally {
								doc.off('update', count);
							}
						} else if (s.k === 'deliver') {
							const queue = queues[s.from % n]![s.to % n]!;
							if (!queue.length) continue;
							const [update] = queue.splice(s.pick % queue.length, 1);
							if (!s.drop) Y.applyUpdate(docs[s.to % n]!, update!, REMOTE);
						} else if (s.a % n !== s.b % n) {
							sync(docs[s.a % n]!, docs[s.b % n]!);
						}
					}
					// Everyone reconnects: the first round gathers all changes at peer 0, the second spreads them.
					for (let round = 0; round < 2; round++) for (const doc of docs.slice(1)) sync(docs[0]!, doc);
					const data = P.snapshot(docs[0]!);
					for (const doc of docs) expect(P.snapshot(doc)).toEqual(data);
					expect(P.validatePlan(data)).toEqual([]);
				}
			),
			{ numRuns: 300 }
		);
	});
});
