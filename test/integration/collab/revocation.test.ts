import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { invalidateSession } from '../../../src/lib/server/auth/session';
import { postAction } from '../form-action';
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
	// A long sweep interval: these tests prove the per-message check, which asks the database again
	// only after the server itself ended a session or changed a role.
	const suite = collabSuite({ server: { COLLAB_SWEEP_INTERVAL_MS: '600000' } });

	async function asAdmin(path: string, fields: Record<string, string>) {
		const admin = await suite.fixture.login(suite.fixture.users.admin);
		const answer = await postAction(suite.server.origin, path, admin, fields);
		expect(answer.type).toBe('success');
	}

	it('closes a socket with 4401 on its next message after logout, and does not apply that message', async () => {
		const token = await suite.fixture.login(suite.fixture.users.member);
		const client = suite.open(token);
		const observer = await suite.connect(suite.fixture.users.member2);
		await Promise.all([synced(client), synced(observer)]);
		// A cursor first: the socket's answer is known, so the logout must be what makes it ask again.
		client.provider.awareness.setLocalStateField('cursor', 1);
		const closed = closeCode(client);
		const signedOut = await postAction(suite.server.origin, '/logout', token, {});
		expect(signedOut).toMatchObject({ type: 'redirect', status: 303 });
		setStage(client.doc, 'after-logout', 'x');
		expect(await closed).toBe(4401);
		setStage(observer.doc, 'observer-still-works', 'x');
		await waitFor(() => stageTitle(observer.doc, 'observer-still-works') !== undefined, 'the observer edit');
		expect(stageTitle(observer.doc, 'after-logout')).toBeUndefined();
	});

	it('closes a socket with 4403 on its next cursor frame once an admin took the role away', async () => {
		const client = await suite.connect(suite.fixture.users.coordinator);
		await synced(client);
		client.provider.awareness.setLocalStateField('cursor', 1);
		const closed = closeCode(client);
		await asAdmin('/c/alpha?/removeMember', { userId: suite.fixture.users.coordinator });
		client.provider.awareness.setLocalStateField('cursor', 2);
		expect(await closed).toBe(4403);
	});

	it('refuses the updates of a member demoted to reviewer, keeping the socket open', async () => {
		const demoted = await suite.connect(suite.fixture.users.member2);
		const observer = await suite.connect(suite.fixture.users.admin);
		await Promise.all([synced(demoted), synced(observer)]);
		setStage(demoted.doc, 'before-demotion', 'x');
		await waitFor(() => stageTitle(observer.doc, 'before-demotion') !== undefined, 'the edit as a member');
		const denied: string[] = [];
		demoted.provider.messageHandlers[2] = () => denied.push('denied');
		await asAdmin('/c/alpha?/changeRole', { userId: suite.fixture.users.member2, role: 'reviewer' });
		setStage(demoted.doc, 'after-demotion', 'x');
		await waitFor(() => denied.length > 0, 'the permission-denied message');
		setStage(observer.doc, 'observer-edit', 'x');
		await waitFor(() => stageTitle(demoted.doc, 'observer-edit') !== undefined, 'live updates to go on');
		expect(stageTitle(observer.doc, 'after-demotion')).toBeUndefined();
		await asAdmin('/c/alpha?/changeRole', { userId: suite.fixture.users.member2, role: 'member' });
	});

	it('closes idle sockets of a session ended outside the server (the admin command) on the sweep', async () => {
		const sweeping = await suite.start({ COLLAB_SWEEP_INTERVAL_MS: '200' });
		const token = await suite.fixture.login(suite.fixture.users.member2);
		const client = suite.open(token, sweeping);
		await synced(client);
		const closed = closeCode(client);
		await invalidateSession(suite.fixture.db, token.split('.')[0]!);
		expect(await closed).toBe(4401);
	});

	it('takes a role removed outside the server on the sweep', async () => {
		const sweeping = await suite.start({ COLLAB_SWEEP_INTERVAL_MS: '200' });
		const client = await suite.connect(suite.fixture.users.reviewer, sweeping);
		await synced(client);
		const closed = closeCode(client);
		const { memberships } = suite.fixture.db.tables;
		const reviewerInAlpha = and(
			eq(memberships.clusterId, 'alpha'),
			eq(memberships.userId, suite.fixture.users.reviewer)
		);
		const [before] = await suite.fixture.db.select().from(memberships).where(reviewerInAlpha);
		expect(before).toBeDefined();
		await suite.fixture.db.delete(memberships).where(reviewerInAlpha);
		try {
			expect(await closed).toBe(4403);
		} finally {
			await suite.fixture.db.insert(memberships).values(before!);
		}
	});
});
