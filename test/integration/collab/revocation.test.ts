import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { invalidateSession } from '../../../src/lib/server/auth/session';
import { synced, waitFor, type Client, setStage, stageTitle } from './harness';
import { collabSuite } from './suite';

/** Resolves with the code of the first close the server sends this client. */
function closeCode(client: Client): Promise<number> {
	return new Promise((resolve) =>
		client.provider.on('connection-close', (event) => {
			if (event) resolve(event.code);
		})
	);
}

describe('open sockets after a logout or a role change', () => {
	// A long sweep interval: these tests prove the per-message check.
	const suite = collabSuite({ server: { COLLAB_SWEEP_INTERVAL_MS: '600000' } });

	it('closes a socket with 4401 on its next message after logout, and does not apply that message', async () => {
		const token = await suite.fixture.login(suite.fixture.users.member);
		const client = suite.open(token);
		const observer = await suite.connect(suite.fixture.users.member2);
		await Promise.all([synced(client), synced(observer)]);
		const closed = closeCode(client);
		await invalidateSession(suite.fixture.db, token.split('.')[0]!);
		setStage(client.doc, 'after-logout', 'x');
		expect(await closed).toBe(4401);
		setStage(observer.doc, 'observer-still-works', 'x');
		await waitFor(() => stageTitle(observer.doc, 'observer-still-works') !== undefined, 'the observer edit');
		expect(stageTitle(observer.doc, 'after-logout')).toBeUndefined();
	});

	it('closes a socket with 4403 once the user lost their role in the cluster', async () => {
		const client = await suite.connect(suite.fixture.users.coordinator);
		await synced(client);
		const closed = closeCode(client);
		const { memberships } = suite.fixture.db.tables;
		await suite.fixture.db
			.delete(memberships)
			.where(
				and(eq(memberships.clusterId, 'alpha'), eq(memberships.userId, suite.fixture.users.coordinator))
			);
		client.provider.awareness.setLocalStateField('cursor', 1);
		expect(await closed).toBe(4403);
	});

	it('refuses the updates of a member demoted to reviewer, keeping the socket open', async () => {
		const demoted = await suite.connect(suite.fixture.users.member2);
		const observer = await suite.connect(suite.fixture.users.admin);
		await Promise.all([synced(demoted), synced(observer)]);
		const denied: string[] = [];
		demoted.provider.messageHandlers[2] = () => denied.push('denied');
		const { memberships } = suite.fixture.db.tables;
		const member2InAlpha = and(
			eq(memberships.clusterId, 'alpha'),
			eq(memberships.userId, suite.fixture.users.member2)
		);
		await suite.fixture.db.update(memberships).set({ role: 'reviewer' }).where(member2InAlpha);
		setStage(demoted.doc, 'after-demotion', 'x');
		await waitFor(() => denied.length > 0, 'the permission-denied message');
		setStage(observer.doc, 'observer-edit', 'x');
		await waitFor(() => stageTitle(demoted.doc, 'observer-edit') !== undefined, 'live updates to go on');
		expect(stageTitle(observer.doc, 'after-demotion')).toBeUndefined();
		await suite.fixture.db.update(memberships).set({ role: 'member' }).where(member2InAlpha);
	});

	it('closes idle sockets of a logged-out session on the periodic sweep', async () => {
		const sweeping = await suite.start({ COLLAB_SWEEP_INTERVAL_MS: '200' });
		const token = await suite.fixture.login(suite.fixture.users.member2);
		const client = suite.open(token, sweeping);
		await synced(client);
		const closed = closeCode(client);
		await invalidateSession(suite.fixture.db, token.split('.')[0]!);
		expect(await closed).toBe(4401);
	});
});
