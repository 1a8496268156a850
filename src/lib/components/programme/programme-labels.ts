// The words the programme view puts on reporting-year states and indicator statuses, in the reader's
// language. Functions, not strings: the language can change while the page is open.
import { m } from '$lib/paraglide/messages';
import type { IndicatorStatus, PeriodState } from '$lib/plan';

export const yearStateLabels: Record<PeriodState, () => string> = {
	no_data: m.programme_state_no_data,
	in_progress: m.programme_state_in_progress,
	submitted: m.programme_state_submitted,
	returned: m.programme_state_returned,
	approved: m.programme_state_approved
};

export const indicatorStatusLabels: Record<IndicatorStatus, () => string> = {
	on_track: m.programme_status_on_track,
	at_risk: m.programme_status_at_risk,
	off_track: m.programme_status_off_track,
	no_data: m.programme_status_no_data,
	no_target: m.programme_status_no_target
};
