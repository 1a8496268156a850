// Dot voting in a running workshop: the facilitator opens a vote over notes, actions or projects,
// people place their dots, closing it writes the results and the priorities the facilitator chose
// from the preview, and the facilitator can take those priorities back as one step.
import * as Y from 'yjs';
import { PlanError } from '../errors';
import { newId } from '../ids';
import { bool, finiteNumber, oneOf, requiredText } from '../input';
import { items } from '../layout';
import { updateAction } from '../action';
import { updateProject } from '../project';
import { snapshot } from '../snapshot';
import { castDot } from './count';
import { chosenWrites, closingPreview, priorityLookup, undoWrites, type ClosingRow } from './closing';
import { makeMap, part, requireRunning } from './layout';
import { readVote } from './read';
import { recordDecision } from './session';
import {
	VOTE_TARGET_KINDS,
	type Note,
	type Participant,
	type PriorityWrite,
	type Vote,
	type VoteResult,
	type VoteTarget,
	type VoteUndo
} from './types';

export const MAX_VOTE_TARGETS = 200;
export const MAX_DOTS = 50;

function checkTargets(doc: Y.Doc, workshop: Y.Map<unknown>, value: unknown): VoteTarget[] {
	if (!Array.isArray(value) || value.length === 0 || value.length > MAX_VOTE_TARGETS)
		throw new PlanError('required', 'targets', `choose 1 to ${MAX_VOTE_TARGETS} items to vote on`);
	const seen = new Set<string>();
	return value.flatMap((entry, index) => {
		const field = `targets[${index}]`;
		if (typeof entry !== 'object' || entry === null)
			throw new PlanError('invalid_value', field, `${field} must be an object`);
		const { kind, id } = entry as Record<string, unknown>;
		const checkedKind = oneOf(kind, VOTE_TARGET_KINDS, `${field}.kind`);
		const exists =
			typeof id === 'string' &&
			(checkedKind === 'note'
				? part(workshop, 'notes').has(id)
				: items(doc, checkedKind === 'action' ? 'actions' : 'projects').has(id));
		if (!exists) throw new PlanError('dangling_link', `${field}.id`, `no ${checkedKind} ${String(id)}`);
		const key = `${checkedKind}:${id as string}`;
		if (seen.has(key)) return [];
		seen.add(key);
		return [{ kind: checkedKind, id: id as string }];
	});
}

/** Opens a vote in the running workshop; returns its id. */
export function openVote(doc: Y.Doc, input: Record<string, unknown>, now: number): string {
	const workshop = requireRunning(doc);
	const title = requiredText(input.title, 'title');
	const targets = checkTargets(doc, workshop, input.targets);
	const perPerson = Math.round(finiteNumber(input.perPerson, 'perPerson', 1, MAX_DOTS));
	const perItem = Math.round(finiteNumber(input.perItem ?? perPerson, 'perItem', 1, perPerson));
	const anonymous = bool(input.anonymous ?? false, 'anonymous');
	const minutes =
		input.minutes === undefined || input.minutes === null
			? null
			: finiteNumber(input.minutes, 'minutes', 0.5, 240);
	const id = newId();
	part(workshop, 'votes').set(
		id,
		makeMap({
			id,
			title,
			targets,
			perPerson,
			perItem,
			anonymous,
			openedAt: now,
			closesAt: minutes === null ? null : now + Math.round(minutes * 60_000),
			state: 'open',
			ballots: new Y.Map(),
			voterNames: new Y.Map(),
			results: null,
			closedAt: null,
			written: null,
			undone: null
		})
	);
	return id;
}

function voteMap(workshop: Y.Map<unknown>, id: unknown): Y.Map<unknown> {
	const found = typeof id === 'string' ? part<Y.Map<unknown>>(workshop, 'votes').get(id) : undefined;
	if (!found) throw new PlanError('not_found', 'voteId', `no vote ${String(id)}`);
	return found;
}

/** The vote with `voteId` in the running workshop, as plain data (read alone: a dot is a hot path). */
export function readVoteOf(doc: Y.Doc, voteId: unknown): Vote {
	return readVote(voteMap(requireRunning(doc), voteId));
}

/**
 * Adds or takes back one dot of `voterKey`'s on `item` under the counting rules (`castDot`). The
 * voter's name is kept only for a vote that is not anonymous. Returns the ballot and the dots left.
 */
export function castVote(
	doc: Y.Doc,
	input: Record<string, unknown>,
	voter: { key: string; name: string },
	now: number
): { ballot: Record<string, number>; left: number } {
	const workshop = requireRunning(doc);
	const map = voteMap(workshop, input.voteId);
	const vote = readVote(map);
	if (typeof input.item !== 'string') throw new PlanError('invalid_value', 'item', 'item must be text');
	const ballot = castDot(vote, voter.key, input.item, input.delta as number, now);
	doc.transact(() => {
		(map.get('ballots') as Y.Map<unknown>).set(voter.key, ballot);
		if (!vote.anonymous) (map.get('voterNames') as Y.Map<unknown>).set(voter.key, voter.name);
	});
	const used = Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
	return { ballot, left: vote.perPerson - used };
}

/** The rows closing the vote would show now, priorities read from the document as pages read them. */
function previewOf(doc: Y.Doc, vote: Vote): ClosingRow[] {
	return closingPreview(vote, priorityLookup(snapshot(doc)));
}

// A project always has a priority, so only an action's before can be null.
function writePriority(doc: Y.Doc, target: VoteTarget, priority: number | null): void {
	if (target.kind === 'project') updateProject(doc, target.id, { priority: priority ?? 0 });
	else if (target.kind === 'action') updateAction(doc, target.id, { priority });
}

/**
 * Closes a vote: its results are kept, each voted note gets its dots, and the priorities the
 * facilitator confirmed are written: `input.apply` maps each chosen project or action to the
 * priority the preview showed it (`closingPreview`); every other item keeps its priority. A
 * decision records it. Closing a closed vote is `vote_closed`; a chosen priority the dots no longer
 * give is `vote_changed` (see `chosenWrites`), and nothing is written.
 */
export function closeVote(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	now: number
): { results: VoteResult[]; written: PriorityWrite[] } {
	const workshop = requireRunning(doc);
	const map = voteMap(workshop, input.voteId);
	const vote = readVote(map);
	if (vote.state === 'closed') throw new PlanError('vote_closed', 'voteId', 'the vote is already closed');
	if (input.apply === undefined)
		throw new PlanError('required', 'apply', 'say which priorities to write (an empty map writes none)');
	const rows = previewOf(doc, vote);
	const written = chosenWrites(rows, input.apply);
	const results = rows.map(({ target, key, dots, voters, priority, rank }) => ({
		target,
		key,
		dots,
		voters,
		priority,
		rank
	}));
	doc.transact(() => {
		map.set('state', 'closed');
		map.set('closedAt', now);
		map.set('results', results);
		map.set('written', written);
		map.set('undone', null);
		const notes = part<Note>(workshop, 'notes');
		for (const { target, dots } of results) {
			const note = target.kind === 'note' ? notes.get(target.id) : undefined;
			if (note) notes.set(target.id, { ...note, votes: dots });
		}
		for (const write of written) writePriority(doc, write.target, write.after);
		recordDecision(doc, { text: vote.title, kind: 'vote', ref: `vote:${vote.id}` }, by, now);
	});
	return { results, written };
}

/**
 * Takes back the priorities a closed vote wrote, as one step, while the workshop runs: each item
 * gets the priority it had before the close, unless it changed since or was removed (kept, and
 * named in the answer). A decision records it. `vote_open` before the close, `nothing_to_undo` when
 * closing wrote nothing (or the vote was closed before closing kept what it replaced), and
 * `vote_undone` the second time.
 */
export function undoVotePriorities(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	now: number
): { restored: string[]; kept: string[] } {
	const workshop = requireRunning(doc);
	const map = voteMap(workshop, input.voteId);
	const vote = readVote(map);
	if (vote.state !== 'closed') throw new PlanError('vote_open', 'voteId', 'the vote is still open');
	if (vote.undone) throw new PlanError('vote_undone', 'voteId', 'this vote’s priorities are already undone');
	if (!vote.written || vote.written.length === 0)
		throw new PlanError('nothing_to_undo', 'voteId', 'closing this vote wrote no priorities');
	const { restore, kept } = undoWrites(vote.written, priorityLookup(snapshot(doc)));
	const undone: VoteUndo = {
		at: now,
		byName: by.name,
		restored: restore.map((write) => write.key),
		kept: kept.map((write) => write.key)
	};
	doc.transact(() => {
		for (const write of restore) writePriority(doc, write.target, write.before);
		map.set('undone', undone);
		recordDecision(doc, { text: vote.title, kind: 'undone', ref: `vote:${vote.id}` }, by, now);
	});
	return { restored: undone.restored, kept: undone.kept };
}
