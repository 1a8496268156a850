// The per-user bounds count a person's sockets on every instance (real server processes, a
// redis-server of the file's own, real y-websocket clients). Whether an instance has heard of a
// socket elsewhere is read from presence, which the opening instance relays after its word on the
// person's sockets, on the same Redis connection, so in order: no waiting on a clock.
import { describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	synced,
	tryUpgrade,
	waitFor,
	type Client
} from '../integration/collab/harness';
import { severalInstances } from './instances';

const SOCKETS_PER_PLAN = 3;

describe('per-user bounds on several instances', () => {
	const several = severalInstances(2, async () => {
		const fixture = await createFixture('postgres');
		return { ...fixture, env: { ...fixture.env, COLLAB_MAX_SOCKETS_PER_PLAN: String(SOCKETS_PER_PLAN) } };
	});
	const servers = several.servers;
	/** The awareness client ids `watcher` sees besides its own. */
	const seen = (watcher: Client) =>
		[...watcher.provider.awareness.getStates().keys()].filter((id) => id !== watcher.doc.clientID);

	it('refuses a socket past the bound on one plan, counting those the person holds on the other instance', async () => {
		const { fixture } = several;
		const token = await fixture.login(fixture.users.member);
		const watcher = several.keep(
			connectClient(servers[1]!, fixture.planA, await fixture.login(fixture.users.member2))
		);
		await synced(watcher);
		// Two of the person's sockets on instance 0, one on instance 1: the bound.
		const mine = [servers[0]!, servers[0]!, servers[1]!].map((server) =>
			several.keep(connectClient(server, fixture.planA, token))
		);
		await Promise.all(mine.map(synced));
		// A first state (clock 0) is one y-protocols never passes on; a browser's page sets its own.
		for (const client of mine) client.provider.awareness.setLocalStateField('page', 'map');
		await waitFor(() => mine.every((client) => seen(watcher).includes(client.doc.clientID)), 'presence');

		expect(await tryUpgrade(servers[1]!, fixture.planA, token)).toBe(429);
		expect(await tryUpgrade(servers[0]!, fixture.planA, token)).toBe(429);

		// One closed on instance 0 frees a place on instance 1.
		const closing = mine[0]!;
		closing.destroy();
		await waitFor(() => !seen(watcher).includes(closing.doc.clientID), 'the closed socket to leave');
		expect(await tryUpgrade(servers[1]!, fixture.planA, token)).toBe(101);
	});
});
