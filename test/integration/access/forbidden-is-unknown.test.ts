// Every SvelteKit door of a plan or cluster, asked by a member of another cluster, answers exactly
// what it answers for an id that does not exist: the same status and the same body (the address
// asked for aside), so nobody can tell another cluster's ids from made-up ones. The same door asked
// about the member's own cluster answers something else, which shows each door was really reached.
// The collab server's doors (socket, comments, restore, workshop) are tested in ../collab and ../workshop.
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkshops } from '../../../src/lib/plan/workshop';
import { storedDocument } from '../collab/harness';
import { demoServer, type DemoUser } from '../versions/demo-server';

/** demo-member belongs to the flour and milk clusters; the furniture cluster is not theirs. */
const OWN = 'flour-kostanay';
const THEIRS = 'furniture-almaty';
const MADE_UP = 'no-such-place';

type Door = {
	method: 'GET' | 'POST';
	/** The address, with `{cluster}`, `{plan}` and `{workshop}` filled in per case. */
	path: string;
	/** `page` (HTML), `form` (a form action, sent as a page without script and with use:enhance), `api`. */
	kind: 'page' | 'form' | 'api' | 'upload';
	fields?: Record<string, string>;
	/** Whether to also ask it about the member's own plan (not for a PDF: that prints for real). */
	own?: boolean;
};

const page = (path: string): Door => ({ method: 'GET', path, kind: 'page' });
const form = (path: string, fields: Record<string, string>): Door => ({
	method: 'POST',
	path,
	kind: 'form',
	fields
});
const get = (path: string): Door => ({ method: 'GET', path, kind: 'api' });
const post = (path: string, fields: Record<string, string> = {}): Door => ({
	method: 'POST',
	path,
	kind: 'api',
	fields
});

const plan = '/c/{cluster}/p/{plan}';
const api = '/api/plans/{plan}';

const doors: Door[] = [
	page('/c/{cluster}'),
	page(plan),
	...[
		'map',
		'strategy',
		'projects',
		'funding',
		'indicators',
		'logframe',
		'monitoring',
		'versions',
		'workshop'
	].map((tab) => page(`${plan}/${tab}`)),
	page(`${plan}/versions/1`),
	...['map', 'strategy', 'projects', 'indicators'].map((tab) => page(`${plan}/versions/1/${tab}`)),
	page(`${plan}/versions/1/diff/live`),
	page(`${plan}/versions/1/print`),
	form('/c/{cluster}?/addMember', { username: 'demo-member', role: 'facilitator' }),
	form('/c/{cluster}?/changeRole', { userId: 'nobody', role: 'facilitator' }),
	form('/c/{cluster}?/removeMember', { userId: 'nobody' }),
	form(`${plan}/monitoring?/record`, { indicator: 'i-1', period: '2024', value: '1', note: '' }),
	form(`${plan}/monitoring?/step`, { year: '2024', step: 'submit', comment: '' }),
	form(`${plan}/versions?/save`, { label: 'Probe', note: '' }),
	form(`${plan}/versions?/step`, { version: '1', step: 'submit', comment: '' }),
	form(`${plan}/versions?/compare`, { version: '1', other: 'live' }),
	form(`${plan}/versions/1/diff/live?/step`, { version: '1', step: 'approve', comment: '' }),
	form(`${plan}/versions/1/diff/live?/comment`, { version: '1', item: '', against: 'live', text: 'Hi' }),
	get(api),
	get(`${api}/indicators`),
	get(`${api}/indicators/export?format=csv`),
	get(`${api}/monitoring/events`),
	get(`${api}/versions`),
	get(`${api}/versions/1`),
	get(`${api}/versions/1/state`),
	get(`${api}/versions/1/diff/live`),
	get(`${api}/versions/1/export?format=xlsx`),
	{ ...get(`${api}/versions/1/export?format=pdf`), own: false },
	get(`${api}/workshops/{workshop}/summary`),
	post(`${api}/indicators/i-1/values`, { period: '2024', value: '1' }),
	{ method: 'POST', path: `${api}/indicators/import`, kind: 'upload' },
	post(`${api}/periods/2024`, { step: 'submit' }),
	post(`${api}/versions`, { label: 'Probe' }),
	post(`${api}/versions/1/submit`),
	post(`${api}/versions/1/comments`, { text: 'Hi' }),
	get('/api/clusters/{cluster}/export')
];

type Answer = { status: number; location: string | null; type: string | null; body: string };

describe('another cluster’s plans and clusters answer as unknown ones', () => {
	const suite = demoServer();
	let token = '';
	let workshop = '';

	beforeAll(async () => {
		token = await suite.token('demo-member');
		workshop = readWorkshops(await storedDocument(suite.db, THEIRS))[0]!.id;
		// A version of the member's own plan, so its version doors have something to answer about.
		const saved = await suite.post(`/api/plans/${OWN}/versions`, await suite.token('demo-facilitator'), {
			label: 'For the doors'
		});
		expect(saved.status).toBe(201);
	});

	/** Asks `door` about `place` (a cluster whose plan has the same id, as in the demo) as `who`. */
	async function ask(door: Door, place: string, who: DemoUser = 'demo-member'): Promise<Answer> {
		const path = door.path
			.replaceAll('{cluster}', place)
			.replaceAll('{plan}', place)
			.replaceAll('{workshop}', workshop);
		const headers: Record<string, string> = {
			cookie: `session=${who === 'demo-member' ? token : await suite.token(who)}`,
			origin: suite.server.origin
		};
		let body: BodyInit | undefined;
		if (door.kind === 'page') headers.accept = 'text/html';
		if (door.kind === 'form') {
			headers.accept = 'application/json';
			headers['x-sveltekit-action'] = 'true';
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams(door.fields).toString();
		}
		if (door.kind === 'api' && door.method === 'POST') {
			headers['content-type'] = 'application/json';
			body = JSON.stringify(door.fields);
		}
		if (door.kind === 'upload') {
			const upload = new FormData();
			upload.set('file', new Blob(['indicator,period,value\n']), 'values.csv');
			body = upload;
		}
		const res = await fetch(`${suite.server.origin}${path}`, {
			method: door.method,
			headers,
			body,
			redirect: 'manual'
		});
		const type = res.headers.get('content-type');
		// The event stream of a plan one may see stays open: its status says enough.
		const text = type?.startsWith('text/event-stream') ? (await res.body?.cancel(), '') : await res.text();
		const unplaced = (value: string) => value.replaceAll(place, '<place>');
		return {
			status: res.status,
			location: res.headers.get('location') && unplaced(res.headers.get('location')!),
			type,
			// Each page carries fresh nonces for its scripts; the address asked for is echoed in it.
			body: unplaced(text)
				.replace(/nonce="[^"]*"/g, 'nonce=""')
				.replace(/'nonce-[^']*'/g, "'nonce-'")
		};
	}

	for (const door of doors) {
		const name = `${door.method} ${door.path}${door.kind === 'form' ? ' (form action)' : ''}`;

		it(`${name} answers a member of another cluster as it answers a made-up id`, async () => {
			const theirs = await ask(door, THEIRS);
			const unknown = await ask(door, MADE_UP);
			expect(theirs).toEqual(unknown);
			expect(unknown.status).toBe(404);
			if (door.kind === 'form') {
				// The same without script: the error page.
				const plain = (place: string) => ask({ ...door, kind: 'page', method: 'POST' }, place);
				expect(await plain(THEIRS)).toEqual(await plain(MADE_UP));
			}
		});

		if (door.own !== false) {
			it(`${name} answers otherwise about the member’s own cluster`, async () => {
				expect(await ask(door, OWN)).not.toEqual(await ask(door, MADE_UP));
			});
		}
	}

	it('answers a reviewer, who may see every cluster, about the furniture plan', async () => {
		// The 404s above come from the member's role, not from the furniture plan's doors.
		const res = await ask(page(`${plan}/map`), THEIRS, 'demo-reviewer');
		expect(res.status).toBe(200);
	});
});
