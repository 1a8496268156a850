import { describe, expect, it } from 'vitest';
import {
	PERIOD_STATES,
	PERIOD_STEPS,
	REVIEW_STEPS,
	STEPS_WITH_COMMENT,
	allowedSteps,
	isLocked,
	isPeriodStep,
	isPlanError,
	nextPeriodState,
	type PeriodState,
	type PeriodStep
} from '$lib/plan';

// The whole machine, written out by hand: the state after each step a state allows. Every pair
// not listed here must be refused.
const LEGAL: Record<PeriodState, Partial<Record<PeriodStep, PeriodState>>> = {
	no_data: { record: 'in_progress' },
	in_progress: { record: 'in_progress', submit: 'submitted' },
	submitted: { withdraw: 'in_progress', return: 'returned', approve: 'approved' },
	returned: { record: 'returned', submit: 'submitted' },
	approved: { reopen: 'in_progress' }
};

const pairs = PERIOD_STATES.flatMap((state) => PERIOD_STEPS.map((step) => [state, step] as const));

describe('the approval of a reporting year', () => {
	it('knows exactly five states and six steps', () => {
		expect([...PERIOD_STATES]).toEqual(['no_data', 'in_progress', 'submitted', 'returned', 'approved']);
		expect([...PERIOD_STEPS]).toEqual(['record', 'submit', 'withdraw', 'return', 'approve', 'reopen']);
	});

	it.each(pairs.filter(([state, step]) => LEGAL[state][step] !== undefined))(
		'goes from %s by %s to the listed state',
		(state, step) => {
			expect(nextPeriodState(state, step)).toBe(LEGAL[state][step]);
		}
	);

	it.each(pairs.filter(([state, step]) => LEGAL[state][step] === undefined))(
		'refuses to leave %s by %s, with illegal_transition',
		(state, step) => {
			let refused: unknown;
			try {
				nextPeriodState(state, step);
			} catch (error) {
				refused = error;
			}
			expect(isPlanError(refused, 'illegal_transition')).toBe(true);
			expect((refused as { field: string }).field).toBe('step');
		}
	);

	it('covers all 30 pairs: 9 allowed, 21 refused', () => {
		const allowed = pairs.filter(([state, step]) => {
			try {
				nextPeriodState(state, step);
				return true;
			} catch {
				return false;
			}
		});
		expect(pairs).toHaveLength(30);
		expect(allowed).toHaveLength(9);
	});

	it('runs the whole story: record, submit, return, correct, resubmit, approve, reopen', () => {
		const story: PeriodStep[] = [
			'record',
			'record',
			'submit',
			'return',
			'record',
			'submit',
			'approve',
			'reopen'
		];
		const states = story.reduce<PeriodState[]>(
			(seen, step) => [...seen, nextPeriodState(seen.at(-1)!, step)],
			['no_data']
		);
		expect(states).toEqual([
			'no_data',
			'in_progress',
			'in_progress',
			'submitted',
			'returned',
			'returned',
			'submitted',
			'approved',
			'in_progress'
		]);
	});

	it('offers the steps each state allows, in page order', () => {
		for (const state of PERIOD_STATES) {
			expect(allowedSteps(state), state).toEqual(
				PERIOD_STEPS.filter((step) => LEGAL[state][step] !== undefined)
			);
		}
		expect(allowedSteps('submitted')).toEqual(['withdraw', 'return', 'approve']);
	});

	it('locks submitted and approved years only', () => {
		expect(PERIOD_STATES.filter(isLocked)).toEqual(['submitted', 'approved']);
		expect(isLocked('returned')).toBe(false);
		expect(isLocked('no_data')).toBe(false);
		expect(isLocked('in_progress')).toBe(false);
	});

	it('asks a comment for returning and reopening, and leaves those and approving to reviewers', () => {
		expect([...STEPS_WITH_COMMENT].toSorted()).toEqual(['reopen', 'return']);
		expect([...REVIEW_STEPS].toSorted()).toEqual(['approve', 'reopen', 'return']);
	});

	it('tells step names from anything else', () => {
		for (const step of PERIOD_STEPS) expect(isPeriodStep(step)).toBe(true);
		for (const other of ['Approve', 'delete', '', null, 1, undefined])
			expect(isPeriodStep(other)).toBe(false);
	});
});
