// The ranking: weighted totals on 0–100 from the means of the scores that count, the pass mark,
// ties to the earlier submission, the evaluators' spread, and the decision it proposes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '$lib/selection/application';
import { DISPUTE_SPREAD, proposeDecision, rankApplications, reserveSize } from '$lib/selection/ranking';
import type { Sheet } from '$lib/selection/scoring';
import { aCall, anApplication, aSheet, refusal } from './call-2017';

const seed = Number(process.env.FC_SEED ?? 21_2026);

// Weights 3, 2, 1 on scales 10, 5, 5: a total is 100 × (3·p/10 + 2·c/5 + 1·o/5) / 6.
const call = aCall('scoring');
const PANEL = call.evaluators;

/** A scored application submitted on `day` of June 2017. */
const scored = (id: string, day = 10, change: Partial<Application> = {}) =>
	anApplication(id, {
		state: 'scored',
		submittedAt: `2017-06-${String(day).padStart(2, '0')}T08:00:00.000Z`,
		...change
	});
const rankOf = (ranking: { applicationId: string; rank: number }[]) =>
	ranking.map((entry) => entry.applicationId);

describe('a total', () => {
	it('weighs the mean of each criterion by its weight, on 0–100', () => {
		const [entry] = rankApplications(
			call,
			[scored('a1')],
			[aSheet('a1', 'eva', [8, 3, 5]), aSheet('a1', 'ivan', [6, 4, 4])]
		);
		// Means 7, 3.5, 4.5: 100 × (2.1 + 1.4 + 0.9) / 6 = 73.33.
		expect(entry).toMatchObject({
			applicationId: 'a1',
			total: 73.33,
			byCriterion: { potential: 7, cooperation: 3.5, coordinator: 4.5 },
			evaluators: 2,
			spread: 6.67,
			disputed: false,
			passes: true,
			rank: 1,
			decision: null
		});
	});

	it('is 100 for the highest score on every criterion and 0 for the lowest', () => {
		const ranking = rankApplications(
			call,
			[scored('a1'), scored('a2')],
			[aSheet('a1', 'eva', [10, 5, 5]), aSheet('a2', 'eva', [0, 0, 0])]
		);
		expect(ranking.map((entry) => entry.total)).toEqual([100, 0]);
	});

	it('counts a heavier criterion more', () => {
		// The best on potential (weight 3) against the best on the coordinator (weight 1).
		const sheets = [aSheet('a1', 'eva', [0, 0, 5]), aSheet('a2', 'eva', [10, 0, 0])];
		const ranking = rankApplications(call, [scored('a1'), scored('a2')], sheets);
		expect(ranking.map((entry) => [entry.applicationId, entry.total])).toEqual([
			['a2', 50],
			['a1', 16.67]
		]);
		const coordinatorFirst = {
			...call,
			criteria: call.criteria.map((criterion) => ({
				...criterion,
				weight: criterion.id === 'coordinator' ? 10 : 1
			}))
		};
		expect(rankOf(rankApplications(coordinatorFirst, [scored('a1'), scored('a2')], sheets))).toEqual([
			'a1',
			'a2'
		]);
	});

	it('takes the means over the evaluators who scored: not a conflict, a draft, or one who left the panel', () => {
		const sheets: Sheet[] = [
			aSheet('a1', 'eva', [8, 3, 5]),
			aSheet('a1', 'ivan', [6, 4, 4]),
			aSheet('a1', 'aigul', [0, 0, 0], { conflict: true, scores: {}, submittedAt: null }),
			aSheet('a1', 'marat', [0, 0, 0], { submittedAt: null }),
			aSheet('a1', 'withdrawn', [0, 0, 0])
		];
		const [entry] = rankApplications(call, [scored('a1')], sheets);
		expect(entry).toMatchObject({ total: 73.33, evaluators: 2, byCriterion: { potential: 7 } });
		// Once Ivan withdraws from the panel, Eva's sheet alone counts.
		const withoutIvan = { ...call, evaluators: ['eva', 'aigul', 'marat'] };
		expect(rankApplications(withoutIvan, [scored('a1')], sheets)[0]).toMatchObject({
			total: 76.67,
			evaluators: 1,
			spread: 0
		});
	});
});

describe('the pass mark', () => {
	it('is reached by a total equal to it, and not by one below', () => {
		const sheets = [aSheet('a1', 'eva', [6, 3, 3]), aSheet('a2', 'eva', [6, 3, 2])];
		const ranking = rankApplications(call, [scored('a1'), scored('a2')], sheets);
		expect(ranking.map((entry) => [entry.applicationId, entry.total, entry.passes])).toEqual([
			['a1', 60, true],
			['a2', 56.67, false]
		]);
	});
});

describe('the order', () => {
	it('puts the earlier submission first on equal totals, then the lower id', () => {
		const applications = [scored('a1', 20), scored('a2', 12), scored('a3', 12), scored('a4', 25)];
		const sheets = [
			aSheet('a1', 'eva', [7, 3, 4]),
			aSheet('a2', 'eva', [7, 3, 4]),
			aSheet('a3', 'eva', [7, 3, 4]),
			aSheet('a4', 'eva', [9, 3, 4])
		];
		expect(rankOf(rankApplications(call, applications, sheets))).toEqual(['a4', 'a2', 'a3', 'a1']);
		expect(rankOf(rankApplications(call, [...applications].reverse(), [...sheets].reverse()))).toEqual([
			'a4',
			'a2',
			'a3',
			'a1'
		]);
	});

	it('ranks only applications that passed the formal check, and those without scores last', () => {
		const applications = [
			scored('a1'),
			anApplication('a2', { state: 'eligible', submittedAt: '2017-06-01T08:00:00.000Z' }),
			anApplication('a3', { state: 'rejected', submittedAt: '2017-06-01T08:00:00.000Z' }),
			anApplication('a4', { state: 'submitted', submittedAt: '2017-06-01T08:00:00.000Z' }),
			anApplication('a5')
		];
		const ranking = rankApplications(call, applications, [aSheet('a1', 'eva', [0, 0, 1])]);
		expect(ranking.map((entry) => [entry.applicationId, entry.total, entry.passes, entry.rank])).toEqual([
			['a1', 3.33, false, 1],
			['a2', null, false, 2]
		]);
		expect(ranking[1]!.byCriterion).toEqual({ potential: null, cooperation: null, coordinator: null });
	});

	it('carries the decision once there is one', () => {
		const applications = [scored('a1', 10, { state: 'chosen' }), scored('a2', 10, { state: 'reserve' })];
		const sheets = [aSheet('a1', 'eva', [9, 5, 5]), aSheet('a2', 'eva', [8, 5, 5])];
		expect(rankApplications(call, applications, sheets).map((entry) => entry.decision)).toEqual([
			'chosen',
			'reserve'
		]);
	});
});

describe('the spread', () => {
	it('is the highest evaluator’s total minus the lowest, disputed only above 20 points', () => {
		expect(DISPUTE_SPREAD).toBe(20);
		const twenty = rankApplications(
			call,
			[scored('a1')],
			[aSheet('a1', 'eva', [10, 5, 5]), aSheet('a1', 'ivan', [6, 5, 5])]
		);
		expect(twenty[0]).toMatchObject({ spread: 20, disputed: false });
		const apart = rankApplications(
			call,
			[scored('a1')],
			[aSheet('a1', 'eva', [10, 5, 5]), aSheet('a1', 'ivan', [6, 5, 5]), aSheet('a1', 'aigul', [5, 2, 2])]
		);
		expect(apart[0]).toMatchObject({ spread: 55, disputed: true });
	});
});

describe('the proposed decision', () => {
	it('chooses the best that pass for the seats, keeps the next half as reserve, and not the rest', () => {
		const applications = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => scored(id));
		const sheets = [
			aSheet('a1', 'eva', [10, 5, 5]),
			aSheet('a2', 'eva', [9, 5, 5]),
			aSheet('a3', 'eva', [8, 5, 5]),
			aSheet('a4', 'eva', [7, 5, 5]),
			aSheet('a5', 'eva', [7, 4, 4]),
			aSheet('a6', 'eva', [1, 1, 1])
		];
		const ranking = rankApplications(call, applications, sheets);
		expect(proposeDecision(ranking, 2)).toEqual({
			chosen: ['a1', 'a2'],
			reserve: ['a3'],
			not_chosen: ['a4', 'a5', 'a6']
		});
		// Four seats: two in reserve, but a6 is below the pass mark and stays out.
		expect(proposeDecision(ranking, 4)).toEqual({
			chosen: ['a1', 'a2', 'a3', 'a4'],
			reserve: ['a5'],
			not_chosen: ['a6']
		});
		expect(proposeDecision(ranking, 6)).toEqual({
			chosen: ['a1', 'a2', 'a3', 'a4', 'a5'],
			reserve: [],
			not_chosen: ['a6']
		});
	});

	it('keeps half the seats in reserve, at least one', () => {
		expect([1, 2, 3, 6, 7].map(reserveSize)).toEqual([1, 1, 1, 3, 3]);
	});

	it('is refused while an application has no total, and for seats not a whole number above 0', () => {
		const applications = [
			scored('a1'),
			anApplication('a2', { state: 'eligible', submittedAt: '2017-06-01T08:00:00.000Z' })
		];
		const ranking = rankApplications(call, applications, [aSheet('a1', 'eva', [9, 5, 5])]);
		expect(refusal(() => proposeDecision(ranking, 1))).toEqual([409, 'not_scored', null]);
		expect(refusal(() => proposeDecision(ranking.slice(0, 1), 0))).toEqual([400, 'invalid_value', 'seats']);
	});
});

// Applications a1… submitted on one of three days (so totals tie), each scored by some of the
// panel, some of them declaring a conflict.
const competition = fc
	.array(
		fc.record({
			day: fc.integer({ min: 1, max: 3 }),
			sheets: fc.uniqueArray(
				fc.record({
					evaluatorId: fc.constantFrom(...PANEL),
					conflict: fc.boolean(),
					scores: fc.tuple(
						fc.integer({ min: 0, max: 10 }),
						fc.integer({ min: 0, max: 5 }),
						fc.integer({ min: 0, max: 5 })
					)
				}),
				{ selector: (sheet) => sheet.evaluatorId, maxLength: PANEL.length }
			)
		}),
		{ minLength: 1, maxLength: 8 }
	)
	.map((entries) => ({
		applications: entries.map(({ day }, i) => scored(`a${i + 1}`, day)),
		sheets: entries.flatMap(({ sheets }, i) =>
			sheets.map(({ evaluatorId, conflict, scores }) =>
				aSheet(`a${i + 1}`, evaluatorId, scores, conflict ? { conflict, scores: {}, submittedAt: null } : {})
			)
		)
	}));

describe('every ranking', () => {
	it('has totals on 0–100, means within each scale, and passes exactly at the pass mark', () => {
		fc.assert(
			fc.property(competition, ({ applications, sheets }) => {
				for (const entry of rankApplications(call, applications, sheets)) {
					if (entry.total === null) {
						expect(entry.passes).toBe(false);
						continue;
					}
					expect(entry.total).toBeGreaterThanOrEqual(0);
					expect(entry.total).toBeLessThanOrEqual(100);
					expect(entry.passes).toBe(entry.total >= call.passMark!);
					for (const criterion of call.criteria) {
						expect(entry.byCriterion[criterion.id]).toBeGreaterThanOrEqual(0);
						expect(entry.byCriterion[criterion.id]).toBeLessThanOrEqual(criterion.scale);
					}
				}
			}),
			{ seed }
		);
	});

	it('is best first, ties to the earlier submission', () => {
		fc.assert(
			fc.property(competition, ({ applications, sheets }) => {
				const ranking = rankApplications(call, applications, sheets);
				const submitted = new Map(
					applications.map((application) => [application.id, application.submittedAt!])
				);
				ranking.forEach((entry, i) => {
					expect(entry.rank).toBe(i + 1);
					const next = ranking[i + 1];
					if (!next || entry.total === null) return;
					if (next.total !== null) expect(entry.total).toBeGreaterThanOrEqual(next.total);
					if (next.total === entry.total) {
						expect(submitted.get(entry.applicationId)! <= submitted.get(next.applicationId)!).toBe(true);
					}
				});
			}),
			{ seed }
		);
	});

	it('is the same whatever order the sheets, the applications and the panel come in', () => {
		const shuffled = competition.chain(({ applications, sheets }) =>
			fc.record({
				applications: fc.constant(applications),
				sheets: fc.constant(sheets),
				applicationsShuffled: fc.shuffledSubarray(applications, { minLength: applications.length }),
				sheetsShuffled: fc.shuffledSubarray(sheets, { minLength: sheets.length }),
				panelShuffled: fc.shuffledSubarray(PANEL, { minLength: PANEL.length })
			})
		);
		fc.assert(
			fc.property(
				shuffled,
				({ applications, sheets, applicationsShuffled, sheetsShuffled, panelShuffled }) => {
					const reordered = { ...call, evaluators: panelShuffled };
					expect(rankApplications(reordered, applicationsShuffled, sheetsShuffled)).toEqual(
						rankApplications(call, applications, sheets)
					);
				}
			),
			{ seed }
		);
	});

	it('is the same when every weight is multiplied alike: weights are relative', () => {
		fc.assert(
			fc.property(competition, fc.integer({ min: 2, max: 50 }), ({ applications, sheets }, factor) => {
				const heavier = {
					...call,
					criteria: call.criteria.map((criterion) => ({ ...criterion, weight: criterion.weight * factor }))
				};
				const totals = (ranking: ReturnType<typeof rankApplications>) =>
					ranking.map((entry) => [entry.applicationId, entry.total]);
				expect(totals(rankApplications(heavier, applications, sheets))).toEqual(
					totals(rankApplications(call, applications, sheets))
				);
			}),
			{ seed }
		);
	});
});
