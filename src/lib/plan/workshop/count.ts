// Dot voting's counting rules, pure: what one more (or one less) dot does to a ballot, and the
// results a closed vote writes. The server applies them one request at a time, so the limits hold
// however many people click at once.
import { PlanError } from '../errors';
import type { Vote, VoteResult, VoteTarget } from './types';

/** The key ballots and results use for an item: `project:<id>`. */
export function targetKey(target: VoteTarget): string {
	return `${target.kind}:${target.id}`;
}

/** How many dots a voter used, has left, and put on each item. */
export function voterTotals(vote: Vote, voterKey: string) {
	const byItem = { ...(vote.ballots[voterKey] ?? {}) };
	const used = Object.values(byItem).reduce((sum, dots) => sum + dots, 0);
	return { used, left: Math.max(0, vote.perPerson - used), byItem };
}

/**
 * The voter's ballot after adding (`delta` 1) or taking back (−1) a dot on `item`, or the refusal:
 * `vote_closed` once closed, `time_up` from `closesAt` on, `not_in_vote`, `per_item_limit`,
 * `per_person_limit`, and `invalid_value` for taking back a dot that is not there.
 */
export function castDot(
	vote: Vote,
	voterKey: string,
	item: string,
	delta: number,
	now: number
): Record<string, number> {
	if (vote.state === 'closed') throw new PlanError('vote_closed', 'voteId', 'the vote is closed');
	if (vote.closesAt !== null && now >= vote.closesAt)
		throw new PlanError('time_up', 'voteId', 'the time for this vote is up');
	if (delta !== 1 && delta !== -1) throw new PlanError('invalid_value', 'delta', 'delta must be 1 or -1');
	if (!vote.targets.some((target) => targetKey(target) === item))
		throw new PlanError('not_in_vote', 'item', `${item} is not in this vote`);
	const { used, byItem } = voterTotals(vote, voterKey);
	const next = (byItem[item] ?? 0) + delta;
	if (next < 0) throw new PlanError('invalid_value', 'delta', 'there is no dot to take back');
	if (next > vote.perItem)
		throw new PlanError('per_item_limit', 'item', `at most ${vote.perItem} dots on one item`);
	if (used + delta > vote.perPerson)
		throw new PlanError('per_person_limit', 'item', `${vote.perPerson} dots per person`);
	if (next === 0) delete byItem[item];
	else byItem[item] = next;
	return byItem;
}

/**
 * Results, most dots first (ties keep the vote's item order and share a rank). Priority is the
 * item's dots against the top item's, on the plan's 0–10 scale: the top item gets 10, an item
 * without dots 0. Relative to the top, so it does not depend on how many people came.
 */
export function tally(vote: Vote): VoteResult[] {
	const counted = vote.targets.map((target, index) => {
		const key = targetKey(target);
		let dots = 0;
		let voters = 0;
		for (const ballot of Object.values(vote.ballots)) {
			const mine = ballot[key] ?? 0;
			dots += mine;
			if (mine > 0) voters += 1;
		}
		return { target, key, dots, voters, index };
	});
	const top = Math.max(0, ...counted.map((item) => item.dots));
	counted.sort((a, b) => b.dots - a.dots || a.index - b.index);
	return counted.map(({ target, key, dots, voters }) => ({
		target,
		key,
		dots,
		voters,
		priority: top === 0 ? 0 : Math.round((10 * dots) / top),
		rank: 1 + counted.filter((other) => other.dots > dots).length
	}));
}

/** How many people put at least one dot anywhere. */
export function voterCount(vote: Vote): number {
	return Object.values(vote.ballots).filter((ballot) => Object.values(ballot).some((dots) => dots > 0))
		.length;
}
