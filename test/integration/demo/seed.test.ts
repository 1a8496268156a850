import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { can } from '../../../src/lib/server/authz/can';
import { visibleClusters } from '../../../src/lib/server/clusters';
import { clusters, plans, users } from '../../../src/lib/server/db/schema';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { countsWholeThings } from '../../../src/lib/server/demo/values';
import { readPlan } from '../../../src/lib/server/plans/document';
import { getPlan } from '../../../src/lib/server/plans';
import { planChanges, validatePlan } from '../../../src/lib/plan';
import { getVersion, listVersions } from '../../../src/lib/server/versions/store';
import { reviewQueue } from '../../../src/lib/server/versions/review';
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
		for (const { id } of temp.db.select({ id: plans.id }).from(plans).all()) {
			const plan = getPlan(temp.db, id)!;
			const data = readPlan(temp.db, plan);
			expect(data.id).toBe(plan.id);
			expect(validatePlan(data)).toEqual([]);
			expect(data.map.nodes.length).toBeGreaterThanOrEqual(15);
			expect(data.strategy.lines.length).toBeGreaterThanOrEqual(3);
			expect(data.projects.length).toBeGreaterThanOrEqual(5);
			expect(data.indicators.length).toBeGreaterThanOrEqual(5);
		}
	});

	it('keeps demo versions: one approved, one waiting in the reviewers queue, one draft, and none where the e2e suite works', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		const statuses = (planId: string) => listVersions(temp.db, planId).map((v) => `v${v.id} ${v.status}`);
		expect(statuses('furniture-almaty')).toEqual(['v1 approved']);
		expect(statuses('tourism-almaty-region')).toEqual(['v2 submitted', 'v1 changes_requested']);
		expect(statuses('pharma-south-kazakhstan')).toEqual(['v1 draft']);
		for (const planId of ['flour-kostanay', 'milk-akmola', 'construction-karaganda'])
			expect(statuses(planId)).toEqual([]);
		const reviewerRow = temp.db.select().from(users).where(eq(users.username, 'demo-reviewer')).get()!;
		const queue = reviewQueue(temp.db, loadActor(temp.db, reviewerRow));
		expect(queue.map((v) => `${v.planId} v${v.id}`)).toEqual(['tourism-almaty-region v2']);
		// What waits for KIDI differs from the draft it reviewed: the diff has something to show.
		const changes = planChanges(
			getVersion(temp.db, 'tourism-almaty-region', 1)!.data,
			getVersion(temp.db, 'tourism-almaty-region', 2)!.data
		);
		const count = (section: string) => changes.sections.find((s) => s.section === section)?.items.length ?? 0;
		expect(count('projects')).toBeGreaterThanOrEqual(3);
		expect(count('map')).toBeGreaterThanOrEqual(3);
		// A version holds the plan as it was saved.
		const version = getVersion(temp.db, 'furniture-almaty', 1)!;
		expect(version.data).toEqual(readPlan(temp.db, { id: 'furniture-almaty', title: version.data.title }));
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

	it('records whole figures for indicators that count things (firms, people), tenths for the rest', async () => {
		const temp = tempDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		const rows = temp.db.$client
			.prepare('select plan_id as planId, indicator_id as indicatorId, value from indicator_values')
			.all() as { planId: string; indicatorId: string; value: number }[];
		let counted = 0;
		for (const planRow of temp.db.select().from(plans).all()) {
			const indicators = readPlan(temp.db, getPlan(temp.db, planRow.id)!);
			for (const indicator of indicators.indicators.filter(countsWholeThings)) {
				const values = rows.filter((r) => r.planId === planRow.id && r.indicatorId === indicator.id);
				counted += values.length;
				expect(values.filter((r) => !Number.isInteger(r.value))).toEqual([]);
			}
		}
		expect(counted).toBeGreaterThan(0);
	});
});
