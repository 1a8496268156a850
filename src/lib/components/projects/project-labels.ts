// The words the projects page puts on columns, statuses, funding sources and refused edits, in the
// reader's language. Functions, not strings: the language can change while the page is open.
import { m } from '$lib/paraglide/messages';
import {
	textIn,
	type FundingSource,
	type FundingState,
	type Lang,
	type PlanErrorCode,
	type ProjectStatus
} from '$lib/plan';
import type { ProjectGroup } from './project-view';

/** The table's columns, left to right. */
export const COLUMNS = [
	'title',
	'lead',
	'partners',
	'budget',
	'funding',
	'start',
	'end',
	'status',
	'priority',
	'objectives',
	'map'
] as const;
export type Column = (typeof COLUMNS)[number];
/** Columns people edit in the table; map links are made on the map. */
export type EditColumn = Exclude<Column, 'map'>;

export function isEditColumn(value: string | undefined): value is EditColumn {
	return value !== undefined && value !== 'map' && (COLUMNS as readonly string[]).includes(value);
}

export const columnLabels: Record<Column, () => string> = {
	title: m.projects_col_title,
	lead: m.projects_col_lead,
	partners: m.projects_col_partners,
	budget: m.projects_col_budget,
	funding: m.projects_col_funding,
	start: m.projects_col_start,
	end: m.projects_col_end,
	status: m.projects_col_status,
	priority: m.projects_col_priority,
	objectives: m.projects_col_objectives,
	map: m.projects_col_map
};

export const statusLabels: Record<ProjectStatus, () => string> = {
	proposed: m.projects_status_proposed,
	approved: m.projects_status_approved,
	in_progress: m.projects_status_in_progress,
	completed: m.projects_status_completed,
	cancelled: m.projects_status_cancelled
};

export const fundingLabels: Record<FundingSource, () => string> = {
	state_support: m.projects_funding_state_support,
	own_funds: m.projects_funding_own_funds,
	donor: m.projects_funding_donor,
	loan: m.projects_funding_loan,
	other: m.projects_funding_other
};

export const fundingStateLabels: Record<FundingState, () => string> = {
	planned: m.funding_state_planned,
	applied: m.funding_state_applied,
	approved: m.funding_state_approved,
	paid: m.funding_state_paid,
	refused: m.funding_state_refused
};

/** The heading of a group of rows; '' for the one group of an ungrouped table. */
export function groupLabel(group: ProjectGroup, lang: Lang): string {
	switch (group.kind) {
		case 'objective':
			return textIn(group.objective.title, lang).text;
		case 'no_objective':
			return m.projects_group_no_objective();
		case 'status':
			return statusLabels[group.status]();
		case 'all':
			return '';
	}
}

/** What to tell someone whose edit of `column` the plan refused with `code`. */
export function editError(code: PlanErrorCode, column: EditColumn): string {
	switch (code) {
		case 'invalid_number':
			return column === 'priority' ? m.projects_error_priority() : m.projects_error_budget();
		case 'date_order':
			return m.projects_error_date_order();
		case 'invalid_date':
			return m.projects_error_date();
		case 'required':
			return m.projects_error_title();
		case 'dangling_link':
		case 'not_found':
			return m.projects_error_gone();
		default:
			return m.projects_error_other();
	}
}
