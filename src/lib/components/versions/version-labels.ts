// The words the versions pages put on review states, steps, kinds of version and refusals, in the
// reader's language. Functions, not strings: the language can change while the page is open.
import { m } from '$lib/paraglide/messages';
import { allowedVersionSteps, VERSION_REVIEW_STEPS, type VersionState, type VersionStep } from '$lib/plan';

export type VersionKind = 'manual' | 'daily' | 'restore';

export const statusLabels: Record<VersionState, () => string> = {
	draft: m.versions_status_draft,
	submitted: m.versions_status_submitted,
	changes_requested: m.versions_status_changes_requested,
	approved: m.versions_status_approved
};

/** What the buttons say. */
export const stepLabels: Record<VersionStep, () => string> = {
	submit: m.versions_step_submit,
	approve: m.versions_step_approve,
	request_changes: m.versions_step_request_changes
};

/** The steps a version in `status` allows that this person may take: submitting is a facilitator's, the rest a reviewer's. */
export function stepsFor(status: VersionState, may: { submit: boolean; review: boolean }): VersionStep[] {
	return allowedVersionSteps(status).filter((step) =>
		VERSION_REVIEW_STEPS.has(step) ? may.review : may.submit
	);
}

/** What a version's history says its latest step did, and who did it when. */
export function stepDone(step: VersionStep, name: string, time: string): string {
	const done = {
		submit: m.versions_done_submit,
		approve: m.versions_done_approve,
		request_changes: m.versions_done_request_changes
	}[step];
	return done({ name, time });
}

/** Why a version was kept. */
export function kindLabel(kind: VersionKind, restoredFrom: number | null): string {
	if (kind === 'daily') return m.versions_kind_daily();
	if (kind === 'restore')
		return restoredFrom === null
			? m.versions_kind_restore_any()
			: m.versions_kind_restore({ number: restoredFrom });
	return m.versions_kind_manual();
}
