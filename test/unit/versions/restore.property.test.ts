// Property: whatever happens to a plan after a version is saved (random valid and refused operations,
// outline indents and outdents included), restoring the version gives back exactly its content; and
// a peer editing while the restore happens still ends with the same valid plan as the restorer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { exchange, peerOf } from '../plan/plan-fixture';
import { apply, base, op } from '../plan/random-ops';

const outlineId = fc.constantFrom('l1', 'o1', 'o2', 'o3', 'x1', 'x2', 'x3');
const outline = fc.oneof(
	fc.record({ t: fc.constant('indent' as const), id: outlineId }),
	fc.record({ t: fc.constant('outdent' as const), id: outlineId })
);
const step = fc.oneof({ weight: 9, arbitrary: op }, { weight: 1, arbitrary: outline });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Runs one step; a refused one (PlanError) is part of the game and writes nothing. */
function run(doc: Y.Doc, s: Step): void {
	try {
		if (s.t === 'indent') P.indent(doc, s.id);
		else if (s.t === 'outdent') P.outdent(doc, s.id);
		else apply(doc, s);
	} catch (error) {
		if (!(error instanceof P.PlanError)) throw error;
	}
}

function load(state: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc;
}

/** The changes outside the comments, which a restore deliberately keeps. */
function contentChanges(before: P.PlanData, after: P.PlanData): P.SectionChanges[] {
	return P.planChanges(before, after).sections.filter((section) => section.section !== 'comments');
}

describe('restoring a version, for any edits made since', () => {
	it('gives back exactly the version’s content, keeping every comment', () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
				const live = base();
				const v1 = Y.encodeStateAsUpdate(live);
				const v1data = P.snapshot(live);
				for (const s of steps) run(live, s);
				const comments = P.snapshot(live).comments.map((c) => c.id);

				P.restorePlan(live, load(v1));

				const restored = P.snapshot(live);
				expect(contentChanges(v1data, restored)).toEqual([]);
				expect(restored.comments.map((c) => c.id)).toEqual(comments);
				expect(P.validatePlan(restored)).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});

	it('merges with a peer’s concurrent edits: both peers end with the same valid plan', () => {
		fc.assert(
			fc.property(
				fc.array(step, { maxLength: 25 }),
				fc.array(step, { maxLength: 10 }),
				(since, concurrent) => {
					const live = base();
					const v1 = Y.encodeStateAsUpdate(live);
					const v1data = P.snapshot(live);
					for (const s of since) run(live, s);
					const peer = peerOf(live);

					P.restorePlan(live, load(v1));
					for (const s of concurrent) run(peer, s);
					exchange(live, peer);

					const merged = P.snapshot(live);
					expect(P.snapshot(peer)).toEqual(merged);
					expect(P.validatePlan(merged)).toEqual([]);
					// With nothing done concurrently, everyone has the version's content.
					if (!concurrent.length) expect(contentChanges(v1data, merged)).toEqual([]);
				}
			),
			{ numRuns: 150 }
		);
	});
});
