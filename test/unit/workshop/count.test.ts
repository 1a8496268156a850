// The counting rules of dot voting, on plain votes: limits per person and per item, taking a dot
// back, the time limit, closing, and the results and priorities a closed vote writes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { castDot, tally, voterCount, voterTotals, type Vote } from '../../../src/lib/plan/workshop';
import { PlanError } from '../../../src/lib/plan';
import { refusalCode } from './fixture';

function vote(fields: Partial<Vote> = {}): Vote {
	return {
		id: 'v1',
		title: 'Which projects first?',
		targets: [
			{ kind: 'project', id: 'p1' },
			{ kind: 'project', id: 'p2' },
			{ kind: 'action', id: 'a1' },
			{ kind: 'note', id: 'n1' }
		],
		perPerson: 3,
		perItem: 2,
		anonymous: false,
		openedAt: 1000,
		closesAt: null,
		state: 'open',
		ballots: {},
		voterNames: {},
		results: null,
		closedAt: null,
		written: null,
		undone: null,
		...fields
	};
}

/** Casts dots one by one as the server does, keeping each accepted ballot. */
function cast(v: Vote, voter: string, item: string, delta = 1, now = 2000): Vote {
	const ballot = castDot(v, voter, item, delta, now);
	return { ...v, ballots: { ...v.ballots, [voter]: ballot } };
}

describe('dot voting rules', () => {
	it('counts a voter’s dots per item and what they have left', () => {
		let v = vote();
		v = cast(v, 'ana', 'project:p1');
		v = cast(v, 'ana', 'project:p1');
		v = cast(v, 'ana', 'note:n1');
		expect(voterTotals(v, 'ana')).toEqual({ used: 3, left: 0, byItem: { 'project:p1': 2, 'note:n1': 1 } });
		expect(voterTotals(v, 'bek')).toEqual({ used: 0, left: 3, byItem: {} });
	});

	it('refuses a dot past the most one person may put on one item', () => {
		let v = cast(cast(vote(), 'ana', 'project:p1'), 'ana', 'project:p1');
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', 1, 2000))).toBe('per_item_limit');
		// Another person's dots on the same item do not count against ana's limit, nor hers against theirs.
		v = cast(cast(v, 'bek', 'project:p1'), 'bek', 'project:p1');
		expect(voterTotals(v, 'bek').byItem['project:p1']).toBe(2);
	});

	it('refuses a dot past the votes each person has, and accepts it after taking one back', () => {
		let v = cast(cast(cast(vote(), 'ana', 'project:p1'), 'ana', 'project:p2'), 'ana', 'action:a1');
		expect(refusalCode(() => castDot(v, 'ana', 'note:n1', 1, 2000))).toBe('per_person_limit');
		v = cast(v, 'ana', 'project:p2', -1);
		expect(voterTotals(v, 'ana').byItem).toEqual({ 'project:p1': 1, 'action:a1': 1 });
		v = cast(v, 'ana', 'note:n1');
		expect(voterTotals(v, 'ana')).toMatchObject({ used: 3, left: 0 });
	});

	it('refuses taking back a dot that is not there, a step other than one, and an item outside the vote', () => {
		const v = vote();
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', -1, 2000))).toBe('invalid_value');
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', 2, 2000))).toBe('invalid_value');
		expect(refusalCode(() => castDot(v, 'ana', 'project:p9', 1, 2000))).toBe('not_in_vote');
		expect(refusalCode(() => castDot(v, 'ana', 'action:p1', 1, 2000))).toBe('not_in_vote');
	});

	it('takes dots until the time limit and none from it on', () => {
		const v = vote({ closesAt: 5000 });
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', 1, 4999))).toBe('accepted');
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', 1, 5000))).toBe('time_up');
		expect(refusalCode(() => castDot(v, 'ana', 'project:p1', -1, 6000))).toBe('time_up');
	});

	it('takes no dot once closed, with or without a time limit', () => {
		expect(refusalCode(() => castDot(vote({ state: 'closed' }), 'ana', 'project:p1', 1, 2000))).toBe(
			'vote_closed'
		);
		expect(
			refusalCode(() => castDot(vote({ state: 'closed', closesAt: 9999 }), 'ana', 'project:p1', 1, 2000))
		).toBe('vote_closed');
	});

	it('ranks the results, shares a rank on equal dots and scales priorities to the top item', () => {
		let v = vote({ perPerson: 5, perItem: 3 });
		for (const [voter, item, times] of [
			['ana', 'project:p2', 3],
			['bek', 'project:p2', 1],
			['bek', 'action:a1', 2],
			['cem', 'action:a1', 2],
			['cem', 'note:n1', 1]
		] as const)
			for (let i = 0; i < times; i++) v = cast(v, voter, item);
		const results = tally(v);
		expect(results.map((r) => [r.key, r.dots, r.voters, r.rank, r.priority])).toEqual([
			['project:p2', 4, 2, 1, 10],
			['action:a1', 4, 2, 1, 10],
			['note:n1', 1, 1, 3, 3],
			['project:p1', 0, 0, 4, 0]
		]);
		expect(voterCount(v)).toBe(3);
	});

	it('gives every item priority 0 when nobody voted', () => {
		expect(tally(vote()).map((r) => r.priority)).toEqual([0, 0, 0, 0]);
	});

	it('holds the limits and adds up, whatever the order of clicks (property)', () => {
		const voters = ['ana', 'bek', 'cem'];
		const items = ['project:p1', 'project:p2', 'action:a1', 'note:n1', 'project:zz'];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 6 }),
				fc.array(
					fc.record({
						voter: fc.constantFrom(...voters),
						item: fc.constantFrom(...items),
						delta: fc.constantFrom(1, 1, -1)
					}),
					{ maxLength: 60 }
				),
				(perPerson, perItemWish, clicks) => {
					const perItem = Math.min(perPerson, perItemWish);
					let v = vote({ perPerson, perItem });
					for (const { voter, item, delta } of clicks) {
						try {
							v = cast(v, voter, item, delta);
						} catch (error) {
							if (!(error instanceof PlanError)) throw error;
						}
					}
					for (const voter of voters) {
						const { used, byItem } = voterTotals(v, voter);
						expect(used).toBeLessThanOrEqual(perPerson);
						for (const dots of Object.values(byItem)) {
							expect(dots).toBeGreaterThan(0);
							expect(dots).toBeLessThanOrEqual(perItem);
						}
						expect(Object.keys(byItem).every((key) => key !== 'project:zz')).toBe(true);
					}
					const results = tally(v);
					const cast_ = voters.reduce((sum, voter) => sum + voterTotals(v, voter).used, 0);
					expect(results.reduce((sum, r) => sum + r.dots, 0)).toBe(cast_);
					const top = Math.max(...results.map((r) => r.dots));
					for (const r of results) {
						expect(r.priority).toBeGreaterThanOrEqual(0);
						expect(r.priority).toBeLessThanOrEqual(10);
						if (top > 0 && r.dots === top) expect(r.priority).toBe(10);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});
