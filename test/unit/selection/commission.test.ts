// What the commission reads beside the ranking: each evaluator's own total, the choice the decision
// form starts from, and the decided applications grouped as the protocol lists them.
import { describe, expect, it } from 'vitest';
import { byDecision, evaluatorTotal, proposedFor } from '$lib/selection/commission';
import { proposeDecision, rankApplications } from '$lib/selection/ranking';
import { aCall, anApplication, aSheet } from './call-2017';

// Weights 3, 2, 1 on scales 10, 5, 5: a total is 100 × (3·p/10 + 2·c/5 + 1·o/5) / 6.
const call = aCall('scoring');

describe('an evaluator’s own total', () => {
	it('weighs their scores as the ranking weighs the means, on 0–100 with two decimals', () => {
		expect(evaluatorTotal(call.criteria, aSheet('a', 'eva', [10, 5, 5]).scores)).toBe(100);
		expect(evaluatorTotal(call.criteria, aSheet('a', 'eva', [0, 0, 0]).scores)).toBe(0);
		// 100 × (2.1 + 1.2 + 0.4) / 6 = 61.666…
		expect(evaluatorTotal(call.criteria, aSheet('a', 'eva', [7, 3, 2]).scores)).toBe(61.67);
	});

	it('is none for a sheet that lacks a criterion, or a call without criteria', () => {
		const { coordinator, ...partial } = aSheet('a', 'eva', [7, 3, 2]).scores;
		void coordinator;
		expect(evaluatorTotal(call.criteria, partial)).toBeNull();
		expect(evaluatorTotal([], {})).toBeNull();
	});
});

const submitted = (id: string, day: number) =>
	anApplication(id, {
		state: 'scored',
		submittedAt: `2017-06-${String(day).padStart(2, '0')}T08:00:00.000Z`
	});

// Four scored applications, best first: a1 (90), a2 (80), a3 (70), a4 (40, below the pass mark of 60).
const applications = [submitted('a1', 1), submitted('a2', 2), submitted('a3', 3), submitted('a4', 4)];
const sheets = [
	aSheet('a1', 'eva', [9, 5, 4]),
	aSheet('a1', 'ivan', [9, 4, 5]),
	aSheet('a2', 'eva', [8, 4, 4]),
	aSheet('a3', 'eva', [7, 4, 3]),
	aSheet('a4', 'eva', [4, 2, 2])
];
const ranking = rankApplications(call, applications, sheets);

describe('the choice the decision form starts from', () => {
	it('is what the ranking proposes for each application', () => {
		const proposal = proposeDecision(ranking, 2);
		expect(ranking.map((row) => proposedFor(proposal, row.applicationId))).toEqual([
			'chosen',
			'chosen',
			'reserve',
			'not_chosen'
		]);
	});

	it('is not chosen where the ranking proposes nothing (no proposal yet, or an application it does not know)', () => {
		expect(proposedFor(null, 'a1')).toBe('not_chosen');
		expect(proposedFor(proposeDecision(ranking, 2), 'elsewhere')).toBe('not_chosen');
	});
});

describe('the decided applications as the protocol lists them', () => {
	it('groups them by decision, each group in rank order whatever order they come in', () => {
		const decided = ranking.map((row, i) => ({
			...row,
			decision: (['reserve', 'chosen', 'chosen', 'not_chosen'] as const)[i]!
		}));
		const lists = byDecision(decided.toReversed());
		expect(lists.chosen.map((row) => row.applicationId)).toEqual(['a2', 'a3']);
		expect(lists.reserve.map((row) => row.applicationId)).toEqual(['a1']);
		expect(lists.not_chosen.map((row) => row.applicationId)).toEqual(['a4']);
	});

	it('leaves out what is not decided yet', () => {
		const lists = byDecision(ranking);
		expect([lists.chosen, lists.reserve, lists.not_chosen]).toEqual([[], [], []]);
	});
});
