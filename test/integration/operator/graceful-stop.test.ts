// Needs server/index.ts to serve /healthz and to stop through onStop (server/shutdown.ts), and the
// collab server's async close that flushes and closes sockets with 1012.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import {
	connectClient,
	createFixture,
	setStage,
	startServer,
	stageTitle,
	storedDocument,
	synced,
	waitFor,
	type Fixture
} from '../collab/harness';

let fixture: Fixture;
beforeAll(async () => {
	fixture = await createFixture();
});
afterAll(() => fixture.dispose());

describe('a server told to stop with SIGTERM', () => {
	it('answers /healthz without sign-in before, and nothing else', async () => {
		const server = await startServer(fixture.env);
		try {
			const res = await fetch(`${server.origin}/healthz`);
			expect(res.status).toBe(200);
			expect(await res.json()).toEqual({ status: 'ok' });
			expect((await fetch(`${server.origin}/healthz`, { method: 'HEAD' })).status).toBe(200);
		} finally {
			await server.stop();
		}
	});

	it('writes the last edits, sends clients away with 1012 and exits 0', async () => {
		const server = await startServer(fixture.env);
		const client = connectClient(server, fixture.planA, await fixture.login(fixture.users.member));
		const closes: number[] = [];
		client.provider.on('connection-close', (event) => {
			if (event) closes.push(event.code);
		});
		const peer = connectClient(server, fixture.planA, await fixture.login(fixture.users.member2));
		try {
			await synced(client);
			await synced(peer);
			for (let i = 0; i < 50; i++) setStage(client.doc, `last-${i}`, `Written before the stop ${i}`);
			// A peer has them once the server accepted them (stored before broadcast).
			await waitFor(() => stageTitle(peer.doc, 'last-49') !== undefined, 'the peer to get the edits');
			await server.stop();
			expect(server.process.exitCode).toBe(0);
			expect(server.output()).toMatch(/SIGTERM, stopping/);
			expect(server.output()).toMatch(/stopped in \d+ ms/);
			await waitFor(() => closes.length > 0, 'the client to hear the close');
			expect(closes[0]).toBe(1012);
		} finally {
			client.destroy();
			peer.destroy();
		}
		const stored = await storedDocument(fixture.db, fixture.planA);
		expect(stageTitle(stored, 'last-49')).toBe('Written before the stop 49');
	});

	it('lets a request in flight finish', async () => {
		const server = await startServer(fixture.env);
		const token = await fixture.login(fixture.users.admin);
		const exited = new Promise<number | null>((done) => server.process.once('exit', (code) => done(code)));
		// A request whose body is still coming: in flight for as long as the test holds it open.
		const req = request(`${server.origin}/locale`, {
			method: 'POST',
			headers: {
				cookie: `session=${token}`,
				origin: server.origin,
				'content-type': 'application/x-www-form-urlencoded',
				'transfer-encoding': 'chunked'
			}
		});
		const answered = new Promise<number>((done, fail) => {
			req.on('response', (res) => {
				res.resume();
				done(res.statusCode ?? 0);
			});
			req.on('error', fail);
		});
		await new Promise<void>((done) => req.write('locale=', () => done()));
		server.process.kill('SIGTERM');
		await waitFor(() => /SIGTERM, stopping/.test(server.output()), 'the server to start stopping');
		req.end('ru');
		expect(await answered).toBeLessThan(500);
		expect(await exited).toBe(0);
	});
});
