import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { invalidateSession } from '../../../src/lib/server/auth/session';
import { memberships } from '../../../src/lib/server/db/schema';
import {
	connectClient,
	createFixture,
	startServer,
	synced,
	waitFor,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

/** Resolves with the code of the first close the server sends this client. */
function closeCode(client: Client): Promise<number> {
	return new Promise((resolve) =>
		client.provider.on('connection-close', (event) => {
			if (event) resolve(event.code);
		})
	);
}

describe('open sockets after a logout or a role change', () => {
	let fixture: Fixture;
	let server: RunningServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		fixture = await createFixture();
		// A long sweep interval: these tests prove the per-message check.
		server = await startServer(fixture.dbPath, { COLLAB_SWEEP_INTERVAL_MS: '600000' });
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		await server?.stop();
		fixture?.dispose();
	});

	it('closes a socket with 4401 on its next message after logout, and does not apply that message', async () => {
		const token = fixture.login(fixture.users.member);
		const client = connectClient(server, fixture.planA, token);
		const observer = connectClient(server, fixture.planA, fixture.login(fixture.users.member2));
		clients.push(client, observer);
		await Promise.all([synced(client), synced(observer)]);
		const closed = closeCode(client);
		invalidateSession(fixture.db, token.split('.')[0]!);
		client.doc.getMap('map').set('after-logout', true);
		expect(await closed).toBe(4401);
		observer.doc.getMap('map').set('observer-still-works', true);
		await waitFor(() => observer.doc.getMap('map').has('observer-still-works'), 'the observer edit');
		expect(observer.doc.getMap('map').has('after-logout')).toBe(false);
	});

	it('closes a socket with 4403 once the user lost their role in the cluster', async () => {
		const client = connectClient(server, fixture.planA, fixture.login(fixture.users.coordinator));
		clients.push(client);
		await synced(client);
		const closed = closeCode(client);
		fixture.db
			.delete(memberships)
			.where(and(eq(memberships.clusterId, 'alpha'), eq(memberships.userId, fixture.users.coordinator)))
			.run();
		client.provider.awareness.setLocalStateField('cursor', 1);
		expect(await closed).toBe(4403);
	});

	it('refuses the updates of a member demoted to reviewer, keeping the socket open', async () => {
		const demoted = connectClient(server, fixture.planA, fixture.login(fixture.users.member2));
		const observer = connectClient(server, fixture.planA, fixture.login(fixture.users.admin));
		clients.push(demoted, observer);
		await Promise.all([synced(demoted), synced(observer)]);
		const denied: string[] = [];
		demoted.provider.messageHandlers[2] = () => denied.push('denied');
		fixture.db
			.update(memberships)
			.set({ role: 'reviewer' })
			.where(and(eq(memberships.clusterId, 'alpha'), eq(memberships.userId, fixture.users.member2)))
			.run();
		demoted.doc.getMap('map').set('after-demotion', true);
		await waitFor(() => denied.length > 0, 'the permission-denied message');
		observer.doc.getMap('map').set('observer-edit', true);
		await waitFor(() => demoted.doc.getMap('map').has('observer-edit'), 'live updates to go on');
		expect(observer.doc.getMap('map').has('after-demotion')).toBe(false);
		fixture.db
			.update(memberships)
			.set({ role: 'member' })
			.where(and(eq(memberships.clusterId, 'alpha'), eq(memberships.userId, fixture.users.member2)))
			.run();
	});

	it('closes idle sockets of a logged-out session on the periodic sweep', async () => {
		const sweeping = await startServer(fixture.dbPath, { COLLAB_SWEEP_INTERVAL_MS: '200' });
		try {
			const token = fixture.login(fixture.users.member2);
			const client = connectClient(sweeping, fixture.planA, token);
			clients.push(client);
			await synced(client);
			const closed = closeCode(client);
			invalidateSession(fixture.db, token.split('.')[0]!);
			expect(await closed).toBe(4401);
		} finally {
			await sweeping.stop();
		}
	});
});
