// Who is in a workshop, from the sockets: members who open the plan while it runs (or had it open
// when it started) become its attendees, and the presence the server relays says who leads
// ("follow me") from the session's role, whatever the client claims.
import { describe, expect, it } from 'vitest';
import { synced, waitFor, type Client } from '../collab/harness';
import {
	FLOUR,
	MILK,
	SECOND_MEMBER_NAME,
	liveWorkshop,
	workshopServer,
	type Person
} from './workshop-server';

type Presence = { user?: { id: string; name: string; lead?: boolean }; workshop?: { path: string } };

describe('workshop presence', () => {
	const w = workshopServer();

	it('adds whoever had the plan open at the start, and a member who opens it later, once each', async () => {
		const early = await w.connect('second-member');
		const id = await w.start(MILK, 'Attendance');
		const started = await liveWorkshop(
			early,
			id,
			(workshop) => workshop.attendees.length >= 2,
			'the first attendees'
		);
		expect(started.attendees.map((a) => [a.name, a.role]).sort()).toEqual(
			[
				['Juan Facilitator (Infyde)', 'facilitator'],
				[SECOND_MEMBER_NAME, 'member']
			].sort()
		);

		await w.connect('demo-member');
		const joined = await liveWorkshop(
			early,
			id,
			(workshop) => workshop.attendees.some((a) => a.id === w.userId('demo-member')),
			'the member who came later'
		);
		expect(joined.attendees.find((a) => a.id === w.userId('demo-member'))).toMatchObject({
			name: 'Bolat Member',
			role: 'member',
			joinedAt: expect.any(String)
		});
		// A second tab of the same person is the same attendee.
		const again = await w.connect('demo-member');
		await synced(again);
		await w.run('demo-facilitator', 'decide', { text: 'Everyone is here' });
		const later = await liveWorkshop(
			early,
			id,
			(workshop) => workshop.decisions.length > 0,
			'the decision after the second tab'
		);
		expect(later.attendees.filter((a) => a.id === w.userId('demo-member'))).toHaveLength(1);
		const stored = await w.stored(id);
		expect(stored?.attendees.map((a) => a.id).sort()).toEqual(later.attendees.map((a) => a.id).sort());
		await w.endRunning(MILK);
	});

	it('adds nobody to a workshop that does not run', async () => {
		const id = await w.start(FLOUR, 'Short one');
		await w.endRunning(FLOUR);
		const before = (await w.stored(id, FLOUR))!.attendees;
		await w.connect('demo-member', FLOUR);
		await w.connect('second-member', FLOUR);
		// A change through the door after the sockets opened, so their handling is over when it is stored.
		await w.start(FLOUR, 'Next one');
		expect((await w.stored(id, FLOUR))!.attendees).toEqual(before);
		await w.endRunning(FLOUR);
	});

	it('marks the relayed presence of a facilitator as leading and of a member as not, whatever they claim', async () => {
		const observer = await w.connect('demo-reviewer');
		const seen = (client: Client) =>
			observer.provider.awareness.getStates().get(client.doc.clientID) as Presence | undefined;
		const claims: [Person, boolean][] = [
			['demo-facilitator', false],
			['demo-member', true],
			['second-member', true],
			['demo-admin', false]
		];
		for (const [who, claim] of claims) {
			const client = await w.connect(who);
			client.provider.awareness.setLocalState({
				user: { id: w.userId('demo-facilitator'), name: 'Someone', color: 'red', lead: claim },
				workshop: { path: `projects-${who}`, view: null }
			});
			await waitFor(() => seen(client)?.workshop?.path === `projects-${who}`, `the presence of ${who}`);
			const leads = who === 'demo-facilitator' || who === 'demo-admin';
			expect(seen(client)?.user, who).toMatchObject({ id: w.userId(who), lead: leads });
			expect(seen(client)?.user?.name, who).not.toBe('Someone');
		}
	});
});
