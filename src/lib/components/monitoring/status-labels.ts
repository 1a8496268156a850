// The words the monitoring view puts on statuses, reporting-year states and approval steps, in the
// reader's language. Functions, not strings: the language can change while the page is open.
import { m } from '$lib/paraglide/messages';
import type { IndicatorStatus, PeriodState, PeriodStep } from '$lib/plan';

export const statusLabels: Record<IndicatorStatus, () => string> = {
	on_track: m.status_on_track,
	at_risk: m.status_at_risk,
	off_track: m.status_off_track,
	no_data: m.status_no_data,
	no_target: m.status_no_target
};

export const stateLabels: Record<PeriodState, () => string> = {
	no_data: m.status_period_no_data,
	in_progress: m.status_period_in_progress,
	submitted: m.status_period_submitted,
	returned: m.status_period_returned,
	approved: m.status_period_approved
};

/** What the buttons say. */
export const stepLabels: Record<PeriodStep, () => string> = {
	record: m.monitoring_step_record,
	submit: m.monitoring_step_submit,
	withdraw: m.monitoring_step_withdraw,
	return: m.monitoring_step_return,
	approve: m.monitoring_step_approve,
	reopen: m.monitoring_step_reopen
};

/** What a year's history says a step did ("submitted by …"). */
export const stepDone: Record<PeriodStep, () => string> = {
	record: m.monitoring_done_record,
	submit: m.monitoring_done_submit,
	withdraw: m.monitoring_done_withdraw,
	return: m.monitoring_done_return,
	approve: m.monitoring_done_approve,
	reopen: m.monitoring_done_reopen
};
