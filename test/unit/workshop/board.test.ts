// The brainstorm board: notes by their authors, grouping and moving, and turning notes into plan
// items that keep the link back.
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../../src/lib/plan';
import { runningWorkshop } from '../../../src/lib/plan/workshop';
import { facilitator, member, op, other, refusalCode, started } from './fixture';

function board() {
	const doc = started();
	const [strengths, ideas] = runningWorkshop(doc)!.columns;
	return { doc, strengths: strengths!.id, ideas: ideas!.id };
}

describe('brainstorm board', () => {
	it('keeps each note with its author from the session and lets only the author edit it', () => {
		const { doc, strengths } = board();
		const { noteId } = op(doc, member, 'addNote', { columnId: strengths, text: '  Cheap grain  ' });
		const note = () => runningWorkshop(doc)!.notes.find((n) => n.id === noteId)!;
		expect(note()).toMatchObject({
			text: 'Cheap grain',
			author: 'bolat',
			authorName: 'Bolat K.',
			groupId: null,
			link: null
		});
		op(doc, member, 'editNote', { noteId, text: 'Cheap, good grain' });
		expect(note().text).toBe('Cheap, good grain');
		expect(refusalCode(() => op(doc, other, 'editNote', { noteId, text: 'mine now' }))).toBe('not_author');
		expect(refusalCode(() => op(doc, other, 'removeNote', { noteId }))).toBe('not_author');
		expect(note().text).toBe('Cheap, good grain');
		// The facilitator moderates: may remove anyone's note, not rewrite it.
		expect(refusalCode(() => op(doc, facilitator, 'editNote', { noteId, text: 'x' }))).toBe('not_author');
		op(doc, facilitator, 'removeNote', { noteId });
		expect(runningWorkshop(doc)!.notes).toEqual([]);
	});

	it('refuses empty or overlong notes and unknown columns', () => {
		const { doc, strengths } = board();
		expect(refusalCode(() => op(doc, member, 'addNote', { columnId: strengths, text: '   ' }))).toBe(
			'required'
		);
		expect(
			refusalCode(() => op(doc, member, 'addNote', { columnId: strengths, text: 'x'.repeat(1001) }))
		).toBe('too_long');
		expect(refusalCode(() => op(doc, member, 'addNote', { columnId: 'nope', text: 'x' }))).toBe('not_found');
		expect(runningWorkshop(doc)!.notes).toEqual([]);
	});

	it('groups notes into the first note’s column, moves and ungroups them', () => {
		const { doc, strengths, ideas } = board();
		const a = op(doc, member, 'addNote', { columnId: strengths, text: 'Export to China' }).noteId;
		const b = op(
			doc,
			other,
			'addNote',
			{ columnId: ideas, text: 'Trade fair in Urumqi' },
			1_700_000_001_000
		).noteId;
		const { groupId } = op(doc, facilitator, 'group', { noteIds: [a, b], title: 'China' });
		let w = runningWorkshop(doc)!;
		expect(w.groups).toMatchObject([{ id: groupId, columnId: strengths, title: 'China' }]);
		expect(w.notes.map((n) => [n.columnId, n.groupId])).toEqual([
			[strengths, groupId],
			[strengths, groupId]
		]);
		expect(refusalCode(() => op(doc, facilitator, 'moveNote', { noteId: b, columnId: ideas, groupId }))).toBe(
			'invalid_value'
		);
		op(doc, facilitator, 'moveNote', { noteId: b, columnId: ideas });
		op(doc, facilitator, 'ungroup', { groupId });
		w = runningWorkshop(doc)!;
		expect(w.groups).toEqual([]);
		expect(w.notes.map((n) => [n.columnId, n.groupId])).toEqual([
			[strengths, null],
			[ideas, null]
		]);
	});

	it('turns a note into a project in one step, with the link kept and a decision recorded', () => {
		const { doc, strengths } = board();
		const { noteId } = op(doc, member, 'addNote', { columnId: strengths, text: 'Joint grain laboratory' });
		const { link } = op(doc, facilitator, 'convert', { noteId, kind: 'project', lang: 'ru' });
		const project = snapshot(doc).projects.find((p) => p.id === (link as { id: string }).id)!;
		expect(project.title.ru).toBe('Joint grain laboratory');
		const w = runningWorkshop(doc)!;
		expect(w.notes[0]!.link).toEqual({ collection: 'projects', id: project.id });
		expect(w.decisions).toMatchObject([
			{ kind: 'converted', text: 'Joint grain laboratory', ref: `projects:${project.id}` }
		]);
	});

	it('puts an objective under the column’s line and an action under the chosen objective', () => {
		const { doc, strengths, ideas } = board();
		const idea = op(doc, member, 'addNote', { columnId: ideas, text: 'Enter Uzbekistan' }).noteId;
		const { link } = op(doc, facilitator, 'convert', { noteId: idea, kind: 'objective', lang: 'en' });
		const line = snapshot(doc).strategy.lines[0]!;
		expect(line.objectives.map((o) => o.title.en)).toEqual(['Enter China', 'Enter Uzbekistan']);
		expect(link).toEqual({ collection: 'objectives', id: line.objectives[1]!.id });
		// A column with no line: an objective needs one named, an action its objective.
		const loose = op(doc, member, 'addNote', { columnId: strengths, text: 'Mill audit' }).noteId;
		expect(refusalCode(() => op(doc, facilitator, 'convert', { noteId: loose, kind: 'objective' }))).toBe(
			'required'
		);
		expect(refusalCode(() => op(doc, facilitator, 'convert', { noteId: loose, kind: 'action' }))).toBe(
			'required'
		);
		op(doc, facilitator, 'convert', { noteId: loose, kind: 'action', objectiveId: 'o1', lang: 'en' });
		expect(snapshot(doc).strategy.lines[0]!.objectives[0]!.actions.map((a) => a.title.en)).toEqual([
			'Trade mission',
			'Certify mills',
			'Mill audit'
		]);
	});

	it('turns a group into one item titled by the group, linking every note in it', () => {
		const { doc, strengths } = board();
		const a = op(doc, member, 'addNote', { columnId: strengths, text: 'Lab tests' }).noteId;
		const b = op(doc, other, 'addNote', { columnId: strengths, text: 'Certificates' }).noteId;
		const { groupId } = op(doc, facilitator, 'group', { noteIds: [a, b], title: 'Quality centre' });
		const before = snapshot(doc).projects.length;
		const { link } = op(doc, facilitator, 'convert', { groupId, kind: 'project', lang: 'kk' });
		const projects = snapshot(doc).projects;
		expect(projects.length).toBe(before + 1);
		expect(projects.find((p) => p.id === (link as { id: string }).id)!.title.kk).toBe('Quality centre');
		const w = runningWorkshop(doc)!;
		expect(w.groups[0]!.link).toEqual(link);
		expect(w.notes.map((n) => n.link)).toEqual([link, link]);
	});
});
