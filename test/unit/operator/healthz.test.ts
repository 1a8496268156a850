import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serveHealthz, type HealthzOptions } from '../../../server/healthz';

let server: Server | undefined;

/** A real HTTP server that answers /healthz from `ping` and 404 to everything else. */
async function serve(ping: () => Promise<void>, options: HealthzOptions = {}): Promise<string> {
	server = createServer((req, res) => {
		if (serveHealthz(req, res, { ping }, options)) return;
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
	server?.closeAllConnections();
	await new Promise((resolve) => server?.close(resolve));
	server = undefined;
});

describe('GET /healthz', () => {
	it('answers 200 and only {"status":"ok"} when the database answers', async () => {
		const origin = await serve(async () => {});
		const res = await fetch(`${origin}/healthz`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(await res.text()).toBe('{"status":"ok"}');
	});

	it('answers 503 when the database fails', async () => {
		const origin = await serve(() => Promise.reject(new Error('connection refused')));
		const res = await fetch(`${origin}/healthz?probe=1`);
		expect(res.status).toBe(503);
		expect(await res.text()).toBe('{"status":"unavailable"}');
	});

	it('answers 503 when the database does not answer within the bound', async () => {
		const origin = await serve(() => new Promise(() => {}), { timeoutMs: 50 });
		const started = Date.now();
		const res = await fetch(`${origin}/healthz`);
		expect(res.status).toBe(503);
		expect(Date.now() - started).toBeLessThan(2_000);
	});

	it('answers 503 once the instance is stopping, without asking the database', async () => {
		let asked = 0;
		const origin = await serve(
			async () => {
				asked++;
			},
			{ stopping: () => true }
		);
		const res = await fetch(`${origin}/healthz`);
		expect(res.status).toBe(503);
		expect(asked).toBe(0);
	});

	it('answers HEAD with the status and no body', async () => {
		const origin = await serve(async () => {});
		const res = await fetch(`${origin}/healthz`, { method: 'HEAD' });
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('');
	});

	it('refuses other methods with 405 and leaves other paths to the app', async () => {
		const origin = await serve(async () => {});
		const post = await fetch(`${origin}/healthz`, { method: 'POST' });
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD');
		expect((await fetch(`${origin}/healthz/more`)).status).toBe(404);
		expect((await fetch(`${origin}/api/health`)).status).toBe(404);
	});
});
