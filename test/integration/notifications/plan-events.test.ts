// Each event on a plan reaches exactly the people who should hear of it, and nobody who may not see
// it: the real server on the seeded demo (flour-kostanay: demo-facilitator, demo-member,
// demo-coordinator; KIDI's demo-reviewer and demo-admin), plus a member of another cluster.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServer } from '../versions/demo-server';
import { setWatch } from '../../../src/lib/server/notifications/watches';
import { mark, person, toldSince, whoIn } from './told';

const FLOUR = 'flour-kostanay';
const suite = demoServer();
const ids: Record<string, string> = {};
let outsider: { id: string; token: string };
let anchorId: string;

const sorted = (...names: string[]) => names.map((name) => ids[name]!).sort();

beforeAll(async () => {
	for (const name of [
		'demo-facilitator',
		'demo-member',
		'demo-coordinator',
		'demo-reviewer',
		'demo-admin'
	] as const)
		ids[name] = await suite.userId(name);
	outsider = await person(suite.db, 'karaganda-builder', {
		clusterId: 'construction-karaganda',
		role: 'member'
	});
	ids.outsider = outsider.id;
	const plan = (await suite.get(`/api/plans/${FLOUR}`, await suite.token('demo-member'))).body as {
		projects: { id: string }[];
	};
	anchorId = plan.projects[0]!.id;
});

describe('a version of the plan', () => {
	let number: number;
	it('submitted for review is told to the reviewers, and only them', async () => {
		const facilitator = await suite.token('demo-facilitator');
		const saved = await suite.post(`/api/plans/${FLOUR}/versions`, facilitator, {
			label: 'For KIDI',
			note: ''
		});
		expect(saved.status, JSON.stringify(saved.body)).toBe(201);
		number = (saved.body as { id: number }).id;
		const since = await mark(suite.db);
		const step = await suite.post(`/api/plans/${FLOUR}/versions/${number}/submit`, facilitator, {});
		expect(step.status, JSON.stringify(step.body)).toBe(200);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-reviewer'));
		expect(told[0]).toMatchObject({
			kind: 'version_submitted',
			actorName: expect.any(String),
			link: number > 1 ? `/c/${FLOUR}/p/${FLOUR}/versions/${number - 1}/diff/${number}` : expect.any(String)
		});
	});

	it('decided is told to the cluster’s facilitators and members, not to its coordinator or others', async () => {
		const since = await mark(suite.db);
		const step = await suite.post(
			`/api/plans/${FLOUR}/versions/${number}/approve`,
			await suite.token('demo-reviewer'),
			{}
		);
		expect(step.status, JSON.stringify(step.body)).toBe(200);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-facilitator', 'demo-member'));
		expect(told.every((row) => row.kind === 'version_decided')).toBe(true);
		expect(told[0]!.detail).toMatchObject({ version: { number, state: 'approved' } });
	});
});

describe('a comment on the plan', () => {
	let threadId: string;
	it('tells whom it mentions; a name from another cluster is no mention', async () => {
		const since = await mark(suite.db);
		const posted = await suite.post(`/api/plans/${FLOUR}/comments`, await suite.token('demo-reviewer'), {
			anchorId,
			text: 'Please check the budget, @demo-member and @karaganda-builder.'
		});
		expect(posted.status, JSON.stringify(posted.body)).toBe(201);
		threadId = (posted.body as { id: string }).id;
		const told = await toldSince(suite.db, since);
		expect(whoIn(told.filter((row) => row.kind === 'mention'))).toEqual(sorted('demo-member'));
		// The facilitator watches the cluster's plans by role; the outsider hears nothing.
		expect(whoIn(told.filter((row) => row.kind === 'comment'))).toEqual(sorted('demo-facilitator'));
		expect(whoIn(told)).not.toContain(outsider.id);
		const mention = told.find((row) => row.kind === 'mention')!;
		expect(mention.link).toBe(`/c/${FLOUR}/p/${FLOUR}/projects#${anchorId}`);
		expect(mention.detail).toMatchObject({
			item: { collection: 'projects' },
			excerpt: expect.stringContaining('budget')
		});
	});

	it('answered tells the thread’s earlier authors of the reply', async () => {
		const since = await mark(suite.db);
		const posted = await suite.post(`/api/plans/${FLOUR}/comments`, await suite.token('demo-member'), {
			anchorId,
			replyTo: threadId,
			text: 'Done: the budget now has two lines.'
		});
		expect(posted.status).toBe(201);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told.filter((row) => row.kind === 'reply'))).toEqual(sorted('demo-reviewer'));
		expect(whoIn(told)).not.toContain(ids['demo-member']);
	});

	it('on an item someone watches tells them; one who stopped watching the plan hears nothing', async () => {
		await setWatch(suite.db, ids['demo-coordinator']!, FLOUR, anchorId, true, Date.now());
		await setWatch(suite.db, ids['demo-facilitator']!, FLOUR, '', false, Date.now());
		const since = await mark(suite.db);
		const posted = await suite.post(`/api/plans/${FLOUR}/comments`, await suite.token('demo-member'), {
			anchorId,
			text: 'A new supplier offered a better price.'
		});
		expect(posted.status).toBe(201);
		const told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-coordinator'));
		expect(told[0]!.kind).toBe('comment');
		await setWatch(suite.db, ids['demo-facilitator']!, FLOUR, '', true, Date.now());
	});
});

describe('a reporting year', () => {
	it('returned is told to the coordinator who submitted it; submitted again, to the reviewers; approved, to the coordinator', async () => {
		const reviewer = await suite.token('demo-reviewer');
		const coordinator = await suite.token('demo-coordinator');
		let since = await mark(suite.db);
		// The demo's flour cluster has sent its 2022 report; it waits for KIDI.
		const returned = await suite.post(`/api/plans/${FLOUR}/periods/2022`, reviewer, {
			step: 'return',
			comment: 'The 2022 export figure lacks its source.'
		});
		expect(returned.status, JSON.stringify(returned.body)).toBe(200);
		let told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-coordinator'));
		expect(told[0]).toMatchObject({
			kind: 'year_returned',
			link: `/c/${FLOUR}/p/${FLOUR}/monitoring#year-2022`,
			detail: { year: 2022, comment: 'The 2022 export figure lacks its source.' }
		});

		since = await mark(suite.db);
		expect(
			(await suite.post(`/api/plans/${FLOUR}/periods/2022`, coordinator, { step: 'submit' })).status
		).toBe(200);
		told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-reviewer'));
		expect(told[0]!.kind).toBe('year_submitted');

		since = await mark(suite.db);
		expect((await suite.post(`/api/plans/${FLOUR}/periods/2022`, reviewer, { step: 'approve' })).status).toBe(
			200
		);
		told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-coordinator'));
		expect(told[0]!.kind).toBe('year_approved');
	});
});

describe('a workshop', () => {
	it('started, and a vote opened in it, are told to those who take part, not to coordinators or reviewers', async () => {
		const facilitator = await suite.token('demo-facilitator');
		let since = await mark(suite.db);
		const started = await suite.post(`/api/plans/${FLOUR}/workshop`, facilitator, {
			op: 'start',
			title: 'Priorities for 2024',
			agenda: [{ title: 'Which projects first', minutes: 20, page: 'projects' }],
			columns: [{ title: 'Ideas' }]
		});
		expect(started.status, JSON.stringify(started.body)).toBe(200);
		let told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-member'));
		expect(told[0]).toMatchObject({
			kind: 'workshop_started',
			link: `/c/${FLOUR}/p/${FLOUR}/workshop`,
			detail: { workshop: 'Priorities for 2024' }
		});

		since = await mark(suite.db);
		const opened = await suite.post(`/api/plans/${FLOUR}/workshop`, facilitator, {
			op: 'openVote',
			title: 'Which project first?',
			targets: [{ kind: 'project', id: anchorId }],
			perPerson: 3
		});
		expect(opened.status, JSON.stringify(opened.body)).toBe(200);
		told = await toldSince(suite.db, since);
		expect(whoIn(told)).toEqual(sorted('demo-member'));
		expect(told[0]).toMatchObject({ kind: 'vote_opened', detail: { vote: 'Which project first?' } });
	});
});
