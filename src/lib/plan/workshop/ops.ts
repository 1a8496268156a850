// The workshop's operations by name, as the server's door receives them: who may run each (the
// facilitator's `run` or a participant's `join`), and what it does on the document.
import type * as Y from 'yjs';
import { PlanError } from '../errors';
import { addNote, convertNote, editNote, groupNotes, moveNote, removeNote, ungroup } from './board';
import {
	changeTimer,
	endWorkshop,
	goToStep,
	recordDecision,
	setAgenda,
	setColumns,
	setFollow,
	startWorkshop
} from './session';
import { castVote, closeVote, openVote, readVoteOf, undoVotePriorities } from './vote';
import type { Participant } from './types';

/** Every operation and the permission it needs: `run` = `workshop.run`, `join` = `workshop.join`. */
export const WORKSHOP_OPS = {
	start: 'run',
	end: 'run',
	agenda: 'run',
	step: 'run',
	timer: 'run',
	follow: 'run',
	columns: 'run',
	group: 'run',
	ungroup: 'run',
	moveNote: 'run',
	convert: 'run',
	openVote: 'run',
	closeVote: 'run',
	undoVote: 'run',
	decide: 'run',
	addNote: 'join',
	editNote: 'join',
	removeNote: 'join',
	vote: 'join',
	ballotKey: 'join'
} as const;
export type WorkshopOp = keyof typeof WORKSHOP_OPS;

export function isWorkshopOp(value: unknown): value is WorkshopOp {
	return typeof value === 'string' && Object.hasOwn(WORKSHOP_OPS, value);
}

export type OpContext = {
	by: Participant;
	now: number;
	/** Whether `by` runs the workshop (may remove anyone's note). */
	moderator: boolean;
	/** `by`'s key in an anonymous vote's ballots: opaque, the same for every call on that vote. */
	anonymousKey: (voteId: string) => string;
};

/** `by`'s key into a vote's ballots: their user id, or the opaque key when the vote is anonymous. */
export function voterKeyFor(doc: Y.Doc, voteId: unknown, ctx: OpContext): string {
	const vote = readVoteOf(doc, voteId);
	return vote.anonymous ? ctx.anonymousKey(vote.id) : ctx.by.id;
}

/** Applies `op` with `args` (checked here) as `ctx.by`; returns the op's result. Throws PlanError. */
export function applyWorkshopOp(
	doc: Y.Doc,
	op: WorkshopOp,
	args: Record<string, unknown>,
	ctx: OpContext
): Record<string, unknown> {
	const { by, now } = ctx;
	switch (op) {
		case 'start':
			return { workshopId: startWorkshop(doc, args, by, now) };
		case 'end':
			return endWorkshop(doc, now);
		case 'agenda':
			setAgenda(doc, args);
			return {};
		case 'step':
			goToStep(doc, args.stepId, now);
			return {};
		case 'timer':
			changeTimer(doc, args, now);
			return {};
		case 'follow':
			setFollow(doc, args.on, by);
			return {};
		case 'columns':
			setColumns(doc, args);
			return {};
		case 'group':
			return { groupId: groupNotes(doc, args) };
		case 'ungroup':
			ungroup(doc, args);
			return {};
		case 'moveNote':
			moveNote(doc, args);
			return {};
		case 'convert':
			return { link: convertNote(doc, args, by, now) };
		case 'openVote':
			return { voteId: openVote(doc, args, now) };
		case 'closeVote':
			return closeVote(doc, args, by, now);
		case 'undoVote':
			return undoVotePriorities(doc, args, by, now);
		case 'decide':
			return { decisionId: recordDecision(doc, { text: args.text }, by, now) };
		case 'addNote':
			return { noteId: addNote(doc, args, by, now) };
		case 'editNote':
			editNote(doc, args, by);
			return {};
		case 'removeNote':
			removeNote(doc, args, by, ctx.moderator);
			return {};
		case 'vote':
			return castVote(doc, args, { key: voterKeyFor(doc, args.voteId, ctx), name: by.name }, now);
		case 'ballotKey':
			return { key: voterKeyFor(doc, args.voteId, ctx) };
	}
	throw new PlanError('invalid_value', 'op', `unknown operation ${String(op)}`);
}
