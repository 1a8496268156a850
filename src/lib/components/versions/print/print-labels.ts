// The words the printed report puts on review states and decisions, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateFormat, dayFormat } from '$lib/locale-format';
import type { VersionState, VersionStep } from '$lib/plan';

export const statusLabels: Record<VersionState, () => string> = {
	draft: m.export_status_draft,
	submitted: m.export_status_submitted,
	changes_requested: m.export_status_changes_requested,
	approved: m.export_status_approved
};

export const decisionLabels: Record<VersionStep, (values: { name: string; time: string }) => string> = {
	submit: m.export_decision_submit,
	approve: m.export_decision_approve,
	request_changes: m.export_decision_request_changes
};

/** Formats ISO timestamps as a long date with the time. */
export function timeFormat(): (iso: string) => string {
	return dateFormat({ dateStyle: 'long', timeStyle: 'short' });
}

/** ISO days as the shortest unambiguous date: 01.09.2019 in Russian and Kazakh, Sep 1, 2019 in English. */
export function shortDayFormat(): (iso: string) => string {
	return getLocale() === 'en'
		? dayFormat()
		: dayFormat({ day: '2-digit', month: '2-digit', year: 'numeric' });
}
