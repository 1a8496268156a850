// The words and date formats of a workshop summary in the reader's language (the request's locale,
// set by paraglide's middleware), handed to the pure Markdown writer.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateFormat, intlLocale } from '../../locale-format';
import { isLang } from '../../plan';
import type { DecisionKind, WorkshopPage } from '../../plan/workshop';
import type { SummaryLabels } from './summary-markdown';

const pages: Record<WorkshopPage, () => string> = {
	board: m.workshop_summary_page_board,
	map: m.workshop_summary_page_map,
	strategy: m.workshop_summary_page_strategy,
	projects: m.workshop_summary_page_projects,
	indicators: m.workshop_summary_page_indicators
};

const roles: Record<string, () => string> = {
	admin: m.role_admin,
	facilitator: m.role_facilitator,
	member: m.role_member,
	reviewer: m.role_reviewer,
	coordinator: m.role_coordinator
};

const items: Record<string, () => string> = {
	lines: m.workshop_summary_item_line,
	objectives: m.workshop_summary_item_objective,
	actions: m.workshop_summary_item_action,
	projects: m.workshop_summary_item_project,
	notes: m.workshop_summary_item_note
};

const decisions: Record<DecisionKind, () => string> = {
	manual: m.workshop_summary_decision_manual,
	converted: m.workshop_summary_decision_converted,
	vote: m.workshop_summary_decision_vote,
	undone: m.workshop_summary_decision_undone
};

// Times are the server's; the zone is named so a reader elsewhere is not misled.
function withZone(time: (iso: string) => string): (iso: string) => string {
	const format = new Intl.DateTimeFormat(intlLocale(), { timeZoneName: 'short' });
	return (iso) => {
		const date = new Date(iso);
		if (Number.isNaN(date.getTime())) return iso;
		const zone = format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
		return zone ? `${time(iso)} ${zone}` : time(iso);
	};
}

/** The labels of a summary for the current request's language. */
export function summaryLabels(): SummaryLabels {
	const locale = getLocale();
	return {
		lang: isLang(locale) ? locale : 'en',
		kind: m.workshop_summary_kind(),
		plan: m.workshop_summary_plan(),
		cluster: m.workshop_summary_cluster(),
		date: m.workshop_summary_date(),
		duration: m.workshop_summary_duration(),
		facilitator: m.workshop_summary_facilitator(),
		stillRunning: m.workshop_summary_still_running(),
		minutes: (minutes) => m.workshop_summary_minutes({ minutes }),
		agenda: m.workshop_summary_agenda(),
		agendaTotal: (minutes) => m.workshop_summary_agenda_total({ minutes }),
		agendaEmpty: m.workshop_summary_agenda_empty(),
		page: (page) => pages[page as WorkshopPage]?.() ?? page,
		attendees: (count) => m.workshop_summary_attendees({ count }),
		attendeesEmpty: m.workshop_summary_attendees_empty(),
		name: m.workshop_summary_name(),
		role: m.workshop_summary_role(),
		roleName: (role) => roles[role]?.() ?? role,
		notes: m.workshop_summary_notes(),
		notesEmpty: m.workshop_summary_notes_empty(),
		columnEmpty: m.workshop_summary_column_empty(),
		columnLine: (line) => m.workshop_summary_column_line({ line }),
		group: (title) => m.workshop_summary_group({ title }),
		became: (item) => m.workshop_summary_became({ item }),
		dots: (count) => m.workshop_summary_dots({ count }),
		itemKind: (collection) => items[collection]?.() ?? collection,
		itemRemoved: m.workshop_summary_item_removed(),
		votes: m.workshop_summary_votes(),
		votesEmpty: m.workshop_summary_votes_empty(),
		perPerson: (count) => m.workshop_summary_vote_per_person({ count }),
		perItem: (count) => m.workshop_summary_vote_per_item({ count }),
		anonymous: m.workshop_summary_vote_anonymous(),
		named: m.workshop_summary_vote_named(),
		timeLimit: (minutes) => m.workshop_summary_vote_time_limit({ minutes }),
		noTimeLimit: m.workshop_summary_vote_no_time_limit(),
		voters: (count) => m.workshop_summary_vote_voters({ count }),
		voteOpen: m.workshop_summary_vote_open(),
		priorityWritten: (after, before) =>
			before === null
				? m.workshop_summary_priority_written_new({ after })
				: m.workshop_summary_priority_written({ after, before }),
		priorityNotWritten: (priority) => m.workshop_summary_priority_not_written({ priority }),
		priorityUndone: (priority) => m.workshop_summary_priority_undone({ priority }),
		columns: {
			rank: m.workshop_summary_col_rank(),
			item: m.workshop_summary_col_item(),
			dots: m.workshop_summary_col_dots(),
			voters: m.workshop_summary_col_voters(),
			priority: m.workshop_summary_col_priority()
		},
		decisions: m.workshop_summary_decisions(),
		decisionsEmpty: m.workshop_summary_decisions_empty(),
		decisionBy: (name, time) => m.workshop_summary_decision_by({ name, time }),
		decisionKind: (kind) => decisions[kind as DecisionKind]?.() ?? kind,
		day: dateFormat({ dateStyle: 'long' }),
		time: dateFormat({ timeStyle: 'short' }),
		timeWithZone: withZone(dateFormat({ timeStyle: 'short' })),
		moment: dateFormat({ dateStyle: 'medium', timeStyle: 'short' })
	};
}
