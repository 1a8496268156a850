// The server's body limits against the real server and real sockets: every endpoint's limit holds
// whether the body declares its length or comes chunked, a body past it is answered 413 as it
// arrives without the server holding it, and the connection stays usable; bodies within their
// limits (a chunked spreadsheet, a 40 MB cluster file) still reach their endpoints.
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { demoServer } from './demo-server';
import { multipart, rawRequest } from '../raw-request';
import { peakGrowth } from '../server-memory';

const MB = 1024 * 1024;
const tooLarge = { error: 'The request body is too large', code: 'too_large' };

describe('body limits', () => {
	const suite = demoServer();
	const url = (path: string) => `${suite.server.origin}${path}`;
	const signedIn = async (user: Parameters<typeof suite.token>[0], more: Record<string, string> = {}) => ({
		cookie: `session=${await suite.token(user)}`,
		origin: suite.server.origin,
		...more
	});
	const large = JSON.stringify({ label: 'x', note: 'x'.repeat(9 * 1024 * 1024) });

	it('refuses a 9 MB body to an ordinary endpoint with 413 and writes nothing', async () => {
		const res = await suite.post(
			'/api/plans/flour-kostanay/versions',
			await suite.token('demo-facilitator'),
			large
		);
		expect(res).toEqual({ status: 413, body: tooLarge });
		const list = await suite.get('/api/plans/flour-kostanay/versions', await suite.token('demo-facilitator'));
		expect(list.body.versions).toEqual([]);
	});

	it('lets a 9 MB body reach the cluster import, which answers it itself', async () => {
		const form = new FormData();
		form.set('file', new Blob([large], { type: 'application/json' }), 'cluster.json');
		const res = await fetch(`${suite.server.origin}/api/clusters/import`, {
			method: 'POST',
			headers: { cookie: `session=${await suite.token('demo-admin')}`, origin: suite.server.origin },
			body: form
		});
		const body = (await res.json()) as { code?: string };
		expect(res.status).toBe(400);
		expect(body.code).not.toBe('too_large');
	});

	it('refuses chunked 20 MB posts to /login with 413, without the server holding them', async () => {
		const body = new Uint8Array(20 * MB).fill(0x61);
		const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: suite.server.origin };
		// Five at once: held, they took the server up by 200–300 MB; dropped as they come, by what the
		// garbage collector lets pile up before it runs (40 MB or so).
		let answers: Awaited<ReturnType<typeof rawRequest>>[] = [];
		const grew = await peakGrowth(suite.server.process.pid!, async () => {
			answers = await Promise.all(
				Array.from({ length: 5 }, () => rawRequest(url('/login'), { headers, body, chunked: true }))
			);
		});
		expect(answers.map((answer) => [answer.status, answer.body])).toEqual(Array(5).fill([413, tooLarge]));
		expect(grew).toBeLessThan(100);
	});

	it('refuses a chunked 40 MB post to an ordinary endpoint with 413 and writes nothing', async () => {
		const body = new TextEncoder().encode(JSON.stringify({ label: 'chunked', note: 'x'.repeat(40 * MB) }));
		const headers = await signedIn('demo-facilitator', { 'content-type': 'application/json' });
		let answers: Awaited<ReturnType<typeof rawRequest>>[] = [];
		// Three at once: held whole, 120 MB and more; held to the 8 MB limit, 24 and the garbage.
		const grew = await peakGrowth(suite.server.process.pid!, async () => {
			answers = await Promise.all(
				Array.from({ length: 3 }, () =>
					rawRequest(url('/api/plans/flour-kostanay/versions'), { headers, body, chunked: true })
				)
			);
		});
		expect(answers.map((answer) => [answer.status, answer.body])).toEqual(Array(3).fill([413, tooLarge]));
		expect(grew).toBeLessThan(100);
		const list = await suite.get('/api/plans/flour-kostanay/versions', await suite.token('demo-facilitator'));
		expect(list.body.versions).toEqual([]);
	});

	it('refuses a declared 20 MB body from someone signed out before the app reads it', async () => {
		const body = new Uint8Array(20 * MB).fill(0x61);
		const headers = { 'content-type': 'application/json', origin: suite.server.origin };
		const answer = await rawRequest(url('/api/plans/flour-kostanay/versions'), { headers, body });
		expect([answer.status, answer.body]).toEqual([413, tooLarge]);
	});

	it('holds someone signed out to 64 KB, chunked or declared, and a signed-in user to 8 MB', async () => {
		const body = new Uint8Array(100 * 1024).fill(0x61);
		const headers = { 'content-type': 'application/json', origin: suite.server.origin };
		for (const chunked of [false, true]) {
			const answer = await rawRequest(url('/api/plans/flour-kostanay/versions'), { headers, body, chunked });
			expect([answer.status, answer.body]).toEqual([413, tooLarge]);
		}
		// The same 100 KB from a signed-in user reaches the endpoint, which finds it is no JSON.
		const answer = await rawRequest(url('/api/plans/flour-kostanay/versions'), {
			headers: await signedIn('demo-facilitator', { 'content-type': 'application/json' }),
			body,
			chunked: true
		});
		expect(answer.status).toBe(400);
	});

	it('keeps the connection usable after a refusal: the next request on it is answered', async () => {
		const agent = new Agent({ keepAlive: true, maxSockets: 1 });
		try {
			const body = new Uint8Array(2 * MB).fill(0x61);
			const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: suite.server.origin };
			const refused = await rawRequest(url('/login'), { headers, body, chunked: true, agent });
			expect(refused.status).toBe(413);
			const next = await rawRequest(url('/api/plans/flour-kostanay/versions'), {
				method: 'GET',
				headers: await signedIn('demo-facilitator'),
				agent
			});
			expect(next).toMatchObject({ status: 200, reusedSocket: true });
		} finally {
			agent.destroy();
		}
	});

	it('takes a spreadsheet import sent chunked, and refuses one past the file cap with its own code', async () => {
		const csv = new TextEncoder().encode('indicator,period,value\r\nNOPE,2024,1\r\n');
		const small = multipart({ file: { name: 'values.csv', type: 'text/csv', bytes: csv } });
		const headers = await signedIn('demo-coordinator', { 'content-type': small.type });
		const path = '/api/plans/flour-kostanay/indicators/import';
		const preview = await rawRequest(url(path), { headers, body: small.body, chunked: true });
		expect(preview).toMatchObject({ status: 200, body: { counts: { error: 1 } } });

		const big = multipart({
			file: { name: 'values.csv', type: 'text/csv', bytes: new Uint8Array(6 * MB).fill(0x61) }
		});
		for (const chunked of [false, true]) {
			const answer = await rawRequest(url(path), {
				headers: { ...headers, 'content-type': big.type },
				body: big.body,
				chunked
			});
			expect(answer).toMatchObject({ status: 413, body: { code: 'file_too_large' } });
		}
	});

	it('still takes a 40 MB file at the cluster import, declared or chunked', async () => {
		const file = new Uint8Array(40 * MB).fill(0x20);
		const form = multipart({ file: { name: 'cluster.json', type: 'application/json', bytes: file } });
		for (const chunked of [false, true]) {
			const answer = await rawRequest(url('/api/clusters/import'), {
				headers: await signedIn('demo-admin', { 'content-type': form.type }),
				body: form.body,
				chunked
			});
			// The import read the whole file and found no cluster in it.
			expect(answer).toMatchObject({ status: 400, body: { code: 'not_json' } });
		}
	});
});
