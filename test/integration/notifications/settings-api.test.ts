// GET/PUT /api/me/notification-settings on the real server: defaults, refusals at their fields,
// only one's own settings, and 401 signed out.
import { describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';
import { createUser } from '../../../src/lib/server/users';
import { createSession } from '../../../src/lib/server/auth/session';

const PATH = '/api/me/notification-settings';

describe('the notification settings API', () => {
	const suite = demoServer();

	it('gives the defaults to someone who never set anything: no address, mail off, nothing muted', async () => {
		const id = await createUser(suite.db, {
			username: 'newcomer',
			displayName: 'New Comer',
			password: 'a long enough password',
			globalRole: null
		});
		const res = await suite.get(PATH, (await createSession(suite.db, id)).token);
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ email: '', mail: 'off', muted: [] });
	});

	it('gives the demo accounts an address of their own, with mail off', async () => {
		const res = await suite.get(PATH, await suite.token('demo-coordinator'));
		expect(res.body).toEqual({ email: 'demo-coordinator@demo.clusterplan.kz', mail: 'off', muted: [] });
	});

	it('stores an address, a mode and muted topics, and reads them back', async () => {
		const token = await suite.token('demo-member');
		const settings = { email: 'member@example.kz', mail: 'daily', muted: ['edits', 'workshop'] };
		const put = await suite.send('PUT', PATH, token, settings);
		expect(put.status).toBe(200);
		expect(put.body).toEqual(settings);
		expect((await suite.get(PATH, token)).body).toEqual(settings);
	});

	it('refuses each wrong value at its field', async () => {
		const token = await suite.token('demo-reviewer');
		const refused = async (body: unknown, code: string, field: string) => {
			const res = await suite.send('PUT', PATH, token, body);
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({ code, field });
		};
		await refused({ email: 'not an address', mail: 'off', muted: [] }, 'invalid_email', 'email');
		await refused({ email: 'a@b.kz', mail: 'weekly', muted: [] }, 'invalid_value', 'mail');
		await refused({ email: 'a@b.kz', mail: 'instant', muted: ['gossip'] }, 'invalid_value', 'muted');
		await refused({ email: 'a@b.kz', mail: 'instant', muted: 'edits' }, 'invalid_value', 'muted');
		await refused({ email: '', mail: 'instant', muted: [] }, 'email_required', 'email');
		await refused('[1, 2]', 'invalid_body', 'body');
		expect((await suite.get(PATH, token)).body).toEqual({
			email: 'demo-reviewer@demo.clusterplan.kz',
			mail: 'off',
			muted: []
		});
	});

	it("reaches only one's own settings: another person's stay as they were", async () => {
		const admin = await suite.token('demo-admin');
		await suite.send('PUT', PATH, admin, { email: 'admin@example.kz', mail: 'instant', muted: [] });
		// There is no way to name someone else: a user id in the body or the query is not read.
		const other = await suite.token('demo-evaluator');
		const put = await suite.send('PUT', `${PATH}?user=${await suite.userId('demo-admin')}`, other, {
			email: 'evaluator@example.kz',
			mail: 'off',
			muted: [],
			userId: await suite.userId('demo-admin')
		});
		expect(put.status).toBe(200);
		expect((await suite.get(PATH, admin)).body).toEqual({
			email: 'admin@example.kz',
			mail: 'instant',
			muted: []
		});
	});

	it('answers 401 signed out', async () => {
		expect((await suite.get(PATH, null)).status).toBe(401);
		const put = await suite.send('PUT', PATH, null, { email: '', mail: 'off', muted: [] });
		expect(put.status).toBe(401);
		expect(put.body.code).toBe('signed_out');
	});
});
