import { afterEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { can } from '../../../src/lib/server/authz/can';
import { visibleClusters } from '../../../src/lib/server/clusters';
import { clusters, plans, users } from '../../../src/lib/server/db/schema';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { readPlan } from '../../../src/lib/server/plans/document';
import { validatePlan } from '../../../src/lib/plan';
import { tempDatabase } from '../auth/temp-db';

describe('the demo seed', () => {
	let dispose = () => {};
	afterEach(() => dispose());

	it('creates the six pilot clusters, a plan each and five demo accounts with the given password', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		const result = await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		expect(result).toEqual({ seeded: true, password: 'given-password', generated: false });
		expect(temp.db.select({ n: count() }).from(clusters).get()).toEqual({ n: 6 });
		expect(temp.db.select({ n: count() }).from(plans).get()).toEqual({ n: 6 });
		expect(temp.db.select({ n: count() }).from(users).get()).toEqual({ n: 5 });

		const login = await attemptLogin(temp.db, 'demo-member', 'given-password', '127.0.0.1');
		expect(login.ok).toBe(true);
		const member = loadActor(temp.db, {
			id: login.ok ? login.userId : '',
			username: 'demo-member',
			displayName: '',
			globalRole: null,
			locale: null
		});
		expect(visibleClusters(temp.db, member).map((c) => c.id)).toEqual(['flour-kostanay', 'milk-akmola']);
		expect(can(member, 'plan.edit', { clusterId: 'milk-akmola' })).toBe(true);
		expect(can(member, 'plan.edit', { clusterId: 'tourism-almaty-region' })).toBe(false);
	});

	it("stores each cluster's demo plan as a document the API can read", async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		for (const plan of temp.db.select().from(plans).all()) {
			const data = readPlan(temp.db, plan);
			expect(data.id).toBe(plan.id);
			expect(validatePlan(data)).toEqual([]);
			expect(data.map.nodes.length).toBeGreaterThanOrEqual(15);
			expect(data.strategy.lines.length).toBeGreaterThanOrEqual(3);
			expect(data.projects.length).toBeGreaterThanOrEqual(5);
			expect(data.indicators.length).toBeGreaterThanOrEqual(5);
		}
	});

	it('generates a password when none is given, and seeds only once', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		const first = await seedDemo(temp.db, {});
		expect(first.seeded && first.generated && first.password.length >= 12).toBe(true);
		expect(await seedDemo(temp.db, {})).toEqual({ seeded: false });
		expect(temp.db.select({ n: count() }).from(clusters).get()).toEqual({ n: 6 });
	});

	it('seeds nothing with CLUSTERPLAN_DEMO=0', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		expect(await seedDemo(temp.db, { CLUSTERPLAN_DEMO: '0' })).toEqual({ seeded: false });
		expect(temp.db.select({ n: count() }).from(users).get()).toEqual({ n: 0 });
	});
});
