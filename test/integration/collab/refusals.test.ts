import { describe, expect, it } from 'vitest';
import { documentRows, health, setStage, synced, tryUpgrade } from './harness';
import { collabSuite } from './suite';

describe('opening a plan socket', () => {
	const suite = collabSuite({
		server: { COLLAB_MAX_DOCUMENTS_PER_USER: '1' },
		prepare: async ({ db }) => {
			await db
				.insert(db.tables.plans)
				.values({ id: 'alpha-second', clusterId: 'alpha', titleEn: 'Second plan' });
		}
	});

	it('is refused without a session cookie, with an expired session, from a foreign origin, and answers another cluster’s plan as an unknown one', async () => {
		const { planA, users } = suite.fixture;
		expect(await tryUpgrade(suite.server, planA, null)).toBe(401);
		expect(await tryUpgrade(suite.server, planA, 'not-a.session')).toBe(401);
		expect(await tryUpgrade(suite.server, planA, await suite.fixture.expiredToken(users.member))).toBe(401);
		// 404, as for a plan that does not exist: plan ids of other clusters cannot be probed.
		expect(await tryUpgrade(suite.server, planA, await suite.fixture.login(users.outsider))).toBe(404);
		expect(
			await tryUpgrade(suite.server, planA, await suite.fixture.login(users.member), 'https://evil.example')
		).toBe(403);
		expect(await tryUpgrade(suite.server, 'no-such-plan', await suite.fixture.login(users.member))).toBe(404);
		expect(await tryUpgrade(suite.server, `${planA}/extra`, await suite.fixture.login(users.member))).toBe(
			404
		);
	});

	it('creates no document and no update row when refused', async () => {
		// Measured before and after its own refusals, so whatever other tests opened does not count.
		const { planA, planB, users } = suite.fixture;
		const admin = await suite.fixture.login(users.admin);
		const open = async () => {
			const metrics = await health(suite.server, admin);
			expect(metrics.status).toBe(200);
			const { openDocuments, connections } = metrics.body as Record<string, number>;
			return { openDocuments, connections, rows: await documentRows(suite.fixture.db) };
		};
		const before = await open();
		expect(await tryUpgrade(suite.server, planA, null)).toBe(401);
		expect(await tryUpgrade(suite.server, planA, await suite.fixture.expiredToken(users.member))).toBe(401);
		expect(await tryUpgrade(suite.server, planB, await suite.fixture.login(users.member))).toBe(404);
		expect(
			await tryUpgrade(suite.server, planA, await suite.fixture.login(users.member), 'https://evil.example')
		).toBe(403);
		expect(await open()).toEqual(before);
	});

	it('opens for a member, and for a reviewer of another cluster only if they hold a role there', async () => {
		expect(
			await tryUpgrade(
				suite.server,
				suite.fixture.planA,
				await suite.fixture.login(suite.fixture.users.member)
			)
		).toBe(101);
		expect(
			await tryUpgrade(
				suite.server,
				suite.fixture.planB,
				await suite.fixture.login(suite.fixture.users.reviewer)
			)
		).toBe(404);
		expect(
			await tryUpgrade(
				suite.server,
				suite.fixture.planB,
				await suite.fixture.login(suite.fixture.users.admin)
			)
		).toBe(101);
	});

	it('bounds how many plans one user holds open', async () => {
		const first = await suite.connect(suite.fixture.users.member2);
		await synced(first);
		expect(
			await tryUpgrade(suite.server, 'alpha-second', await suite.fixture.login(suite.fixture.users.member2))
		).toBe(429);
		// The same plan again (a second tab) is not a new document.
		expect(
			await tryUpgrade(
				suite.server,
				suite.fixture.planA,
				await suite.fixture.login(suite.fixture.users.member2)
			)
		).toBe(101);
	});
});

describe('GET /api/health', () => {
	const suite = collabSuite();

	it('shows uptime, documents, connections and log size to admins only', async () => {
		expect((await health(suite.server, null)).status).toBe(401);
		expect((await health(suite.server, await suite.fixture.login(suite.fixture.users.member))).status).toBe(
			403
		);
		const client = await suite.connect(suite.fixture.users.member);
		await synced(client);
		setStage(client.doc, 'stage', 'one');
		const admin = await suite.fixture.login(suite.fixture.users.admin);
		let body: Record<string, unknown> | null = null;
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			body = (await health(suite.server, admin)).body;
			// The plan's layout, written by the server as the room opened, then the stage.
			if ((body?.updateLog as { rows: number } | undefined)?.rows === 2) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		expect(body).toMatchObject({ openDocuments: 1, connections: 1, updateLog: { rows: 2 }, closedPlans: [] });
		expect(typeof body?.uptimeSeconds).toBe('number');
	});
});
