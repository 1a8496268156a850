// The server's body limits: adapter-node's one limit is raised for whole-cluster imports, and every
// other endpoint still refuses a large body before the app reads it.
import { describe, expect, it } from 'vitest';
import { demoServer } from './demo-server';

describe('body limits', () => {
	const suite = demoServer();
	const large = JSON.stringify({ label: 'x', note: 'x'.repeat(9 * 1024 * 1024) });

	it('refuses a 9 MB body to an ordinary endpoint with 413 and writes nothing', async () => {
		const res = await suite.post(
			'/api/plans/flour-kostanay/versions',
			suite.token('demo-facilitator'),
			large
		);
		expect(res).toEqual({ status: 413, body: { error: 'The request body is too large', code: 'too_large' } });
		const list = await suite.get('/api/plans/flour-kostanay/versions', suite.token('demo-facilitator'));
		expect(list.body.versions).toEqual([]);
	});

	it('lets a 9 MB body reach the cluster import, which answers it itself', async () => {
		const form = new FormData();
		form.set('file', new Blob([large], { type: 'application/json' }), 'cluster.json');
		const res = await fetch(`${suite.server.origin}/api/clusters/import`, {
			method: 'POST',
			headers: { cookie: `session=${suite.token('demo-admin')}`, origin: suite.server.origin },
			body: form
		});
		const body = (await res.json()) as { code?: string };
		expect(res.status).toBe(400);
		expect(body.code).not.toBe('too_large');
	});
});
