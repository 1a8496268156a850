// Version numbers are a plan's own count: saves at the same moment (two tabs, the daily timer, a
// workshop ending) each take the next number, never the same one, on SQLite and PostgreSQL alike.
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { getPlan } from '../../../src/lib/server/plans';
import { keepVersion, listVersions, livePlan, saveVersion } from '../../../src/lib/server/versions/store';
import { testDatabase } from '../../storage';

describe('version numbers', () => {
	let dispose = async () => {};
	afterEach(async () => dispose());

	it('gives saves made at once consecutive numbers, one each', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		const { db } = temp;
		await seedDemo(db, { DEMO_PASSWORD: 'given-password' });
		const { users } = db.tables;
		const [row] = await db.select().from(users).where(eq(users.username, 'demo-facilitator'));
		const facilitator = await loadActor(db, row!);
		const plan = (await getPlan(db, 'flour-kostanay'))!;
		const live = await livePlan(db, plan);
		const saved = await Promise.all([
			...Array.from({ length: 6 }, (_, i) => saveVersion(db, facilitator, plan, { label: `Tab ${i}` })),
			...Array.from({ length: 2 }, (_, i) =>
				db.transaction((tx) =>
					keepVersion(
						tx,
						plan,
						{
							label: `Daily ${i}`,
							note: '',
							kind: 'daily',
							...live,
							author: { id: null, name: 'Clusterplan' }
						},
						Date.now()
					)
				)
			)
		]);
		expect(saved.map((version) => version.id).toSorted((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect((await listVersions(db, plan.id)).map((version) => version.id)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
	});
});
