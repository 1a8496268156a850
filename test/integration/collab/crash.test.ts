import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	startServer,
	synced,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

describe('a server killed with SIGKILL', () => {
	let fixture: Fixture;
	const servers: RunningServer[] = [];
	const clients: Client[] = [];

	beforeAll(async () => {
		fixture = await createFixture();
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		for (const server of servers) await server.stop();
		fixture?.dispose();
	});

	it('loses nothing that any client had received from it', async () => {
		const server = await startServer(fixture.dbPath, { COLLAB_COMPACT_AFTER_UPDATES: '50' });
		servers.push(server);
		const users = [fixture.users.member, fixture.users.member2, fixture.users.admin];
		const writers = Array.from({ length: 5 }, (_, i) => {
			const client = connectClient(server, fixture.planA, fixture.login(users[i % users.length]!));
			clients.push(client);
			return client;
		});
		await Promise.all(writers.map(synced));

		// Every key a writer learned from the server (not from its own edits).
		const received = new Set<string>();
		for (const writer of writers) {
			writer.doc.getMap('map').observe((event) => {
				if (event.transaction.origin !== writer.provider) return;
				for (const key of event.keysChanged) received.add(key);
			});
		}
		let n = 0;
		const timers = writers.map((writer, i) =>
			setInterval(() => writer.doc.getMap('map').set(`w${i}-${n++}`, n), 5)
		);
		await new Promise((r) => setTimeout(r, 400 + Math.random() * 1200));
		await server.kill();
		for (const timer of timers) clearInterval(timer);
		const receivedBeforeCrash = [...received];
		for (const writer of writers) writer.provider.disconnect();

		const restarted = await startServer(fixture.dbPath);
		servers.push(restarted);
		const reader = connectClient(restarted, fixture.planA, fixture.login(fixture.users.admin));
		clients.push(reader);
		await synced(reader);
		const reloaded = reader.doc.getMap('map');
		expect(receivedBeforeCrash.length).toBeGreaterThan(0);
		expect(receivedBeforeCrash.filter((key) => !reloaded.has(key))).toEqual([]);
	});
});
