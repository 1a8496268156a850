// The browser's one way to ask: against a real HTTP server that answers as our doors do, as a proxy
// does (an HTML error page), or not at all, every outcome reads as `{ok}` or `{ok: false, code}`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '$lib/api/send';

let server: Server;
let origin = '';

beforeAll(async () => {
	server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const path = req.url ?? '/';
			if (path === '/echo') {
				res.writeHead(201, { 'content-type': 'application/json' });
				return void res.end(
					JSON.stringify({
						got: JSON.parse(Buffer.concat(chunks).toString()),
						type: req.headers['content-type']
					})
				);
			}
			if (path === '/refused') {
				res.writeHead(400, { 'content-type': 'application/json' });
				const row = { row: 2, field: 'period', code: 'invalid_period', message: 'period' };
				return void res.end(
					JSON.stringify({ error: 'no', code: 'invalid_rows', field: 'file', rows: [row] })
				);
			}
			if (path === '/busy') {
				res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '7' });
				return void res.end(JSON.stringify({ error: 'busy', code: 'busy', now: 42 }));
			}
			if (path === '/proxy') {
				res.writeHead(502, { 'content-type': 'text/html' });
				return void res.end('<html><body>Bad gateway</body></html>');
			}
			if (path === '/gone-session') {
				res.writeHead(401, { 'content-type': 'application/json' });
				return void res.end(JSON.stringify({ error: 'Not signed in', code: 'unauthenticated' }));
			}
			res.writeHead(404);
			res.end();
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('asking the server', () => {
	it('sends JSON and reads the answer', async () => {
		const sent = await send(`${origin}/echo`, { method: 'POST', json: { a: 1 } });
		expect(sent.ok && sent.status).toBe(201);
		expect(sent.body).toEqual({ got: { a: 1 }, type: 'application/json' });
	});

	it('reads a refusal with its field and rows', async () => {
		const sent = await send(`${origin}/refused`);
		expect(sent).toMatchObject({ ok: false, status: 400, code: 'invalid_rows', field: 'file' });
		expect(!sent.ok && sent.rows.map((row) => row.row)).toEqual([2]);
	});

	it('keeps Retry-After and whatever else the refusal said', async () => {
		const sent = await send(`${origin}/busy`);
		expect(sent).toMatchObject({ ok: false, status: 503, code: 'busy', retryAfter: 7, body: { now: 42 } });
	});

	it('gives a proxy’s error page and an empty 404 the code their status means', async () => {
		expect(await send(`${origin}/proxy`)).toMatchObject({ ok: false, status: 502, code: 'unavailable' });
		expect(await send(`${origin}/nothing-here`)).toMatchObject({ ok: false, status: 404, code: 'not_found' });
	});

	it('calls any 401 a session that ended', async () => {
		expect(await send(`${origin}/gone-session`)).toMatchObject({ ok: false, code: 'signed_out' });
	});

	it('calls no answer at all offline, and never throws', async () => {
		const closed = createServer();
		await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((done) => closed.close(() => done()));
		expect(await send(`http://127.0.0.1:${port}/`)).toMatchObject({ ok: false, status: 0, code: 'offline' });
	});
});
