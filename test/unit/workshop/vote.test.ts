// Dot votes on the plan document: opening over notes, actions and projects, casting as each person,
// anonymity, the time limit, and closing, which writes results, note dots and the chosen priorities.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshot } from '../../../src/lib/plan';
import { runningWorkshop } from '../../../src/lib/plan/workshop';
import { facilitator, member, op, other, refusalCode, started } from './fixture';

const t0 = 1_700_000_000_000;

function withVote(settings: Record<string, unknown> = {}) {
	const doc = started();
	const column = runningWorkshop(doc)!.columns[0]!.id;
	const noteId = op(doc, member, 'addNote', { columnId: column, text: 'Shared silo' }).noteId as string;
	const targets = [
		{ kind: 'project', id: 'p1' },
		{ kind: 'project', id: 'p2' },
		{ kind: 'project', id: 'p3' },
		{ kind: 'action', id: 'a1' },
		{ kind: 'note', id: noteId }
	];
	const { voteId } = op(
		doc,
		facilitator,
		'openVote',
		{ title: 'What first?', targets, perPerson: 3, perItem: 2, anonymous: false, minutes: 10, ...settings },
		t0
	);
	return { doc, voteId: voteId as string, noteId };
}

const vote = (doc: Y.Doc, voteId: string) => runningWorkshop(doc)!.votes.find((v) => v.id === voteId)!;

describe('dot votes', () => {
	it('opens with its settings and refuses bad ones', () => {
		const { doc, voteId } = withVote();
		expect(vote(doc, voteId)).toMatchObject({
			title: 'What first?',
			perPerson: 3,
			perItem: 2,
			anonymous: false,
			state: 'open',
			closesAt: t0 + 600_000
		});
		const bad = (args: Record<string, unknown>) =>
			refusalCode(() =>
				op(doc, facilitator, 'openVote', {
					title: 'V',
					targets: [{ kind: 'project', id: 'p1' }],
					perPerson: 3,
					...args
				})
			);
		expect(bad({ targets: [] })).toBe('required');
		expect(bad({ targets: [{ kind: 'project', id: 'ghost' }] })).toBe('dangling_link');
		expect(bad({ targets: [{ kind: 'indicator', id: 'p1' }] })).toBe('invalid_value');
		expect(bad({ perPerson: 0 })).toBe('invalid_number');
		expect(bad({ perItem: 4 })).toBe('invalid_number');
		expect(bad({ anonymous: 'yes' })).toBe('invalid_value');
	});

	it('counts each person’s dots under the limits and names voters when not anonymous', () => {
		const { doc, voteId } = withVote();
		const cast = (who: typeof member, item: string, delta = 1) =>
			op(doc, who, 'vote', { voteId, item, delta }, t0 + 1000);
		expect(cast(member, 'project:p1')).toEqual({ ballot: { 'project:p1': 1 }, left: 2 });
		expect(cast(member, 'project:p1')).toEqual({ ballot: { 'project:p1': 2 }, left: 1 });
		expect(refusalCode(() => cast(member, 'project:p1'))).toBe('per_item_limit');
		cast(member, 'action:a1');
		expect(refusalCode(() => cast(member, 'project:p2'))).toBe('per_person_limit');
		cast(other, 'project:p2');
		const v = vote(doc, voteId);
		expect(v.ballots).toEqual({
			[member.id]: { 'project:p1': 2, 'action:a1': 1 },
			[other.id]: { 'project:p2': 1 }
		});
		expect(v.voterNames).toEqual({ [member.id]: 'Bolat K.', [other.id]: 'Dana T.' });
		expect(op(doc, member, 'ballotKey', { voteId })).toEqual({ key: member.id });
	});

	it('keeps an anonymous vote’s ballots under opaque keys with no names in the document', () => {
		const { doc, voteId } = withVote({ anonymous: true });
		op(doc, member, 'vote', { voteId, item: 'project:p1', delta: 1 }, t0 + 1000);
		op(doc, other, 'vote', { voteId, item: 'project:p2', delta: 1 }, t0 + 1000);
		const v = vote(doc, voteId);
		const keys = Object.keys(v.ballots);
		expect(keys).toHaveLength(2);
		expect(keys).not.toContain(member.id);
		expect(v.voterNames).toEqual({});
		// Each person still finds their own ballot, and only theirs.
		const { key } = op(doc, member, 'ballotKey', { voteId });
		expect(v.ballots[key as string]).toEqual({ 'project:p1': 1 });
		const votesRoot = JSON.stringify(doc.getMap('workshops').toJSON());
		const ballotsPart = JSON.stringify(
			Object.values(doc.getMap('workshops').toJSON()).map((w) => (w as { votes: unknown }).votes)
		);
		expect(ballotsPart).not.toMatch(/Bolat|Dana|bolat|dana|u-m|u-o/);
		expect(votesRoot).toContain('Shared silo');
	});

	it('takes no dot after the time limit, and none after closing', () => {
		const { doc, voteId } = withVote();
		expect(
			refusalCode(() => op(doc, member, 'vote', { voteId, item: 'project:p1', delta: 1 }, t0 + 600_000))
		).toBe('time_up');
		op(doc, facilitator, 'closeVote', { voteId, apply: {} }, t0 + 700_000);
		expect(
			refusalCode(() => op(doc, member, 'vote', { voteId, item: 'project:p1', delta: 1 }, t0 + 1000))
		).toBe('vote_closed');
		expect(refusalCode(() => op(doc, facilitator, 'closeVote', { voteId, apply: {} }))).toBe('vote_closed');
	});

	it('closes: results kept, the chosen priorities written to projects and actions, dots to notes, a decision recorded', () => {
		const { doc, voteId, noteId } = withVote();
		const cast = (who: typeof member, item: string) =>
			op(doc, who, 'vote', { voteId, item, delta: 1 }, t0 + 1000);
		cast(member, 'project:p2');
		cast(member, 'project:p2');
		cast(member, 'action:a1');
		cast(other, 'project:p2');
		cast(other, `note:${noteId}`);
		cast(other, 'action:a1');
		const apply = { 'project:p2': 10, 'action:a1': 7 };
		const { results, written } = op(doc, facilitator, 'closeVote', { voteId, apply }, t0 + 2000);
		expect(
			(results as { key: string; dots: number; priority: number }[]).map((r) => [r.key, r.dots, r.priority])
		).toEqual([
			['project:p2', 3, 10],
			['action:a1', 2, 7],
			[`note:${noteId}`, 1, 3],
			['project:p1', 0, 0],
			['project:p3', 0, 0]
		]);
		expect(written).toEqual([
			{ target: { kind: 'project', id: 'p2' }, key: 'project:p2', before: 5, after: 10 },
			{ target: { kind: 'action', id: 'a1' }, key: 'action:a1', before: null, after: 7 }
		]);
		const plan = snapshot(doc);
		// p1 and p3 got no dots and were not chosen: they keep their 5.
		expect(Object.fromEntries(plan.projects.map((p) => [p.id, p.priority]))).toEqual({
			p1: 5,
			p2: 10,
			p3: 5
		});
		expect(plan.strategy.lines[0]!.objectives[0]!.actions.map((a) => [a.id, a.priority])).toEqual([
			['a1', 7],
			['a2', null]
		]);
		const w = runningWorkshop(doc)!;
		expect(w.notes[0]!.votes).toBe(1);
		expect(w.votes[0]!).toMatchObject({ state: 'closed', results, written, undone: null });
		expect(w.decisions.at(-1)).toMatchObject({ kind: 'vote', text: 'What first?', ref: `vote:${voteId}` });
	});

	it('refuses a removed item among the chosen ones, and keeps its place in the results', async () => {
		const { doc, voteId } = withVote();
		op(doc, member, 'vote', { voteId, item: 'project:p3', delta: 1 }, t0 + 1000);
		const { removeProject } = await import('../../../src/lib/plan');
		removeProject(doc, 'p3');
		expect(
			refusalCode(() => op(doc, facilitator, 'closeVote', { voteId, apply: { 'project:p3': 10 } }, t0 + 2000))
		).toBe('dangling_link');
		const { results, written } = op(doc, facilitator, 'closeVote', { voteId, apply: {} }, t0 + 2000);
		expect((results as { key: string }[])[0]!.key).toBe('project:p3');
		expect(written).toEqual([]);
		expect(snapshot(doc).projects.map((p) => [p.id, p.priority])).toEqual([
			['p1', 5],
			['p2', 5]
		]);
	});
});
