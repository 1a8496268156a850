// One contract for every DocumentStore: the run's database store (SQLite, or PostgreSQL under
// `npm run test:pg`), the in-memory store of the room's tests, and the failing store around each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testDatabase, type TestDatabase } from '../../storage';
import type { DocumentStore } from '../../../src/lib/server/documents/store';
import { memoryDocumentStore } from '../../../src/lib/server/documents/memory-store';
import { failingDocumentStore } from '../../../src/lib/server/documents/failing-store';
import { addStage, initPlan, snapshot } from '../../../src/lib/plan';

let database: TestDatabase;
let plan = 0;

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(async () => {
	await database.dispose();
});

type Maker = { name: string; make(): DocumentStore };
const stores: Maker[] = [
	{ name: 'database', make: () => database.storage.documents },
	{ name: 'memory', make: () => memoryDocumentStore() },
	{ name: 'failing (recovered)', make: () => failingDocumentStore(database.storage.documents) }
];

/** A plan row of its own (the database stores refer to plans), fresh for each test. */
async function newPlan(): Promise<string> {
	const { clusters, plans } = database.db.tables;
	const id = `contract-${++plan}`;
	await database.db.insert(clusters).values({ id, nameEn: id });
	await database.db.insert(plans).values({ id, clusterId: id, titleEn: id });
	return id;
}

/** Real plan edits, one update each: a stage per title. */
function edits(titles: string[]): { updates: Uint8Array[]; doc: Y.Doc } {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	initPlan(doc, { id: 'p', title: { ru: '', kk: '', en: 'Plan' } });
	titles.forEach((title, i) => addStage(doc, { id: `s${i}`, title }));
	return { updates, doc };
}

function docOf(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
	const doc = new Y.Doc();
	for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update);
	return doc;
}

describe.each(stores)('the $name document store', ({ make }) => {
	it('reads an unknown plan as empty', async () => {
		const stored = await make().load(await newPlan());
		expect(stored).toEqual({ snapshot: null, updates: [], through: 0, log: { rows: 0, bytes: 0 } });
	});

	it('gives each plan its own sequence, in batch order, and reads the log back in that order', async () => {
		const store = make();
		const [a, b] = [await newPlan(), await newPlan()];
		const { updates, doc } = edits(['Grain', 'Mill', 'Bakery']);
		const seqs = await store.append([
			{ planId: a, update: updates[0]! },
			{ planId: b, update: updates[0]! },
			{ planId: a, update: updates[1]! }
		]);
		expect(seqs).toEqual([1, 1, 2]);
		expect(
			await store.append([
				{ planId: a, update: updates[2]! },
				{ planId: a, update: updates[3]! }
			])
		).toEqual([3, 4]);
		const stored = await store.load(a);
		expect(stored.through).toBe(4);
		expect(stored.log.rows).toBe(4);
		expect(stored.log.bytes).toBe(updates.slice(0, 4).reduce((n, u) => n + u.byteLength, 0));
		expect(snapshot(docOf(stored))).toEqual(snapshot(doc));
		expect((await store.load(b)).through).toBe(1);
	});

	it('folds only the rows up to the sequence the compactor applied; later rows stay', async () => {
		const store = make();
		const planId = await newPlan();
		const { updates, doc } = edits(['Grain', 'Mill', 'Bakery', 'Shop']);
		await store.append(updates.slice(0, 3).map((update) => ({ planId, update })));
		// The compactor read the plan through sequence 3; someone else appends meanwhile.
		const seen = await store.load(planId);
		await store.append(updates.slice(3).map((update) => ({ planId, update })));
		await store.compact(
			planId,
			Y.mergeUpdates([seen.snapshot, ...seen.updates].filter((u) => u !== null)),
			seen.through
		);
		const after = await store.load(planId);
		expect(after.snapshot).not.toBeNull();
		expect(after.updates.length).toBe(updates.length - 3);
		expect(after.through).toBe(updates.length);
		expect(snapshot(docOf(after))).toEqual(snapshot(doc));
		// An older compaction arriving late keeps the newer snapshot.
		const full = Y.encodeStateAsUpdate(doc);
		await store.compact(planId, full, updates.length);
		await store.compact(planId, Y.mergeUpdates(updates.slice(0, 2)), 2);
		const last = await store.load(planId);
		expect(last.updates).toEqual([]);
		expect(last.through).toBe(updates.length);
		expect(snapshot(docOf(last))).toEqual(snapshot(doc));
		// The sequence goes on after the snapshot, with the log empty.
		expect(await store.append([{ planId, update: updates[0]! }])).toEqual([updates.length + 1]);
	});

	it('never gives one sequence twice to appends running at once', async () => {
		const store = make();
		const planId = await newPlan();
		const { updates } = edits(Array.from({ length: 12 }, (_, i) => `Stage ${i}`));
		const answers = await Promise.all(updates.map((update) => store.append([{ planId, update }])));
		const seqs = answers.flat().sort((x, y) => x - y);
		expect(seqs).toEqual(updates.map((_, i) => i + 1));
	});

	it('reads what was stored after a sequence: the rows, or the snapshot that folded some of them', async () => {
		const store = make();
		const planId = await newPlan();
		const { updates, doc } = edits(['Grain', 'Mill', 'Bakery', 'Shop']);
		const seqs = await store.append(updates.map((update) => ({ planId, update })));
		const after2 = await store.readAfter(planId, 2);
		expect(after2.snapshot).toBeNull();
		expect(after2.rows.map((r) => r.seq)).toEqual(seqs.slice(2));
		expect(after2.rows.map((r) => r.update)).toEqual(updates.slice(2));
		expect(await store.readAfter(planId, seqs.at(-1)!)).toEqual({ snapshot: null, rows: [] });

		// Folded through 4: someone behind at 2 gets the snapshot and the rows after it.
		await store.compact(planId, Y.mergeUpdates(updates.slice(0, 4)), 4);
		const behind = await store.readAfter(planId, 2);
		expect(behind.snapshot?.through).toBe(4);
		expect(behind.rows.map((r) => r.seq)).toEqual(seqs.slice(4));
		const caughtUp = docOf({ snapshot: behind.snapshot!.state, updates: behind.rows.map((r) => r.update) });
		expect(snapshot(caughtUp)).toEqual(snapshot(doc));
		// Someone already past the snapshot gets only the rows.
		expect((await store.readAfter(planId, 5)).snapshot).toBeNull();
	});

	it('counts the log and the snapshots', async () => {
		const store = make();
		const before = await store.stats();
		const planId = await newPlan();
		const { updates } = edits(['Grain']);
		await store.append(updates.map((update) => ({ planId, update })));
		const grown = await store.stats();
		expect(grown.logRows - before.logRows).toBe(updates.length);
		expect(grown.logBytes - before.logBytes).toBe(updates.reduce((n, u) => n + u.byteLength, 0));
		await store.compact(planId, Y.mergeUpdates(updates), updates.length);
		const folded = await store.stats();
		expect(folded.snapshots - grown.snapshots).toBe(1);
		expect(folded.logRows).toBe(before.logRows);
	});
});

describe('a store that fails on demand', () => {
	it('writes nothing while it fails, and works as before once it recovers', async () => {
		const store = failingDocumentStore(memoryDocumentStore());
		const planId = 'failing';
		const { updates } = edits(['Grain']);
		store.fail('append', 'load');
		await expect(store.append([{ planId, update: updates[0]! }])).rejects.toThrow(/append failed/);
		await expect(store.load(planId)).rejects.toThrow(/load failed/);
		store.recover();
		expect((await store.load(planId)).through).toBe(0);
		expect(await store.append([{ planId, update: updates[0]! }])).toEqual([1]);
	});
});
