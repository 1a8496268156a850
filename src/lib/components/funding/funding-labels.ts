// The words of the funding page in the reader's language: the parts of a budget, a measure's status,
// a measure named by a line, and refused edits of a line. Functions, not strings: the language can
// change while the page is open.
import { m } from '$lib/paraglide/messages';
import { textIn, type Lang, type PlanErrorCode } from '$lib/plan';
import type { MeasureChoice } from '$lib/funding/measure-choice';
import type { MeasureRef, SumPart } from './funding-view';

export const partLabels: Record<SumPart | 'budget', () => string> = {
	budget: m.fundtab_sum_budget,
	secured: m.fundtab_sum_secured,
	applied: m.fundtab_sum_applied,
	planned: m.fundtab_sum_planned,
	gap: m.fundtab_sum_gap
};

/** What a part counts, where its name alone does not say. */
export const partHints: Partial<Record<SumPart, () => string>> = {
	secured: m.fundtab_sum_secured_hint,
	gap: m.fundtab_sum_gap_hint
};

export const measureStatusLabels: Record<MeasureChoice['status'], () => string> = {
	in_force: m.fundtab_measure_status_in_force,
	drafted: m.fundtab_measure_status_drafted,
	proposed: m.fundtab_measure_status_proposed
};

/** A measure as a line names it: its name, «no measure named yet», or its id when the list lacks it. */
export function measureName(ref: MeasureRef, lang: Lang): string {
	switch (ref.kind) {
		case 'listed':
			return textIn(ref.measure.name, lang).text || ref.measure.id;
		case 'none':
			return m.fundtab_no_measure();
		case 'unknown':
			return m.fundtab_unknown_measure({ id: ref.id });
	}
}

/** The fields of a line a person edits, as the plan's operations name them. */
export type LineField =
	| 'source'
	| 'measureId'
	| 'amount'
	| 'fromYear'
	| 'toYear'
	| 'state'
	| 'appliedOn'
	| 'decidedOn'
	| 'paidOn'
	| 'note';

/** What to tell someone whose edit of `field` the plan refused with `code`. */
export function lineError(code: PlanErrorCode, field: LineField): string {
	switch (code) {
		case 'invalid_number':
			return field === 'amount' ? m.fundtab_error_amount() : m.fundtab_error_year();
		case 'date_order':
			return field === 'fromYear' || field === 'toYear'
				? m.fundtab_error_year_order()
				: m.fundtab_error_step_order();
		case 'invalid_date':
			return m.fundtab_error_date();
		case 'not_found':
		case 'dangling_link':
			return m.fundtab_error_gone();
		default:
			return m.fundtab_error_other();
	}
}
