// What the calls pages read, on the real server by its own clock (a file the test writes): an
// evaluator's own sheets in a call (not begun, declared, submitted), KIDI's view of the panel's
// progress, an applicant's home (their applications and the open calls, no cluster), applicants
// made by an admin, and that an applicant is no coordinator of a cluster.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createSession } from '../../../src/lib/server/auth/session';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { coordinatorChoices } from '../../../src/lib/server/registry/coordinators';
import { binCheckDigit } from '../../../src/lib/registry/bin';
import { startServer, type RunningServer } from '../collab/harness';
import { postAction } from '../form-action';
import { testDatabase, type TestDatabase } from '../../storage';

type Answer = { status: number; body: Record<string, unknown> };

const words = (en: string) => ({ ru: `${en} (ru)`, kk: `${en} (kk)`, en });

function validBin(n: number): string {
	for (let k = n * 10; ; k++) {
		const first11 = String(100_000_000_00 + k).padStart(11, '0');
		const check = binCheckDigit(first11);
		if (check !== null) return `${first11}${check}`;
	}
}

const CALL = {
	title: words('Selection of cluster initiatives'),
	rules: words('Scored under the published methodology.'),
	opensAt: '2017-04-10T09:00:00+06:00',
	closesAt: '2017-06-08T18:00:00+06:00',
	requirements: [{ id: 'r1', text: words('Letters of intent') }],
	criteria: [
		{ id: 'c1', area: words('Cluster'), title: words('Export'), guide: words('0–5'), weight: 2, scale: 5 },
		{
			id: 'c2',
			area: words('Cluster'),
			title: words('Cooperation'),
			guide: words('0–5'),
			weight: 1,
			scale: 5
		}
	],
	passMark: 50,
	seats: 2
};

const APPLICATION = {
	name: words('Almaty furniture cluster'),
	region: 'Almaty',
	sector: 'Furniture',
	enterprises: [
		{ bin: validBin(1), name: 'Firm one', kind: 'sme', employees: 40 },
		{ bin: validBin(2), name: 'Firm two', kind: 'large', employees: 400 }
	],
	valueChain: { stages: [{ id: 's1', title: 'Timber' }], firms: [] },
	coordinator: 'The furniture makers’ association',
	answers: { c1: 'Exports to Russia', c2: 'Joint purchasing' }
};

describe('the calls pages', () => {
	let database: TestDatabase;
	let server: RunningServer;
	let clock = '';
	const tokens: Record<string, string> = {};
	const ids: Record<string, string> = {};
	let callId = '';
	let applicationId = '';

	const at = (moment: string) => writeFileSync(clock, moment);

	async function send(method: string, path: string, who: string, body?: unknown): Promise<Answer> {
		const res = await fetch(`${server.origin}${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				origin: server.origin,
				cookie: `session=${tokens[who]}`
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await res.text();
		return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
	}
	const call = async (who: string) =>
		(await send('GET', `/api/calls/${callId}`, who)).body.call as {
			mine: { applicationId: string; sheet: string }[] | null;
			progress: { evaluators: { evaluatorId: string; assigned: number; submitted: number }[] } | null;
			applications: { id: string }[];
		};

	beforeAll(async () => {
		database = await testDatabase();
		await seedDemo(database.db, { DEMO_PASSWORD: 'a long enough demo password' });
		clock = join(database.dir, 'clock');
		at('2017-04-01T06:00:00Z');
		server = await startServer(database.env, { CLUSTERPLAN_CLOCK_FILE: clock });
		const { users } = database.db.tables;
		for (const username of ['demo-admin', 'demo-reviewer', 'demo-facilitator']) {
			const [row] = await database.db
				.select({ id: users.id })
				.from(users)
				.where(eq(users.username, username));
			ids[username] = row!.id;
			tokens[username] = (await createSession(database.db, row!.id)).token;
		}
	});

	afterAll(async () => {
		await server?.stop();
		await database?.dispose();
	});

	it('lets an admin make an applicant account on the admin page', async () => {
		const answer = await postAction(server.origin, '/admin?/createUser', tokens['demo-admin']!, {
			username: 'aigerim',
			displayName: 'Aigerim Saparova',
			password: 'a long enough password',
			globalRole: 'applicant'
		});
		expect(answer.type).toBe('success');
		const { users } = database.db.tables;
		const [row] = await database.db
			.select({ id: users.id, globalRole: users.globalRole })
			.from(users)
			.where(eq(users.username, 'aigerim'));
		expect(row?.globalRole).toBe('applicant');
		ids.aigerim = row!.id;
		tokens.aigerim = (await createSession(database.db, row!.id)).token;
	});

	it('gives an evaluator their own applications with how far each sheet is', async () => {
		const made = await send('POST', '/api/calls', 'demo-admin', {
			...CALL,
			evaluators: [ids['demo-reviewer'], ids['demo-facilitator']]
		});
		expect(made.status).toBe(201);
		callId = (made.body.call as { id: string }).id;
		expect((await send('POST', `/api/calls/${callId}/state`, 'demo-admin', { state: 'open' })).status).toBe(
			200
		);

		at('2017-04-20T06:00:00Z');
		const begun = await send('POST', `/api/calls/${callId}/applications`, 'aigerim', {});
		applicationId = (begun.body.application as { id: string }).id;
		const path = `/api/calls/${callId}/applications/${applicationId}`;
		expect((await send('PATCH', path, 'aigerim', APPLICATION)).status).toBe(200);
		expect((await send('POST', `${path}/submit`, 'aigerim')).status).toBe(200);

		at('2017-06-09T03:00:00Z');
		expect((await send('POST', `/api/calls/${callId}/state`, 'demo-admin', { state: 'closed' })).status).toBe(
			200
		);
		const check = { requirements: [{ id: 'r1', met: true, reason: '' }] };
		expect((await send('POST', `${path}/check`, 'demo-admin', check)).status).toBe(200);
		expect(
			(await send('POST', `/api/calls/${callId}/state`, 'demo-admin', { state: 'scoring' })).status
		).toBe(200);
		const spread = await send('POST', `/api/calls/${callId}/assignments`, 'demo-admin', {
			perApplication: 2
		});
		expect(spread.status).toBe(200);

		expect((await call('demo-facilitator')).mine).toEqual([{ applicationId, sheet: 'none' }]);
		expect((await call('demo-reviewer')).mine).toEqual([{ applicationId, sheet: 'none' }]);
		await send('POST', `${path}/scores`, 'demo-reviewer', { conflict: false });
		expect((await call('demo-reviewer')).mine).toEqual([{ applicationId, sheet: 'declared' }]);
		const scores = [
			{ criterionId: 'c1', score: 4, comment: 'Exports' },
			{ criterionId: 'c2', score: 3, comment: 'Some' }
		];
		expect((await send('POST', `${path}/scores`, 'demo-reviewer', { conflict: false, scores })).status).toBe(
			200
		);
		expect((await call('demo-reviewer')).mine).toEqual([{ applicationId, sheet: 'submitted' }]);
		expect((await call('demo-facilitator')).mine).toEqual([{ applicationId, sheet: 'none' }]);
	});

	it('gives no own sheets to those off the panel, and the panel’s progress to KIDI only', async () => {
		const admin = await call('demo-admin');
		expect(admin.mine).toBeNull();
		expect(admin.progress?.evaluators).toEqual([
			{ evaluatorId: ids['demo-reviewer'], assigned: 1, submitted: 1, conflicts: 0 },
			{ evaluatorId: ids['demo-facilitator'], assigned: 1, submitted: 0, conflicts: 0 }
		]);
		const applicant = await call('aigerim');
		expect(applicant.mine).toBeNull();
		expect(applicant.progress).toBeNull();
		expect(applicant.applications.map((application) => application.id)).toEqual([applicationId]);
		expect((await call('demo-facilitator')).progress).toBeNull();
	});

	it('shows an applicant their applications on the home page, and no cluster', async () => {
		const res = await fetch(`${server.origin}/`, {
			headers: { cookie: `session=${tokens.aigerim}; PARAGLIDE_LOCALE=en` }
		});
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('Your applications and calls');
		expect(html).toContain('Almaty furniture cluster');
		expect(html).toContain('Passed the formal check');
		expect(html).not.toContain('Flour cluster of Kostanay region');
	});

	it('lists a call taking applications on an applicant’s home page', async () => {
		at('2017-04-01T06:00:00Z');
		const made = await send('POST', '/api/calls', 'demo-admin', {
			...CALL,
			title: words('Second call'),
			opensAt: '2017-04-10T09:00:00+06:00',
			closesAt: '2017-12-01T18:00:00+06:00'
		});
		const second = (made.body.call as { id: string }).id;
		expect((await send('POST', `/api/calls/${second}/state`, 'demo-admin', { state: 'open' })).status).toBe(
			200
		);
		const html = await (
			await fetch(`${server.origin}/`, {
				headers: { cookie: `session=${tokens.aigerim}; PARAGLIDE_LOCALE=en` }
			})
		).text();
		expect(html).toContain('data-testid="open-calls"');
		expect(html).toContain('Second call');
	});

	it('offers KIDI’s people as a cluster’s coordinator, never an applicant', async () => {
		const people = await coordinatorChoices(database.db, 'flour-kostanay', null);
		const chosen = people.map((person) => person.username);
		expect(chosen).toContain('demo-reviewer');
		expect(chosen).toContain('demo-admin');
		expect(chosen).not.toContain('aigerim');
	});
});
