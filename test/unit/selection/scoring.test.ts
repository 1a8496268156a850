// An evaluator's sheet: the declaration first, scores on every criterion once, the refusals of
// everyone who may not score, and what each evaluator may see of the others' scores.
import { describe, expect, it } from 'vitest';
import {
	declareConflict,
	isScoringComplete,
	scoreApplication,
	scoredIfComplete,
	visibleScores,
	type ScoringContext,
	type Sheet
} from '$lib/selection/scoring';
import { aCall, anApplication, aSheet, refusal } from './call-2017';

const NOW = Date.parse('2017-07-05T10:00:00Z');
const scores = {
	potential: { score: 8, comment: 'Exports to China' },
	cooperation: { score: 3, comment: 'One shared lab' },
	coordinator: { score: 5, comment: 'Ten years of work' }
};

/** Eva's context on eligible application a1, assigned to Eva and Ivan, with `change` over it. */
function context(change: Partial<ScoringContext> = {}): ScoringContext {
	return {
		call: aCall('scoring'),
		application: { id: 'a1', state: 'eligible' },
		assigned: ['eva', 'ivan'],
		evaluatorId: 'eva',
		sheet: null,
		...change
	};
}
const declared = (conflict: boolean): Sheet => declareConflict(context(), { conflict }, NOW);

describe('a declaration', () => {
	it('comes first, and opens a sheet with no scores', () => {
		expect(declared(false)).toEqual({
			applicationId: 'a1',
			evaluatorId: 'eva',
			conflict: false,
			declaredAt: '2017-07-05T10:00:00.000Z',
			scores: {},
			submittedAt: null
		});
		expect(refusal(() => scoreApplication(context(), { scores }, NOW))).toEqual([409, 'not_declared', null]);
	});

	it('is true or false', () => {
		expect(refusal(() => declareConflict(context(), {}, NOW))).toEqual([400, 'required', 'conflict']);
		expect(refusal(() => declareConflict(context(), { conflict: 'no' }, NOW))).toEqual([
			400,
			'invalid_value',
			'conflict'
		]);
	});

	it('of a conflict takes the evaluator off the application: no scores, no second word', () => {
		const sheet = declared(true);
		expect(refusal(() => scoreApplication(context({ sheet }), { scores }, NOW))).toEqual([
			403,
			'conflict_declared',
			null
		]);
		expect(refusal(() => declareConflict(context({ sheet }), { conflict: false }, NOW))).toEqual([
			403,
			'conflict_declared',
			null
		]);
		// Off the assignment too, they still hear why rather than that the application is not theirs.
		expect(refusal(() => scoreApplication(context({ sheet, assigned: ['ivan'] }), { scores }, NOW))).toEqual([
			403,
			'conflict_declared',
			null
		]);
	});

	it('of no conflict may be followed by a conflict found later, and by nothing else', () => {
		const sheet = declared(false);
		expect(declareConflict(context({ sheet }), { conflict: true }, NOW).conflict).toBe(true);
		expect(refusal(() => declareConflict(context({ sheet }), { conflict: false }, NOW))).toEqual([
			409,
			'already_declared',
			null
		]);
	});
});

describe('a sheet', () => {
	const sheet = declared(false);

	it('scores every criterion with a comment, and is submitted at the moment given', () => {
		const scored = scoreApplication(context({ sheet }), { scores }, NOW);
		expect(scored.scores).toEqual(scores);
		expect(scored.submittedAt).toBe('2017-07-05T10:00:00.000Z');
	});

	it('is final once submitted', () => {
		const scored = scoreApplication(context({ sheet }), { scores }, NOW);
		expect(refusal(() => scoreApplication(context({ sheet: scored }), { scores }, NOW))).toEqual([
			409,
			'already_scored',
			null
		]);
	});

	it('is refused from an evaluator the application is not assigned to', () => {
		const marat = context({ evaluatorId: 'marat' });
		expect(refusal(() => declareConflict(marat, { conflict: false }, NOW))).toEqual([
			403,
			'not_assigned',
			null
		]);
		expect(refusal(() => scoreApplication({ ...marat, sheet }, { scores }, NOW))).toEqual([
			403,
			'not_assigned',
			null
		]);
	});

	it('is refused on an application that has not passed the formal check', () => {
		for (const state of ['submitted', 'rejected'] as const) {
			const unchecked = context({ sheet, application: { id: 'a1', state } });
			expect(refusal(() => scoreApplication(unchecked, { scores }, NOW))).toEqual([409, 'not_checked', null]);
		}
	});

	it('is refused as not checked, not as not assigned, before the formal check: no one is assigned an unchecked application', () => {
		const unassigned = context({ application: { id: 'a1', state: 'submitted' }, assigned: [] });
		expect(refusal(() => declareConflict(unassigned, { conflict: false }, NOW))).toEqual([
			409,
			'not_checked',
			null
		]);
		const scored = context({ sheet, application: { id: 'a1', state: 'scored' } });
		expect(refusal(() => scoreApplication({ ...scored, evaluatorId: 'marat' }, { scores }, NOW))).toEqual([
			403,
			'not_assigned',
			null
		]);
	});

	it('is refused while the call is not being scored', () => {
		const closed = context({ sheet, call: aCall('closed') });
		expect(refusal(() => scoreApplication(closed, { scores }, NOW))).toEqual([409, 'call_not_scoring', null]);
	});

	it('needs a whole score from 0 to the scale, and a comment, on every criterion', () => {
		const scoring = (change: Record<string, unknown>) =>
			refusal(() => scoreApplication(context({ sheet }), { scores: { ...scores, ...change } }, NOW));
		const two = { potential: scores.potential, cooperation: scores.cooperation };
		expect(refusal(() => scoreApplication(context({ sheet }), { scores: two }, NOW))).toEqual([
			400,
			'missing_score',
			'scores.coordinator'
		]);
		expect(scoring({ potential: { score: 11, comment: 'x' } })).toEqual([
			400,
			'invalid_value',
			'scores.potential.score'
		]);
		expect(scoring({ cooperation: { score: 6, comment: 'x' } })).toEqual([
			400,
			'invalid_value',
			'scores.cooperation.score'
		]);
		expect(scoring({ potential: { score: 7.5, comment: 'x' } })).toEqual([
			400,
			'invalid_value',
			'scores.potential.score'
		]);
		expect(scoring({ potential: { score: -1, comment: 'x' } })).toEqual([
			400,
			'invalid_value',
			'scores.potential.score'
		]);
		expect(scoring({ potential: { score: 0, comment: '' } })).toEqual([
			400,
			'required',
			'scores.potential.comment'
		]);
		expect(scoring({ quality: { score: 1, comment: 'x' } })).toEqual([
			400,
			'unknown_criterion',
			'scores.quality'
		]);
		expect(
			scoreApplication(
				context({ sheet }),
				{ scores: { ...scores, potential: { score: 0, comment: 'None' } } },
				NOW
			).scores.potential!.score
		).toBe(0);
	});
});

describe('what an evaluator sees', () => {
	const eva = aSheet('a1', 'eva', [8, 3, 5]);
	const ivan = aSheet('a1', 'ivan', [6, 4, 4]);
	const ivanDraft = { ...ivan, scores: {}, submittedAt: null };
	const aigulConflict = aSheet('a1', 'aigul', [0, 0, 0], { conflict: true, scores: {}, submittedAt: null });
	const onA2 = aSheet('a2', 'ivan', [9, 5, 5]);

	it('before submitting: only their own sheet', () => {
		const evaDraft = { ...eva, scores: {}, submittedAt: null };
		expect(visibleScores([evaDraft, ivan, onA2], 'eva')).toEqual([evaDraft]);
	});

	it('after submitting: the others’ submitted scores on that application, not their drafts nor conflicts', () => {
		expect(visibleScores([eva, ivan, aigulConflict, onA2], 'eva')).toEqual([eva, ivan]);
		expect(visibleScores([eva, ivanDraft], 'eva')).toEqual([eva]);
	});

	it('with a conflict: never the application’s scores', () => {
		expect(visibleScores([eva, ivan, aigulConflict], 'aigul')).toEqual([aigulConflict]);
	});

	it('without a sheet: nothing', () => {
		expect(visibleScores([eva, ivan], 'marat')).toEqual([]);
	});
});

describe('an application is scored', () => {
	const eva = aSheet('a1', 'eva', [8, 3, 5]);
	const ivan = aSheet('a1', 'ivan', [6, 4, 4]);
	const eligible = anApplication('a1', { state: 'eligible' });

	it('once every assigned evaluator has submitted or declared a conflict', () => {
		const ivanConflict = { ...ivan, conflict: true, scores: {}, submittedAt: null };
		expect(isScoringComplete([eva], ['eva', 'ivan'])).toBe(false);
		expect(isScoringComplete([eva, { ...ivan, submittedAt: null }], ['eva', 'ivan'])).toBe(false);
		expect(isScoringComplete([eva, ivan], ['eva', 'ivan'])).toBe(true);
		expect(isScoringComplete([eva, ivanConflict], ['eva', 'ivan'])).toBe(true);
		expect(scoredIfComplete(eligible, [eva, ivan], ['eva', 'ivan']).state).toBe('scored');
		expect(scoredIfComplete(eligible, [eva], ['eva', 'ivan']).state).toBe('eligible');
	});

	it('not when every evaluator declared a conflict: no one has scored it', () => {
		const conflict = (sheet: Sheet) => ({ ...sheet, conflict: true, scores: {}, submittedAt: null });
		expect(isScoringComplete([conflict(eva), conflict(ivan)], ['eva', 'ivan'])).toBe(false);
	});
});
