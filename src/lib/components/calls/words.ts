// The states of calls, applications and evaluators' sheets in the reader's language.
import { m } from '$lib/paraglide/messages';
import type { ApplicationState } from '$lib/selection/application';
import type { CallState } from '$lib/selection/call';

const callStates: Record<CallState, () => string> = {
	draft: m.calls_state_draft,
	open: m.calls_state_open,
	closed: m.calls_state_closed,
	scoring: m.calls_state_scoring,
	decided: m.calls_state_decided,
	published: m.calls_state_published
};

const applicationStates: Record<ApplicationState, () => string> = {
	draft: m.calls_application_draft,
	submitted: m.calls_application_submitted,
	rejected: m.calls_application_rejected,
	eligible: m.calls_application_eligible,
	scored: m.calls_application_scored,
	chosen: m.calls_application_chosen,
	reserve: m.calls_application_reserve,
	not_chosen: m.calls_application_not_chosen
};

const sheetStates = {
	none: m.calls_sheet_none,
	declared: m.calls_sheet_declared,
	submitted: m.calls_sheet_submitted
} as const;

export const callStateName = (state: CallState): string => callStates[state]();

export const applicationStateName = (state: ApplicationState): string => applicationStates[state]();

/** How far an evaluator's sheet on an application is. */
export const sheetStateName = (state: keyof typeof sheetStates): string => sheetStates[state]();
