// The programme report's words on its pages, in the page's language: where a plan's approval stands
// (its latest review step, or none yet) and a missing measure's status.
import { m } from '$lib/paraglide/messages';
import type { VersionStep } from '$lib/plan';
import type { MeasureStatus } from '$lib/measures/measure';

const approval: Record<VersionStep, () => string> = {
	submit: m.progreport_approval_submit,
	approve: m.progreport_approval_approve,
	request_changes: m.progreport_approval_request_changes
};

export const approvalName = (step: VersionStep | null): string =>
	step === null ? m.progreport_approval_none() : approval[step]();

const status: Record<MeasureStatus, () => string> = {
	in_force: m.measures_status_in_force,
	drafted: m.measures_status_drafted,
	proposed: m.measures_status_proposed
};

export const measureStatusName = (code: MeasureStatus): string => status[code]();
