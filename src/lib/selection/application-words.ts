// An application's words in the reader's language: its states, and the names of its fields as a
// list of what to fix names them ("Enterprise 2: BIN", "Answer: Export potential").
import { m } from '$lib/paraglide/messages';
import { textIn, type Lang, type Localized } from '../plan/localized';
import type { ApplicationState } from './application';
import type { ApplicationForm } from './application-form';

const states: Record<ApplicationState, () => string> = {
	draft: m.application_state_draft,
	submitted: m.application_state_submitted,
	rejected: m.application_state_rejected,
	eligible: m.application_state_eligible,
	scored: m.application_state_scored,
	chosen: m.application_state_chosen,
	reserve: m.application_state_reserve,
	not_chosen: m.application_state_not_chosen
};

/** "Draft", "Submitted", "In reserve"…; a state this code does not know is shown as stored. */
export function applicationStateName(state: string): string {
	return Object.hasOwn(states, state) ? states[state as ApplicationState]() : state;
}

/** How a state reads at a glance: settled for the better, for the worse, or still on its way. */
export function applicationStateTone(state: string): 'good' | 'bad' | 'waiting' {
	if (state === 'chosen' || state === 'eligible' || state === 'scored') return 'good';
	if (state === 'rejected' || state === 'not_chosen') return 'bad';
	return 'waiting';
}

const parts: Record<string, () => string> = {
	bin: m.registry_column_bin,
	name: m.registry_column_name,
	kind: m.registry_column_kind,
	employees: m.registry_column_employees,
	stageId: m.application_firm_stage,
	title: m.application_stages_heading
};

const fields: Record<string, () => string> = {
	name: m.application_field_name,
	region: m.application_field_region,
	sector: m.application_field_sector,
	coordinator: m.application_field_coordinator,
	enterprises: m.application_section_enterprises,
	'valueChain.stages': m.application_stages_heading,
	valueChain: m.application_section_chain,
	fileName: m.application_file_choose,
	file: m.application_file_choose,
	attachments: m.application_files_heading
};

/**
 * The name of a field of the form (as `formField` keys it) for a list of what to fix: its row by
 * its place in the form now, and the criterion's title in the reader's language.
 */
export function applicationFieldName(
	field: string,
	form: Pick<ApplicationForm, 'enterprises' | 'stages' | 'firms'>,
	criteria: readonly { id: string; title: Localized }[],
	reader: Lang
): string {
	if (fields[field]) return fields[field]();
	const [list, key, part] = field.split('.');
	if (list === 'answers' && key !== undefined) {
		const criterion = criteria.find((each) => each.id === key);
		return m.application_answer_to({ criterion: criterion ? textIn(criterion.title, reader).text : key });
	}
	const rowName =
		list === 'enterprises'
			? rowOf(form.enterprises, (row) => row.key === key, m.application_enterprise_row)
			: list === 'firms'
				? rowOf(form.firms, (row) => row.key === key, m.application_firm_row)
				: list === 'stages'
					? rowOf(form.stages, (row) => row.id === key, m.application_stage_row)
					: null;
	if (rowName === null) return field;
	// A stage's one field is its title, which the row's name says already.
	if (part === undefined || list === 'stages') return rowName;
	return `${rowName}: ${parts[part]?.() ?? part}`;
}

function rowOf<Row>(
	rows: readonly Row[],
	isIt: (row: Row) => boolean,
	name: (inputs: { n: number }) => string
): string | null {
	const index = rows.findIndex(isIt);
	return index < 0 ? null : name({ n: index + 1 });
}
