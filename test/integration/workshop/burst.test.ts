// A burst at the workshop door, as when everyone in the room clicks at once: the changes that wait
// for the plan's turn are stored in one commit and sent as one update. Every note sent at once is
// answered, stored and seen by a live y-websocket client, in no more update messages than notes
// (how many share a message depends on how fast the server is against the requests, so the bench
// shows that, not this test); dots sent at once are each counted against the ballot the one before
// left, so the limits still hold.
import { beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import { readWorkshops } from '../../../src/lib/plan/workshop';
import { waitFor, type Client } from '../collab/harness';
import { MILK, liveWorkshop, workshopServer, type Person } from './workshop-server';

/** The sync messages of y-websocket (`messageSync` in y-websocket.js). */
const MESSAGE_SYNC = 0;

/** Counts the update messages the server sends `client` from now on. */
function countUpdates(client: Client): { count: number } {
	const counted = { count: 0 };
	const handlers = client.provider.messageHandlers;
	const sync = handlers[MESSAGE_SYNC]!;
	handlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
		if (decoding.peekVarUint(decoder) === messageYjsUpdate) counted.count += 1;
		sync(encoder, decoder, ...rest);
	};
	return counted;
}

describe('a burst at the workshop door', () => {
	const w = workshopServer();
	const people: Person[] = ['demo-member', 'second-member', 'demo-facilitator'];
	let workshopId = '';
	let columnId = '';
	let client: Client;

	beforeAll(async () => {
		client = await w.connect('demo-member');
		workshopId = await w.start(MILK, 'Everyone at once');
		columnId = (await w.stored(workshopId))!.columns[0]!.id;
		// The start and the attendance it records reach the client before the counting begins.
		await liveWorkshop(
			client,
			workshopId,
			(workshop) => workshop.attendees.some((a) => a.id === w.userId('demo-member')),
			'the client to see the workshop and its attendee'
		);
	});

	it('stores and delivers every note sent at once, each in at most one update message', async () => {
		const texts = Array.from({ length: 24 }, (_, i) => `Idea ${i + 1}`);
		const updates = countUpdates(client);
		const answers = await Promise.all(
			texts.map((text, i) => w.call(people[i % people.length]!, 'addNote', { columnId, text }))
		);
		expect(answers.map((answer) => answer.status)).toEqual(texts.map(() => 200));
		// Answered only once stored: the database holds every note as soon as its answer came.
		const stored = (await w.stored(workshopId))!.notes.map((note) => note.text);
		expect(stored).toEqual(expect.arrayContaining(texts));
		await waitFor(() => {
			const live = readWorkshops(client.doc).find((workshop) => workshop.id === workshopId);
			return texts.every((text) => live?.notes.some((note) => note.text === text));
		}, 'every note on the live client');
		expect(updates.count).toBeGreaterThan(0);
		expect(updates.count).toBeLessThanOrEqual(texts.length);
	});

	it('counts each of a person’s dots sent at once against the ballot the one before left', async () => {
		const notes = (await w.stored(workshopId))!.notes.slice(0, 3).map((note) => note.id);
		const voteId = (
			await w.run('demo-facilitator', 'openVote', {
				title: 'Which ideas first?',
				targets: notes.map((id) => ({ kind: 'note', id })),
				perPerson: 3,
				perItem: 2,
				anonymous: false,
				minutes: null
			})
		).voteId as string;
		// Three dots on the first note, one on each of the others: three fit, whatever the order.
		const items = [notes[0], notes[0], notes[0], notes[1], notes[2]].map((id) => `note:${id}`);
		const answers = await Promise.all(
			items.map((item) => w.call('demo-member', 'vote', { voteId, item, delta: 1 }))
		);
		const taken = answers.filter((answer) => answer.status === 200);
		const refused = answers.filter((answer) => answer.status !== 200);
		expect(taken.map((answer) => (answer.body.result as { left: number }).left).sort()).toEqual([0, 1, 2]);
		expect(refused.map((answer) => answer.status)).toEqual([409, 409]);
		for (const answer of refused) expect(['per_person_limit', 'per_item_limit']).toContain(answer.body.code);
		const vote = (await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!;
		const ballot = vote.ballots[w.userId('demo-member')]!;
		expect(Object.values(ballot).reduce((sum, n) => sum + n, 0)).toBe(3);
		expect(Math.max(...Object.values(ballot))).toBeLessThanOrEqual(2);
	});
});
