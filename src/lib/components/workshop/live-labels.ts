// Words and addresses of the live workshop: the pages an agenda step points at, the step timer as
// people read it, and what a refused facilitator request means.
import { m } from '$lib/paraglide/messages';
import type { WorkshopPage } from '$lib/plan/workshop';
import { refusalText, type Said } from '$lib/refusal-text';

const pageLabels: Record<WorkshopPage, () => string> = {
	board: m.workshop_live_page_board,
	map: m.tab_map,
	strategy: m.tab_strategy,
	projects: m.tab_projects,
	indicators: m.tab_indicators
};

export function pageLabel(page: WorkshopPage): string {
	return pageLabels[page]();
}

/** "04:05"; minutes past an hour stay minutes ("75:00"), as a step's length is given in minutes. */
function minutesSeconds(seconds: number): string {
	return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the timer shows: the time left (rounded up, so a fresh step shows its full length) or the overtime. */
export function timerText(remaining: number): string {
	if (remaining >= 0) return minutesSeconds(Math.ceil(remaining / 1000));
	const over = Math.floor(-remaining / 1000);
	return m.workshop_live_overtime({ time: `${Math.floor(over / 60)}:${String(over % 60).padStart(2, '0')}` });
}

/** A refused field (`agenda[1].minutes`) named as its label on the form says it. */
function fieldLabel(field: string): string | null {
	const [, list, index, name] = /^(agenda|columns)\[(\d+)\]\.(\w+)$/.exec(field) ?? [];
	const number = Number(index) + 1;
	if (list === 'agenda' && name === 'title') return m.workshop_live_step_title({ number });
	if (list === 'agenda' && name === 'minutes') return m.workshop_live_step_minutes({ number });
	if (list === 'agenda' && name === 'page') return m.workshop_live_step_page({ number });
	if (list === 'columns') return m.workshop_live_column_title({ number });
	if (field === 'title') return m.workshop_live_title_label();
	if (field === 'agenda') return m.workshop_live_agenda();
	if (field === 'columns') return m.workshop_live_columns();
	return null;
}

/** The message for a refused facilitator request, in the reader's language. */
export function liveProblem(refusal: Said): string {
	const field = refusal.field ? fieldLabel(refusal.field) : null;
	if (field && refusal.status === 400) return m.workshop_live_error_field({ field });
	return refusalText(refusal, 'workshop');
}
