// Why a text was not saved, in the reader's language.
import { m } from '$lib/paraglide/messages';
import type { PlanErrorCode } from '$lib/plan';

export function textError(code: PlanErrorCode): string {
	if (code === 'required') return m.text_error_required();
	if (code === 'not_found') return m.text_error_not_found();
	return m.text_error_value();
}
