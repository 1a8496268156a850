import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	connectClient,
	mapState,
	createFixture,
	startServer,
	synced,
	waitFor,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

describe('clients editing the same plan', () => {
	let fixture: Fixture;
	let server: RunningServer;
	const clients: Client[] = [];
	const connect = (user: string) => {
		const client = connectClient(server, fixture.planA, fixture.login(user));
		clients.push(client);
		return client;
	};
	const state = (client: Client) => mapState(client.doc);

	beforeAll(async () => {
		fixture = await createFixture();
		server = await startServer(fixture.dbPath);
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		await server?.stop();
		fixture?.dispose();
	});

	it('two clients converge to identical state', async () => {
		const [a, b] = [connect(fixture.users.member), connect(fixture.users.member2)];
		await Promise.all([synced(a!), synced(b!)]);
		a!.doc.getMap('map').set('stage-1', { label: 'Raw milk' });
		b!.doc.getMap('map').set('stage-2', { label: 'Processing' });
		a!.doc.getMap('map').set('stage-2', { label: 'Dairy processing' });
		await waitFor(
			() => a!.doc.getMap('map').size === 2 && state(a!) === state(b!),
			'two clients to converge'
		);
		expect(state(a!)).toBe(state(b!));
		expect(Y.encodeStateVector(a!.doc)).toEqual(Y.encodeStateVector(b!.doc));
	});

	it('ten clients converge, and a late joiner gets the full state', async () => {
		const users = [fixture.users.member, fixture.users.member2, fixture.users.admin];
		const ten = Array.from({ length: 10 }, (_, i) => connect(users[i % users.length]!));
		await Promise.all(ten.map(synced));
		const edits = 20;
		for (let round = 0; round < edits; round++) {
			ten.forEach((client, i) => {
				client.doc.getMap('map').set(`client-${i}`, round);
				client.doc.getArray<string>('log').push([`${i}:${round}`]);
			});
			await new Promise((r) => setTimeout(r, 5));
		}
		const expected = 2 + ten.length; // the two stages from the first test, plus one key per client
		const done = (c: Client) =>
			c.doc.getMap('map').size === expected && c.doc.getArray('log').length === 10 * edits;
		await waitFor(
			() => ten.every(done) && ten.every((c) => state(c) === state(ten[0]!)),
			'ten clients to converge'
		);
		const logs = ten.map((c) => JSON.stringify(c.doc.getArray('log').toJSON()));
		expect(new Set(logs).size).toBe(1);
		for (let i = 0; i < ten.length; i++) expect(ten[0]!.doc.getMap('map').get(`client-${i}`)).toBe(edits - 1);

		const late = connect(fixture.users.member);
		await synced(late);
		await waitFor(() => done(late), 'the late joiner to receive everything');
		expect(state(late)).toBe(state(ten[0]!));
		expect(JSON.stringify(late.doc.getArray('log').toJSON())).toBe(logs[0]);
	});
});
