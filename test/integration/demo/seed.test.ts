import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { attemptLogin } from '../../../src/lib/server/auth/login';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { can } from '../../../src/lib/server/authz/can';
import { visibleClusters } from '../../../src/lib/server/clusters';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { countsWholeThings } from '../../../src/lib/server/demo/values';
import { readPlan } from '../../../src/lib/server/plans/document';
import { getPlan } from '../../../src/lib/server/plans';
import { planChanges, validatePlan } from '../../../src/lib/plan';
import { getVersion, listVersions } from '../../../src/lib/server/versions/store';
import { reviewQueue } from '../../../src/lib/server/versions/review';
import { testDatabase } from '../../storage';
import {
	readApplications,
	readAssignments,
	readCall,
	readCalls,
	readSheets
} from '../../../src/lib/server/selection/store';
import { isAcceptingApplications } from '../../../src/lib/selection/call';
import { demoClusters } from '../../../src/lib/server/demo/clusters';

describe('the demo seed', () => {
	let dispose = async () => {};
	afterEach(async () => dispose());

	it('creates the six pilot clusters, a plan each and eight demo accounts with the given password', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		const result = await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		expect(result).toEqual({ seeded: true, password: 'given-password', generated: false });
		const { clusters, plans, users } = temp.db.tables;
		expect(await temp.db.select({ n: count() }).from(clusters)).toEqual([{ n: 6 }]);
		expect(await temp.db.select({ n: count() }).from(plans)).toEqual([{ n: 6 }]);
		expect(await temp.db.select({ n: count() }).from(users)).toEqual([{ n: 8 }]);

		const login = await attemptLogin(temp.db, 'demo-member', 'given-password', '127.0.0.1');
		expect(login.ok).toBe(true);
		const member = await loadActor(temp.db, {
			id: login.ok ? login.userId : '',
			username: 'demo-member',
			displayName: '',
			globalRole: null,
			locale: null
		});
		expect((await visibleClusters(temp.db, member)).map((c) => c.id)).toEqual([
			'flour-kostanay',
			'milk-akmola'
		]);
		expect(can(member, 'plan.edit', { clusterId: 'milk-akmola' })).toBe(true);
		expect(can(member, 'plan.edit', { clusterId: 'tourism-almaty-region' })).toBe(false);
	});

	it("stores each cluster's demo plan as a document the API can read", async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		const { plans } = temp.db.tables;
		for (const { id } of await temp.db.select({ id: plans.id }).from(plans).orderBy(plans.id)) {
			const plan = (await getPlan(temp.db, id))!;
			const data = await readPlan(temp.db, plan);
			expect(data.id).toBe(plan.id);
			expect(validatePlan(data)).toEqual([]);
			expect(data.map.nodes.length).toBeGreaterThanOrEqual(15);
			expect(data.strategy.lines.length).toBeGreaterThanOrEqual(3);
			expect(data.projects.length).toBeGreaterThanOrEqual(5);
			expect(data.indicators.length).toBeGreaterThanOrEqual(5);
		}
	});

	it('keeps demo versions: one approved, one waiting in the reviewers queue, one draft, and none where the e2e suite works', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		const statuses = async (planId: string) =>
			(await listVersions(temp.db, planId)).map((v) => `v${v.id} ${v.status}`);
		expect(await statuses('furniture-almaty')).toEqual(['v1 approved']);
		expect(await statuses('tourism-almaty-region')).toEqual(['v2 submitted', 'v1 changes_requested']);
		expect(await statuses('pharma-south-kazakhstan')).toEqual(['v1 draft']);
		for (const planId of ['flour-kostanay', 'milk-akmola', 'construction-karaganda'])
			expect(await statuses(planId)).toEqual([]);
		const { users } = temp.db.tables;
		const [reviewerRow] = await temp.db.select().from(users).where(eq(users.username, 'demo-reviewer'));
		const queue = await reviewQueue(temp.db, await loadActor(temp.db, reviewerRow!));
		expect(queue.map((v) => `${v.planId} v${v.id}`)).toEqual(['tourism-almaty-region v2']);
		// What waits for KIDI differs from the draft it reviewed: the diff has something to show.
		const changes = planChanges(
			(await getVersion(temp.db, 'tourism-almaty-region', 1))!.data,
			(await getVersion(temp.db, 'tourism-almaty-region', 2))!.data
		);
		const count = (section: string) => changes.sections.find((s) => s.section === section)?.items.length ?? 0;
		expect(count('projects')).toBeGreaterThanOrEqual(3);
		expect(count('map')).toBeGreaterThanOrEqual(3);
		// A version holds the plan as it was saved.
		const version = (await getVersion(temp.db, 'furniture-almaty', 1))!;
		expect(version.data).toEqual(
			await readPlan(temp.db, { id: 'furniture-almaty', title: version.data.title })
		);
	});

	it('generates a password when none is given, and seeds only once', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		const first = await seedDemo(temp.db, {});
		expect(first.seeded && first.generated && first.password.length >= 12).toBe(true);
		expect(await seedDemo(temp.db, {})).toEqual({ seeded: false });
		const { clusters } = temp.db.tables;
		expect(await temp.db.select({ n: count() }).from(clusters)).toEqual([{ n: 6 }]);
	});

	it('seeds nothing with CLUSTERPLAN_DEMO=0', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		expect(await seedDemo(temp.db, { CLUSTERPLAN_DEMO: '0' })).toEqual({ seeded: false });
		const { users } = temp.db.tables;
		expect(await temp.db.select({ n: count() }).from(users)).toEqual([{ n: 0 }]);
	});

	it('records whole figures for indicators that count things (firms, people), tenths for the rest', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' });
		const { indicatorValues, plans } = temp.db.tables;
		const rows = await temp.db
			.select({
				planId: indicatorValues.planId,
				indicatorId: indicatorValues.indicatorId,
				value: indicatorValues.value
			})
			.from(indicatorValues);
		let counted = 0;
		for (const planRow of await temp.db.select().from(plans).orderBy(plans.id)) {
			const indicators = await readPlan(temp.db, (await getPlan(temp.db, planRow.id))!);
			for (const indicator of indicators.indicators.filter(countsWholeThings)) {
				const values = rows.filter((r) => r.planId === planRow.id && r.indicatorId === indicator.id);
				counted += values.length;
				expect(values.filter((r) => !Number.isInteger(r.value))).toEqual([]);
			}
		}
		expect(counted).toBeGreaterThan(0);
	});

	it('stores the 2017 selection as the services read it: 21 applications, 3 rejected, 18 scored by three, the six pilots chosen as the demo clusters; and a call open at the seed’s clock', async () => {
		const temp = await testDatabase();
		dispose = temp.dispose;
		const now = Date.parse('2031-03-14T09:26:53.589Z');
		await seedDemo(temp.db, { DEMO_PASSWORD: 'given-password' }, now);
		const { users } = temp.db.tables;
		const idOf = async (username: string) =>
			(await temp.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
		const panel = [await idOf('demo-reviewer'), await idOf('demo-evaluator'), await idOf('demo-evaluator-2')];

		// The newest call first: the open one, then 2017's.
		expect((await readCalls(temp.db)).map((call) => [call.id, call.state])).toEqual([
			['clusters-second-round', 'open'],
			['pilot-clusters-2017', 'published']
		]);
		const call = (await readCall(temp.db, 'pilot-clusters-2017'))!;
		expect(call.decision).toEqual({ date: '2017-08-11', protocol: '3' });
		expect(call.evaluators).toEqual(panel);

		const applications = await readApplications(temp.db, call.id);
		expect(applications).toHaveLength(21);
		// Listed in the order they came in.
		const submitted = applications.map((application) => application.submittedAt!);
		expect(submitted).toEqual([...submitted].sort());
		const states = applications.reduce<Record<string, number>>(
			(counts, { state }) => ({ ...counts, [state]: (counts[state] ?? 0) + 1 }),
			{}
		);
		expect(states).toEqual({ rejected: 3, chosen: 6, reserve: 3, not_chosen: 9 });
		expect(
			applications
				.filter((application) => application.state === 'chosen')
				.map((application) => application.clusterId)
				.sort()
		).toEqual(demoClusters.map((cluster) => cluster.id).sort());

		const sheets = await readSheets(temp.db, call.id);
		const assignments = await readAssignments(temp.db, call.id);
		expect(sheets).toHaveLength(18 * 3);
		expect(assignments.size).toBe(18);
		for (const application of applications.filter((each) => each.state !== 'rejected')) {
			expect([...assignments.get(application.id)!].sort()).toEqual([...panel].sort());
			const own = sheets.filter((sheet) => sheet.applicationId === application.id);
			expect(own.filter((sheet) => !sheet.conflict && sheet.submittedAt !== null)).toHaveLength(3);
		}
		const applicant = await idOf('demo-applicant');
		expect(applications.filter((application) => application.applicantId === applicant)).toHaveLength(1);

		const open = (await readCall(temp.db, 'clusters-second-round'))!;
		expect(isAcceptingApplications(open, now)).toBe(true);
		expect(open.decision).toBeNull();
		expect(await readApplications(temp.db, open.id)).toEqual([]);
	});
});
