import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	documentRows,
	health,
	mapState,
	startServer,
	synced,
	waitFor,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

describe('the document store', () => {
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

	it('compacts the log into a snapshot past its bound, unloads idle documents, and reloads snapshot + tail', async () => {
		const server = await startServer(fixture.dbPath, { COLLAB_COMPACT_AFTER_UPDATES: '10' });
		servers.push(server);
		const admin = fixture.login(fixture.users.admin);
		const writer = connectClient(server, fixture.planA, fixture.login(fixture.users.member));
		clients.push(writer);
		await synced(writer);
		for (let i = 0; i < 25; i++) {
			writer.doc.getMap('map').set(`stage-${i}`, i);
			await new Promise((r) => setTimeout(r, 2));
		}
		writer.doc.getMap('map').delete('stage-0');
		await waitFor(() => documentRows(fixture.db).snapshots === 1, 'a snapshot');
		await waitFor(() => documentRows(fixture.db).updates <= 11, 'the log to shrink');
		const expected = mapState(writer.doc);

		writer.provider.disconnect();
		let open = 1;
		const deadline = Date.now() + 30_000;
		while (open !== 0 && Date.now() < deadline) {
			open = (await health(server, admin)).body?.openDocuments as number;
			await new Promise((r) => setTimeout(r, 50));
		}
		expect(open).toBe(0);

		await server.stop();
		const restarted = await startServer(fixture.dbPath);
		servers.push(restarted);
		const reader = connectClient(restarted, fixture.planA, fixture.login(fixture.users.member2));
		clients.push(reader);
		await synced(reader);
		await waitFor(() => mapState(reader.doc) === expected, 'the reloaded document');
		expect(reader.doc.getMap('map').has('stage-0')).toBe(false);
		expect(reader.doc.getMap('map').get('stage-24')).toBe(24);
	});
});
