// Needs server/index.ts to serve /healthz and to stop through onStop (server/shutdown.ts), and the
// collab server's async close that flushes and closes sockets with 1012.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
		try {
			await synced(client);
			for (let i = 0; i < 50; i++) setStage(client.doc, `last-${i}`, `Written before the stop ${i}`);
			// Sent at once over the socket: a moment for them to arrive (writing them is the stop's job).
			await new Promise((r) => setTimeout(r, 200));
			const started = Date.now();
			await server.stop();
			expect(server.process.exitCode).toBe(0);
			expect(Date.now() - started).toBeLessThan(10_000);
			expect(server.output()).toMatch(/SIGTERM, stopping/);
			expect(server.output()).toMatch(/stopped in \d+ ms/);
			await waitFor(() => closes.length > 0, 'the client to hear the close');
			expect(closes[0]).toBe(1012);
		} finally {
			client.destroy();
		}
		const stored = await storedDocument(fixture.db, fixture.planA);
		expect(stageTitle(stored, 'last-49')).toBe('Written before the stop 49');
	});

	it('lets a request in flight finish', async () => {
		const server = await startServer(fixture.env);
		const token = await fixture.login(fixture.users.admin);
		const pending = fetch(`${server.origin}/`, { headers: { cookie: `session=${token}` } });
		await new Promise((r) => setTimeout(r, 5));
		server.process.kill('SIGTERM');
		const res = await pending;
		expect(res.status).toBeLessThan(500);
		await server.stop();
		expect(server.process.exitCode).toBe(0);
	});
});
