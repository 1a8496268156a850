// Why the server refused something on a call's pages, in the reader's language: the selection's
// codes worded for the call form, its steps, the panel and the assignments; what they do not word,
// the shared words say (no network, signed out, not found…).
import { m } from '$lib/paraglide/messages';
import { refusalText, type Said } from '$lib/refusal-text';

/** `criteria.2.weight` → `weight`: what a refusal of a row's field is about. */
const leaf = (field: string | null | undefined) =>
	(field ?? '').split('.').filter((part) => !/^\d+$/.test(part));

// What a call needs before it opens, by the field the refusal names.
const incomplete: Record<string, () => string> = {
	rules: m.calls_error_needs_rules,
	requirements: m.calls_error_needs_requirements,
	criteria: m.calls_error_needs_criteria,
	opensAt: m.calls_error_needs_opens,
	passMark: m.calls_error_needs_pass_mark,
	seats: m.calls_error_needs_seats,
	evaluators: m.calls_error_needs_evaluators
};

function required(field: string | null | undefined): string {
	const [first, second] = leaf(field);
	if (first === 'title') return m.calls_error_title_required();
	if (first === 'requirements') return m.calls_error_requirement_required();
	if (first === 'criteria' && second === 'title') return m.calls_error_criterion_title_required();
	return m.calls_error_required();
}

function invalid(field: string | null | undefined): string {
	const [first, second] = leaf(field);
	if (second === 'weight') return m.calls_error_weight();
	if (second === 'scale') return m.calls_error_scale();
	if (first === 'passMark') return m.calls_error_pass_mark();
	if (first === 'seats') return m.calls_error_seats();
	if (first === 'perApplication') return m.calls_error_per_application();
	return m.calls_error_invalid();
}

/**
 * The words for a refusal of `said`; `deadline` (the call's, on its page) tells a deadline not set
 * from one that has passed, which the server answers with one code.
 */
export function callRefusalText(said: Said, deadline: string | null = null): string {
	switch (said.code) {
		case 'required':
			return required(said.field);
		case 'invalid_value':
			return invalid(said.field);
		case 'too_long':
			return m.calls_error_too_long();
		case 'too_many':
			return m.calls_error_too_many();
		case 'too_few':
			return m.calls_error_too_few();
		case 'duplicate_id':
			return m.calls_error_duplicate();
		case 'invalid_timestamp':
			return m.calls_error_moment();
		case 'date_order':
			return m.calls_error_date_order();
		case 'call_incomplete':
			if (said.field === 'closesAt') {
				return deadline === null ? m.calls_error_needs_deadline() : m.calls_error_deadline_passed();
			}
			return incomplete[said.field ?? '']?.() ?? m.calls_error_incomplete();
		case 'not_yet_closed':
			return m.calls_error_not_yet_closed();
		case 'invalid_state':
			return m.calls_error_state();
		case 'call_not_open':
			return m.calls_error_not_open();
		case 'not_checked':
			return m.calls_error_not_checked();
		case 'forbidden':
			return m.calls_error_forbidden();
	}
	return refusalText(said, 'registry');
}
