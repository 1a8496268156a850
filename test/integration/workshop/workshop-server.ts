// The workshop tests' setup: the demo data on the real server process (see ../versions/demo-server),
// plus a second member of the flour and milk clusters, a call for each operation of the workshop
// door as a given person, and the workshops read back from a live client or from the database.
import { afterAll, beforeAll, expect } from 'vitest';
import * as Y from 'yjs';
import { createUser } from '../../../src/lib/server/users';
import { addMember } from '../../../src/lib/server/clusters';
import { readWorkshops, type Workshop } from '../../../src/lib/plan/workshop';
import type { PlanData } from '../../../src/lib/plan';
import { connectClient, storedDocument, synced, waitFor, type Client } from '../collab/harness';
import { demoServer, type Answer, type DemoUser } from '../versions/demo-server';

export const MILK = 'milk-akmola';
export const FLOUR = 'flour-kostanay';

/** A demo account, or the member the tests add to the flour and milk clusters. */
export type Person = DemoUser | 'second-member';
export const SECOND_MEMBER_NAME = 'Gulnar Second Member';

/** What the door answers to a successful operation. */
export type Done = { ok: true; result: Record<string, unknown>; now: number };

const PEOPLE: Person[] = [
	'demo-admin',
	'demo-reviewer',
	'demo-facilitator',
	'demo-member',
	'demo-coordinator',
	'second-member'
];

export function workshopServer() {
	const demo = demoServer();
	const clients: Client[] = [];
	// Each person's id and one session, looked up once the demo is seeded: the tests read them often.
	const ids = new Map<Person, string>();
	const tokens = new Map<Person, string>();
	beforeAll(async () => {
		await createUser(demo.db, {
			username: 'second-member',
			displayName: SECOND_MEMBER_NAME,
			password: 'a long enough demo password'
		});
		for (const who of PEOPLE) {
			ids.set(who, await demo.userId(who as DemoUser));
			tokens.set(who, await demo.token(who as DemoUser));
		}
		const admin = { id: self.userId('demo-admin'), globalRole: 'admin' as const, roles: {} };
		for (const cluster of [FLOUR, MILK]) await addMember(demo.db, cluster, 'second-member', 'member', admin);
	});
	const known = (map: Map<Person, string>, who: Person) => {
		const value = map.get(who);
		if (value === undefined) throw new Error(`${who} is not set up yet`);
		return value;
	};

	const self = {
		demo,
		/** The user id of a person (the second member is not a `DemoUser`, but is looked up the same way). */
		userId: (who: Person) => known(ids, who),
		/** A session of the person's, made for this file. */
		token: (who: Person) => known(tokens, who),
		/** POSTs `{op, ...args}` to the plan's workshop door as `who` (null: signed out), from our origin. */
		call(
			who: Person | null,
			op: string,
			args: Record<string, unknown> = {},
			{ plan = MILK, origin }: { plan?: string; origin?: string } = {}
		): Promise<Answer> {
			return demo.post(
				`/api/plans/${plan}/workshop`,
				who === null ? null : self.token(who),
				{ op, ...args },
				origin
			);
		},
		/** Calls an operation that must succeed and returns its `result`. */
		async run(who: Person, op: string, args: Record<string, unknown> = {}, plan = MILK) {
			const answer = await self.call(who, op, args, { plan });
			expect(answer.status, `${op} by ${who}: ${JSON.stringify(answer.body)}`).toBe(200);
			expect(answer.body).toMatchObject({ ok: true, now: expect.any(Number) });
			return (answer.body as Done).result;
		},
		/** A y-websocket client on a plan, synced, closed after the file. */
		async connect(who: Person, plan = MILK): Promise<Client> {
			const client = connectClient(demo.server, plan, self.token(who));
			clients.push(client);
			await synced(client);
			return client;
		},
		/** The workshop `id` as the stored document (snapshot + log in the database) holds it. */
		async stored(id: string, plan = MILK): Promise<Workshop | undefined> {
			return readWorkshops(await storedDocument(demo.db, plan)).find((w) => w.id === id);
		},
		/** The plan as the JSON API gives it. */
		async plan(plan = MILK): Promise<PlanData> {
			const answer = await demo.get(`/api/plans/${plan}`, self.token('demo-facilitator'));
			expect(answer.status).toBe(200);
			return answer.body as unknown as PlanData;
		},
		/** Starts a workshop as the facilitator with one step per page given and two columns. */
		async start(plan = MILK, title = 'Priorities session'): Promise<string> {
			const result = await self.run(
				'demo-facilitator',
				'start',
				{
					title,
					agenda: [
						{ title: 'Ideas', minutes: 15, page: 'board' },
						{ title: 'Projects', minutes: 20, page: 'projects' }
					],
					columns: [{ title: 'Strengths' }, { title: 'Ideas' }]
				},
				plan
			);
			return result.workshopId as string;
		},
		/** Ends the running workshop of a plan, if one runs. */
		async endRunning(plan = MILK): Promise<void> {
			const answer = await self.call('demo-facilitator', 'end', {}, { plan });
			expect([200, 409]).toContain(answer.status);
		}
	};
	// Registered after the demo server's hooks, so (after-hooks run as a stack) before the server stops.
	afterAll(() => {
		for (const client of clients) client.destroy();
	});
	return self;
}

/** The workshop `id` in a live client's document, once `holds` is true of it. */
export async function liveWorkshop(
	client: Client,
	id: string,
	holds: (workshop: Workshop) => boolean,
	what: string
): Promise<Workshop> {
	const find = () => readWorkshops(client.doc).find((w) => w.id === id);
	await waitFor(() => {
		const workshop = find();
		return workshop !== undefined && holds(workshop);
	}, what);
	return find()!;
}

/** A document's whole encoded state as text, to look for names in it (ASCII survives the decoding). */
export function encodedText(doc: Y.Doc): string {
	return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8');
}
