// Closing a dot vote says first what it will write, writes only what the facilitator confirms, and
// can be taken back as one step: the preview, the confirmed write and the undo on a plan document.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { snapshot, updateAction, updateProject, type PlanData } from '../../../src/lib/plan';
import {
	applyOf,
	closingPreview,
	priorityLookup,
	runningWorkshop,
	suggestedKeys,
	type ClosingRow
} from '../../../src/lib/plan/workshop';
import { facilitator, member, op, other, refusalCode, started } from './fixture';

const t0 = 1_700_000_000_000;
const targets = [
	{ kind: 'project', id: 'p1' },
	{ kind: 'project', id: 'p2' },
	{ kind: 'project', id: 'p3' },
	{ kind: 'action', id: 'a1' },
	{ kind: 'action', id: 'a2' }
];

/** A running workshop on a plan whose projects have priorities 9, 8 and 7, with a vote over them and two actions. */
function withVote() {
	const doc = started();
	updateProject(doc, 'p1', { priority: 9 });
	updateProject(doc, 'p2', { priority: 8 });
	updateProject(doc, 'p3', { priority: 7 });
	updateAction(doc, 'a1', { priority: 4 });
	const { voteId } = op(
		doc,
		facilitator,
		'openVote',
		{ title: 'What first?', targets, perPerson: 5, perItem: 3 },
		t0
	);
	return { doc, voteId: voteId as string };
}

const voteOf = (doc: Y.Doc, voteId: string) => runningWorkshop(doc)!.votes.find((v) => v.id === voteId)!;
const preview = (doc: Y.Doc, voteId: string) =>
	closingPreview(voteOf(doc, voteId), priorityLookup(snapshot(doc)));
const cast = (doc: Y.Doc, voteId: string, who: typeof member, item: string, times = 1) => {
	for (let i = 0; i < times; i++) op(doc, who, 'vote', { voteId, item, delta: 1 }, t0 + 1000);
};

function priorities(plan: PlanData): Record<string, number | null> {
	const out: Record<string, number | null> = {};
	for (const project of plan.projects) out[`project:${project.id}`] = project.priority;
	for (const action of plan.strategy.lines.flatMap((l) => l.objectives.flatMap((o) => o.actions)))
		out[`action:${action.id}`] = action.priority;
	return out;
}

const rowsShown = (rows: ClosingRow[]) =>
	rows.map((r) => [r.key, r.dots, r.current, r.priority, r.writable, r.suggested]);

describe('closing a vote', () => {
	it('previews each item with its dots, its priority now and the one its dots give, suggesting only items with dots', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 3);
		cast(doc, voteId, other, 'project:p2', 1);
		cast(doc, voteId, other, 'action:a2', 2);
		const rows = preview(doc, voteId);
		expect(rowsShown(rows)).toEqual([
			['project:p2', 4, 8, 10, true, true],
			['action:a2', 2, null, 5, true, true],
			['project:p1', 0, 9, 0, true, false],
			['project:p3', 0, 7, 0, true, false],
			['action:a1', 0, 4, 0, true, false]
		]);
		expect(suggestedKeys(rows)).toEqual(['project:p2', 'action:a2']);
		expect(applyOf(rows, suggestedKeys(rows))).toEqual({ 'project:p2': 10, 'action:a2': 5 });
	});

	it('writes only the confirmed items: P1 (priority 9) got no dots and keeps 9', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 2);
		cast(doc, voteId, other, 'project:p3', 1);
		const before = priorities(snapshot(doc));
		const rows = preview(doc, voteId);
		const { written } = op(
			doc,
			facilitator,
			'closeVote',
			{ voteId, apply: applyOf(rows, suggestedKeys(rows)) },
			t0 + 2000
		);
		expect(written).toEqual([
			{ target: { kind: 'project', id: 'p2' }, key: 'project:p2', before: 8, after: 10 },
			{ target: { kind: 'project', id: 'p3' }, key: 'project:p3', before: 7, after: 5 }
		]);
		expect(priorities(snapshot(doc))).toEqual({ ...before, 'project:p2': 10, 'project:p3': 5 });
		expect(priorities(snapshot(doc))['project:p1']).toBe(9);
	});

	it('writes an item without dots when the facilitator chooses it, and nothing when none is chosen', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 1);
		const rows = preview(doc, voteId);
		op(doc, facilitator, 'closeVote', { voteId, apply: applyOf(rows, ['project:p1']) }, t0 + 2000);
		expect(priorities(snapshot(doc))).toMatchObject({ 'project:p1': 0, 'project:p2': 8 });

		const second = withVote();
		cast(second.doc, second.voteId, member, 'project:p2', 1);
		const before = priorities(snapshot(second.doc));
		op(second.doc, facilitator, 'closeVote', { voteId: second.voteId, apply: {} }, t0 + 2000);
		expect(priorities(snapshot(second.doc))).toEqual(before);
		expect(voteOf(second.doc, second.voteId)).toMatchObject({ state: 'closed', written: [] });
	});

	it('refuses, writing nothing, a close that does not say what to write or names what it cannot write', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 1);
		const before = Y.encodeStateVector(doc);
		const close = (apply: unknown) =>
			refusalCode(() => op(doc, facilitator, 'closeVote', { voteId, apply }, t0 + 2000));
		expect(close(undefined)).toBe('required');
		expect(close(['project:p2'])).toBe('invalid_value');
		expect(close('project:p2')).toBe('invalid_value');
		expect(close({ 'project:ghost': 0 })).toBe('not_in_vote');
		expect(close({ 'project:p2': 7 })).toBe('vote_changed');
		expect(close({ 'project:p2': '10' })).toBe('vote_changed');
		expect(Y.encodeStateVector(doc)).toEqual(before);
		expect(voteOf(doc, voteId).state).toBe('open');
	});

	it('refuses a priority the dots no longer give: a dot arrived after the preview was shown', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 2);
		cast(doc, voteId, member, 'project:p3', 2);
		const shown = preview(doc, voteId);
		const apply = applyOf(shown, suggestedKeys(shown));
		expect(apply).toEqual({ 'project:p2': 10, 'project:p3': 10 });
		cast(doc, voteId, other, 'project:p2', 1);
		expect(refusalCode(() => op(doc, facilitator, 'closeVote', { voteId, apply }, t0 + 2000))).toBe(
			'vote_changed'
		);
		expect(priorities(snapshot(doc))).toMatchObject({ 'project:p2': 8, 'project:p3': 7 });
	});

	it('undoes the vote’s priorities as one step, exactly, and records it as a decision', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 3);
		cast(doc, voteId, other, 'action:a2', 1);
		cast(doc, voteId, other, 'project:p1', 1);
		const before = priorities(snapshot(doc));
		const rows = preview(doc, voteId);
		op(doc, facilitator, 'closeVote', { voteId, apply: applyOf(rows, suggestedKeys(rows)) }, t0 + 2000);
		expect(priorities(snapshot(doc))).not.toEqual(before);

		let transactions = 0;
		doc.on('afterTransaction', () => (transactions += 1));
		const undone = op(doc, facilitator, 'undoVote', { voteId }, t0 + 3000);
		expect(transactions).toBe(1);
		expect(undone).toEqual({ restored: ['project:p2', 'project:p1', 'action:a2'], kept: [] });
		// The action had no priority before the vote: it has none again.
		expect(priorities(snapshot(doc))).toEqual(before);
		expect(voteOf(doc, voteId).undone).toEqual({
			at: t0 + 3000,
			byName: 'Aigerim S.',
			restored: ['project:p2', 'project:p1', 'action:a2'],
			kept: []
		});
		expect(runningWorkshop(doc)!.decisions.at(-1)).toMatchObject({
			kind: 'undone',
			text: 'What first?',
			ref: `vote:${voteId}`
		});
		expect(refusalCode(() => op(doc, facilitator, 'undoVote', { voteId }, t0 + 4000))).toBe('vote_undone');
	});

	it('keeps a priority someone changed after the close, and restores the others', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 2);
		cast(doc, voteId, member, 'project:p3', 1);
		const rows = preview(doc, voteId);
		op(doc, facilitator, 'closeVote', { voteId, apply: applyOf(rows, suggestedKeys(rows)) }, t0 + 2000);
		updateProject(doc, 'p3', { priority: 2 });
		expect(op(doc, facilitator, 'undoVote', { voteId }, t0 + 3000)).toEqual({
			restored: ['project:p2'],
			kept: ['project:p3']
		});
		expect(priorities(snapshot(doc))).toMatchObject({ 'project:p2': 8, 'project:p3': 2 });
	});

	it('has nothing to undo before the close, after a close that wrote nothing, and after the workshop ends', () => {
		const { doc, voteId } = withVote();
		cast(doc, voteId, member, 'project:p2', 1);
		const undo = () => refusalCode(() => op(doc, facilitator, 'undoVote', { voteId }, t0 + 3000));
		expect(undo()).toBe('vote_open');
		op(doc, facilitator, 'closeVote', { voteId, apply: {} }, t0 + 2000);
		expect(undo()).toBe('nothing_to_undo');
		expect(refusalCode(() => op(doc, facilitator, 'undoVote', { voteId: 'nope' }))).toBe('not_found');

		const second = withVote();
		cast(second.doc, second.voteId, member, 'project:p2', 1);
		const rows = preview(second.doc, second.voteId);
		op(second.doc, facilitator, 'closeVote', { voteId: second.voteId, apply: applyOf(rows, ['project:p2']) });
		op(second.doc, facilitator, 'end', {}, t0 + 5000);
		expect(refusalCode(() => op(second.doc, facilitator, 'undoVote', { voteId: second.voteId }))).toBe(
			'workshop_ended'
		);
		expect(priorities(snapshot(second.doc))['project:p2']).toBe(10);
	});

	it('writes exactly what the preview shows for the chosen items, and undo puts every priority back (property)', () => {
		const keys = targets.map((t) => `${t.kind}:${t.id}`);
		fc.assert(
			fc.property(
				fc.array(fc.record({ who: fc.constantFrom(member, other), item: fc.constantFrom(...keys) }), {
					maxLength: 10
				}),
				fc.subarray(keys),
				(dots, chosen) => {
					const { doc, voteId } = withVote();
					for (const { who, item } of dots) {
						try {
							cast(doc, voteId, who, item);
						} catch {
							// A limit reached: the dot is refused, as on the server.
						}
					}
					const before = priorities(snapshot(doc));
					const rows = preview(doc, voteId);
					const { results } = op(
						doc,
						facilitator,
						'closeVote',
						{ voteId, apply: applyOf(rows, chosen) },
						t0 + 2000
					);
					expect(results).toEqual(
						rows.map(({ target, key, dots, voters, priority, rank }) => ({
							target,
							key,
							dots,
							voters,
							priority,
							rank
						}))
					);
					const after = priorities(snapshot(doc));
					for (const row of rows)
						expect(after[row.key], row.key).toBe(chosen.includes(row.key) ? row.priority : before[row.key]);
					if (chosen.length > 0) {
						op(doc, facilitator, 'undoVote', { voteId }, t0 + 3000);
						expect(priorities(snapshot(doc))).toEqual(before);
					}
				}
			),
			{ numRuns: 60, seed: 1717 }
		);
	});
});
