import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../../../src/lib/server/db/schema';
import {
	connectClient,
	createFixture,
	documentRows,
	health,
	startServer,
	synced,
	tryUpgrade,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

describe('opening a plan socket', () => {
	let fixture: Fixture;
	let server: RunningServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		fixture = await createFixture();
		fixture.db.insert(plans).values({ id: 'alpha-second', clusterId: 'alpha', title: 'Second plan' }).run();
		server = await startServer(fixture.dbPath, { COLLAB_MAX_DOCUMENTS_PER_USER: '1' });
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		await server?.stop();
		fixture?.dispose();
	});

	it('is refused without a session cookie, with an expired session, to another cluster and from a foreign origin', async () => {
		const { planA, users } = fixture;
		expect(await tryUpgrade(server, planA, null)).toBe(401);
		expect(await tryUpgrade(server, planA, 'not-a.session')).toBe(401);
		expect(await tryUpgrade(server, planA, fixture.expiredToken(users.member))).toBe(401);
		expect(await tryUpgrade(server, planA, fixture.login(users.outsider))).toBe(403);
		expect(await tryUpgrade(server, planA, fixture.login(users.member), 'https://evil.example')).toBe(403);
		expect(await tryUpgrade(server, 'no-such-plan', fixture.login(users.member))).toBe(404);
		expect(await tryUpgrade(server, `${planA}/extra`, fixture.login(users.member))).toBe(404);
	});

	it('creates no document and no update row when refused', async () => {
		expect(documentRows(fixture.db)).toEqual({ updates: 0, snapshots: 0 });
		const metrics = await health(server, fixture.login(fixture.users.admin));
		expect(metrics.status).toBe(200);
		expect(metrics.body).toMatchObject({ openDocuments: 0, connections: 0 });
	});

	it('opens for a member, and for a reviewer of another cluster only if they hold a role there', async () => {
		expect(await tryUpgrade(server, fixture.planA, fixture.login(fixture.users.member))).toBe(101);
		expect(await tryUpgrade(server, fixture.planB, fixture.login(fixture.users.reviewer))).toBe(403);
		expect(await tryUpgrade(server, fixture.planB, fixture.login(fixture.users.admin))).toBe(101);
	});

	it('bounds how many plans one user holds open', async () => {
		const first = connectClient(server, fixture.planA, fixture.login(fixture.users.member2));
		clients.push(first);
		await synced(first);
		expect(await tryUpgrade(server, 'alpha-second', fixture.login(fixture.users.member2))).toBe(429);
		// The same plan again (a second tab) is not a new document.
		expect(await tryUpgrade(server, fixture.planA, fixture.login(fixture.users.member2))).toBe(101);
	});
});

describe('GET /api/health', () => {
	let fixture: Fixture;
	let server: RunningServer;

	beforeAll(async () => {
		fixture = await createFixture();
		server = await startServer(fixture.dbPath);
	});
	afterAll(async () => {
		await server?.stop();
		fixture?.dispose();
	});

	it('shows uptime, documents, connections and log size to admins only', async () => {
		expect((await health(server, null)).status).toBe(401);
		expect((await health(server, fixture.login(fixture.users.member))).status).toBe(403);
		const client = connectClient(server, fixture.planA, fixture.login(fixture.users.member));
		try {
			await synced(client);
			client.doc.getMap('map').set('stage', 'one');
			const admin = fixture.login(fixture.users.admin);
			let body: Record<string, unknown> | null = null;
			const deadline = Date.now() + 30_000;
			while (Date.now() < deadline) {
				body = (await health(server, admin)).body;
				if ((body?.updateLog as { rows: number } | undefined)?.rows === 1) break;
				await new Promise((r) => setTimeout(r, 50));
			}
			expect(body).toMatchObject({ openDocuments: 1, connections: 1, updateLog: { rows: 1 } });
			expect(typeof body?.uptimeSeconds).toBe('number');
		} finally {
			client.destroy();
		}
	});
});
