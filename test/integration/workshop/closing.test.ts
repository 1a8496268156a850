// Closing a vote through the real workshop door, as the page does it: the preview is computed from
// a live client's copy of the plan, the facilitator confirms what it shows, and only that is
// written (seen live and stored); a vote that changed after the preview is refused; undo puts the
// previous priorities back for everyone, once; only the facilitator closes and undoes.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshot, updateProject, type PlanData } from '../../../src/lib/plan';
import {
	applyOf,
	closingPreview,
	priorityLookup,
	suggestedKeys,
	type ClosingRow,
	type Vote
} from '../../../src/lib/plan/workshop';
import { storedDocument, waitFor, type Client } from '../collab/harness';
import { MILK, liveWorkshop, workshopServer, type Person } from './workshop-server';

const priorities = (plan: PlanData) => Object.fromEntries(plan.projects.map((p) => [p.id, p.priority]));
const targets = ['p-coops', 'p-lab', 'p-cheeseplant'].map((id) => ({ kind: 'project', id }));

describe('closing a vote through the workshop door', () => {
	const w = workshopServer();
	let workshopId = '';
	let watching: Client;
	/** The three projects' priorities as the demo seeds them. */
	let seeded: Record<string, number> = {};

	/** Opens a vote over the three projects; `dots` are cast as given. */
	async function voteWith(title: string, dots: [Person, string][]): Promise<string> {
		const { voteId } = await w.run('demo-facilitator', 'openVote', {
			title,
			targets,
			perPerson: 3,
			perItem: 3,
			anonymous: false,
			minutes: null
		});
		for (const [who, id] of dots) await w.run(who, 'vote', { voteId, item: `project:${id}`, delta: 1 });
		return voteId as string;
	}

	/** The preview as the facilitator's page computes it: the live vote on the live plan. */
	async function previewAt(client: Client, voteId: string, dots: number): Promise<ClosingRow[]> {
		const workshop = await liveWorkshop(
			client,
			workshopId,
			(found) => {
				const vote = found.votes.find((v) => v.id === voteId);
				const cast = Object.values(vote?.ballots ?? {}).flatMap((ballot) => Object.values(ballot));
				return cast.reduce((sum, n) => sum + n, 0) === dots;
			},
			`the vote with ${dots} dots at the client`
		);
		const vote = workshop.votes.find((v) => v.id === voteId) as Vote;
		return closingPreview(vote, priorityLookup(snapshot(client.doc)));
	}

	/** Whether the member's client and the stored document hold the same changes, every one. */
	async function caughtUp(): Promise<boolean> {
		const changes = (doc: Y.Doc) =>
			JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));
		return changes(watching.doc) === changes(await storedDocument(w.demo.db, MILK));
	}

	beforeAll(async () => {
		watching = await w.connect('demo-member');
		const plan = priorities(await w.plan());
		seeded = Object.fromEntries(targets.map(({ id }) => [id, plan[id]!]));
	});

	// Each test runs its own workshop from the seeded priorities, so that it passes alone and in any
	// order: a priority it waits to see arrive was not there already, and an earlier test's close
	// or end changes nothing it counts.
	beforeEach(async () => {
		await w.endRunning();
		workshopId = await w.start();
		// The member's edit comes after what earlier tests wrote, instead of racing it.
		await waitFor(caughtUp, 'the member’s client caught up with the stored plan');
		const live = priorities(snapshot(watching.doc));
		for (const { id } of targets)
			if (live[id] !== seeded[id]) updateProject(watching.doc, id, { priority: seeded[id] });
		await waitFor(caughtUp, 'the seeded priorities stored');
	});

	it('writes only the confirmed priorities: the project nobody voted for keeps its own, live and stored', async () => {
		const before = priorities(await w.plan());
		const voteId = await voteWith('Which projects first?', [
			['demo-member', 'p-lab'],
			['demo-member', 'p-lab'],
			['second-member', 'p-cheeseplant']
		]);
		const rows = await previewAt(watching, voteId, 3);
		expect(rows.map((r) => [r.key, r.dots, r.current, r.priority, r.suggested])).toEqual([
			['project:p-lab', 2, before['p-lab'], 10, true],
			['project:p-cheeseplant', 1, before['p-cheeseplant'], 5, true],
			['project:p-coops', 0, before['p-coops'], 0, false]
		]);
		const apply = applyOf(rows, suggestedKeys(rows));
		const { written } = await w.run('demo-facilitator', 'closeVote', { voteId, apply });
		expect(written).toEqual([
			{ target: targets[1], key: 'project:p-lab', before: before['p-lab'], after: 10 },
			{ target: targets[2], key: 'project:p-cheeseplant', before: before['p-cheeseplant'], after: 5 }
		]);

		const expected = { ...before, 'p-lab': 10, 'p-cheeseplant': 5 };
		const live = () => priorities(snapshot(watching.doc));
		await waitFor(() => live()['p-lab'] === 10 && live()['p-cheeseplant'] === 5, 'the priorities live');
		expect(live()).toEqual(expected);
		expect(live()['p-coops']).toBe(before['p-coops']);
		expect(priorities(snapshot(await storedDocument(w.demo.db, MILK)))).toEqual(expected);
		expect(priorities(await w.plan())).toEqual(expected);
		expect((await w.stored(workshopId))!.votes.find((v) => v.id === voteId)).toMatchObject({
			state: 'closed',
			written,
			undone: null
		});
	});

	it('refuses with 409 a close whose shown priorities the votes no longer give, and writes nothing', async () => {
		const voteId = await voteWith('Late votes', [['demo-member', 'p-coops']]);
		const shown = await previewAt(watching, voteId, 1);
		const apply = applyOf(shown, suggestedKeys(shown));
		expect(apply).toEqual({ 'project:p-coops': 10 });
		// A dot for another project arrives after the preview: co-ops' 10 still holds, but the
		// facilitator also chose cheese plant at the 0 it showed, which is now 10.
		await w.run('second-member', 'vote', { voteId, item: 'project:p-cheeseplant', delta: 1 });
		const before = priorities(await w.plan());
		const refused = await w.call('demo-facilitator', 'closeVote', {
			voteId,
			apply: { ...apply, 'project:p-cheeseplant': 0 }
		});
		expect(refused.status).toBe(409);
		expect(refused.body).toMatchObject({ code: 'vote_changed', field: 'apply.project:p-cheeseplant' });
		expect(priorities(await w.plan())).toEqual(before);
		expect((await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!.state).toBe('open');

		const missing = await w.call('demo-facilitator', 'closeVote', { voteId });
		expect(missing.status).toBe(400);
		expect(missing.body).toMatchObject({ code: 'required', field: 'apply' });
		await w.run('demo-facilitator', 'closeVote', { voteId, apply: {} });
		expect(priorities(await w.plan())).toEqual(before);
	});

	it('lets only the facilitator close and undo: a member, a reviewer and a coordinator get 403', async () => {
		const voteId = await voteWith('Who may close', [['demo-member', 'p-cheeseplant']]);
		const rows = await previewAt(watching, voteId, 1);
		const apply = applyOf(rows, suggestedKeys(rows));
		for (const who of ['demo-member', 'second-member', 'demo-reviewer', 'demo-coordinator'] as const) {
			const close = await w.call(who, 'closeVote', { voteId, apply });
			expect(close.status, who).toBe(403);
			expect(close.body.code, who).toBe('forbidden');
		}
		expect((await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!.state).toBe('open');
		await w.run('demo-facilitator', 'closeVote', { voteId, apply });
		const written = priorities(await w.plan());
		for (const who of ['demo-member', 'demo-reviewer', 'demo-coordinator'] as const) {
			const undo = await w.call(who, 'undoVote', { voteId });
			expect(undo.status, who).toBe(403);
		}
		expect(priorities(await w.plan())).toEqual(written);
		expect((await w.stored(workshopId))!.votes.find((v) => v.id === voteId)!.undone).toBeNull();
		// The facilitator's undo has a test of its own, and every test starts from the seeded
		// priorities, so this one may leave the vote's written.
	});

	it('undoes a vote’s priorities for everyone live, as one decision, once, keeping a priority a member changed since', async () => {
		const before = priorities(await w.plan());
		const voteId = await voteWith('Undo me', [
			['demo-member', 'p-coops'],
			['demo-member', 'p-coops'],
			['second-member', 'p-lab']
		]);
		const rows = await previewAt(watching, voteId, 3);
		await w.run('demo-facilitator', 'closeVote', { voteId, apply: applyOf(rows, suggestedKeys(rows)) });
		const live = () => priorities(snapshot(watching.doc));
		await waitFor(() => live()['p-coops'] === 10 && live()['p-lab'] === 5, 'the vote’s priorities live');

		const undone = await w.run('demo-facilitator', 'undoVote', { voteId });
		expect(undone).toEqual({ restored: ['project:p-coops', 'project:p-lab'], kept: [] });
		await waitFor(
			() => live()['p-coops'] === before['p-coops'] && live()['p-lab'] === before['p-lab'],
			'the earlier priorities back at the member’s client'
		);
		expect(live()).toEqual(before);
		expect(priorities(snapshot(await storedDocument(w.demo.db, MILK)))).toEqual(before);
		const workshop = (await w.stored(workshopId))!;
		expect(workshop.votes.find((v) => v.id === voteId)!.undone).toMatchObject({
			byName: 'Juan Facilitator (Infyde)',
			restored: ['project:p-coops', 'project:p-lab']
		});
		expect(workshop.decisions.at(-1)).toMatchObject({
			kind: 'undone',
			text: 'Undo me',
			ref: `vote:${voteId}`
		});
		const again = await w.call('demo-facilitator', 'undoVote', { voteId });
		expect(again.status).toBe(409);
		expect(again.body.code).toBe('vote_undone');

		// Another vote, and a member changes one of its priorities on the plan after the close.
		const second = await voteWith('Changed since', [
			['demo-member', 'p-coops'],
			['second-member', 'p-lab']
		]);
		const shown = await previewAt(watching, second, 2);
		await w.run('demo-facilitator', 'closeVote', {
			voteId: second,
			apply: applyOf(shown, suggestedKeys(shown))
		});
		await waitFor(() => live()['p-lab'] === 10, 'the second vote’s priorities live');
		updateProject(watching.doc, 'p-lab', { priority: 4 });
		const stored = async () => priorities(snapshot(await storedDocument(w.demo.db, MILK)));
		await waitFor(async () => (await stored())['p-lab'] === 4, 'the member’s edit stored');
		expect(await w.run('demo-facilitator', 'undoVote', { voteId: second })).toEqual({
			restored: ['project:p-coops'],
			kept: ['project:p-lab']
		});
		await waitFor(() => live()['p-coops'] === before['p-coops'], 'co-ops back live');
		expect(live()['p-lab']).toBe(4);
	});

	it('offers no undo once the workshop has ended (409)', async () => {
		const voteId = await voteWith('Before the end', [['demo-member', 'p-coops']]);
		const rows = await previewAt(watching, voteId, 1);
		await w.run('demo-facilitator', 'closeVote', { voteId, apply: applyOf(rows, suggestedKeys(rows)) });
		await w.endRunning();
		const undo = await w.call('demo-facilitator', 'undoVote', { voteId });
		expect(undo.status).toBe(409);
		expect(undo.body.code).toBe('workshop_ended');
	});
});
