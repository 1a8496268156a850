// The words the indicators page and the logframe put on levels, frequencies and refused edits, in
// the reader's language. Functions, not strings: the language can change while the page is open.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { numberFormat } from '$lib/locale-format';
import type { Frequency, IndicatorLevel, PlanErrorCode } from '$lib/plan';

export const levelLabels: Record<IndicatorLevel, () => string> = {
	impact: m.indicators_level_impact,
	outcome: m.indicators_level_outcome,
	output: m.indicators_level_output
};

export const frequencyLabels: Record<Frequency, () => string> = {
	monthly: m.indicators_frequency_monthly,
	quarterly: m.indicators_frequency_quarterly,
	semiannual: m.indicators_frequency_semiannual,
	annual: m.indicators_frequency_annual
};

/** What went wrong with a field, or 'invalid' for a number that does not read as one. */
export type FieldProblem = PlanErrorCode | 'invalid';

/** Why an edit of an indicator field was not saved. */
export function fieldError(problem: FieldProblem, field: string): string {
	switch (problem) {
		case 'invalid':
		case 'invalid_number':
			return field === 'baselineYear' || field === 'year'
				? m.indicators_error_year()
				: m.indicators_error_number();
		case 'duplicate_code':
			return m.indicators_error_duplicate_code();
		case 'invalid_value':
			return field === 'code' ? m.indicators_error_code() : m.indicators_error_value();
		case 'required':
			return m.indicators_error_required();
		case 'not_found':
			return m.indicators_error_not_found();
		case 'dangling_link':
			return m.indicators_error_link_gone();
		default:
			return m.indicators_error_value();
	}
}

/** Why a formula was not saved; `unknown` are the codes it names that no indicator has. */
export function formulaError(problem: PlanErrorCode, unknown: string[]): string {
	if (problem === 'invalid_formula') return m.indicators_error_invalid_formula();
	if (problem === 'formula_cycle') return m.indicators_error_formula_cycle();
	if (problem === 'dangling_link' && unknown.length) {
		return m.indicators_error_unknown_code({ codes: unknown.join(', ') });
	}
	return fieldError(problem, 'formula');
}

/** Russian and Kazakh write 2,5 where English writes 2.5. */
export function decimalComma(): boolean {
	return getLocale() !== 'en';
}

/** Formats plain quantities in the reader's language ("1 500,5"). */
export function amountFormat(): (value: number) => string {
	return numberFormat({ maximumFractionDigits: 6 });
}
