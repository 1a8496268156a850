// When the document store cannot write, an edit must not reach anyone, its writer must hear it was
// not saved, and once the store is back the edit is stored exactly once. The real collab server
// in this process (so the store can fail on demand), real sockets, real y-websocket clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Y from 'yjs';
import {
	connectClient,
	createFixture,
	synced,
	waitFor,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';
import { createCollabServer, type CollabServer } from '../../../server/collab';
import { failingDocumentStore, type FailingStore } from '../../../src/lib/server/documents/failing-store';
import { addStage, snapshot } from '../../../src/lib/plan';
import { CloseCode } from '../../../server/collab/limits';

let fixture: Fixture;
let store: FailingStore;
let collab: CollabServer;
let http: Server;
let server: RunningServer;
const clients: Client[] = [];

beforeAll(async () => {
	fixture = await createFixture();
	store = failingDocumentStore(fixture.storage.documents);
	collab = await createCollabServer(fixture.storage, { store, env: {} });
	http = createServer((req, res) => {
		if (!collab.handleHttp(req, res)) res.writeHead(404).end();
	});
	http.on('upgrade', (req, socket, head) => {
		if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
	const port = (http.address() as AddressInfo).port;
	// Only what connectClient reads of a running server: this one runs in the test's process.
	server = {
		port,
		origin: `http://127.0.0.1:${port}`,
		wsUrl: `ws://127.0.0.1:${port}/collab`
	} as RunningServer;
});

afterAll(async () => {
	for (const client of clients) client.destroy();
	await collab.close();
	await new Promise((done) => http.close(done));
	await fixture.dispose();
});

async function client(user: string): Promise<Client> {
	const connected = connectClient(server, fixture.planA, await fixture.login(user));
	clients.push(connected);
	await synced(connected);
	return connected;
}

/** The clocks of `clientId`'s structs in each stored log row: an edit stored twice shows twice. */
async function storedClocks(clientId: number): Promise<number[]> {
	const stored = await fixture.storage.documents.load(fixture.planA);
	return [stored.snapshot, ...stored.updates]
		.filter((update) => update !== null)
		.flatMap((update) =>
			Y.decodeUpdate(update)
				.structs.filter((s) => s.id.client === clientId)
				.map((s) => s.id.clock)
		);
}

describe('a commit that fails', () => {
	it('reaches no peer, closes the writer with "could not save", and is stored once after recovery', async () => {
		const writer = await client(fixture.users.member);
		const peer = await client(fixture.users.member2);
		const closes: number[] = [];
		writer.provider.on('connection-close', (event: CloseEvent | null) => {
			if (event) closes.push(event.code);
		});

		store.fail('append');
		addStage(writer.doc, { id: 'mill', title: 'Mill' });
		await waitFor(
			() => closes.includes(CloseCode.unavailable),
			'the writer to be told the edit was not saved'
		);
		expect(snapshot(peer.doc).map.stages.map((s) => s.id)).not.toContain('mill');
		expect(await storedClocks(writer.doc.clientID)).toEqual([]);

		store.recover();
		// y-websocket reconnects on its own and its sync step 2 brings the edit again.
		await waitFor(
			() => snapshot(peer.doc).map.stages.some((s) => s.id === 'mill'),
			'the peer to get the edit'
		);
		await waitFor(() => writer.provider.synced, 'the writer to sync again');
		const clocks = await storedClocks(writer.doc.clientID);
		expect(clocks.length).toBeGreaterThan(0);
		expect(new Set(clocks).size).toBe(clocks.length);

		// The room goes on: a later edit is stored and broadcast as usual.
		addStage(writer.doc, { id: 'bakery', title: 'Bakery' });
		await waitFor(() => snapshot(peer.doc).map.stages.some((s) => s.id === 'bakery'), 'the next edit');
	});
});
