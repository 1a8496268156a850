// Dot voting in a running workshop: the facilitator opens a vote over notes, actions or projects,
// people place their dots, and closing it writes the results and the voted items' priorities.
import * as Y from 'yjs';
import { PlanError } from '../errors';
import { newId } from '../ids';
import { bool, finiteNumber, oneOf, requiredText } from '../input';
import { items } from '../layout';
import { updateAction } from '../action';
import { updateProject } from '../project';
import { castDot, tally } from './count';
import { makeMap, part, requireRunning } from './layout';
import { readVote } from './read';
import { recordDecision } from './session';
import {
	VOTE_TARGET_KINDS,
	type Note,
	type Participant,
	type Vote,
	type VoteResult,
	type VoteTarget
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
			closedAt: null
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

/**
 * Closes a vote: its results are kept, each voted note gets its dots, and each voted project and
 * action gets the priority the results give it (items removed since are skipped). A decision
 * records it. Closing a closed vote is `vote_closed`.
 */
export function closeVote(
	doc: Y.Doc,
	input: Record<string, unknown>,
	by: Participant,
	now: number
): VoteResult[] {
	const workshop = requireRunning(doc);
	const map = voteMap(workshop, input.voteId);
	const vote = readVote(map);
	if (vote.state === 'closed') throw new PlanError('vote_closed', 'voteId', 'the vote is already closed');
	const results = tally(vote);
	doc.transact(() => {
		map.set('state', 'closed');
		map.set('closedAt', now);
		map.set('results', results);
		const notes = part<Note>(workshop, 'notes');
		for (const { target, dots, priority } of results) {
			if (target.kind === 'note') {
				const note = notes.get(target.id);
				if (note) notes.set(target.id, { ...note, votes: dots });
			} else if (target.kind === 'project') {
				if (items(doc, 'projects').has(target.id)) updateProject(doc, target.id, { priority });
			} else if (items(doc, 'actions').has(target.id)) updateAction(doc, target.id, { priority });
		}
		recordDecision(doc, { text: vote.title, kind: 'vote', ref: `vote:${vote.id}` }, by, now);
	});
	return results;
}
