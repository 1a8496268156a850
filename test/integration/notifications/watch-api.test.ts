// Watching a plan or one of its items through the real server's JSON API (SQLite, or PostgreSQL
// under test:pg): facilitators watch their cluster's plans by role, others only what they chose;
// a plan the caller may not see is unknown (404), a bad item id refused at its field.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServer, type DemoUser } from '../versions/demo-server';
import { expectRefused } from '../selection/harness';

const suite = demoServer();
const PLAN = '/api/plans/flour-kostanay/watch';
const tokens: Partial<Record<DemoUser, string>> = {};
const token = (user: DemoUser) => tokens[user]!;

beforeAll(async () => {
	for (const user of ['demo-member', 'demo-facilitator', 'demo-reviewer'] as const)
		tokens[user] = await suite.token(user);
});

describe('/api/plans/<id>/watch', () => {
	it('has facilitators watch their cluster’s plans by role, and nobody else', async () => {
		expect(await suite.get(PLAN, token('demo-facilitator'))).toEqual({
			status: 200,
			body: { plan: true, items: [] }
		});
		expect(await suite.get(PLAN, token('demo-member'))).toEqual({
			status: 200,
			body: { plan: false, items: [] }
		});
		expect((await suite.get(PLAN, token('demo-reviewer'))).body).toEqual({ plan: false, items: [] });
	});

	it('starts and stops watching the whole plan', async () => {
		const member = token('demo-member');
		expect(await suite.post(PLAN, member)).toEqual({ status: 200, body: { watching: true, itemId: '' } });
		expect((await suite.get(PLAN, member)).body).toEqual({ plan: true, items: [] });
		expect(await suite.send('DELETE', PLAN, member)).toEqual({
			status: 200,
			body: { watching: false, itemId: '' }
		});
		expect((await suite.get(PLAN, member)).body).toEqual({ plan: false, items: [] });
	});

	it('keeps a facilitator’s choice to stop watching over the role’s default', async () => {
		const facilitator = token('demo-facilitator');
		expect((await suite.send('DELETE', PLAN, facilitator, { itemId: '' })).status).toBe(200);
		expect((await suite.get(PLAN, facilitator)).body).toEqual({ plan: false, items: [] });
		expect((await suite.post(PLAN, facilitator, {})).status).toBe(200);
		expect((await suite.get(PLAN, facilitator)).body).toEqual({ plan: true, items: [] });
	});

	it('watches one item, named in the body or the query', async () => {
		const member = token('demo-member');
		expect(await suite.post(PLAN, member, { itemId: 'project-mill' })).toEqual({
			status: 200,
			body: { watching: true, itemId: 'project-mill' }
		});
		expect((await suite.post(`${PLAN}?itemId=line-export`, member)).body).toEqual({
			watching: true,
			itemId: 'line-export'
		});
		const watched = (await suite.get(PLAN, member)).body;
		expect(watched.plan).toBe(false);
		expect([...(watched.items as string[])].sort()).toEqual(['line-export', 'project-mill']);
		expect((await suite.send('DELETE', `${PLAN}?itemId=line-export`, member)).status).toBe(200);
		expect((await suite.get(PLAN, member)).body).toEqual({ plan: false, items: ['project-mill'] });
	});

	it('refuses a bad item id at `itemId`', async () => {
		const member = token('demo-member');
		for (const itemId of ['has space', 'x'.repeat(101), 42, null])
			expectRefused(await suite.post(PLAN, member, { itemId }), 400, 'invalid_value', 'itemId');
		expectRefused(await suite.post(`${PLAN}?itemId=a/b`, member), 400, 'invalid_value', 'itemId');
	});

	it('answers 404 for a plan of a cluster the caller is not in, and for an unknown one', async () => {
		const member = token('demo-member');
		const other = '/api/plans/construction-karaganda/watch';
		expectRefused(await suite.get(other, member), 404, 'not_found');
		expectRefused(await suite.post(other, member), 404, 'not_found');
		expectRefused(await suite.send('DELETE', other, member), 404, 'not_found');
		expectRefused(await suite.post('/api/plans/no-such-plan/watch', member), 404, 'not_found');
	});

	it('refuses the signed out', async () => {
		expectRefused(await suite.get(PLAN, null), 401, 'signed_out');
		expectRefused(await suite.post(PLAN, null), 401, 'signed_out');
	});
});
