// Property, on three real instances (PostgreSQL, a redis-server of the file's own, stock y-websocket
// clients): three editors, one per instance, apply random plan operations while their connections
// drop, they go on editing offline, and they come back, each time through any instance (a load
// balancer's choice). Whatever the order, once all are back the editors, the three instances and
// the store hold the same plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import * as P from '../../src/lib/plan';
import { createPlanDocument } from '../../src/lib/server/plans/document';
import { apply, base, op } from '../unit/plan/random-ops';
import { createFixture, socketClass, storedDocument, waitFor } from '../integration/collab/harness';
import { severalInstances } from './instances';

// The suite-wide fast-check seed (test/setup/fast-check.ts), named in the convergence message.
const seed = Number(process.env.FC_SEED ?? 20_261_206);
const EDITORS = 3;

const step = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ k: fc.constant('op' as const), who: fc.nat(EDITORS - 1), op }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('drop' as const), who: fc.nat(EDITORS - 1) }) },
	{
		weight: 1,
		arbitrary: fc.record({ k: fc.constant('back' as const), who: fc.nat(EDITORS - 1), to: fc.nat(2) })
	},
	// Lets sockets, servers and Redis move for a few turns of the event loop between steps, so
	// drops land mid-stream, not only between whole exchanges.
	{
		weight: 1,
		arbitrary: fc.record({ k: fc.constant('pause' as const), turns: fc.integer({ min: 1, max: 20 }) })
	}
);

const turn = () => new Promise<void>((next) => setImmediate(next));

type Editor = { doc: Y.Doc; provider: WebsocketProvider | null };

describe('editors on three instances under random edits, drops and reconnects', () => {
	const several = severalInstances(3, async () => {
		const fixture = await createFixture('postgres');
		await createPlanDocument(fixture.db, fixture.planA, (doc) => {
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(base()));
			doc.getMap('meta').set('id', fixture.planA);
		});
		return fixture;
	});
	const plain = (doc: Y.Doc) => JSON.stringify(P.snapshot(doc));

	it('end with the same plan everywhere', async () => {
		const { fixture } = several;
		const token = await fixture.login(fixture.users.member);
		const connect = (editor: Editor, to: number) => {
			const server = several.servers[to]!;
			editor.provider = new WebsocketProvider(server.wsUrl, fixture.planA, editor.doc, {
				WebSocketPolyfill: socketClass(token, server.origin) as unknown as typeof WebSocket,
				disableBc: true,
				maxBackoffTime: 300
			});
		};
		const drop = (editor: Editor) => {
			editor.provider?.destroy();
			editor.provider = null;
		};
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
				runs += 1;
				const editors: Editor[] = Array.from({ length: EDITORS }, () => ({
					doc: new Y.Doc(),
					provider: null
				}));
				try {
					editors.forEach((editor, i) => connect(editor, i));
					await waitFor(() => editors.every((editor) => editor.provider?.synced), 'the editors to sync');
					for (const s of steps) {
						if (s.k === 'pause') {
							for (let i = 0; i < s.turns; i++) await turn();
							continue;
						}
						const editor = editors[s.who]!;
						if (s.k === 'drop') drop(editor);
						else if (s.k === 'back') {
							drop(editor);
							connect(editor, s.to);
						} else {
							try {
								apply(editor.doc, s.op);
							} catch (error) {
								if (!(error instanceof P.PlanError)) throw error;
							}
						}
					}
					// Everyone back, wherever the balancer sends them.
					editors.forEach((editor, i) => {
						if (!editor.provider) connect(editor, i);
					});
					const watchers = several.servers.map((_, i) => {
						const watcher: Editor = { doc: new Y.Doc(), provider: null };
						connect(watcher, i);
						return watcher;
					});
					try {
						const everyone = [...editors, ...watchers];
						await waitFor(async () => {
							const stored = plain(await storedDocument(fixture.db, fixture.planA));
							const vectors = new Set(everyone.map((e) => Y.encodeStateVector(e.doc).join()));
							return everyone.every((e) => plain(e.doc) === stored) && vectors.size === 1;
						}, `the editors, the instances and the store to converge (seed ${seed}, run ${runs})`);
						const stored = await storedDocument(fixture.db, fixture.planA);
						expect(P.validatePlan(P.snapshot(stored))).toEqual([]);
					} finally {
						for (const watcher of watchers) drop(watcher);
					}
				} finally {
					for (const editor of editors) {
						drop(editor);
						editor.doc.destroy();
					}
				}
			}),
			{ seed, numRuns: 15 }
		);
	}, 600_000);
});
