// A vote with its people on three real instances at once: each person's dots are counted one at a
// time across the instances (PostgreSQL's advisory lock on the plan, then the log read up to its
// end), so every limit holds exactly, every dot answered with 200 is stored, and every instance's
// clients see the same ballots.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
	connectClient,
	createFixture,
	storedDocument,
	synced,
	waitFor,
	type RunningServer
} from '../integration/collab/harness';
import { createUser } from '../../src/lib/server/users';
import { readWorkshops, type Vote } from '../../src/lib/plan/workshop';
import { severalInstances } from './instances';

const PEOPLE = 60;
const PER_PERSON = 3;
const PER_ITEM = 2;

type Answer = { status: number; body: Record<string, unknown> };

describe('a vote with people on three instances', () => {
	const several = severalInstances(3, () => createFixture('postgres'));
	const servers = several.servers;

	const call = async (server: RunningServer, token: string, op: string, args: object): Promise<Answer> => {
		const res = await fetch(`${server.origin}/api/plans/${several.fixture.planA}/workshop`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.origin, cookie: `session=${token}` },
			body: JSON.stringify({ op, ...args })
		});
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	};
	const run = async (server: RunningServer, token: string, op: string, args: object) => {
		const answer = await call(server, token, op, args);
		expect(answer.status, `${op}: ${JSON.stringify(answer.body)}`).toBe(200);
		return answer.body.result as Record<string, unknown>;
	};
	const storedVote = async (voteId: string): Promise<Vote> => {
		const workshops = readWorkshops(await storedDocument(several.fixture.db, several.fixture.planA));
		return workshops.flatMap((w) => w.votes).find((v) => v.id === voteId)!;
	};

	it(
		`holds every limit exactly when ${PEOPLE} people each send five dots at once`,
		{ timeout: 120_000 },
		async () => {
			const { fixture } = several;
			const lead = await fixture.login(fixture.users.admin);
			const workshopId = (await run(servers[0]!, lead, 'start', {
				title: 'Priorities',
				agenda: [{ title: 'Vote', minutes: 15, page: 'board' }],
				columns: [{ title: 'Ideas' }]
			})) as { workshopId: string };
			const started = readWorkshops(await storedDocument(fixture.db, fixture.planA)).find(
				(w) => w.id === workshopId.workshopId
			)!;
			const columnId = started.columns[0]!.id;
			const notes: string[] = [];
			for (const text of ['Grain terminal', 'Export desk', 'Quality lab'])
				notes.push((await run(servers[1]!, lead, 'addNote', { columnId, text })).noteId as string);
			const { voteId } = (await run(servers[2]!, lead, 'openVote', {
				title: 'Which first?',
				targets: notes.map((id) => ({ kind: 'note', id })),
				perPerson: PER_PERSON,
				perItem: PER_ITEM,
				anonymous: false,
				minutes: null
			})) as { voteId: string };

			const people = await Promise.all(
				Array.from({ length: PEOPLE }, async (_, i) => {
					const id = await createUser(fixture.db, {
						username: `voter${i}`,
						displayName: `Voter ${i}`,
						password: 'a long enough password'
					});
					const { memberships } = fixture.db.tables;
					await fixture.db.insert(memberships).values({ clusterId: 'alpha', userId: id, role: 'member' });
					return { id, token: await fixture.login(id) };
				})
			);
			// Three dots on the first item (one past its limit), one on each other: five tries for three
			// dots, so exactly three are counted whatever order they arrive in. Each person's five go to
			// the three instances in turn.
			const items = [0, 0, 0, 1, 2].map((n) => `note:${notes[n]}`);
			const answers = await Promise.all(
				people.flatMap((person, p) =>
					items.map(async (item, i) => ({
						person: person.id,
						item,
						answer: await call(servers[(p + i) % servers.length]!, person.token, 'vote', {
							voteId,
							item,
							delta: 1
						})
					}))
				)
			);

			const vote = await storedVote(voteId);
			let counted = 0;
			for (const person of people) {
				const mine = answers.filter((a) => a.person === person.id);
				const accepted = mine.filter((a) => a.answer.status === 200);
				const refused = mine.filter((a) => a.answer.status !== 200);
				expect(accepted, `accepted for ${person.id}`).toHaveLength(PER_PERSON);
				for (const { answer } of refused) {
					expect(answer.status).toBe(409);
					expect(['per_person_limit', 'per_item_limit']).toContain(answer.body.code);
				}
				// What was answered 200 is what is stored: no dot lost to another instance's write.
				const expected: Record<string, number> = {};
				for (const { item } of accepted) expected[item] = (expected[item] ?? 0) + 1;
				expect(vote.ballots[person.id]).toEqual(expected);
				expect(Math.max(...Object.values(expected))).toBeLessThanOrEqual(PER_ITEM);
				counted += accepted.length;
			}
			expect(counted).toBe(PEOPLE * PER_PERSON);

			// Every instance's clients end with the stored ballots.
			const watchers = servers.map((server) => several.keep(connectClient(server, fixture.planA, lead)));
			await Promise.all(watchers.map(synced));
			for (const watcher of watchers)
				await waitFor(() => {
					const seen = readWorkshops(watcher.doc)
						.flatMap((w) => w.votes)
						.find((v) => v.id === voteId);
					return isDeepStrictEqual(seen?.ballots, vote.ballots);
				}, 'every instance to show the stored ballots');
		}
	);
});
