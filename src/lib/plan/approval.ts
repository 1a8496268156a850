// The approval of a plan's reporting year. Values are recorded into it (no data → in progress), a
// coordinator submits it, a reviewer approves or returns it with a comment, and an approved year is
// reopened only by a reviewer. Submitted and approved years are locked: nothing can be recorded
// into them, so a reviewer approves exactly the figures they saw.
import { PlanError } from './errors';

export const PERIOD_STATES = ['no_data', 'in_progress', 'submitted', 'returned', 'approved'] as const;
/** Where a reporting year of a plan stands. */
export type PeriodState = (typeof PERIOD_STATES)[number];

export const PERIOD_STEPS = ['record', 'submit', 'withdraw', 'return', 'approve', 'reopen'] as const;
/**
 * What can happen to a reporting year: a value is recorded; the coordinator submits it or takes it
 * back while no reviewer has decided; a reviewer returns, approves or reopens it.
 */
export type PeriodStep = (typeof PERIOD_STEPS)[number];

const NEXT: Record<PeriodState, Partial<Record<PeriodStep, PeriodState>>> = {
	no_data: { record: 'in_progress' },
	in_progress: { record: 'in_progress', submit: 'submitted' },
	submitted: { withdraw: 'in_progress', return: 'returned', approve: 'approved' },
	returned: { record: 'returned', submit: 'submitted' },
	approved: { reopen: 'in_progress' }
};

/** Steps that need a comment saying why: returning and reopening. */
export const STEPS_WITH_COMMENT: ReadonlySet<PeriodStep> = new Set(['return', 'reopen']);

/** Steps a reviewer takes; the others are the recording side's. */
export const REVIEW_STEPS: ReadonlySet<PeriodStep> = new Set(['return', 'approve', 'reopen']);

/** The state after `step`; refuses a step the state does not allow with `illegal_transition`. */
export function nextPeriodState(state: PeriodState, step: PeriodStep): PeriodState {
	const next = NEXT[state][step];
	if (!next) throw new PlanError('illegal_transition', 'step', `cannot ${step} a period that is ${state}`);
	return next;
}

/** The steps `state` allows, in the order a page offers them. */
export function allowedSteps(state: PeriodState): PeriodStep[] {
	return PERIOD_STEPS.filter((step) => NEXT[state][step] !== undefined);
}

/** True when values cannot be recorded into a year in `state`. */
export function isLocked(state: PeriodState): boolean {
	return NEXT[state].record === undefined;
}

/** True when `value` names a step. */
export function isPeriodStep(value: unknown): value is PeriodStep {
	return (PERIOD_STEPS as readonly unknown[]).includes(value);
}
