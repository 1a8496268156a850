// Dot voting over HTTP against the real server: the limits per person and per item, taking a dot
// back, items outside the vote and the closed vote; closing writes the results, the projects'
// priorities (seen live and stored) and the notes' dots; an anonymous vote keeps no names. The time
// limit is tested on a clock the test turns, in time-limit.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, type PlanData } from '../../../src/lib/plan';
import { storedDocument, waitFor } from '../collab/harness';
import { FLOUR, SECOND_MEMBER_NAME, encodedText, workshopServer, type Person } from './workshop-server';

const priorities = (plan: PlanData) => Object.fromEntries(plan.projects.map((p) => [p.id, p.priority]));

describe('dot voting', () => {
	const w = workshopServer();
	let workshopId = '';
	let columnId = '';
	let note = '';
	const vote = (who: Person, voteId: string, item: string, delta = 1) =>
		w.call(who, 'vote', { voteId, item, delta });
	const refused = async (
		who: Person,
		voteId: string,
		item: string,
		delta: number,
		status: number,
		code: string
	) => {
		const answer = await vote(who, voteId, item, delta);
		expect(answer.status, `${item} ${delta}`).toBe(status);
		expect(answer.body.code, `${item} ${delta}`).toBe(code);
	};
	const open = async (args: Record<string, unknown>) =>
		(
			await w.run('demo-facilitator', 'openVote', {
				title: 'Which projects first?',
				perPerson: 3,
				perItem: 2,
				anonymous: false,
				minutes: null,
				...args
			})
		).voteId as string;

	beforeAll(async () => {
		workshopId = await w.start();
		columnId = (await w.stored(workshopId))!.columns[0]!.id;
		// A note no vote over projects is about.
		note = (await w.run('demo-member', 'addNote', { columnId, text: 'Milk trucks' })).noteId as string;
	});

	describe('over projects', () => {
		// Each test opens its own vote and casts every dot it counts, and closes the vote at its end.
		const targets = ['p-coops', 'p-lab', 'p-cheeseplant'].map((id) => ({ kind: 'project', id }));
		const cast = async (voteId: string, dots: [Person, string][]) => {
			for (const [who, item] of dots) await w.run(who, 'vote', { voteId, item, delta: 1 });
		};
		const close = (voteId: string) => w.run('demo-facilitator', 'closeVote', { voteId, apply: {} });

		it('counts a person’s dots up to their number, and their dots on one item up to its limit', async () => {
			const voteId = await open({ targets });
			const ballot = async (who: Person, item: string) =>
				(await w.run(who, 'vote', { voteId, item, delta: 1 })) as { ballot: unknown; left: number };
			expect(await ballot('demo-member', 'project:p-coops')).toEqual({
				ballot: { 'project:p-coops': 1 },
				left: 2
			});
			expect(await ballot('demo-member', 'project:p-coops')).toEqual({
				ballot: { 'project:p-coops': 2 },
				left: 1
			});
			await refused('demo-member', voteId, 'project:p-coops', 1, 409, 'per_item_limit');
			expect(await ballot('demo-member', 'project:p-lab')).toEqual({
				ballot: { 'project:p-coops': 2, 'project:p-lab': 1 },
				left: 0
			});
			await refused('demo-member', voteId, 'project:p-cheeseplant', 1, 409, 'per_person_limit');

			const stored = (await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!;
			const member = w.userId('demo-member');
			expect(stored.ballots).toEqual({ [member]: { 'project:p-coops': 2, 'project:p-lab': 1 } });
			expect(stored.voterNames).toEqual({ [member]: 'Bolat Member' });
			await close(voteId);
		});

		it('takes a dot back, and refuses taking back one that is not there', async () => {
			const voteId = await open({ targets });
			await cast(voteId, [
				['demo-member', 'project:p-coops'],
				['demo-member', 'project:p-coops'],
				['demo-member', 'project:p-lab']
			]);
			const back = await w.run('demo-member', 'vote', { voteId, item: 'project:p-lab', delta: -1 });
			expect(back).toEqual({ ballot: { 'project:p-coops': 2 }, left: 1 });
			await refused('demo-member', voteId, 'project:p-lab', -1, 400, 'invalid_value');
			// The freed dot can go elsewhere, and back again.
			await w.run('demo-member', 'vote', { voteId, item: 'project:p-cheeseplant', delta: 1 });
			await w.run('demo-member', 'vote', { voteId, item: 'project:p-cheeseplant', delta: -1 });
			await w.run('demo-member', 'vote', { voteId, item: 'project:p-lab', delta: 1 });
			const stored = (await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!;
			expect(stored.ballots[w.userId('demo-member')]).toEqual({ 'project:p-coops': 2, 'project:p-lab': 1 });
			await close(voteId);
		});

		it('refuses a dot on an item the vote is not about, a bad delta and an unknown vote', async () => {
			const voteId = await open({ targets });
			await refused('second-member', voteId, 'project:p-brand', 1, 400, 'not_in_vote');
			await refused('second-member', voteId, `note:${note}`, 1, 400, 'not_in_vote');
			await refused('second-member', voteId, 'p-lab', 1, 400, 'not_in_vote');
			await refused('second-member', voteId, 'project:p-lab', 2, 400, 'invalid_value');
			await refused('second-member', 'no-such-vote', 'project:p-lab', 1, 404, 'not_found');
			const stored = (await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!;
			expect(stored.ballots[w.userId('second-member')]).toBeUndefined();
			await close(voteId);
		});

		it('closes with results by dots, writes the priorities live and into the stored plan, and takes no more dots', async () => {
			const voteId = await open({ targets });
			await cast(voteId, [
				['demo-member', 'project:p-coops'],
				['demo-member', 'project:p-coops'],
				['demo-member', 'project:p-lab'],
				['second-member', 'project:p-coops'],
				['second-member', 'project:p-coops'],
				['second-member', 'project:p-cheeseplant'],
				['demo-facilitator', 'project:p-lab'],
				['demo-facilitator', 'project:p-lab'],
				['demo-facilitator', 'project:p-coops']
			]);
			const watching = await w.connect('demo-member');
			const before = priorities(await w.plan());

			// Dots: co-ops 2 + 2 + 1, lab 1 + 2, cheese plant 1; priority is against the top item's 5.
			const expected = { 'p-coops': 10, 'p-lab': 6, 'p-cheeseplant': 2 };
			const apply = { 'project:p-coops': 10, 'project:p-lab': 6, 'project:p-cheeseplant': 2 };
			const { results } = await w.run('demo-facilitator', 'closeVote', { voteId, apply });
			expect(results).toEqual([
				{ target: targets[0], key: 'project:p-coops', dots: 5, voters: 3, priority: 10, rank: 1 },
				{ target: targets[1], key: 'project:p-lab', dots: 3, voters: 2, priority: 6, rank: 2 },
				{ target: targets[2], key: 'project:p-cheeseplant', dots: 1, voters: 1, priority: 2, rank: 3 }
			]);

			const live = () => priorities(snapshot(watching.doc));
			await waitFor(
				() => live()['p-coops'] === 10 && live()['p-lab'] === 6,
				'the priorities at a live client'
			);
			expect(live()).toEqual({ ...before, ...expected });
			expect(priorities(snapshot(await storedDocument(w.demo.db, 'milk-akmola')))).toEqual({
				...before,
				...expected
			});
			expect(priorities(await w.plan())).toEqual({ ...before, ...expected });

			const workshop = (await w.stored(workshopId))!;
			expect(workshop.votes.find((v) => v.id === voteId)).toMatchObject({ state: 'closed', results });
			expect(workshop.decisions).toContainEqual(
				expect.objectContaining({ kind: 'vote', ref: `vote:${voteId}`, text: 'Which projects first?' })
			);

			await refused('second-member', voteId, 'project:p-lab', 1, 409, 'vote_closed');
			await refused('demo-member', voteId, 'project:p-coops', -1, 409, 'vote_closed');
			const again = await w.call('demo-facilitator', 'closeVote', { voteId, apply: {} });
			expect(again.status).toBe(409);
			expect(again.body.code).toBe('vote_closed');
		});
	});

	it('holds the limits when one person’s dots arrive all at once, and another’s alongside count in full', async () => {
		const voteId = await open({
			title: 'All at once',
			targets: ['p-coops', 'p-lab', 'p-cheeseplant'].map((id) => ({ kind: 'project', id }))
		});
		// Ten dots fired together, five on each of two items: only three may count, at most two on one.
		const burst = Array.from({ length: 10 }, (_, i) =>
			vote('second-member', voteId, i % 2 === 0 ? 'project:p-coops' : 'project:p-lab')
		);
		const alongside = ['project:p-coops', 'project:p-lab', 'project:p-cheeseplant'].map((item) =>
			vote('demo-member', voteId, item)
		);
		const answers = await Promise.all(burst);
		const accepted = answers.filter((answer) => answer.status === 200);
		expect(accepted).toHaveLength(3);
		for (const answer of answers.filter((a) => a.status !== 200)) {
			expect(answer.status).toBe(409);
			expect(['per_item_limit', 'per_person_limit']).toContain(answer.body.code);
		}
		expect((await Promise.all(alongside)).map((answer) => answer.status)).toEqual([200, 200, 200]);

		const stored = (await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!;
		const burstBallot = stored.ballots[w.userId('second-member')]!;
		expect(Object.values(burstBallot).reduce((sum, dots) => sum + dots, 0)).toBe(3);
		for (const dots of Object.values(burstBallot)) expect(dots).toBeLessThanOrEqual(2);
		expect(stored.ballots[w.userId('demo-member')]).toEqual({
			'project:p-coops': 1,
			'project:p-lab': 1,
			'project:p-cheeseplant': 1
		});
		await w.run('demo-facilitator', 'closeVote', { voteId, apply: {} });
	});

	it('writes each voted note’s dots when a vote over notes closes', async () => {
		const add = async (who: Person, text: string) =>
			(await w.run(who, 'addNote', { columnId, text })).noteId as string;
		const a = await add('demo-member', 'Farm cooling tanks');
		const b = await add('second-member', 'Cheese export fair');
		const c = await add('second-member', 'Not voted on');
		const voteId = await open({
			targets: [a, b].map((id) => ({ kind: 'note', id })),
			perPerson: 2,
			perItem: 2
		});
		await w.run('demo-member', 'vote', { voteId, item: `note:${a}`, delta: 1 });
		await w.run('second-member', 'vote', { voteId, item: `note:${a}`, delta: 1 });
		await w.run('second-member', 'vote', { voteId, item: `note:${b}`, delta: 1 });
		await w.run('demo-facilitator', 'closeVote', { voteId, apply: {} });
		const votes = Object.fromEntries((await w.stored(workshopId))!.notes.map((n) => [n.id, n.votes]));
		expect([votes[a], votes[b], votes[c]]).toEqual([2, 1, null]);
	});

	it('keeps no voter’s name or id in an anonymous vote, not even in the encoded document', async () => {
		// On the flour plan, where the second member only ever votes (no socket, no notes).
		const id = await w.start(FLOUR, 'Anonymous round');
		const { voteId } = await w.run(
			'demo-facilitator',
			'openVote',
			{
				title: 'Secret ballot',
				targets: [
					{ kind: 'project', id: 'p-lab' },
					{ kind: 'project', id: 'p-wagons' }
				],
				perPerson: 2,
				perItem: 2,
				anonymous: true,
				minutes: null
			},
			FLOUR
		);
		const cast = (who: Person, item: string) =>
			w.run(who, 'vote', { voteId, item: `project:${item}`, delta: 1 }, FLOUR);
		await cast('second-member', 'p-wagons');
		await cast('second-member', 'p-wagons');
		await cast('demo-member', 'p-lab');
		const keyOf = async (who: Person) => (await w.run(who, 'ballotKey', { voteId }, FLOUR)).key as string;
		const key = await keyOf('second-member');
		expect(await keyOf('second-member')).toBe(key);
		expect(await keyOf('demo-member')).not.toBe(key);

		const secret = [w.userId('second-member'), 'second-member', SECOND_MEMBER_NAME];
		const open = (await w.stored(id, FLOUR))!.votes[0]!;
		expect(open.ballots[key]).toEqual({ 'project:p-wagons': 2 });
		expect(open.voterNames).toEqual({});
		for (const word of secret) expect(key).not.toContain(word);

		const { results } = await w.run('demo-facilitator', 'closeVote', { voteId, apply: {} }, FLOUR);
		expect(results).toMatchObject([
			{ key: 'project:p-wagons', dots: 2, voters: 1, priority: 10 },
			{ key: 'project:p-lab', dots: 1, voters: 1, priority: 5 }
		]);
		const stored = await storedDocument(w.demo.db, FLOUR);
		const text = encodedText(stored);
		expect(text).toContain(key);
		for (const word of secret) expect(text, word).not.toContain(word);
		await w.endRunning(FLOUR);
	});
});
