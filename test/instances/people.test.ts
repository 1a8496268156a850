// People across instances, all real (server processes, a redis-server of the test's own, y-websocket
// clients): presence crosses instances and is never stored; the people of an instance that dies
// leave the others' avatars because the server says so, not because their browsers' 30 s timeout
// passed; signing out through one instance closes the person's socket on another.
import { describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	documentRows,
	setStage,
	synced,
	waitFor,
	type Client,
	type RunningServer
} from '../integration/collab/harness';
import { severalInstances } from './instances';
import { postAction } from '../integration/form-action';

type Seen = { user?: { name?: string }; typing?: string };

/** The states `client` sees from others, by awareness client id. */
const othersOf = (client: Client) =>
	[...client.provider.awareness.getStates().entries()].filter(([id]) => id !== client.doc.clientID);

describe('people on several instances', () => {
	const several = severalInstances(2, () => createFixture('postgres'));
	const servers = several.servers;
	const open = (server: RunningServer, token: string) =>
		several.keep(connectClient(server, several.fixture.planA, token));

	it('shows someone on another instance, and takes them away when that instance dies', async () => {
		const doomed = await several.another();
		const reader = open(servers[0]!, await several.fixture.login(several.fixture.users.member));
		const writer = open(doomed, await several.fixture.login(several.fixture.users.member2));
		await Promise.all([synced(reader), synced(writer)]);
		const rowsBefore = await documentRows(several.fixture.db);

		writer.provider.awareness.setLocalStateField('typing', 'stage-1');
		const writerId = writer.doc.clientID;
		await waitFor(
			() => (reader.provider.awareness.getStates().get(writerId) as Seen | undefined)?.typing === 'stage-1',
			'the reader to see the writer'
		);
		// The name comes from the writer's session, stamped by the writer's instance.
		expect((reader.provider.awareness.getStates().get(writerId) as Seen).user?.name).toBe('Marat Member');
		expect(await documentRows(several.fixture.db)).toEqual(rowsBefore);

		const removedBy: unknown[] = [];
		reader.provider.awareness.on('change', ({ removed }: { removed: number[] }, origin: unknown) => {
			if (removed.includes(writerId)) removedBy.push(origin);
		});
		await doomed.kill();
		await waitFor(() => !reader.provider.awareness.getStates().has(writerId), 'the writer to leave');
		// Said by the server, not the browser's own timeout for a silent peer.
		expect(removedBy).not.toContain('timeout');
		expect(othersOf(reader).map(([id]) => id)).not.toContain(writerId);
	});

	it('closes a socket on one instance when its session ends through another', async () => {
		const token = await several.fixture.login(several.fixture.users.member);
		const client = open(servers[1]!, token);
		await synced(client);
		const closed = new Promise<number>((resolve) =>
			client.provider.on('connection-close', (event) => {
				if (event) resolve(event.code);
			})
		);
		const signedOut = await postAction(servers[0]!.origin, '/logout', token, {});
		expect(signedOut).toMatchObject({ type: 'redirect', status: 303 });
		setStage(client.doc, 'after-sign-out', 'never stored');
		expect(await closed).toBe(4401);
	});
});
