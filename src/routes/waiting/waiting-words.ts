// What each kind of open step is called, in the reader's language.
import { m } from '$lib/paraglide/messages';
import type { WaitingKind } from '$lib/notifications/waiting';

const words: Record<WaitingKind, () => string> = {
	version_review: m.waiting_kind_version_review,
	year_approval: m.waiting_kind_year_approval,
	year_returned: m.waiting_kind_year_returned,
	application_check: m.waiting_kind_application_check,
	application_scores: m.waiting_kind_application_scores,
	report_overdue: m.waiting_kind_report_overdue
};

export const kindWords = (kind: WaitingKind): string => words[kind]();
