// A vote's time limit at the workshop door, on a clock the test turns: the collab server runs in this
// process (`createCollabServer(storage, { now })`, the same wiring as server/index.ts) behind a plain HTTP
// server, so the limit is tested at its edges without waiting for the wall clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProject, initPlan } from '../../../src/lib/plan';
import { createPlanDocument } from '../../../src/lib/server/plans/document';
import { createCollabServer, type CollabServer } from '../../../server/collab';
import { createFixture, type Fixture } from '../collab/harness';

type Answer = { status: number; body: Record<string, unknown> };

describe('a vote’s time limit, on the server’s clock', () => {
	// Any fixed moment: only the clock's steps matter.
	let clock = Date.UTC(2026, 11, 6, 10, 0, 0);
	let fixture: Fixture;
	let collab: CollabServer;
	let server: Server;
	let origin = '';
	const tokens: Record<'facilitator' | 'member' | 'member2', string> = {
		facilitator: '',
		member: '',
		member2: ''
	};

	beforeAll(async () => {
		fixture = await createFixture();
		await createPlanDocument(fixture.db, fixture.planA, (doc) => {
			initPlan(doc, { id: fixture.planA, title: 'Plan A' });
			addProject(doc, { id: 'p-coops', title: 'Milk co-ops' });
			addProject(doc, { id: 'p-lab', title: 'Quality lab' });
		});
		// `await` whether the composition root is synchronous or not.
		collab = await createCollabServer(fixture.storage, { now: () => clock, env: {} });
		server = createServer((req, res) => {
			if (collab.handleHttp(req, res)) return;
			res.statusCode = 404;
			res.end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		// The admin runs the workshop (workshop.run); the members vote (workshop.join).
		tokens.facilitator = await fixture.login(fixture.users.admin);
		tokens.member = await fixture.login(fixture.users.member);
		tokens.member2 = await fixture.login(fixture.users.member2);
	});

	afterAll(async () => {
		server?.closeAllConnections();
		await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
		await collab?.close();
		await fixture?.dispose();
	});

	async function call(who: keyof typeof tokens, op: string, args: Record<string, unknown> = {}) {
		const res = await fetch(`${origin}/api/plans/${fixture.planA}/workshop`, {
			method: 'POST',
			headers: { origin, cookie: `session=${tokens[who]}`, 'content-type': 'application/json' },
			body: JSON.stringify({ op, ...args })
		});
		return { status: res.status, body: (await res.json()) as Record<string, unknown> } satisfies Answer;
	}

	async function run(who: keyof typeof tokens, op: string, args: Record<string, unknown> = {}) {
		const answer = await call(who, op, args);
		expect(answer.status, `${op} by ${who}: ${JSON.stringify(answer.body)}`).toBe(200);
		return (answer.body as { result: Record<string, unknown> }).result;
	}

	it('takes dots until the limit, none from it on, and the facilitator still closes the vote', async () => {
		await run('facilitator', 'start', {
			title: 'Priorities session',
			agenda: [{ title: 'Projects', minutes: 20, page: 'projects' }],
			columns: [{ title: 'Ideas' }]
		});
		const opened = clock;
		const { voteId } = await run('facilitator', 'openVote', {
			title: 'Quick',
			targets: [
				{ kind: 'project', id: 'p-coops' },
				{ kind: 'project', id: 'p-lab' }
			],
			perPerson: 2,
			perItem: 2,
			anonymous: false,
			minutes: 0.5
		});
		const vote = (who: keyof typeof tokens, item: string, delta = 1) =>
			call(who, 'vote', { voteId, item: `project:${item}`, delta });

		// Every answer carries the server's clock: the one the test set.
		expect((await vote('member', 'p-coops')).body).toMatchObject({ ok: true, now: opened });

		clock = opened + 29_999;
		expect((await vote('member2', 'p-lab')).status).toBe(200);
		expect((await vote('member', 'p-coops')).status).toBe(200);

		clock = opened + 30_000;
		for (const [who, item, delta] of [
			['member2', 'p-coops', 1],
			['member', 'p-coops', -1]
		] as const) {
			const late = await vote(who, item, delta);
			expect(late.status, `${who} ${item} ${delta}`).toBe(409);
			expect(late.body).toMatchObject({ code: 'time_up', now: opened + 30_000 });
		}

		clock = opened + 60 * 60_000;
		const { results } = await run('facilitator', 'closeVote', { voteId, apply: {} });
		expect(results).toMatchObject([
			{ key: 'project:p-coops', dots: 2, voters: 1 },
			{ key: 'project:p-lab', dots: 1, voters: 1 }
		]);
	});
});
