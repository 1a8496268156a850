// The daily version on a real database (SQLite, or PostgreSQL under test:pg): kept when the plan changed since its latest version,
// once a day at most (however many instances look at once), never for an unchanged plan.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '../../../src/lib/server/db';
import { createCluster } from '../../../src/lib/server/clusters';
import { documentStore, loadPlanDocument } from '../../../src/lib/server/plans/document';
import { keepDailyVersions } from '../../../src/lib/server/versions/daily';
import { getVersion, listVersions } from '../../../src/lib/server/versions/store';
import { renamePlan, updateStrategy } from '../../../src/lib/plan';
import { demoPlans } from '../../../src/lib/server/demo/plans';
import { testDatabase } from '../../storage';

const day = (n: number) => Date.UTC(2026, 10, n, 12);

describe('daily versions', () => {
	let dispose = async () => {};
	afterEach(async () => dispose());

	async function setup() {
		const temp = await testDatabase();
		dispose = temp.dispose;
		for (const id of ['flour-kostanay', 'milk-akmola']) {
			await createCluster(
				temp.db,
				{ id, name: id, region: 'R', sector: 'S', planTitle: id, planId: id, buildPlan: demoPlans[id] },
				null
			);
		}
		return temp.db;
	}

	/** An edit as the collab server stores it: an update appended to the plan's log. */
	async function edit(db: Db, planId: string, change: (doc: Y.Doc) => void) {
		const doc = await loadPlanDocument(db, planId);
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		change(doc);
		await documentStore(db).append(updates.map((update) => ({ planId, update })));
		doc.destroy();
	}

	it('keeps a first version of each plan, then only of plans that changed, once a day', async () => {
		const db = await setup();
		expect((await keepDailyVersions(db, day(1))).sort()).toEqual(['flour-kostanay', 'milk-akmola']);
		// The same day again, and the next day without changes: nothing.
		expect(await keepDailyVersions(db, day(1) + 3_600_000)).toEqual([]);
		expect(await keepDailyVersions(db, day(2))).toEqual([]);

		await edit(db, 'milk-akmola', (doc) =>
			updateStrategy(doc, { vision: { en: 'Milk for the whole region' } })
		);
		expect(await keepDailyVersions(db, day(3))).toEqual(['milk-akmola']);
		const kept = await listVersions(db, 'milk-akmola');
		expect(kept.map((v) => [v.id, v.kind, v.label, v.authorName])).toEqual([
			[2, 'daily', '2026-11-03', 'Clusterplan'],
			[1, 'daily', '2026-11-01', 'Clusterplan']
		]);
		expect((await getVersion(db, 'milk-akmola', 2))!.data.strategy.vision.en).toBe(
			'Milk for the whole region'
		);
		expect(await listVersions(db, 'flour-kostanay')).toHaveLength(1);

		// A second change on a day that has its daily version waits for the next day.
		await edit(db, 'milk-akmola', (doc) => renamePlan(doc, 'Milk plan 2026–2030'));
		expect(await keepDailyVersions(db, day(3) + 60_000)).toEqual([]);
		expect(await keepDailyVersions(db, day(4))).toEqual(['milk-akmola']);
		expect((await getVersion(db, 'milk-akmola', 3))!.data.title.en).toBe('Milk plan 2026–2030');
	});

	it('is kept once a day when several instances look at the same moment', async () => {
		const db = await setup();
		// Each look is its own run, as each instance's hourly look is: on PostgreSQL, on connections
		// of their own, at once.
		const looks = await Promise.all([1, 2, 3, 4].map(() => keepDailyVersions(db, day(5))));
		expect(looks.flat().sort()).toEqual(['flour-kostanay', 'milk-akmola']);
		for (const planId of ['flour-kostanay', 'milk-akmola'])
			expect((await listVersions(db, planId)).map((v) => [v.id, v.kind])).toEqual([[1, 'daily']]);
	});
});
