// The brainstorm board: sticky notes in the facilitator's columns, grouped, and turned into plan
// items (an objective, action or project) in one step that keeps the link from note to item.
import type * as Y from 'yjs';
import { PlanError } from '../errors';
import { newId } from '../ids';
import { oneOf, requiredText } from '../input';
import { items } from '../layout';
import { LANGS, type Lang } from '../localized';
import { addAction } from '../action';
import { addObjective } from '../objective';
import { addProject } from '../project';
import { part, requireRunning } from './layout';
import { recordDecision } from './session';
import type { Column, Group, Note, NoteLink, Participant } from './types';

export const MAX_NOTE = 1000;

function noteText(value: unknown): string {
	return requiredText(value, 'text', MAX_NOTE);
}

function column(workshop: Y.Map<unknown>, id: unknown): Column {
	const found = typeof id === 'string' ? part<Column>(workshop, 'columns').get(id) : undefined;
	if (!found) throw new PlanError('not_found', 'columnId', `no column ${String(id)}`);
	return found;
}

function note(workshop: Y.Map<unknown>, id: unknown): Note {
	const found = typeof id === 'string' ? part<Note>(workshop, 'notes').get(id) : undefined;
	if (!found) throw new PlanError('not_found', 'noteId', `no note ${String(id)}`);
	return found;
}

function group(workshop: Y.Map<unknown>, id: unknown): Group {
	const found = typeof id === 'string' ? part<Group>(workshop, 'groups').get(id) : undefined;
	if (!found) throw new PlanError('not_found', 'groupId', `no group ${String(id)}`);
	return found;
}

/** Adds a note to a column of the running workshop; returns its id. */
export function addNote(doc: Y.Doc, input: Record<string, unknown>, by: Participant, now: number): string {
	const workshop = requireRunning(doc);
	const { id: columnId } = column(workshop, input.columnId);
	const text = noteText(input.text);
	const id = newId();
	const entry: Note = {
		id,
		columnId,
		groupId: null,
		text,
		author: by.username,
		authorName: by.name,
		createdAt: new Date(now).toISOString(),
		link: null,
		votes: null
	};
	part(workshop, 'notes').set(id, entry);
	return id;
}

/** A note's author may change or remove it; `moderator` (the facilitator) may remove any. */
function own(entry: Note, by: Participant, moderator: boolean): void {
	if (entry.author !== by.username && !moderator)
		throw new PlanError('not_author', 'noteId', 'only its author may change a note');
}

export function editNote(doc: Y.Doc, input: Record<string, unknown>, by: Participant): void {
	const workshop = requireRunning(doc);
	const entry = note(workshop, input.noteId);
	own(entry, by, false);
	part(workshop, 'notes').set(entry.id, { ...entry, text: noteText(input.text) });
}

export function removeNote(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	moderator: boolean
): void {
	const workshop = requireRunning(doc);
	const entry = note(workshop, input.noteId);
	own(entry, by, moderator);
	part(workshop, 'notes').delete(entry.id);
}

/** Groups notes under a title in the first note's column (the others move there); returns its id. */
export function groupNotes(doc: Y.Doc, input: Record<string, unknown>): string {
	const workshop = requireRunning(doc);
	const title = requiredText(input.title, 'title');
	if (!Array.isArray(input.noteIds) || input.noteIds.length === 0)
		throw new PlanError('required', 'noteIds', 'choose the notes to group');
	const notes = [...new Set(input.noteIds)].map((id) => note(workshop, id));
	const columnId = notes[0]!.columnId;
	const groups = part<Group>(workshop, 'groups');
	const id = newId();
	const order = Math.max(0, ...[...groups.values()].map((g) => g.order)) + 1;
	doc.transact(() => {
		groups.set(id, { id, columnId, title, order, link: null });
		for (const entry of notes) part(workshop, 'notes').set(entry.id, { ...entry, columnId, groupId: id });
	});
	return id;
}

/** Dissolves a group; its notes stay in the column. */
export function ungroup(doc: Y.Doc, input: Record<string, unknown>): void {
	const workshop = requireRunning(doc);
	const { id } = group(workshop, input.groupId);
	doc.transact(() => {
		for (const entry of part<Note>(workshop, 'notes').values())
			if (entry.groupId === id) part(workshop, 'notes').set(entry.id, { ...entry, groupId: null });
		part(workshop, 'groups').delete(id);
	});
}

/** Moves a note to a column, into one of its groups or none. */
export function moveNote(doc: Y.Doc, input: Record<string, unknown>): void {
	const workshop = requireRunning(doc);
	const entry = note(workshop, input.noteId);
	const { id: columnId } = column(workshop, input.columnId);
	const groupId =
		input.groupId === undefined || input.groupId === null ? null : group(workshop, input.groupId).id;
	if (groupId !== null && part<Group>(workshop, 'groups').get(groupId)!.columnId !== columnId)
		throw new PlanError('invalid_value', 'groupId', 'the group is in another column');
	part(workshop, 'notes').set(entry.id, { ...entry, columnId, groupId });
}

export const CONVERT_KINDS = ['objective', 'action', 'project'] as const;

/**
 * Turns a note, or a group of notes, into an objective (under `lineId`, else the column's line),
 * an action (under `objectiveId`) or a project, titled with the note's text (or the group's title)
 * in `lang`. The note(s) and group keep the link, and a decision records it. Returns the link.
 */
export function convertNote(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	now: number
): NoteLink {
	const workshop = requireRunning(doc);
	const kind = oneOf(input.kind, CONVERT_KINDS, 'kind');
	const lang: Lang = oneOf(input.lang ?? 'ru', LANGS, 'lang');
	const fromGroup = input.groupId !== undefined && input.groupId !== null;
	const source = fromGroup ? group(workshop, input.groupId) : note(workshop, input.noteId);
	const title = fromGroup ? (source as Group).title : (source as Note).text;
	const notes = fromGroup
		? [...part<Note>(workshop, 'notes').values()].filter((entry) => entry.groupId === source.id)
		: [source as Note];
	const sourceColumn = fromGroup ? (source as Group).columnId : (source as Note).columnId;
	// Checked before anything is written, so a refusal leaves no half-made item.
	let lineId: string | null = null;
	if (kind === 'objective') {
		const chosen = input.lineId ?? column(workshop, sourceColumn).lineId;
		if (typeof chosen !== 'string' || !items(doc, 'lines').has(chosen))
			throw new PlanError('required', 'lineId', 'choose the strategic line');
		lineId = chosen;
	}
	const objectiveId = input.objectiveId;
	if (kind === 'action' && (typeof objectiveId !== 'string' || !items(doc, 'objectives').has(objectiveId)))
		throw new PlanError('required', 'objectiveId', 'choose the objective');
	let link: NoteLink | undefined;
	doc.transact(() => {
		const named = { [lang]: title };
		link =
			kind === 'project'
				? { collection: 'projects', id: addProject(doc, { title: named }) }
				: kind === 'objective'
					? { collection: 'objectives', id: addObjective(doc, { lineId: lineId!, title: named }) }
					: {
							collection: 'actions',
							id: addAction(doc, { objectiveId: objectiveId as string, title: named })
						};
		if (fromGroup) part(workshop, 'groups').set(source.id, { ...(source as Group), link });
		for (const entry of notes) part(workshop, 'notes').set(entry.id, { ...entry, link });
		recordDecision(doc, { text: title, kind: 'converted', ref: `${link.collection}:${link.id}` }, by, now);
	});
	return link!;
}
