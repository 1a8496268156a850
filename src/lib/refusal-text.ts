// What a refusal means to the person, in their language, from the code every door answers with: the
// one place a code becomes words, for the server's form answers and the browser's requests alike.
// The same code can say more where it happened ("your text is kept" on the workshop board), so each
// place that shows refusals names its topic; what a topic does not word, the shared words say.
import { m } from '$lib/paraglide/messages';

/** A refusal as it arrives: from a thrown `Refusal`, a form answer or `send`. */
export type Said = {
	/** No code at all reads as a failure the topic words in general. */
	code?: string;
	field?: string | null;
	status?: number;
	/** Seconds to wait, with 429 and 503. */
	retryAfter?: number | null;
};

/** Where the refusal is shown. */
export type Topic =
	| 'account'
	| 'calendar'
	| 'cluster'
	| 'comments'
	| 'login'
	| 'measures'
	| 'monitoring'
	| 'notify'
	| 'pdf'
	| 'registry'
	| 'selection'
	| 'sheet'
	| 'title'
	| 'transfer'
	| 'versions'
	| 'workshop';

/** The vote limits a workshop refusal words with their numbers. */
export type VoteLimits = { perPerson: number; perItem: number };

type Words = (said: Said, limits?: VoteLimits) => string | undefined;

// What every topic means by these, unless it says more.
const shared: Record<string, () => string> = {
	offline: m.refusal_offline,
	signed_out: m.refusal_signed_out,
	forbidden: m.error_forbidden,
	origin_not_allowed: m.error_forbidden,
	not_found: m.refusal_not_found,
	throttled: m.refusal_throttled,
	unavailable: m.refusal_unavailable,
	plan_unavailable: m.refusal_unavailable,
	busy: m.refusal_busy,
	too_large: m.refusal_too_large
};

const cluster: Record<string, () => string> = {
	name: m.cluster_error_name,
	region: m.cluster_error_region,
	sector: m.cluster_error_sector,
	title: m.cluster_error_title,
	not_found: m.error_not_found,
	role: m.cluster_error_role,
	role_needs_admin: m.cluster_error_role_needs_admin,
	id_taken: m.cluster_error_id_taken,
	unknown_user: m.cluster_error_unknown_user,
	not_member: m.cluster_error_not_member,
	already_member: m.cluster_error_already_member
};

const account: Record<string, () => string> = {
	username: m.user_error_username,
	username_taken: m.user_error_username_taken,
	password: m.user_error_password,
	display_name: m.user_error_display_name
};

const transfer: Record<string, () => string> = {
	forbidden: m.transfer_error_forbidden,
	no_file: m.transfer_error_no_file,
	file_too_large: m.transfer_error_file_too_large,
	too_large: m.transfer_error_file_too_large,
	not_json: m.transfer_error_not_json,
	wrong_format: m.transfer_error_wrong_format,
	unsupported_version: m.transfer_error_unsupported_version,
	missing_field: m.transfer_error_missing_field,
	invalid_field: m.transfer_error_invalid_field,
	bad_base64: m.transfer_error_bad_base64,
	bad_document: m.transfer_error_bad_document,
	invalid_document: m.transfer_error_invalid_document,
	invalid_period: m.transfer_error_invalid_period,
	unknown_indicator: m.transfer_error_unknown_indicator,
	computed_indicator: m.transfer_error_computed_indicator,
	illegal_step: m.transfer_error_illegal_step,
	too_many: m.transfer_error_too_many,
	invalid_id: m.transfer_error_invalid_id,
	invalid_name: m.transfer_error_invalid_name,
	cluster_exists: m.transfer_error_cluster_exists,
	not_found: m.transfer_error_not_found,
	offline: m.transfer_error_network
};

const sheet: Record<string, () => string> = {
	file_too_large: m.sheet_error_too_large,
	too_large: m.sheet_error_too_large,
	file_unpacks_too_large: m.sheet_error_unpacks_too_large,
	too_many_rows: m.sheet_error_too_many_rows,
	too_many_cells: m.sheet_error_too_many_cells,
	values_changed: m.sheet_error_changed,
	file_unreadable: m.sheet_error_unreadable,
	no_header: m.sheet_error_no_header,
	no_rows: m.sheet_error_no_rows,
	no_file: m.sheet_error_no_file,
	forbidden: m.sheet_error_forbidden
};

// The cluster registry: its participants, their import, the cluster organisation's profile.
const registryCodes: Record<string, () => string> = {
	bin_not_digits: m.registry_error_bin_not_digits,
	bin_wrong_length: m.registry_error_bin_wrong_length,
	bin_check_digit: m.registry_error_bin_check_digit,
	duplicate_bin: m.registry_error_duplicate_bin,
	already_left: m.registry_error_already_left,
	unknown_field: m.registry_error_unknown_field,
	invalid_date: m.registry_error_invalid_date,
	invalid_rows: m.registry_error_invalid_rows,
	too_long: m.registry_error_too_long,
	no_header: m.registry_error_no_header,
	no_rows: m.registry_error_no_rows,
	too_many_rows: m.registry_error_too_many_rows,
	too_many_cells: m.registry_error_too_many_cells,
	file_too_large: m.sheet_error_too_large,
	too_large: m.sheet_error_too_large,
	file_unpacks_too_large: m.sheet_error_unpacks_too_large,
	file_unreadable: m.sheet_error_unreadable,
	no_file: m.sheet_error_no_file
};

const registry: Words = ({ code, field }) => {
	if (code === 'required')
		return field === 'name' ? m.registry_error_name_required() : m.registry_error_required();
	if (code === 'invalid_value') {
		if (field === 'employees') return m.registry_error_employees();
		if (field === 'kind') return m.registry_error_kind();
		if (field === 'website') return m.registry_error_website();
		if (field === 'staffFte') return m.registry_error_staff();
		if (field?.startsWith('funding')) return m.registry_error_funding();
		return m.registry_error_invalid_value();
	}
	return code === undefined ? undefined : registryCodes[code]?.();
};

// The competitive selection: an application, its attachments, the formal check and the sheets
// (src/lib/selection/refusals.ts lists the codes). A BIN is refused as the registry refuses it.
const selectionCodes: Record<string, () => string> = {
	invalid_body: m.application_error_reload,
	unknown_field: m.application_error_reload,
	too_long: m.registry_error_too_long,
	bin_not_digits: m.registry_error_bin_not_digits,
	bin_wrong_length: m.registry_error_bin_wrong_length,
	bin_check_digit: m.registry_error_bin_check_digit,
	invalid_date: m.registry_error_invalid_date,
	duplicate_id: m.application_error_duplicate_id,
	duplicate_bin: m.application_error_duplicate_bin,
	invalid_timestamp: m.application_error_timestamp,
	date_order: m.application_error_date_order,
	not_pdf: m.application_error_not_pdf,
	too_large: m.application_error_too_large,
	file_too_large: m.application_error_too_large,
	unknown_stage: m.application_error_unknown_stage,
	unknown_criterion: m.application_error_unknown_criterion,
	unknown_requirement: m.application_error_unknown_requirement,
	missing_requirement: m.application_error_missing_requirement,
	missing_score: m.application_error_missing_score,
	invalid_state: m.application_error_invalid_state,
	call_incomplete: m.application_error_call_incomplete,
	not_yet_closed: m.application_error_not_yet_closed,
	call_not_open: m.application_error_call_not_open,
	call_not_closed: m.application_error_call_not_closed,
	call_not_scoring: m.application_error_call_not_scoring,
	already_submitted: m.application_error_already_submitted,
	not_checked: m.application_error_not_checked,
	not_declared: m.application_error_not_declared,
	already_declared: m.application_error_already_declared,
	already_scored: m.application_error_already_scored,
	not_scored: m.application_error_not_scored,
	not_assigned: m.application_error_not_assigned,
	conflict_declared: m.application_error_conflict_declared,
	forbidden: m.application_error_forbidden
};

// What a blank field needs, by where it is: `answers.<criterion>`, `requirements.<i>.reason`, …
function selectionRequired(field: string | null | undefined): string {
	const at = field ?? '';
	if (at === 'name' || at.startsWith('name.')) return m.application_error_name_required();
	if (at.startsWith('answers.')) return m.application_error_answer_required();
	if (/^requirements\.\d+\.reason$/.test(at)) return m.application_error_reason_required();
	if (/^requirements\.\d+\.met$/.test(at)) return m.application_error_verdict_required();
	if (/^scores\..+\.score$/.test(at)) return m.application_error_score_required();
	if (/^scores\..+\.comment$/.test(at)) return m.application_error_comment_required();
	if (at === 'conflict') return m.application_error_conflict_required();
	if (at === 'fileName') return m.application_error_file_name();
	return m.registry_error_required();
}

const selection: Words = ({ code, field }) => {
	const at = field ?? '';
	switch (code) {
		case 'required':
			return selectionRequired(field);
		case 'invalid_value':
			if (at.endsWith('.employees')) return m.registry_error_employees();
			if (at.endsWith('.kind')) return m.registry_error_kind();
			if (/^scores\..+\.score$/.test(at)) return m.application_error_score_range();
			if (/^requirements\.\d+\.met$/.test(at)) return m.application_error_verdict_required();
			return m.registry_error_invalid_value();
		case 'too_few':
			if (at === 'enterprises') return m.application_error_too_few_enterprises();
			if (at === 'valueChain.stages') return m.application_error_too_few_stages();
			return m.application_error_too_few();
		case 'too_many':
			return at === 'attachments' ? m.application_error_too_many_files() : m.application_error_too_many();
	}
	return code === undefined ? undefined : selectionCodes[code]?.();
};

// The catalogue of support measures (src/lib/measures/measure-form.ts lists the codes).
const measuresCodes: Record<string, () => string> = {
	invalid_body: m.measures_error_reload,
	unknown_field: m.measures_error_reload,
	too_long: m.measures_error_too_long,
	invalid_date: m.measures_error_date,
	date_order: m.measures_error_date_order,
	id_taken: m.measures_error_id_taken,
	not_found: m.measures_error_not_found,
	forbidden: m.measures_error_forbidden,
	// A proposal to the ministry (src/lib/server/measures/proposals.ts).
	unknown_measure: m.proposals_error_unknown_measure,
	measure_in_force: m.proposals_error_in_force,
	unknown_project: m.proposals_error_unknown_project
};

const measures: Words = ({ code, field }) => {
	const at = field ?? '';
	if (code === 'required' && at === 'projects') return m.proposals_error_no_projects();
	if (code === 'required') {
		return at === 'name' || at.startsWith('name.')
			? m.measures_error_name_required()
			: m.measures_error_required();
	}
	if (code === 'invalid_value') {
		if (at === 'instrument') return m.measures_error_instrument();
		if (at === 'status') return m.measures_error_status();
		if (at === 'maxPerProject') return m.measures_error_max();
		if (at === 'ownShare') return m.measures_error_share();
		if (at === 'id') return m.measures_error_id();
		return m.measures_error_invalid();
	}
	return code === undefined ? undefined : measuresCodes[code]?.();
};

const monitoring: Words = ({ code, field }) => {
	switch (code) {
		case 'invalid_period':
			return field === 'year' ? m.monitoring_error_year() : m.monitoring_error_period();
		case 'invalid_number':
			return m.monitoring_error_number();
		case 'period_locked':
			return m.monitoring_error_locked();
		case 'computed_indicator':
			return m.monitoring_error_computed();
		case 'forbidden':
			return m.monitoring_error_forbidden();
		case 'not_found':
			return m.monitoring_error_not_found();
		case 'required':
			return m.monitoring_error_comment_required();
		case 'illegal_transition':
			return m.monitoring_error_transition();
		case 'duplicate_row':
			return m.monitoring_error_duplicate();
		case 'invalid_value':
			return field === 'evidence' ? m.monitoring_error_evidence() : m.monitoring_error_value();
	}
};

const versions: Record<string, () => string> = {
	invalid_label: m.versions_error_label,
	invalid_note: m.versions_error_note,
	forbidden: m.versions_error_forbidden,
	not_found: m.versions_error_not_found,
	illegal_transition: m.versions_error_transition,
	comment_required: m.versions_error_comment_required,
	invalid_text: m.versions_error_text,
	required: m.versions_error_text,
	invalid_comment: m.versions_error_text,
	signed_out: m.versions_error_signed_out,
	offline: m.versions_error_offline
};

const comments: Record<string, () => string> = {
	required: m.comments_error_required,
	dangling_link: m.comments_error_gone,
	forbidden: m.comments_error_forbidden,
	origin_not_allowed: m.comments_error_forbidden,
	signed_out: m.comments_error_signed_out,
	too_large: m.comments_error_too_large,
	too_long: m.comments_error_too_large,
	not_author: m.comments_error_not_author,
	deleted: m.comments_error_deleted
};

const workshop: Words = ({ code, status }, limits) => {
	if (status === 401 || code === 'signed_out') return m.workshop_board_error_signed_out();
	switch (code) {
		case 'offline':
			return m.workshop_board_error_offline();
		case 'forbidden':
		case 'origin_not_allowed':
			return m.workshop_board_error_forbidden();
		case 'per_person_limit':
			return limits
				? m.workshop_board_error_per_person_limit({ count: limits.perPerson })
				: m.workshop_board_error_no_votes_left();
		case 'per_item_limit':
			return limits
				? m.workshop_board_error_per_item_limit({ count: limits.perItem })
				: m.workshop_board_error_item_full();
		case 'time_up':
			return m.workshop_board_error_time_up();
		case 'vote_closed':
			return m.workshop_board_error_vote_closed();
		case 'vote_changed':
			return m.workshop_board_error_vote_changed();
		case 'vote_open':
			return m.workshop_board_error_vote_open();
		case 'vote_undone':
			return m.workshop_board_error_vote_undone();
		case 'nothing_to_undo':
			return m.workshop_board_error_nothing_to_undo();
		case 'not_in_vote':
			return m.workshop_board_error_not_in_vote();
		case 'workshop_ended':
			return m.workshop_board_error_ended();
		case 'workshop_running':
			return m.workshop_live_error_running();
		case 'not_author':
			return m.workshop_board_error_not_author();
		case 'not_found':
		case 'dangling_link':
			return m.workshop_board_error_gone();
		case 'required':
			return m.workshop_board_error_required();
		case 'too_large':
			return m.workshop_board_error_too_long();
		case 'invalid_value':
			return m.workshop_board_error_invalid();
	}
};

const title: Record<string, () => string> = {
	title: m.cluster_error_title,
	forbidden: m.plan_rename_error_forbidden,
	offline: m.plan_rename_error_network
};

const pdf: Record<string, () => string> = {
	signed_out: m.export_pdf_signed_out,
	not_found: m.export_version_gone,
	pdf_unavailable: m.export_pdf_unavailable
};

const login: Words = ({ code, retryAfter }) => {
	if (code === 'missing_credentials') return m.login_missing();
	if (code === 'invalid_login') return m.login_invalid();
	if (code === 'throttled')
		return m.login_throttled({ minutes: Math.max(1, Math.ceil((retryAfter ?? 60) / 60)) });
};

// Mail settings (/me/notifications): each refusal names its field.
const notify: Words = ({ code, field }) => {
	if (code === 'email_required') return m.settings_notify_error_email_required();
	if (code === 'invalid_email') return m.settings_notify_error_email();
	if (code === 'invalid_value')
		return field === 'muted' ? m.settings_notify_error_muted() : m.settings_notify_error_mode();
};

const table =
	(words: Record<string, () => string>): Words =>
	({ code }) =>
		code === undefined ? undefined : words[code]?.();

const calendar: Record<string, () => string> = {
	invalid_date: m.calendar_error_date,
	invalid_period: m.calendar_error_year
};

const topics: Record<Topic, { words: Words; otherwise: (said: Said) => string }> = {
	account: { words: table(account), otherwise: () => m.refusal_failed() },
	calendar: { words: table(calendar), otherwise: () => m.calendar_error_failed() },
	cluster: { words: table(cluster), otherwise: () => m.refusal_failed() },
	comments: { words: table(comments), otherwise: () => m.comments_error_failed() },
	login: { words: login, otherwise: () => m.refusal_failed() },
	measures: { words: measures, otherwise: () => m.measures_error_failed() },
	monitoring: { words: monitoring, otherwise: () => m.monitoring_error_value() },
	notify: { words: notify, otherwise: () => m.settings_notify_error() },
	pdf: { words: table(pdf), otherwise: () => m.export_pdf_failed() },
	registry: { words: registry, otherwise: () => m.refusal_failed() },
	selection: { words: selection, otherwise: () => m.application_error_failed() },
	sheet: { words: table(sheet), otherwise: () => m.sheet_error_failed() },
	title: { words: table(title), otherwise: () => m.plan_rename_error() },
	transfer: {
		words: table(transfer),
		otherwise: ({ status }) => m.transfer_error_failed({ status: status ?? 0 })
	},
	versions: { words: table(versions), otherwise: () => m.versions_error_failed() },
	workshop: { words: workshop, otherwise: () => m.workshop_board_error_failed() }
};

/** The words for `said` where `topic` shows it; `limits` gives a vote refusal its numbers. */
export function refusalText(said: Said, topic: Topic, limits?: VoteLimits): string {
	const { words, otherwise } = topics[topic];
	return words(said, limits) ?? (said.code ? shared[said.code]?.() : undefined) ?? otherwise(said);
}
