// The KIDI review of a plan version. A facilitator submits a version; a reviewer approves it or
// requests changes with a comment; a version whose changes were requested can be submitted again.
// An approved version stays approved: a later change to the plan is a new version.
import { PlanError } from './errors';

export const VERSION_STATES = ['draft', 'submitted', 'changes_requested', 'approved'] as const;
/** Where a version stands in review. */
export type VersionState = (typeof VERSION_STATES)[number];

export const VERSION_STEPS = ['submit', 'approve', 'request_changes'] as const;
/** What can happen to a version in review. */
export type VersionStep = (typeof VERSION_STEPS)[number];

const NEXT: Record<VersionState, Partial<Record<VersionStep, VersionState>>> = {
	draft: { submit: 'submitted' },
	submitted: { approve: 'approved', request_changes: 'changes_requested' },
	changes_requested: { submit: 'submitted' },
	approved: {}
};

/** Steps a reviewer takes; submitting is the facilitator's. */
export const VERSION_REVIEW_STEPS: ReadonlySet<VersionStep> = new Set(['approve', 'request_changes']);

/** A request for changes must say which. */
export const VERSION_STEPS_WITH_COMMENT: ReadonlySet<VersionStep> = new Set(['request_changes']);

/** The state after `step`; refuses a step the state does not allow with `illegal_transition`. */
export function nextVersionState(state: VersionState, step: VersionStep): VersionState {
	const next = NEXT[state][step];
	if (!next) throw new PlanError('illegal_transition', 'step', `cannot ${step} a version that is ${state}`);
	return next;
}

/** The steps `state` allows, in the order a page offers them. */
export function allowedVersionSteps(state: VersionState): VersionStep[] {
	return VERSION_STEPS.filter((step) => NEXT[state][step] !== undefined);
}

/** True when `value` names a review step. */
export function isVersionStep(value: unknown): value is VersionStep {
	return (VERSION_STEPS as readonly unknown[]).includes(value);
}
