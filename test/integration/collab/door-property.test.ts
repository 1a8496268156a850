// Property, against the real server with real y-websocket clients: two editors interleave valid plan
// operations with writes that break the layout (wrong kinds, unknown fields, huge texts, the server's
// own roots). Whatever the order, nothing invalid is ever stored, the server keeps serving, and the
// editors and the store end with the same plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { ITEM_FIELDS, type FieldRule } from '../../../src/lib/plan/fields';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { apply, base, op } from '../../unit/plan/random-ops';
import { connectClient, deniedReasons, storedDocument, synced, waitFor, type Client } from './harness';
import { collabSuite } from './suite';

// The suite-wide fast-check seed (test/setup/fast-check.ts), named in the convergence message.
const seed = Number(process.env.FC_SEED ?? 20_261_206);
const BROWSER_COLLECTIONS = P.COLLECTIONS.filter((collection) => collection !== 'comments');

/** A value of the wrong kind for `rule` (a text where a number goes, a number where a text goes…). */
function wrongFor(rule: FieldRule, huge: boolean): unknown {
	switch (rule.kind) {
		case 'text':
			return huge ? 'x'.repeat(P.PLAN_BOUNDS.longText + 1) : 42;
		case 'number':
			return 'many';
		case 'flag':
			return 'yes';
		case 'ref':
			return 'not an id!';
		default:
			return huge ? 'x'.repeat(P.PLAN_BOUNDS.richText + 1) : 'junk';
	}
}

type Bad =
	| {
			t: 'field';
			collection: (typeof BROWSER_COLLECTIONS)[number];
			pick: number;
			field: number;
			huge: boolean;
	  }
	| { t: 'unknownField'; collection: (typeof BROWSER_COLLECTIONS)[number]; pick: number }
	| { t: 'serverRoot'; root: 'meta' | 'comments' | 'workshops' }
	| { t: 'unknownRoot'; name: string };

const bad: fc.Arbitrary<Bad> = fc.oneof(
	fc.record({
		t: fc.constant('field' as const),
		collection: fc.constantFrom(...BROWSER_COLLECTIONS),
		pick: fc.nat(),
		field: fc.nat(),
		huge: fc.boolean()
	}),
	fc.record({
		t: fc.constant('unknownField' as const),
		collection: fc.constantFrom(...BROWSER_COLLECTIONS),
		pick: fc.nat()
	}),
	fc.record({
		t: fc.constant('serverRoot' as const),
		root: fc.constantFrom('meta', 'comments', 'workshops')
	}),
	fc.record({ t: fc.constant('unknownRoot' as const), name: fc.constantFrom('notes', 'evil', 'plan2') })
);

/** Writes `write` straight into the client's document, as a browser running other code could. */
function writeBad(doc: Y.Doc, write: Bad): boolean {
	if (write.t === 'serverRoot') {
		if (write.root === 'meta') doc.getMap('meta').set('title', 'Hijacked');
		else doc.getMap(write.root).set(`forged-${doc.clientID}`, 'forged');
		return true;
	}
	if (write.t === 'unknownRoot') {
		doc.getMap(write.name).set('x', 1);
		return true;
	}
	const items = [...doc.getMap<Y.Map<unknown>>(write.collection).values()];
	if (items.length === 0) return false;
	const item = items[write.pick % items.length]!;
	if (write.t === 'unknownField') item.set('colour', 'red');
	else {
		const fields = Object.entries(ITEM_FIELDS[write.collection]);
		const [field, rule] = fields[write.field % fields.length]!;
		item.set(field, wrongFor(rule, write.huge));
	}
	return true;
}

const step = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ k: fc.constant('op' as const), who: fc.nat(1), op }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('bad' as const), who: fc.nat(1), bad }) }
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
const isBad = (s: Step) => s.k === 'bad' || s.op.t === 'addComment' || s.op.t === 'resolveComment';
// A socket that sends more than 20 refused writes a minute is closed; a run stays well under it.
const stepsOfARun = fc
	.array(step, { minLength: 1, maxLength: 24 })
	.filter((steps) => steps.filter(isBad).length <= 12);

describe('the door under random writes', () => {
	const suite = collabSuite({
		prepare: async ({ db, planA }) =>
			await createPlanDocument(db, planA, (doc) => {
				Y.applyUpdate(doc, Y.encodeStateAsUpdate(base()));
				doc.getMap('meta').set('id', planA);
			})
	});
	const plain = (doc: Y.Doc) => JSON.stringify(P.snapshot(doc));

	it('stores nothing invalid, keeps serving, and the editors converge with the store', async () => {
		let runs = 0;
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(stepsOfARun, async (steps) => {
				runs += 1;
				const { users, planA, login } = suite.fixture;
				const tokens = await Promise.all([users.member, users.member2].map(login));
				const clients: Client[] = tokens.map((token) => connectClient(suite.server, planA, token));
				try {
					const denied = clients.map(deniedReasons);
					await Promise.all(clients.map(synced));
					let badWrites = 0;
					for (const s of steps) {
						const doc = clients[s.who]!.doc;
						if (s.k === 'bad') {
							if (writeBad(doc, s.bad)) badWrites += 1;
							continue;
						}
						// Comments are the server's to write: a browser asking for one is a bad write too.
						try {
							apply(doc, s.op);
							if (s.op.t === 'addComment' || s.op.t === 'resolveComment') badWrites += 1;
						} catch (error) {
							if (!(error instanceof P.PlanError)) throw error;
						}
					}
					await waitFor(async () => {
						const stored = plain(await storedDocument(suite.fixture.db, suite.fixture.planA));
						return clients.every((client) => plain(client.doc) === stored);
					}, `the editors and the store to converge (seed ${seed}, run ${runs})`);
					const stored = await storedDocument(suite.fixture.db, suite.fixture.planA);
					expect(P.checkDocument(stored)).toEqual([]);
					expect(P.validatePlan(P.snapshot(stored))).toEqual([]);
					const refusals = denied[0]!.length + denied[1]!.length;
					expect(refusals).toBeLessThanOrEqual(badWrites);
					refused += refusals;
					expect(suite.server.process.exitCode).toBeNull();
				} finally {
					for (const client of clients) client.destroy();
				}
			}),
			{ seed, numRuns: 12 }
		);
		// The runs did meet the door: writes were refused, not only skipped.
		expect(refused).toBeGreaterThan(0);
	}, 600_000);
});
