// A person's notifications through the real server's JSON API (SQLite, or PostgreSQL under test:pg):
// entries written with notify() on the database the server reads come back newest first, filtered,
// paged and said in the reader's language; marking read touches only the reader's own; the event
// stream opens for the signed-in person only.
import { beforeAll, describe, expect, it } from 'vitest';
import { notify, type Notice } from '../../../src/lib/server/notifications/notify';
import { demoServer, eventually, type DemoUser } from '../versions/demo-server';
import { expectRefused } from '../selection/harness';
import { person } from './told';
import { listenTo } from '../monitoring/event-stream';

// Before the demo's first report after 2022 is due, so no reminder joins the test's own entries.
const suite = demoServer({ clock: '2023-06-01T08:00:00Z' });
const T0 = Date.parse('2024-03-01T09:00:00Z');
const minutes = (n: number) => T0 + n * 60_000;

type Entry = {
	id: number;
	kind: string;
	topic: string;
	clusterId: string | null;
	planId: string | null;
	actorName: string;
	text: string;
	link: string;
	count: number;
	at: string;
	read: boolean;
};
type Listed = { unread: number; notifications: Entry[] };

const flour = { ru: 'Мука Костанай', kk: 'Қостанай ұны', en: 'Kostanay flour' };
const milk = { ru: 'Молоко Акмола', kk: 'Ақмола сүті', en: 'Akmola milk' };
const actor = { id: 'someone-else', name: 'Askar Facilitator' };

const notices: Notice[] = [
	{
		kind: 'comment',
		actor,
		clusterId: 'flour-kostanay',
		planId: 'flour-kostanay',
		link: '/c/flour-kostanay/p/flour-kostanay/projects?comment=c1',
		detail: { plan: flour, excerpt: 'First words' }
	},
	{
		kind: 'version_decided',
		actor,
		clusterId: 'milk-akmola',
		planId: 'milk-akmola',
		link: '/c/milk-akmola/p/milk-akmola/versions/3',
		detail: { plan: milk, version: { number: 3, label: 'Spring', state: 'approved' } }
	},
	{
		kind: 'mention',
		actor,
		clusterId: 'flour-kostanay',
		planId: 'flour-kostanay',
		link: '/c/flour-kostanay/p/flour-kostanay/strategy?comment=c2',
		detail: { plan: flour, excerpt: '@demo-member look' }
	},
	{
		kind: 'year_returned',
		actor,
		clusterId: 'milk-akmola',
		planId: 'milk-akmola',
		link: '/c/milk-akmola/p/milk-akmola/monitoring?year=2023',
		detail: { plan: milk, year: 2023, comment: 'Fill in Q4' }
	}
];

const ids: Record<string, string> = {};
/** Someone of the test's own, with no entries but the test's. */
let pager: { id: string; token: string };
const tokens: Partial<Record<DemoUser, string>> = {};
const token = (user: DemoUser) => tokens[user]!;
const list = async (user: DemoUser, query = '') => {
	const answer = await suite.get(`/api/notifications${query}`, token(user));
	expect(answer.status, JSON.stringify(answer.body)).toBe(200);
	return answer.body as unknown as Listed;
};

beforeAll(async () => {
	for (const user of ['demo-member', 'demo-facilitator'] as const) {
		ids[user] = await suite.userId(user);
		tokens[user] = await suite.token(user);
	}
	for (const [i, notice] of notices.entries())
		await notify(suite.db, notice, [ids['demo-member']!], minutes(i));
	// Someone else's entry, whose id the member may name but never read.
	await notify(suite.db, notices[2]!, [ids['demo-facilitator']!], minutes(10));
	pager = await person(suite.db, 'notification-pager', { clusterId: 'flour-kostanay', role: 'member' });
	// Enough for two pages (fifty a page).
	for (let i = 0; i < 55; i++)
		await notify(
			suite.db,
			{ ...notices[0]!, kind: 'plan_edited', detail: { plan: flour }, gather: { count: 1 } },
			[pager.id],
			minutes(20 + i)
		);
});

describe('GET /api/notifications', () => {
	it('lists the reader’s entries newest first, each with its topic and words', async () => {
		const listed = await list('demo-member');
		expect(listed.unread).toBe(4);
		expect(listed.notifications.map((entry) => entry.kind)).toEqual([
			'year_returned',
			'mention',
			'version_decided',
			'comment'
		]);
		expect(listed.notifications[1]).toMatchObject({
			topic: 'comments',
			clusterId: 'flour-kostanay',
			planId: 'flour-kostanay',
			actorName: 'Askar Facilitator',
			link: '/c/flour-kostanay/p/flour-kostanay/strategy?comment=c2',
			count: 1,
			read: false,
			at: new Date(minutes(2)).toISOString(),
			text: 'Askar Facilitator mentioned you in a comment on Kostanay flour'
		});
	});

	it('says each entry in the language the reader reads', async () => {
		const res = await fetch(`${suite.server.origin}/api/notifications?kind=mention`, {
			headers: { cookie: `session=${token('demo-member')}; PARAGLIDE_LOCALE=ru` }
		});
		const body = (await res.json()) as Listed;
		expect(body.notifications.map((entry) => entry.text)).toEqual([
			'Askar Facilitator упомянул(а) вас в комментарии: Мука Костанай'
		]);
	});

	it('filters by topic, kind, cluster and unread', async () => {
		const kinds = async (query: string) =>
			(await list('demo-member', query)).notifications.map((entry) => entry.kind);
		expect(await kinds('?topic=comments')).toEqual(['mention', 'comment']);
		expect(await kinds('?topic=reporting')).toEqual(['year_returned']);
		expect(await kinds('?kind=version_decided')).toEqual(['version_decided']);
		expect(await kinds('?cluster=milk-akmola')).toEqual(['year_returned', 'version_decided']);
		expect(await kinds('?cluster=milk-akmola&topic=review')).toEqual(['version_decided']);
		expect(await kinds('?unread=1')).toHaveLength(4);
		expect(await kinds('?unread=0')).toEqual([]);
	});

	it('pages older entries with `before`', async () => {
		const page = async (query = '') => {
			const answer = await suite.get(`/api/notifications${query}`, pager.token);
			expect(answer.status, JSON.stringify(answer.body)).toBe(200);
			return answer.body as unknown as Listed;
		};
		const first = await page();
		expect(first.unread).toBe(55);
		expect(first.notifications).toHaveLength(50);
		const last = first.notifications.at(-1)!;
		const older = await page(`?before=${last.id}`);
		expect(older.notifications).toHaveLength(5);
		expect(older.notifications.every((entry) => entry.id < last.id && entry.at < last.at)).toBe(true);
		expect(older.notifications.at(-1)!.at).toBe(new Date(minutes(20)).toISOString());
	});

	it('refuses a bad filter at its field', async () => {
		const member = token('demo-member');
		expectRefused(await suite.get('/api/notifications?unread=yes', member), 400, 'invalid_value', 'unread');
		expectRefused(await suite.get('/api/notifications?kind=gossip', member), 400, 'invalid_value', 'kind');
		expectRefused(await suite.get('/api/notifications?topic=news', member), 400, 'invalid_value', 'topic');
		expectRefused(await suite.get('/api/notifications?before=-3', member), 400, 'invalid_value', 'before');
	});

	it('refuses the signed out', async () => {
		expectRefused(await suite.get('/api/notifications', null), 401, 'signed_out');
		expectRefused(await suite.post('/api/notifications/read', null, { all: true }), 401, 'signed_out');
	});
});

describe('POST /api/notifications/read', () => {
	it('marks the reader’s own entries read and passes over others’ ids', async () => {
		const mine = (await list('demo-member')).notifications;
		const theirs = (await list('demo-facilitator')).notifications;
		expect(theirs).toHaveLength(1);
		const answer = await suite.post('/api/notifications/read', token('demo-member'), {
			ids: [mine[0]!.id, mine[1]!.id, theirs[0]!.id]
		});
		expect(answer).toEqual({ status: 200, body: { unread: 2 } });
		const after = await list('demo-member');
		expect(after.notifications.map((entry) => entry.read)).toEqual([true, true, false, false]);
		expect((await list('demo-member', '?unread=1')).notifications.map((entry) => entry.kind)).toEqual([
			'version_decided',
			'comment'
		]);
		expect((await list('demo-facilitator')).unread).toBe(1);
	});

	it('refuses a body without ids at `ids`', async () => {
		const member = token('demo-member');
		for (const body of [{}, { ids: [] }, { ids: ['one'] }, { ids: [0] }, { all: 'yes' }])
			expectRefused(await suite.post('/api/notifications/read', member, body), 400, 'invalid_value', 'ids');
	});

	it('marks everything read with {all: true}', async () => {
		const answer = await suite.post('/api/notifications/read', token('demo-member'), { all: true });
		expect(answer).toEqual({ status: 200, body: { unread: 0 } });
		expect((await list('demo-member', '?unread=1')).notifications).toEqual([]);
		expect((await list('demo-facilitator')).unread).toBe(1);
	});
});

describe('GET /api/notifications/events', () => {
	const listen = (user: DemoUser | null) =>
		listenTo(`${suite.server.origin}/api/notifications/events`, user ? token(user) : null);

	it('opens a stream for the signed-in person and says it is ready', async () => {
		const stream = await listen('demo-member');
		try {
			expect(stream.res.status).toBe(200);
			expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
			await eventually(
				async () => (stream.text().includes('event: ready') ? true : undefined),
				'the stream to open'
			);
		} finally {
			stream.close();
		}
	});

	it('rings the reviewer’s stream when a version is submitted for review in the server', async () => {
		tokens['demo-reviewer'] = await suite.token('demo-reviewer');
		const before = (await list('demo-reviewer')).unread;
		const stream = await listen('demo-reviewer');
		try {
			await eventually(
				async () => (stream.text().includes('event: ready') ? true : undefined),
				'the stream to open'
			);
			expect(stream.text()).not.toContain('event: ring');
			const facilitator = token('demo-facilitator');
			const saved = await suite.post('/api/plans/flour-kostanay/versions', facilitator, {
				label: 'For KIDI',
				note: ''
			});
			expect(saved.status, JSON.stringify(saved.body)).toBe(201);
			const number = (saved.body as { id: number }).id;
			const step = await suite.post(`/api/plans/flour-kostanay/versions/${number}/submit`, facilitator, {});
			expect(step.status, JSON.stringify(step.body)).toBe(200);
			await eventually(async () => (stream.text().includes('event: ring') ? true : undefined), 'the ring');
			const after = await list('demo-reviewer');
			expect(after.unread).toBe(before + 1);
			expect(after.notifications[0]).toMatchObject({ kind: 'version_submitted', read: false });
		} finally {
			stream.close();
		}
	});

	it('does not ring someone the event does not concern', async () => {
		const stream = await listen('demo-member');
		try {
			await eventually(
				async () => (stream.text().includes('event: ready') ? true : undefined),
				'the stream to open'
			);
			const facilitator = token('demo-facilitator');
			const saved = await suite.post('/api/plans/flour-kostanay/versions', facilitator, {
				label: 'Again',
				note: ''
			});
			const number = (saved.body as { id: number }).id;
			expect(
				(await suite.post(`/api/plans/flour-kostanay/versions/${number}/submit`, facilitator, {})).status
			).toBe(200);
			// The member is told nothing of a submission (reviewers are), so their list is unchanged.
			expect((await list('demo-member', '?kind=version_submitted')).notifications).toEqual([]);
			expect(stream.text()).not.toContain('event: ring');
		} finally {
			stream.close();
		}
	});

	it('refuses the signed out', async () => {
		const stream = await listen(null);
		expect(stream.res.status).toBe(401);
		expect(await stream.res.json()).toMatchObject({ code: 'signed_out' });
	});
});
