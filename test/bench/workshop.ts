// The workshop bench: a room of 60 members on the real server, each with a live y-websocket
// client, driven through the workshop door as the pages drive it. How long a step change takes to
// reach every screen, how long a note or a dot takes at the door, and until everyone sees all dots.
import * as Y from 'yjs';
import { createUser } from '../../src/lib/server/users';
import { readWorkshops, workshopsMap } from '../../src/lib/plan/workshop';
import {
	connectClient,
	createFixture,
	startServer,
	synced,
	type Client
} from '../integration/collab/harness';
import { percentile } from './workload';

type Row = Record<string, string>;

const people = 60;
const dots = 5;

const ms = (samples: number[]) =>
	`p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`;

/** Resolves once `seen(doc)` holds on every client, with each client's wait from `since`. */
function everyone(clients: Client[], seen: (doc: Y.Doc) => boolean, since: number): Promise<number[]> {
	return Promise.all(
		clients.map(
			(client) =>
				new Promise<number>((done) => {
					const check = () => {
						if (!seen(client.doc)) return;
						client.doc.off('update', check);
						done(performance.now() - since);
					};
					client.doc.on('update', check);
					check();
				})
		)
	);
}

export async function workshopRows(): Promise<Row[]> {
	const fixture = await createFixture();
	const members: string[] = [];
	for (let i = 0; i < people; i++) {
		const id = await createUser(fixture.db, {
			username: `bench-member-${i}`,
			displayName: `Member ${i}`,
			password: 'a long enough password',
			globalRole: null
		});
		await fixture.db
			.insert(fixture.db.tables.memberships)
			.values({ clusterId: 'alpha', userId: id, role: 'member' });
		members.push(id);
	}
	const server = await startServer(fixture.env, { COLLAB_MAX_DOCUMENTS_PER_USER: '10000' });
	const plan = fixture.planA;
	const tokens = await Promise.all(members.map((id) => fixture.login(id)));
	const lead = await fixture.login(fixture.users.admin);
	const call = async (token: string, op: string, args: Record<string, unknown> = {}) => {
		const start = performance.now();
		const response = await fetch(`${server.origin}/api/plans/${plan}/workshop`, {
			method: 'POST',
			headers: { cookie: `session=${token}`, origin: server.origin, 'content-type': 'application/json' },
			body: JSON.stringify({ ...args, op })
		}).catch((error: Error) => {
			throw new Error(`${op} failed: ${String(error.cause)}\n${server.output().slice(-2000)}`);
		});
		const body = (await response.json()) as { result: Record<string, unknown> };
		if (!response.ok) throw new Error(`${op}: ${response.status} ${JSON.stringify(body)}`);
		return { result: body.result, took: performance.now() - start };
	};
	try {
		await call(lead, 'start', {
			title: 'Bench workshop',
			agenda: Array.from({ length: 8 }, (_, i) => ({ title: `Step ${i + 1}`, minutes: 10, page: 'board' })),
			columns: [{ title: 'Ideas' }]
		});
		const clients = tokens.map((token) => connectClient(server, plan, token));
		await Promise.all(clients.map(synced));
		const running = () => readWorkshops(clients[0]!.doc).find((w) => w.state === 'running')!;
		const column = running().columns[0]!.id;
		const steps = running().agenda.map((step) => step.id);

		const stepWaits: number[] = [];
		for (const stepId of steps) {
			const since = performance.now();
			const seen = everyone(
				clients,
				(doc) =>
					([...workshopsMap(doc).values()][0]?.get('timer') as { stepId: string } | undefined)?.stepId ===
					stepId,
				since
			);
			await call(lead, 'step', { stepId });
			stepWaits.push(...(await seen));
		}

		const aloneTimes: number[] = [];
		for (let i = 0; i < 20; i++)
			aloneTimes.push((await call(tokens[0]!, 'addNote', { columnId: column, text: `Alone ${i}` })).took);
		const noteTimes = (
			await Promise.all(
				tokens.map((token, i) => call(token, 'addNote', { columnId: column, text: `Idea ${i}` }))
			)
		).map((reply) => reply.took);
		const targets = running()
			.notes.slice(0, 12)
			.map((note) => ({ kind: 'note', id: note.id }));
		const { result } = await call(lead, 'openVote', {
			title: 'Bench vote',
			targets,
			perPerson: dots,
			perItem: 2
		});
		const voteId = result.voteId as string;
		const total = people * dots;
		const since = performance.now();
		const allDots = everyone(
			clients,
			// Read straight from the maps: re-reading whole workshops on 60 clients in this one process
			// after every update would measure the bench, not the server.
			(doc) => {
				const workshop = [...workshopsMap(doc).values()][0];
				const vote = (workshop?.get('votes') as Y.Map<Y.Map<unknown>> | undefined)?.get(voteId);
				const ballots = vote?.get('ballots') as Y.Map<Record<string, number>> | undefined;
				let sum = 0;
				for (const ballot of ballots?.values() ?? []) for (const n of Object.values(ballot)) sum += n;
				return sum === total;
			},
			since
		);
		// Each person places their dots one click after another, all people at once.
		const dotTimes = (
			await Promise.all(
				tokens.map(async (token, person) => {
					const took: number[] = [];
					for (let d = 0; d < dots; d++) {
						const item = `note:${targets[(person + Math.floor(d / 2)) % targets.length]!.id}`;
						took.push((await call(token, 'vote', { voteId, item, delta: 1 })).took);
					}
					return took;
				})
			)
		).flat();
		const allSeen = await allDots;
		const close = await call(lead, 'closeVote', { voteId });
		for (const client of clients) client.destroy();
		return [
			{
				measure: `step change until all ${people} screens show it (${steps.length} steps)`,
				result: ms(stepWaits)
			},
			{ measure: 'a note at the door, one person alone (20 in a row)', result: ms(aloneTimes) },
			{ measure: `a note at the door (${people} people at once)`, result: ms(noteTimes) },
			{ measure: `a dot at the door (${people} people × ${dots} dots)`, result: ms(dotTimes) },
			{
				measure: `until every screen has all ${total} dots`,
				result: `${percentile(allSeen, 50).toFixed(0)} ms median screen, ${Math.max(...allSeen).toFixed(0)} ms the last`
			},
			{ measure: 'closing the vote (results and priorities written)', result: `${close.took.toFixed(1)} ms` }
		];
	} finally {
		await server.stop();
		await fixture.dispose();
	}
}
