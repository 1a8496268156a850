// The words the printed report puts on review states and decisions, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
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

/** Formats ISO timestamps as a long date with the time; Kazakh as Kazakhstan writes it (ru-KZ). */
export function timeFormat(): (iso: string) => string {
	const locale = getLocale();
	const format = new Intl.DateTimeFormat(locale === 'kk' ? 'ru-KZ' : locale, {
		dateStyle: 'long',
		timeStyle: 'short'
	});
	return (iso) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}

/** ISO days as the shortest unambiguous date: 01.09.2019 in Russian and Kazakh, Sep 1, 2019 in English. */
export function shortDayFormat(): (iso: string) => string {
	const locale = getLocale();
	const format =
		locale === 'en'
			? new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' })
			: new Intl.DateTimeFormat(locale === 'kk' ? 'ru-KZ' : locale, {
					day: '2-digit',
					month: '2-digit',
					year: 'numeric',
					timeZone: 'UTC'
				});
	return (iso) => {
		const date = new Date(`${iso}T00:00:00Z`);
		return Number.isNaN(date.getTime()) ? iso : format.format(date);
	};
}
