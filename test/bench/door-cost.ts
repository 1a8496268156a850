// What checking an edit at the socket door costs beside applying it and committing it to SQLite, per
// edit, in this process: a member's update to the flour demo plan (a stage title, a description
// keystroke, a node move), applied to the server's copy of the plan with and without `checkWrite`, and
// the same update appended to a document store on a temp SQLite file.
import * as Y from 'yjs';
import * as P from '../../src/lib/plan';
import { demoPlans } from '../../src/lib/server/demo/plans';
import { createCluster } from '../../src/lib/server/clusters';
import { testDatabase } from '../storage';

type Row = Record<string, string>;
const EDITS = 2_000;

/** The updates a member's browser sends for `EDITS` edits of one kind, each built on the last. */
function updatesOf(base: Uint8Array, edit: (doc: Y.Doc, i: number) => void): Uint8Array[] {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, base);
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	for (let i = 0; i < EDITS; i++) edit(doc, i);
	return updates;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function microseconds(run: () => void): number {
	const start = performance.now();
	run();
	return ((performance.now() - start) * 1000) / EDITS;
}

async function asyncMicroseconds(run: () => Promise<void>): Promise<number> {
	const start = performance.now();
	await run();
	return ((performance.now() - start) * 1000) / EDITS;
}

/** µs per edit: applying it, applying and checking it, committing it. */
export async function doorCostRows(): Promise<Row[]> {
	const plan = new Y.Doc();
	P.initPlan(plan, { id: 'flour-kostanay', title: 'Flour' });
	demoPlans['flour-kostanay']!(plan);
	const base = Y.encodeStateAsUpdate(plan);
	const data = P.snapshot(plan);
	const stage = data.map.stages[0]!.id;
	const node = data.map.nodes[0]!.id;
	const line = data.strategy.lines[0]!.id;
	const kinds: [string, (doc: Y.Doc, i: number) => void][] = [
		['stage title', (doc, i) => P.updateStage(doc, stage, { title: `Milling ${i}` })],
		[
			'description keystroke',
			(doc) => {
				const fragment = P.descriptionFragment(doc, 'lines', line, 'en')!;
				const paragraph = fragment.get(0) as Y.XmlElement | undefined;
				const text = paragraph?.get(0) as Y.XmlText | undefined;
				if (text) text.insert(0, 'x');
				else P.updateLine(doc, line, { description: { en: 'x' } });
			}
		],
		['node move', (doc, i) => P.moveNodes(doc, [{ id: node, x: i, y: i }])]
	];
	const database = await testDatabase('sqlite');
	const { db } = database;
	await createCluster(db, { id: 'bench', name: 'Bench', region: 'R', sector: 'S', planTitle: 'Plan' }, null);
	const [{ id: planId }] = (await db.select({ id: db.tables.plans.id }).from(db.tables.plans)) as [
		{ id: string }
	];
	const store = database.storage.documents;
	const rows: Row[] = [];
	try {
		for (const [kind, edit] of kinds) {
			const updates = updatesOf(base, edit);
			const apply = (check: boolean) => {
				const server = new Y.Doc();
				Y.applyUpdate(server, base);
				const inspect = (tr: Y.Transaction) => void P.checkWrite(server, tr);
				if (check) server.on('afterTransaction', inspect);
				const us = microseconds(() => {
					for (const update of updates) Y.applyUpdate(server, update, 'client');
				});
				server.destroy();
				return us;
			};
			// Alternated and repeated, the median of each: single runs of a few milliseconds are noise.
			apply(true);
			const plains: number[] = [];
			const checks: number[] = [];
			for (let round = 0; round < 7; round++) {
				plains.push(apply(false));
				checks.push(apply(true));
			}
			const plain = median(plains);
			const checked = median(checks);
			const commit = await asyncMicroseconds(async () => {
				for (const update of updates) await store.append([{ planId, update }]);
			});
			rows.push({
				edit: kind,
				'apply µs': plain.toFixed(1),
				'apply + check µs': checked.toFixed(1),
				'check µs': (checked - plain).toFixed(1),
				'commit µs': commit.toFixed(1)
			});
		}
	} finally {
		await database.dispose();
	}
	return rows;
}
